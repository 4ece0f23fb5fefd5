// A question's help in the report: its first paragraph is for every reader; the rest (what
// counts, how to choose) is for the chair, so the HTML folds it away and Word leaves it out.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { splitHelp } from '../../src/core/report/questions.js';
import { runInProcess } from '../support/cli.js';
import { unzip, wordText } from '../support/documents.js';
import { FRAMEWORK, reportFixture } from '../support/fixtures.js';
import { chromium, openPage, useBrowser } from '../support/browser.js';

const work = mkdtempSync(join(tmpdir(), 'dma-help-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('splitHelp', () => {
  it('splits at the first blank line, whatever the line ends and spaces around it', () => {
    expect(splitHelp(undefined)).toEqual({ helpIntro: null, helpDetail: null });
    expect(splitHelp('  ')).toEqual({ helpIntro: null, helpDetail: null });
    expect(splitHelp('Why it matters.\nStill the first paragraph.')).toEqual({
      helpIntro: 'Why it matters.\nStill the first paragraph.',
      helpDetail: null,
    });
    expect(splitHelp('Why.\n\nCounts: a.\n\nChoosing: b.\n')).toEqual({ helpIntro: 'Why.', helpDetail: 'Counts: a.\n\nChoosing: b.' });
    expect(splitHelp('Why.\r\n \r\nCounts: a.')).toEqual({ helpIntro: 'Why.', helpDetail: 'Counts: a.' });
  });
});

const NOTE = "Under each question, this report gives the first paragraph of the question's help; the rest is in the framework file and on screen in the workshop.";
const FOLDED = "Under each question, this report gives the first paragraph of the question's help; the rest is folded under “How to choose a level for this question” (it is not printed).";

describe('a help of several paragraphs in the report', () => {
  const help = 'Leaders who own a vision <b>fund</b> it.\n\nCounts: minutes of the cabinet.\n\nChoosing: a draft is 2.';
  const framework = join(work, 'framework.yaml');
  writeFileSync(
    framework,
    readFileSync(FRAMEWORK, 'utf8').replace(
      '        help: Look for a document the cabinet has agreed.\n',
      `        help: ${JSON.stringify(help)}\n`,
    ),
  );
  const answers = reportFixture('team-ceo.yaml');

  it('HTML: the first paragraph shows; the rest folds under "How to choose a level", escaped', async () => {
    const out = join(work, 'report.html');
    expect((await runInProcess(['report', answers, '--framework', framework, '-f', 'html', '-o', out])).code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<p class="help">Leaders who own a vision &lt;b&gt;fund&lt;/b&gt; it.</p>');
    // On screen the note points to the fold; in print, where the fold is hidden, to the framework file.
    expect(html).toContain(`<p class="screen-only">${FOLDED.replace("'", '&#x27;')}</p><p class="print-only">${NOTE.replace("'", '&#x27;')}</p>`);
    expect(html).toContain(
      '<details class="help-detail"><summary>How to choose a level for this question</summary><p class="help">Counts: minutes of the cabinet.<br><br>Choosing: a draft is 2.</p></details>',
    );
  });

  it('Markdown: the first paragraph only, in italics', async () => {
    const r = await runInProcess(['report', answers, '--framework', framework]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('*Leaders who own a vision \\<b\\>fund\\</b\\> it.*');
    expect(r.stdout).not.toContain('Counts: minutes of the cabinet.');
    expect(r.stdout).toContain(`\n${NOTE}\n`);
  });

  it('the method says where the rest of the help is only when some help has more than one paragraph, and the committee paper, which shows no help, never', async () => {
    // The fixture framework's helps are one paragraph each.
    const oneParagraph = await runInProcess(['report', answers, '--framework', FRAMEWORK]);
    expect(oneParagraph.code).toBe(0);
    expect(oneParagraph.stdout).toContain('Each question is answered with a level from');
    expect(oneParagraph.stdout).not.toContain('Under each question');
    const committee = await runInProcess(['report', answers, '--framework', framework, '--template', 'committee']);
    expect(committee.code).toBe(0);
    expect(committee.stdout).not.toContain('Under each question');
  });

  const browser = useBrowser();
  it.skipIf(!chromium)('HTML: the fold is not printed, and its focus ring is dark enough to see (3:1 and more)', async () => {
    const out = join(work, 'print.html');
    expect((await runInProcess(['report', answers, '--framework', framework, '-f', 'html', '-o', out])).code).toBe(0);
    const { page, context } = await openPage(browser(), out);
    const summary = page.locator('.help-detail summary').first();
    await page.keyboard.press('Tab');
    await summary.focus();
    const ring = await summary.evaluate((el) => getComputedStyle(el).outlineColor);
    expect(ring).toBe('rgb(11, 12, 12)');
    expect(await page.getByText(FOLDED).isVisible()).toBe(true);
    expect(await page.getByText(NOTE).isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.help-detail').first().isVisible()).toBe(false);
    expect(await page.getByText(FOLDED).isVisible()).toBe(false);
    expect(await page.getByText(NOTE).isVisible()).toBe(true);
    await context.close();
  });

  it('Word: the first paragraph only', async () => {
    const out = join(work, 'report.docx');
    expect((await runInProcess(['report', answers, '--framework', framework, '-f', 'docx', '-o', out])).code).toBe(0);
    const text = wordText(unzip(readFileSync(out)).get('word/document.xml')!.toString('utf8'));
    expect(text).toContain('Leaders who own a vision <b>fund</b> it.');
    expect(text).not.toContain('Counts: minutes of the cabinet.');
    expect(text).toContain(NOTE);
  });
});
