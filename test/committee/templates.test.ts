// The committee template in Markdown and HTML: snapshots for three inputs (files under
// __snapshots__/ can be opened to read the paper), its structure, and hostile text kept inert.
import { describe, expect, it } from 'vitest';
import { buildCommitteeView } from '../../src/core/report/index.js';
import { renderTemplate } from '../../src/render/handlebars-render.js';
import { BASELINE, HOSTILE, HOSTILE_FRAMEWORK, SINGLE, TEAM, committeeFixture, modelFor, template } from '../support/fixtures.js';

const md = template('committee.md.hbs');
const html = template('committee.html.hbs');

const inputs = {
  single: () => modelFor([SINGLE]),
  team: () => modelFor(TEAM),
  baseline: () => modelFor(TEAM, { baseline: BASELINE }),
};

describe.each(Object.entries(inputs))('committee paper: %s', (name, load) => {
  it('Markdown', async () => {
    const { model } = await load();
    await expect(renderTemplate(md, 'committee.md.hbs', 'md', model)).toMatchFileSnapshot(`__snapshots__/committee-${name}.md`);
  });

  it('HTML', async () => {
    const { model } = await load();
    await expect(renderTemplate(html, 'committee.html.hbs', 'html', model)).toMatchFileSnapshot(`__snapshots__/committee-${name}.html`);
  });
});

describe('committee paper: structure', async () => {
  const { model } = await modelFor([committeeFixture('every-rating.yaml')]);
  const text = renderTemplate(md, 'committee.md.hbs', 'md', model);
  const page = renderTemplate(html, 'committee.html.hbs', 'html', model);

  it('has the sections of a committee report, in order, in both formats', () => {
    const sections = ['1. Purpose of the report', '2. Recommendations', '3. Background', '4. Summary of findings', '5. Action plan', '6. Implications', '7. Background papers', 'Appendix A: Full results', 'Appendix B: The full action plan'];
    const mdHeadings = [...text.matchAll(/^## (.+)$/gm)].map((m) => m[1]);
    expect(mdHeadings).toEqual(sections);
    const htmlHeadings = [...page.matchAll(/<h2 id="[^"]+">([^<]+)<\/h2>/g)].map((m) => m[1]);
    expect(htmlHeadings).toEqual(sections);
  });

  it('writes every rating in words, and in HTML also as a coloured badge', () => {
    for (const words of ['Green', 'Amber (near)', 'Red', 'Not rated']) {
      expect(text).toContain(`**${words}**`);
      expect(page).toMatch(new RegExp(`<span class="rag rag-[a-z-]+">${words.replace(/[()]/g, '\\$&')}</span>`));
    }
    expect(page).toContain('<span class="rag rag-amber-near">Amber (near)</span>');
    expect(page).toContain('<span class="rag rag-none">Not rated</span>');
  });

  it('marks the implications and the placeholders for the report author', () => {
    expect(text.match(/\*\*\\\[To be completed by the report author\\\]\*\*/g)).toHaveLength(5);
    expect(page.match(/<span class="placeholder">\[To be completed by the report author\]<\/span>/g)).toHaveLength(5);
    expect(page).toContain('<span class="placeholder">[Report author&#x27;s role]</span>');
    const titles = ['Financial implications', 'Legal implications, including data protection', 'Equalities implications', 'Risk implications', 'Climate and environmental implications'];
    titles.forEach((title, i) => {
      expect(text).toContain(`### 6.${i + 1} ${title}\n`);
      expect(page).toContain(`<h3>6.${i + 1} ${title}</h3>`);
    });
  });

  it('keeps the HTML self-contained: no scripts, no external requests', () => {
    expect(page).toContain("Content-Security-Policy\" content=\"default-src 'none'");
    expect(page).not.toMatch(/<script|<link |src="http|url\(http/i);
  });
});

describe('committee paper: hostile text', async () => {
  const { model } = await modelFor([HOSTILE], { framework: HOSTILE_FRAMEWORK });
  const page = renderTemplate(html, 'committee.html.hbs', 'html', model);
  const text = renderTemplate(md, 'committee.md.hbs', 'md', model);

  it('never lets the data add markup or scripts to the HTML', () => {
    expect(page).not.toMatch(/<script|<img|<[^>]*\son(error|load)=/i);
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; Co');
    expect(page).not.toContain('href="javascript:');
  });

  it('keeps every Markdown table row to its columns', () => {
    for (const line of text.split('\n').filter((l) => l.startsWith('|'))) {
      const cells = line.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length;
      expect(cells, line).toBeGreaterThanOrEqual(3);
    }
    const header = text.split('\n').find((l) => l.startsWith('| No. | Question'))!;
    const width = header.split('|').length;
    const rows = text.split('\n').filter((l) => /^\| \d\.\d \|/.test(l));
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) expect(row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length, row).toBe(width);
    expect(text).not.toMatch(/(?<!\\)<(script|img)/);
  });
});

// Beside each snapshot: the body names the next steps only, and Appendix B has the whole plan.
describe.each(Object.entries(inputs))('committee paper: %s, its body and its appendices', async (_name, load) => {
  const { model } = await load();
  const view = buildCommitteeView(model);
  const text = renderTemplate(md, 'committee.md.hbs', 'md', model);
  const page = renderTemplate(html, 'committee.html.hbs', 'html', model);

  it('lists in the body the next step of each question below the target, at most twelve, by priority', () => {
    const body = text.slice(text.indexOf(`## ${view.sections.actions.number}.`), text.indexOf(`## ${view.sections.implications.number}.`));
    const rows = [...body.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1]));
    expect(rows).toEqual(model.actions.nextSteps.map((a) => a.priority));
    expect(rows.length).toBeLessThanOrEqual(12);
    expect(new Set(model.actions.nextSteps.map((a) => a.question.id)).size).toBe(rows.length);
    expect(body).toContain(view.actionPlan.paragraphs[1]!.text);
  });

  it('puts the full plan in Appendix B, after Appendix A, in both formats', () => {
    const appendixB = text.slice(text.indexOf(`## ${view.planAppendix.heading}`));
    expect(text.indexOf(`## ${view.appendix.heading}`)).toBeLessThan(text.indexOf(`## ${view.planAppendix.heading}`));
    expect([...appendixB.matchAll(/^\| (\d+) \|/gm)].map((m) => Number(m[1])).sort((a, b) => a - b)).toEqual(model.actions.ordered.map((a) => a.priority));
    const htmlB = page.slice(page.indexOf('id="appendix-plan"'));
    for (const a of model.actions.ordered) expect(htmlB).toContain(`<td class="num">${a.priority}</td>`);
  });
});
