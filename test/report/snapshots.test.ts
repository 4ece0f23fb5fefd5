// Snapshots of every format for three inputs: one file, a team of three, and the team against
// a baseline. Files under __snapshots__/ can be opened to see the report itself. The tool
// version and the date are fixed, so the snapshots change only when the report does.
import { describe, expect, it } from 'vitest';
import { renderCsvCombined } from '../../src/render/csv-report.js';
import { renderTemplate } from '../../src/render/handlebars-render.js';
import { renderJson } from '../../src/render/report-json.js';
import { BASELINE, SINGLE, TEAM, modelFor, template } from '../support/fixtures.js';

const inputs = {
  single: () => modelFor([SINGLE]),
  team: () => modelFor(TEAM),
  baseline: () => modelFor(TEAM, { baseline: BASELINE }),
};

describe.each(Object.entries(inputs))('%s', (name, load) => {
  it('Markdown', async () => {
    const { model } = await load();
    await expect(renderTemplate(template('report.md.hbs'), 'report.md.hbs', 'md', model)).toMatchFileSnapshot(`__snapshots__/${name}.md`);
  });

  it('HTML', async () => {
    const { model } = await load();
    await expect(renderTemplate(template('report.html.hbs'), 'report.html.hbs', 'html', model)).toMatchFileSnapshot(`__snapshots__/${name}.html`);
  });

  it('JSON', async () => {
    const { analysis, model } = await load();
    await expect(renderJson(analysis.document, model)).toMatchFileSnapshot(`__snapshots__/${name}.json`);
  });

  it('CSV', async () => {
    const { model } = await load();
    await expect(renderCsvCombined(model)).toMatchFileSnapshot(`__snapshots__/${name}.csv`);
  });
});

// The snapshots are a net; these say what each format must contain, whatever else changes.
describe.each(Object.entries(inputs))('%s: what every format says', async (name, load) => {
  const { analysis, model } = await load();
  const markdown = renderTemplate(template('report.md.hbs'), 'report.md.hbs', 'md', model);
  const html = renderTemplate(template('report.html.hbs'), 'report.html.hbs', 'html', model);
  const h = model.headings;
  const sections = [h.summary, h.chart, h.themes, h.team, ...(model.comparison ? [h.change] : []), h.actions, h.method];

  it('Markdown: the sections in order, every theme and question, the summary and the whole plan', () => {
    expect([...markdown.matchAll(/^## (.+)$/gm)].map((m) => m[1])).toEqual(sections);
    expect(markdown.startsWith(`# ${model.title}\n`)).toBe(true);
    for (const t of model.themes) {
      expect(markdown).toContain(`### ${t.number}. ${t.title}\n`);
      for (const q of t.questions) expect(markdown).toContain(`#### ${q.number} ${q.text}\n`);
    }
    for (const p of model.summary.paragraphs) expect(markdown).toContain(`${p}\n`);
    for (const a of model.actions.ordered) expect(markdown, a.text).toMatch(new RegExp(`^\\| ${a.priority} \\| ${a.text} \\|`, 'm'));
  });

  it('HTML: the sections in order, a badge for every theme, and the whole plan', () => {
    expect([...html.matchAll(/<h2 id="[a-z]+-heading">([^<]+)<\/h2>/g)].map((m) => m[1])).toEqual(sections);
    expect(html).toContain(`<html lang="${model.locale}">`);
    for (const t of model.themes) expect(html).toContain(`<span class="badge status-${t.status}">${t.statusText}</span>`);
    expect(html.match(/<article class="question/g)).toHaveLength(analysis.result.questions.length);
    for (const a of model.actions.ordered) expect(html).toContain(`<td class="num">${a.priority}</td>`);
  });

  it(`JSON: the score document unchanged, the report's sentences and the ratings (${name})`, () => {
    const json = JSON.parse(renderJson(analysis.document, model)) as Record<string, unknown> & { report: Record<string, any>; actions: unknown[] };
    const { report, ...document } = json;
    expect(document).toEqual(JSON.parse(JSON.stringify(analysis.document)));
    expect(json.actions).toHaveLength(model.actions.count);
    expect(report.summary.paragraphs).toEqual(model.summary.paragraphs);
    expect(report.nextSteps).toEqual(model.actions.nextSteps.map((a) => a.priority));
    expect(report.ratings.themes.map((r: { rating: string }) => r.rating)).toEqual(model.themes.map((t) => t.rating));
    expect(report.baseline === null).toBe(model.comparison === null);
  });

  it('CSV: a row per question and per action, with the headers of the wording', () => {
    const [questions, actions] = renderCsvCombined(model).slice(1).split('\r\n\r\n');
    const questionRows = questions!.trimEnd().split('\r\n');
    expect(questionRows[0]!.split(',')[0]).toBe(`"${model.labels.theme}"`);
    expect(questionRows).toHaveLength(1 + analysis.result.questions.length);
    const actionRows = actions!.trimEnd().split('\r\n');
    expect(actionRows).toHaveLength(1 + model.actions.count);
    expect(actionRows.slice(1).map((r) => Number(r.split(',')[0]))).toEqual(model.actions.ordered.map((a) => a.priority));
  });
});
