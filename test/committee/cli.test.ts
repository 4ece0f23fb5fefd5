// `dma report` with the committee template and the Word and PDF formats, through the command
// line: formats and templates, the usage errors, and that the docx library and playwright-core
// load only for the format that needs them.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseFormat, docxLayout } from '../../src/render/formats.js';
import { ROOT, runInProcess } from '../support/cli.js';
import { unzip } from '../support/documents.js';
import { FRAMEWORK, TEAM } from '../support/fixtures.js';
import { tempDir } from '../support/temp.js';

const report = (...args: string[]) => runInProcess(['report', ...TEAM, '--framework', FRAMEWORK, ...args]);

const tmp = tempDir('dma-committee-');

describe('dma report --template committee', () => {
  it('prints the committee paper in Markdown, and in HTML with -f html', async () => {
    const md = await report('--template', 'committee');
    expect(md.code, md.stderr).toBe(0);
    expect(md.stdout).toMatch(/^# Digital maturity self-assessment: results and action plan\n/);
    expect(md.stdout).toContain('## 2. Recommendations');
    const html = await report('--template', 'committee', '-f', 'html');
    expect(html.stdout).toMatch(/^<!DOCTYPE html>/);
    expect(html.stdout).toContain('<h2 id="recommendations-heading">2. Recommendations</h2>');
  });

  it('writes a Word document with -o paper.docx, in the committee layout', async () => {
    const out = join(tmp(), 'paper.docx');
    const r = await report('--template', 'committee', '-o', out);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe(`Wrote ${out}\n`);
    const bytes = await readFile(out);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const document = unzip(bytes).get('word/document.xml')!.toString('utf8');
    expect(document).toContain('2. Recommendations');
    const plain = join(tmp(), 'plain.docx');
    expect((await report('-f', 'docx', '-o', plain)).code).toBe(0);
    expect(unzip(await readFile(plain)).get('word/document.xml')!.toString('utf8')).toContain('Theme by theme');
  });

  it('refuses what cannot work (exit 2), writing nothing', async () => {
    const own = join(tmp(), 'board.hbs');
    await writeFile(own, '{{inline organisation}}');
    const cases: Array<[string[], RegExp]> = [
      [['-f', 'docx', '--template', own, '-o', join(tmp(), 'a.docx')], /Word \(docx\) reports are built in, with two layouts: --template report \(the default\) or --template committee/],
      [['-f', 'pdf', '--template', 'committee.md', '-o', join(tmp(), 'a.pdf')], /is for md reports, but a PDF is printed from HTML/],
      [['-f', 'json', '--template', 'committee'], /--template works with md and html reports/],
      [['-f', 'docx'], /give --out, for example -o report.docx/],
      [['-f', 'pdf'], /give --out, for example -o report.pdf/],
      [['-f', 'odt'], /unknown format "odt": use md, html, json, csv, docx or pdf/],
    ];
    for (const [args, message] of cases) {
      const r = await report(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toMatch(message);
      expect(r.stdout).toBe('');
    }
    expect(existsSync(join(tmp(), 'a.docx')) || existsSync(join(tmp(), 'a.pdf'))).toBe(false);
  });

  it('chooses docx and pdf from the --out extension, and the Word layout from --template', () => {
    expect(chooseFormat({ out: 'paper.DOCX' })).toBe('docx');
    expect(chooseFormat({ out: 'paper.pdf', template: 'committee' })).toBe('pdf');
    expect(chooseFormat({ out: 'paper.pdf', template: 'board.html.hbs' })).toBe('pdf');
    expect(chooseFormat({ format: 'docx', out: 'x', template: 'committee' })).toBe('docx');
    expect(docxLayout(undefined)).toBe('report');
    expect(docxLayout('committee')).toBe('committee');
    expect(() => docxLayout('board.hbs')).toThrow(/two layouts/);
    expect(() => docxLayout('board.hbs')).not.toThrow(/did you mean/);
    expect(() => docxLayout('committe')).toThrow(/"committe" is neither; did you mean "committee"\?$/);
    expect(() => docxLayout('Comittee')).toThrow(/did you mean "committee"\?$/);
    expect(() => docxLayout('board.hbs')).toThrow(expect.objectContaining({ advice: 'A template file of your own works with md, html and pdf.' }));
  });
});

describe('heavy modules load only for their format', () => {
  const bundle = join(ROOT, 'dist/bundle/main.js');
  const entry = existsSync(bundle) ? bundle : join(ROOT, 'dist/cli/main.js');

  it.skipIf(!existsSync(entry))('--help and Markdown load neither docx nor playwright-core; docx loads for -f docx only', async () => {
    const out = join(tmp(), 'lazy.docx');
    const script = `
      import { register } from 'node:module';
      import { MessageChannel } from 'node:worker_threads';
      const { port1, port2 } = new MessageChannel();
      const loaded = [];
      port1.on('message', (url) => loaded.push(url));
      port1.unref();
      register('data:text/javascript,' + encodeURIComponent('let port; export function initialize(d) { port = d.port; } export async function load(url, context, next) { port.postMessage(url); return next(url, context); }'), { data: { port: port2 }, transferList: [port2] });
      const { main, processContext } = await import(${JSON.stringify(entry)});
      const ctx = processContext([]);
      ctx.stdout = { write() {} };
      ctx.stderr = { write() {} };
      const settle = () => new Promise((r) => setTimeout(r, 50));
      const heavy = () => loaded.filter((u) => /docx|playwright/.test(u)).map((u) => u.replace(/^.*\\/(dist|node_modules)\\//, '$1/'));
      await main(['--help'], ctx); await settle();
      const afterHelp = heavy();
      await main(['report', ...${JSON.stringify(TEAM)}, '--framework', ${JSON.stringify(FRAMEWORK)}, '--template', 'committee'], ctx); await settle();
      const afterMd = heavy();
      await main(['report', ...${JSON.stringify(TEAM)}, '--framework', ${JSON.stringify(FRAMEWORK)}, '-o', ${JSON.stringify(out)}], ctx); await settle();
      console.log(JSON.stringify({ afterHelp, afterMd, afterDocx: heavy() }));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    const { afterHelp, afterMd, afterDocx } = JSON.parse(r.stdout) as Record<'afterHelp' | 'afterMd' | 'afterDocx', string[]>;
    expect(afterHelp).toEqual([]);
    expect(afterMd).toEqual([]);
    expect(afterDocx.length).toBeGreaterThan(0);
    expect(afterDocx.filter((u) => u.includes('playwright'))).toEqual([]);
    expect(existsSync(out)).toBe(true);
  });
});
