// dma benchmark through the command line: one bad file among many is left out and named
// (unless --strict), every format is written and escaped, and usage mistakes exit 2.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { benchmarkJsonSchema } from '../../src/build/json-schema.js';
import type { BenchmarkJson } from '../../src/core/benchmark/json.js';
import type { ShareDocument } from '../../src/core/share/schema.js';
import { shareJson } from '../../src/io/share-file.js';
import { ROOT, runBin, runInProcess } from '../support/cli.js';
import { TINY_ANSWERS, TINY_FRAMEWORK, shareOf, variant, writeShares } from '../support/shares.js';

const HOSTILE = '=HYPERLINK("http://evil.example") <script>alert(1)</script> | *Council*';

let files: { dir: string; paths: string[] };
beforeAll(async () => {
  const base = await shareOf([TINY_ANSWERS], TINY_FRAMEWORK);
  const at = (name: string, vision: number, protocol: number, assessed = '2026-06-01') =>
    variant(base, { name, assessed, levels: { 'lead.vision': vision, 'lead.cabinet': vision, 'data.protocol': protocol } });
  const good: Record<string, ShareDocument | string> = {
    'a.json': at('Alpha Council', 4, 4),
    'b.json': at('Beta Council', 3, 2),
    'c.json': at(HOSTILE, 2, 2),
    'd.json': at('Delta Council', 1, 0),
    'd-2025.json': at('Delta Council', 0, 0, '2025-05-01'),
  };
  good['truncated.json'] = shareJson(at('Broken Council', 1, 1)).slice(0, 300);
  files = writeShares(good);
});

const file = (name: string) => join(files.dir, name);
const goodFiles = () => files.paths.filter((p) => !p.endsWith('truncated.json'));

describe('dma benchmark', () => {
  it('leaves out a bad file, names it on the terminal and in the report, and reports the others', async () => {
    const result = await runInProcess(['benchmark', ...files.paths, '--focus', 'delta council']);
    expect(result.code).toBe(0);
    expect(result.stderr).toMatch(/truncated\.json:\d+:\d+: the JSON ends too soon/);
    expect(result.stderr).toContain(`left out: ${file('truncated.json')} is not complete JSON`);
    expect(result.stderr).toContain('Compared 4 councils from 5 share files; 1 left out');
    expect(result.stdout).toContain('# Digital maturity benchmark: Delta Council among 4 councils');
    expect(result.stdout).toContain('**1 file could not be read and is left out:**');
    // In the report: the file's name without its folder, and the problem without its place (the terminal has that).
    expect(result.stdout).toMatch(/^- truncated\.json: the JSON ends too soon: [^\n]*sent$/m);
    expect(result.stdout).not.toContain(files.dir);
    expect(result.stdout).toContain('| **▶ Delta Council** |');
    expect(result.stdout).toContain('Delta Council has shared 2 assessments, from 1 May 2025 to 1 June 2026.');
  });

  it('with --strict, stops at a bad file and writes nothing', async () => {
    const result = await runInProcess(['benchmark', ...files.paths, '--strict', '-o', file('strict.html')]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('error: 1 of the 6 share files cannot be used; nothing was written (--strict)');
    expect(() => readFileSync(file('strict.html'))).toThrow();
  });

  it('exits 1 when no file can be used, and 2 for a wrong format or an unknown --focus', async () => {
    const none = await runInProcess(['benchmark', file('truncated.json')]);
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('error: the share file could not be used');
    expect(none.stderr).not.toContain('of the 1 share');
    const pdf = await runInProcess(['benchmark', ...goodFiles(), '-o', file('x.pdf')]);
    expect(pdf.code).toBe(2);
    expect(pdf.stderr).toContain('a benchmark is md, html, json or csv, not pdf');
    // A spreadsheet's extension would get Markdown Excel cannot open: CSV instead.
    const excel = await runInProcess(['benchmark', ...goodFiles(), '-o', file('region.xlsx')]);
    expect(excel.code).toBe(2);
    expect(excel.stderr).toContain(`dma does not write .xlsx files; write CSV, which Excel and LibreOffice open: -o ${file('region.csv')}`);
    expect(() => readFileSync(file('region.xlsx'))).toThrow();
    const report = await runInProcess(['report', TINY_ANSWERS, '-o', file('report.XLS')]);
    expect(report.code).toBe(2);
    expect(report.stderr).toContain('dma does not write .xls files');
    const focus = await runInProcess(['benchmark', ...goodFiles(), '--focus', 'Nowhere']);
    expect(focus.code).toBe(2);
    expect(focus.stderr).toContain('--focus "Nowhere" matches none of the 4 councils in these share files');
    const over = await runInProcess(['benchmark', ...goodFiles(), '-o', file('a.json')]);
    expect(over.code).toBe(2);
  });

  it('reads and writes files relative to the working folder of the run', async () => {
    const shared = await runInProcess(['share', 'workshop.yaml', '-o', join(files.dir, 'ebc.json')], { cwd: join(ROOT, 'examples') });
    expect(shared.code).toBe(0);
    expect(JSON.parse(readFileSync(join(files.dir, 'ebc.json'), 'utf8'))).toMatchObject({ format: 'dma-share' });
    const result = await runInProcess(['benchmark', 'a.json', 'b.json', '-o', 'relative.md'], { cwd: files.dir });
    expect(result.code, result.stderr).toBe(0);
    expect(readFileSync(file('relative.md'), 'utf8')).toContain('2 councils compared');
  });

  it('writes JSON that its committed JSON Schema accepts', async () => {
    const result = await runInProcess(['benchmark', ...goodFiles(), '-f', 'json', '--focus', 'Beta Council']);
    expect(result.code).toBe(0);
    const committed = JSON.parse(readFileSync(join(ROOT, 'schema', 'benchmark.schema.json'), 'utf8')) as Record<string, unknown>;
    expect(committed).toEqual(benchmarkJsonSchema());
    const validate = new Ajv({ allErrors: true, strict: false }).compile(committed);
    const json = JSON.parse(result.stdout) as BenchmarkJson;
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json.councils.map((c) => [c.rank, c.name, c.overall])).toEqual([
      [1, 'Alpha Council', 100],
      [2, 'Beta Council', 66.7],
      [3, HOSTILE, 50],
      [4, 'Delta Council', 16.7],
    ]);
    expect(json.focus?.council).toBe('Beta Council');
    expect(json.trends).toEqual([{ council: 'Delta Council', anonymous: false, points: [{ date: '2025-05-01', overall: 0, answeredWith: '2.0.0' }, { date: '2026-06-01', overall: 16.7, answeredWith: '2.0.0' }], change: 16.7 }]);
  });

  it('writes CSV for Excel: two files with -o, a byte order mark, CRLF, and no formula from a name', async () => {
    const result = await runInProcess(['benchmark', ...goodFiles(), '-o', file('group.csv')]);
    expect(result.code).toBe(0);
    const councils = readFileSync(file('group.csv'), 'utf8');
    const statistics = readFileSync(file('group-statistics.csv'), 'utf8');
    expect(councils.startsWith('\ufeff"Rank","Council","Anonymous","Date","Shares","File","1. Leadership","2. Data sharing","Overall"\r\n')).toBe(true);
    expect(councils).toContain(`3,"'=HYPERLINK(""http://evil.example"") <script>alert(1)</script> | *Council*","no","2026-06-01",1,`);
    expect(statistics.split('\r\n')[0]).toBe('\ufeff"Theme","Councils","Lowest","Lower quartile","Median","Upper quartile","Highest"');
    // Overall: 16.7 50 66.7 100; Q1 at 0.75: 16.7 + 0.75 × 33.3 = 41.675; median 58.35; Q3 at 2.25: 66.7 + 0.25 × 33.3 = 75.025.
    expect(statistics).toContain('"Overall",4,16.7,41.675,58.35,75.025,100\r\n');
  });

  it('escapes a hostile name in Markdown and HTML', async () => {
    const md = await runInProcess(['benchmark', ...goodFiles()]);
    expect(md.stdout).not.toContain('<script>');
    expect(md.stdout).toContain('\\<script\\>alert(1)\\</script\\> \\| \\*Council\\*');
    const html = await runInProcess(['benchmark', ...goodFiles(), '-f', 'html']);
    expect(html.stdout).not.toContain('<script>');
    expect(html.stdout).toContain('&lt;script&gt;alert(1)&lt;/script&gt; | *Council*');
    expect(html.stdout).toContain("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';");
  });
});

const hasPandoc = spawnSync('pandoc', ['--version'], { encoding: 'utf8' }).status === 0;

describe('the Markdown benchmark', () => {
  it('converts with pandoc: every table keeps its columns, and no raw HTML gets through', { skip: !hasPandoc }, async () => {
    const md = (await runInProcess(['benchmark', ...goodFiles(), '--focus', 'Delta Council'])).stdout;
    for (const from of ['gfm', 'markdown']) {
      const result = spawnSync('pandoc', ['-f', from, '-t', 'html'], { input: md, encoding: 'utf8' });
      expect(result.status, result.stderr).toBe(0);
      expect(result.stdout).not.toMatch(/<script|<img/);
      expect(result.stdout.match(/<table/g)?.length).toBe(md.match(/^\|(---|:?---:?)\|/gm)?.length);
      const hostileRow = result.stdout.split('<tr').find((row) => row.includes('HYPERLINK'))!;
      // Rank, council, date, 2 themes and the overall score.
      expect(hostileRow.match(/<td/g)).toHaveLength(6);
    }
  });
});

describe('share, then benchmark, with the built command', () => {
  it('a council shares two years and a team shares anonymously; the coordinator benchmarks them', () => {
    const dir = writeShares({}).dir;
    const env = { DMA_SHARE_SALT: 'the-team-keeps-this-salt-safe' };
    expect(runBin(['share', 'examples/baseline-2025.yaml', '-o', join(dir, 'ebc-2025.json')]).code).toBe(0);
    expect(runBin(['share', 'examples/workshop.yaml', '-o', join(dir, 'ebc-2026.json')]).code).toBe(0);
    const team = runBin(['share', 'examples/team/ceo.yaml', 'examples/team/cio.yaml', 'examples/team/dass.yaml', '--anonymous', '-o', join(dir, 'team.json')], { env });
    expect(team.code).toBe(0);
    const pseudonym = /Your pseudonym is (Council [0-9a-f]{8})\./.exec(team.stderr)![1]!;

    const result = runBin(['benchmark', join(dir, 'ebc-2025.json'), join(dir, 'ebc-2026.json'), join(dir, 'team.json'), '--focus', pseudonym, '-f', 'html']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('Compared 2 councils from 3 share files');
    expect(result.stdout).toContain(`<h1>${pseudonym} among 2 councils</h1>`);
    expect(result.stdout).toMatch(/<th scope="row">Example Borough Council<\/th><td>\d+\.\d \(20 November 2025\) → 34\.1 \(21 November 2026\)<\/td>/);
    expect(result.stdout).not.toContain('Sam Jones');
  });
});
