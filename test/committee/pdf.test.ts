// PDF reports (-f pdf): the HTML report, or the committee paper, printed to A4 by the system's
// Chromium, with the organisation, the date and "Page X of Y" in the footer. Finding Chromium,
// and failing at once, with how to install one, when there is none. The printing tests skip,
// saying why, when Chromium or pdftotext is not installed.
import { existsSync, readFileSync } from 'node:fs';
import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/problems.js';
import { findChromium, noBrowserHelp } from '../../src/io/browser.js';
import { printPdf } from '../../src/io/pdf-printer.js';
import { pdfFooterTemplate, withCssFooter, withoutCssMarginBoxes } from '../../src/render/pdf-page.js';
import { runInProcess } from '../support/cli.js';
import { SKIP_CHROMIUM, chromium, pdfPages, pdfRawText, pdfText, pdftotextPath } from '../support/documents.js';
import { BASELINE, FRAMEWORK, HOSTILE, HOSTILE_FRAMEWORK, TEAM, example, modelFor } from '../support/fixtures.js';
import { tempDir } from '../support/temp.js';
import { buildCommitteeView } from '../../src/core/report/index.js';

const canPrint = Boolean(chromium && pdftotextPath);
if (!canPrint) console.warn(SKIP_CHROMIUM);

const tmp = tempDir('dma-pdf-');

describe('PDF: the footer and Chromium', () => {
  it('escapes the organisation in the footer template', () => {
    const footer = pdfFooterTemplate({ organisation: '<script>alert(1)</script> & "Co"', date: 'assessed 20 November 2026', page: 'Page', pageOf: 'of' });
    expect(footer).toContain('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;Co&quot; · assessed 20 November 2026');
    expect(footer).not.toContain('<script');
    expect(footer).toContain('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
  });

  it('escapes the organisation in the CSS footer of the fallback, so it cannot end the string or the style', () => {
    const html = withCssFooter('<html><head><title>x</title></head><body></body></html>', { organisation: 'A "B" \\ </style><script>', date: 'd', page: 'Page', pageOf: 'of' });
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    expect(style).not.toMatch(/<\/?s/);
    expect(style).toContain('content: "A \\22 B\\22  \\5c  \\3c /style\\3e \\3c script\\3e  · d"');
    expect(html.indexOf('<style>')).toBeLessThan(html.indexOf('</head>'));
    expect(withoutCssMarginBoxes('<body>x</body>')).toMatch(/^<style>@page \{ @top-left \{ content: none; \}/);
  });

  it('takes --chromium, then CHROMIUM_PATH, then an installed browser; a path that is not there is an error (more in browser-lookup.test.ts)', async () => {
    const fake = join(tmp(), 'chromium');
    await writeFile(fake, '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    expect(await findChromium({ flag: fake, platform: 'linux', env: { CHROMIUM_PATH: '/nowhere' } })).toBe(fake);
    expect(await findChromium({ platform: 'linux', env: { CHROMIUM_PATH: fake } })).toBe(fake);
    await expect(findChromium({ flag: '/no/such/chromium', platform: 'linux', env: {} })).rejects.toThrow(/--chromium names \/no\/such\/chromium, which is not a program that can be run/);
    await expect(findChromium({ platform: 'linux', env: { CHROMIUM_PATH: tmp() } })).rejects.toThrow(/CHROMIUM_PATH names/);
    await expect(findChromium({ platform: 'linux', env: {}, canRun: async () => false })).rejects.toThrow(noBrowserHelp('linux'));
    expect(noBrowserHelp('linux')).toMatch(/apt-get install chromium/);
    expect(noBrowserHelp('linux')).toMatch(/CHROMIUM_PATH/);
  });

  it('without a Chromium, fails at once with exit 1, says how to install one, and writes nothing', async () => {
    const out = join(tmp(), 'none.pdf');
    const started = Date.now();
    const r = await runInProcess(['report', ...TEAM, '--framework', FRAMEWORK, '--chromium', '/no/such/chromium', '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^error: cannot make a PDF: --chromium names \/no\/such\/chromium/);
    expect(r.stderr).toContain('apt-get install chromium');
    expect(r.stdout).toBe('');
    expect(existsSync(out)).toBe(false);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('needs --out for pdf and docx, and never writes them to the terminal (exit 2)', async () => {
    for (const format of ['pdf', 'docx']) {
      const r = await runInProcess(['report', ...TEAM, '--framework', FRAMEWORK, '-f', format]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/is a file, not text for the terminal: give --out/);
      expect(r.stdout).toBe('');
    }
  });
});

describe.skipIf(!canPrint)('PDF: printed by Chromium', () => {
  it('prints the committee paper on A4, with its sections, ratings and footer', async () => {
    const out = join(tmp(), 'committee.pdf');
    const r = await runInProcess(['report', ...TEAM, '--framework', FRAMEWORK, '--baseline', BASELINE[0]!, '--baseline', BASELINE[1]!, '--template', 'committee', '-o', out], {
      today: '2026-11-21',
    });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`Wrote ${out}\n`);
    const text = pdfText(out);
    const pages = pdfPages(out);
    expect(pages).toBeGreaterThanOrEqual(5);
    expect(pages).toBeLessThanOrEqual(16);
    let at = 0;
    for (const heading of ['1. Purpose of the report', '2. Recommendations', '3. Background', '4. Summary of findings', '5. Action plan', '6. Implications', '7. Background papers', 'Appendix A: Full results', 'Appendix B: The full action plan']) {
      const found = text.indexOf(heading, at);
      expect(found, heading).toBeGreaterThanOrEqual(at);
      at = found;
    }
    expect(text).toContain('Amber (near)');
    expect(text).toContain('[To be completed by the report author]');
    expect(text).toMatch(/Testshire County Council · assessed 20 November 2026\s+Page 1 of \d+/);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    const bytes = (await import('node:fs')).readFileSync(out);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.toString('latin1')).toMatch(/\/MediaBox \[0 0 595(\.\d+)? 841\.9|\/MediaBox \[0 0 595(\.\d+)? 842/);
    expect((await readdir(tmp())).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints the default report with -o report.pdf, with only its footer page numbers', async () => {
    const out = join(tmp(), 'report.pdf');
    const r = await runInProcess(['report', ...TEAM, '--framework', FRAMEWORK, '-o', out, '--chromium', chromium!]);
    expect(r.code, r.stderr).toBe(0);
    const text = pdfText(out);
    expect(text).toContain('Digital maturity report');
    expect(text).toContain('Action plan');
    const pages = pdfPages(out);
    expect(text.match(/Page 1 of /g)).toHaveLength(1); // the template's own page numbers are switched off
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it('shows hostile text as text, in the page and in the footer', async () => {
    const out = join(tmp(), 'hostile.pdf');
    const r = await runInProcess(['report', HOSTILE, '--framework', HOSTILE_FRAMEWORK, '--template', 'committee', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    const text = pdfText(out);
    expect(text).toContain('<script>alert(1)</script> & Co | "Council" · assessed 20 November 2026');
  });

  it('prints a template of your own offline: nothing it asks for is fetched', async () => {
    const { createServer } = await import('node:http');
    const requests: string[] = [];
    const server = createServer((req, res) => {
      requests.push(req.url ?? '');
      res.end('x');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    try {
      const template = join(tmp(), 'board.html.hbs');
      await writeFile(template, `<!DOCTYPE html><html><head><title>Board</title><link rel="stylesheet" href="http://127.0.0.1:${port}/style.css"></head><body><h1>{{organisation}}</h1><img src="http://127.0.0.1:${port}/track.png" alt=""></body></html>`);
      const out = join(tmp(), 'board.pdf');
      const r = await runInProcess(['report', ...TEAM, '--framework', FRAMEWORK, '--template', template, '-o', out]);
      expect(r.code, r.stderr).toBe(0);
      expect(pdfText(out)).toContain('Testshire County Council');
      expect(requests).toEqual([]);
    } finally {
      server.close();
    }
  });

  it("falls back to Chromium's own --print-to-pdf, with the same footer", async () => {
    const html = '<!DOCTYPE html><html lang="en-GB"><head><title>T</title></head><body><h1>Fallback</h1><p style="break-after: page">One</p><p>Two</p></body></html>';
    const pdf = await printPdf(html, { chromium: chromium!, footer: { organisation: 'Fallback & Co', date: 'assessed 1 May 2026', page: 'Page', pageOf: 'of' }, driver: 'cli' });
    const path = join(tmp(), 'fallback.pdf');
    await writeFile(path, pdf);
    const text = pdfText(path);
    expect(pdfPages(path)).toBe(2);
    expect(text).toContain('Fallback');
    expect(text).toMatch(/Fallback & Co · assessed 1 May 2026\s+Page 2 of 2/);
  });
});

describe('PDF: a printing mistake of dma\'s own is not bad data', () => {
  it('only the browser\'s failures become "cannot make a PDF"; a bug in dma stays an internal error', async () => {
    // A footer without its words is dma's mistake, made before the browser starts.
    const bug = printPdf('<p>x</p>', { chromium: '/no/such/chromium', footer: undefined as never, driver: 'cli' });
    await expect(bug).rejects.toThrow(TypeError);
    await expect(bug).rejects.not.toBeInstanceOf(DataError);
    // A browser that cannot be run is the browser's failure: a 'pdf' data error, exit code 1.
    const broken = printPdf('<p>x</p>', { chromium: '/no/such/chromium', footer: { organisation: 'x', date: 'd', page: 'Page', pageOf: 'of' }, driver: 'cli', timeout: 5000 });
    await expect(broken).rejects.toMatchObject({ name: 'DataError', code: 'pdf' });
    await expect(broken).rejects.toThrow(/^cannot make a PDF: Chromium \(\/no\/such\/chromium\) failed/);
  });
});

describe.skipIf(!canPrint)('PDF: a committee paper a committee can adopt', () => {
  it('the bundled example: a body of at most 5 pages, the full plan in Appendix B, the CSV and the JSON', { timeout: 90_000 }, async () => {
    const answers = example('workshop.yaml');
    const { model } = await modelFor([answers], { framework: undefined });
    const view = buildCommitteeView(model);
    const out = join(tmp(), 'paper.pdf');
    const r = await runInProcess(['report', answers, '--template', 'committee', '-o', out]);
    expect(r.code, r.stderr).toBe(0);

    // The body: every page before the one that starts Appendix A.
    const pages = pdfText(out).split('\f').filter((page) => page.trim() !== '');
    const body = pages.findIndex((page) => page.split('\n').some((line) => line.trim() === view.appendix.heading));
    expect(body, 'the page of Appendix A').toBeGreaterThan(0);
    // The README promises five A4 pages for the bundled example.
    expect(body).toBeLessThanOrEqual(5);
    const norm = (text: string) => text.replace(/\s+/g, ' ');
    const firstWords = (text: string) => text.split(/\s+/).slice(0, 4).join(' ');
    const bodyText = norm(pages.slice(0, body).join('\n'));
    expect(model.actions.nextSteps.length).toBe(12);
    for (const step of model.actions.nextSteps) expect(bodyText, step.text).toContain(firstWords(step.text));

    // Appendix B: every action of the plan, each with its step (the only arrows in the paper).
    const raw = norm(pdfRawText(out));
    // The method says where the framework's guidance is, rather than printing its ~900 words.
    expect(raw).toContain(view.guidanceNote!);
    expect(raw).not.toContain('Reading the levels');
    const appendixB = raw.slice(raw.lastIndexOf(view.planAppendix.heading));
    expect(appendixB.match(/→/g)).toHaveLength(model.actions.count);
    for (const action of model.actions.ordered) expect(appendixB, action.text).toContain(firstWords(action.text));

    // The CSV and the JSON have the whole plan too.
    const csvOut = join(tmp(), 'plan.csv');
    expect((await runInProcess(['report', answers, '-o', csvOut])).code).toBe(0);
    const csv = readFileSync(join(tmp(), 'plan-actions.csv'), 'utf8');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(1 + model.actions.count);
    for (const action of model.actions.ordered) expect(csv).toContain(`"${action.text.replace(/"/g, '""')}"`);
    const json = JSON.parse((await runInProcess(['report', answers, '-f', 'json'])).stdout) as { actions: Array<{ text: string }>; report: { nextSteps: number[] } };
    expect(json.actions.map((a) => a.text)).toEqual(model.actions.ordered.map((a) => a.text));
    expect(json.report.nextSteps).toEqual(model.actions.nextSteps.map((a) => a.priority));
  });
});
