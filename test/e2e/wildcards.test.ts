// The README's group commands in PowerShell and cmd.exe, which pass `shares/*.json` to dma as
// typed (as quoting it does in a Unix shell): dma expands it itself, dma benchmark takes a
// folder, and a share file saved as UTF-16 (PowerShell 5.1's `>`) is refused in plain words.
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shareJson } from '../../src/io/share-file.js';
import { example, runBin, runInProcess } from '../support/cli.js';
import { TINY_ANSWERS, TINY_FRAMEWORK, shareOf, variant } from '../support/shares.js';

const TEAM = ['ceo.yaml', 'cio.yaml', 'dass.yaml'];
const SAVE_AS_UTF8 = 'save it as UTF-8 (in most editors: Save As, then choose the encoding UTF-8)';

let dir = '';
let alpha = '';
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'dma-wildcards-'));
  const base = await shareOf([TINY_ANSWERS], TINY_FRAMEWORK);
  const council = (name: string) => shareJson(variant(base, { name }));
  alpha = council('Alpha Council');
  const files: Record<string, string> = {
    'shares/alpha.json': alpha,
    'shares/beta.json': council('Beta Council'),
    'shares/readme.txt': 'not a share file',
    'shares/.draft.json': council('Draft Council'),
    'shares/old/gamma.json': council('Gamma Council'),
    'literal/*.json': council('Literal Council'),
    'literal/other.json': council('Other Council'),
    'utf16/bom.json': '',
    'utf16/nobom.json': '',
  };
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  // As PowerShell 5.1 writes `dma share … > x.json`: UTF-16 little-endian, with a byte-order mark.
  writeFileSync(join(dir, 'utf16/bom.json'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(alpha, 'utf16le')]));
  writeFileSync(join(dir, 'utf16/nobom.json'), Buffer.from(alpha, 'utf16le'));
  mkdirSync(join(dir, 'team'));
  for (const name of TEAM) copyFileSync(example(`team/${name}`), join(dir, 'team', name));
  mkdirSync(join(dir, 'old'));
  copyFileSync(example('baseline-2025.yaml'), join(dir, 'old', 'team-2025.yaml'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const dma = (...args: string[]) => runBin(args, { cwd: dir });
/** The councils a Markdown benchmark compares, from its table of councils by theme ("=1" for a shared rank). */
const councils = (markdown: string) => [...markdown.matchAll(/^\| =?\d+ \| ([^|]+?) \|/gm)].map((m) => m[1]).sort();

describe('dma benchmark with a pattern or a folder, as PowerShell passes them', () => {
  it("expands 'shares/*.json' itself: the share files in that folder, not hidden ones or those in folders below", () => {
    const run = dma('benchmark', 'shares/*.json', '-o', 'region.md');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Compared 2 councils from 2 share files');
    expect(councils(readFileSync(join(dir, 'region.md'), 'utf8'))).toEqual(['Alpha Council', 'Beta Council']);
  });

  it('takes a folder as every .json file directly in it', () => {
    const run = dma('benchmark', 'shares');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toMatch(/(^|\n)Compared 2 councils from 2 share files\n$/);
    expect(run.stderr).not.toContain('left out');
    expect(councils(run.stdout)).toEqual(['Alpha Council', 'Beta Council']);
  });

  it('says plainly, with exit 1, when a pattern matches nothing or a folder holds no share file', () => {
    const none = dma('benchmark', 'shares/*.jsn');
    expect(none.code).toBe(1);
    expect(none.stderr).toBe('error: no file matches shares/*.jsn\n');
    const empty = dma('benchmark', 'team');
    expect(empty.code).toBe(1);
    expect(empty.stderr).toBe('error: team is a folder with no files matching *.json directly in it\n');
  });

  it.skipIf(process.platform === 'win32')('reads a file whose name has a * in it as itself', () => {
    const run = dma('benchmark', 'literal/*.json');
    expect(run.code, run.stderr).toBe(0);
    expect(councils(run.stdout)).toEqual(['Literal Council']);
  });
});

describe('dma score with a pattern', () => {
  it("scores 'team/*.yaml' as the team of the three files it matches", () => {
    const expanded = dma('score', 'team/*.yaml');
    expect(expanded.code, expanded.stderr).toBe(0);
    expect(expanded.stdout).toContain('Sam Jones (Chief Executive), Ali Khan (Chief Information Officer),');
    expect(expanded.stdout).toContain('Jo Smith (Director of Adult Social Services)');
    expect(expanded.stdout).toBe(dma('score', ...TEAM.map((name) => `team/${name}`)).stdout);
  });

  it('exits 1 naming a pattern that matches nothing, and the folder it looked in when there is none', () => {
    const run = dma('score', 'team/*.yml');
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('error: no file matches team/*.yml\n');
    expect(dma('score', 'teams/*.yaml').stderr).toBe('error: no file matches teams/*.yaml: the folder teams cannot be read (no such file)\n');
  });
});

describe('the other commands that take several files expand patterns too', () => {
  const inDir = (...args: string[]) => runInProcess(args, { cwd: dir });

  it('dma share and dma report, with --baseline', async () => {
    const share = await inDir('share', 'team/*.yaml');
    expect(share.code, share.stderr).toBe(0);
    expect(JSON.parse(share.stdout)).toMatchObject({ format: 'dma-share', respondents: { count: 3 } });
    const report = await inDir('report', 'team/*.yaml', '--baseline', 'old/*.yaml');
    expect(report.code, report.stderr).toBe(0);
    expect(report.stdout).toContain('Since the baseline assessment of 20 November 2025');
    expect((await inDir('report', 'team/*.yaml', '--baseline', 'old/*.yml')).stderr).toBe('error: no file matches old/*.yml\n');
  });

  it('dma validate', async () => {
    const run = await inDir('validate', 'team/c*.yaml');
    expect(run.code, run.stdout).toBe(0);
    expect(run.stderr).toMatch(/^ok team\/ceo\.yaml: answers for local-digital-leadership.*\nok team\/cio\.yaml: /);
  });
});

describe('a share file saved as UTF-16', () => {
  it('is refused in the same words as an answers file, with a byte-order mark or without', () => {
    writeFileSync(join(dir, 'utf16-answers.yaml'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('schema: 1\n', 'utf16le')]));
    const answers = dma('score', 'utf16-answers.yaml');
    expect(answers.stderr).toContain(`utf16-answers.yaml:1:1: is saved as UTF-16; ${SAVE_AS_UTF8}\n`);

    const bom = dma('benchmark', 'utf16/bom.json');
    expect(bom.code).toBe(1);
    expect(bom.stderr).toContain(`utf16/bom.json:1:1: is saved as UTF-16; ${SAVE_AS_UTF8}\n`);
    expect(bom.stderr).toContain(`left out: utf16/bom.json is saved as UTF-16; ${SAVE_AS_UTF8}\n`);
    expect(bom.stderr).not.toContain('JSON');

    const noBom = dma('benchmark', 'utf16/nobom.json', '--strict');
    expect(noBom.code).toBe(1);
    expect(noBom.stderr).toContain(`utf16/nobom.json:1:1: is saved as UTF-16 (without a byte-order mark); ${SAVE_AS_UTF8}\n`);
    expect(noBom.stderr).not.toContain('JSON is broken');
  });

  it('is left out, named, among good ones, which are still compared', () => {
    const run = dma('benchmark', 'utf16', 'shares/alpha.json');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toContain('Compared 1 council from 1 share file; 2 left out');
    // The report names the file without its folder; the terminal gives its path and place.
    expect(run.stdout).toContain(`- bom.json: is saved as UTF-16; ${SAVE_AS_UTF8}\n`);
    expect(run.stderr).toMatch(/utf16[\\/]bom\.json:1:1: is saved as UTF-16/);
  });
});
