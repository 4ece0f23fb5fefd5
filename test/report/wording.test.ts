// One source for every sentence: the report model takes every heading, label and sentence from
// the wording module, and every output only lays the model out. A change of wording is one edit
// (here, made at test time) and reaches Markdown, HTML, Word and the terminal alike; and `dma
// score` and the report can no longer disagree.
import { Chalk } from 'chalk';
import { describe, expect, it } from 'vitest';
import { EN_GB, buildCommitteeView } from '../../src/core/report/index.js';
import type { Wording } from '../../src/core/report/index.js';
import { renderDocx } from '../../src/render/docx-report.js';
import { renderTemplate } from '../../src/render/handlebars-render.js';
import { renderTerminalSummary } from '../../src/render/terminal.js';
import { runBin } from '../support/cli.js';
import { unzip, wordText } from '../support/documents.js';
import { FRAMEWORK, TEAM, modelFor, reportFixture, template } from '../support/fixtures.js';

const plain = new Chalk({ level: 0 });

/** Every text a model is laid out as: Markdown, HTML, the Word report, the terminal summary. */
async function outputs(wording: Wording) {
  const { model } = await modelFor(TEAM, { wording });
  const word = unzip(await renderDocx(model, 'report')).get('word/document.xml')!.toString('utf8');
  return {
    markdown: renderTemplate(template('report.md.hbs'), 'report.md.hbs', 'md', model),
    html: renderTemplate(template('report.html.hbs'), 'report.html.hbs', 'html', model),
    word: wordText(word),
    terminal: renderTerminalSummary(model, plain, 200),
  };
}

describe('a change of wording is one edit', () => {
  it('reaches Markdown, HTML, Word and the terminal', { timeout: 60_000 }, async () => {
    const edited: Wording = {
      ...EN_GB,
      headings: { ...EN_GB.headings, disagreements: 'Where the room split' },
      summary: { ...EN_GB.summary, balance: (strong, level) => `Best: ${strong.join(' and ')} at ${level}.` },
    };
    const before = await outputs(EN_GB);
    const after = await outputs(edited);
    for (const [format, text] of Object.entries(after)) {
      expect(before[format as keyof typeof before], format).toContain('Where the team disagreed');
      expect(text, format).toContain('Where the room split');
      expect(text, format).not.toContain('Where the team disagreed');
      expect(before[format as keyof typeof before], format).toContain('The strongest theme is Design services around residents (level 3.5)');
      expect(text, format).toContain('Best: Design services around residents at 3.5.');
    }
  });

  it('reaches the committee paper, built from the model in the same words', async () => {
    const edited: Wording = { ...EN_GB, committee: { ...EN_GB.committee, placeholderNote: 'Fill in the square brackets.' } };
    const { model } = await modelFor(TEAM, { wording: edited });
    const view = () => buildCommitteeView(model, edited);
    const markdown = renderTemplate(template('committee.md.hbs'), 'committee.md.hbs', 'md', model, undefined, view);
    const word = wordText(unzip(await renderDocx(model, 'committee', view)).get('word/document.xml')!.toString('utf8'));
    for (const text of [markdown, word]) {
      expect(text).toContain('Fill in the square brackets.');
      expect(text).not.toContain('Placeholders in square brackets');
    }
  });

  it('the bundled templates type no words of their own: every word is the data', () => {
    for (const name of ['report.md.hbs', 'report.html.hbs', 'committee.md.hbs', 'committee.html.hbs']) {
      const body = template(name)
        .replace(/\{\{!--[\s\S]*?--\}\}/g, '') // the comment that explains the template
        .replace(/<head>[\s\S]*<\/head>/, '') // the style sheet
        .replace(/\{\{[^}]*\}\}/g, '') // every field, helper and block
        .replace(/<[^>]*>/g, ''); // every tag
      expect(body.match(/[A-Za-z]{2,}/g), name).toBeNull();
    }
  });
});

describe('dma score and the report say the same thing', () => {
  const answers = reportFixture('all-level-2.yaml');

  it('every theme at level 2: both say so, in the same sentence, and neither names a strongest theme', () => {
    const sentence = 'All the themes with answers are at the same level, 2.0.';
    const score = runBin(['score', answers, '--framework', FRAMEWORK]);
    const report = runBin(['report', answers, '--framework', FRAMEWORK, '-f', 'md']);
    expect(score.code, score.stderr).toBe(0);
    expect(report.code, report.stderr).toBe(0);
    for (const out of [score.stdout, report.stdout]) {
      expect(out.replace(/\s+/g, ' ')).toContain(sentence);
      expect(out).not.toMatch(/strongest|weakest/i);
    }
  });

  it('names the same strongest and weakest themes and the same three actions', async () => {
    const { model } = await modelFor(TEAM);
    const terminal = renderTerminalSummary(model, plain, 200);
    expect(terminal).toContain(model.summary.balance!);
    expect(model.summary.paragraphs).toContain(model.summary.balance);
    expect(terminal).toContain(model.summary.actionsIntro);
    for (const action of model.summary.topActions) expect(terminal).toContain(`${action.rank}. ${action.text}\n      ${action.planPriorityText} · `);
  });

  it('numbers the three actions 1, 2, 3 in every format, each with its priority in the plan', async () => {
    const { model } = await modelFor(TEAM);
    const [html, md] = (['html', 'md'] as const).map((f) => renderTemplate(template(`report.${f}.hbs`), `report.${f}.hbs`, f, model));
    expect(model.summary.topActions.map((a) => [a.rank, a.priority])).toEqual([[1, 1], [2, 3], [3, 4]]);
    expect(md).toMatch(/^1\. \*\*Agree a digital skills plan[^\n]*\n {3}Priority 1 in the action plan · /m);
    expect(md).toMatch(/^2\. \*\*Sign the protocol with partners\*\*\\\n {3}Priority 3 in the action plan · /m);
    expect(md).toMatch(/^3\. \*\*Ask the cabinet member[^\n]*\n {3}Priority 4 in the action plan · /m);
    expect(html).toMatch(/<ol class="top-actions">\s*<li><strong>Agree[^<]*<\/strong><span class="meta">Priority 1 in the action plan · /);
    expect(renderTerminalSummary(model, plain, 200)).toMatch(/^ {3}3\. Ask the cabinet member/m);
  });
});
