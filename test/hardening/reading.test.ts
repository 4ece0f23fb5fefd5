// Hostile input at scale and from things that are not files: the work and the output stay
// bounded (problems capped per file, messages that never list a whole file), and pipes and
// devices are refused at once instead of hanging or reading forever.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UnreadableFile, readBoundedText } from '../../src/io/text-file.js';
import { fixture, runInProcess } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'dma-reading-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const tiny = fixture('tiny-framework.yaml');
const unix = process.platform !== 'win32';

function write(name: string, text: string): string {
  const path = join(work, name);
  writeFileSync(path, text);
  return path;
}

const answersHead = (respondents: string[]) =>
  `schema: 1\nframework: { id: tiny, version: 2.0.0 }\norganisation: Testshire\nrespondents:\n${respondents.map((id) => `  - { id: ${id} }\n`).join('')}answers:\n`;

describe('problems are capped per file', () => {
  it('20,000 unknown question ids: 100 placed problems, then one line that counts the rest', async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `  t${i}.q${i}: { level: 1 }`);
    const file = write('unknown-ids.yaml', `${answersHead(['ceo'])}${lines.join('\n')}\n`);
    const result = await runInProcess(['validate', file, '--framework', tiny]);
    expect(result.code).toBe(1);
    const out = result.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(101);
    expect(out[0]).toBe(`${file}:7:3: "t0.q0" is not a question of tiny 2.0.0`);
    expect(out[99]).toBe(`${file}:106:3: "t99.q99" is not a question of tiny 2.0.0`);
    expect(out[100]).toBe(`${file}:107:3: … and 19,900 more problems in this file (the first 100 are shown)`);
  });

  it('the error of a command that stops counts them all, and prints at most 101 lines of them', async () => {
    const lines = Array.from({ length: 5_000 }, (_, i) => `  t${i}.q${i}: { level: 1 }`);
    const file = write('unknown-ids-score.yaml', `${answersHead(['ceo'])}${lines.join('\n')}\n`);
    const result = await runInProcess(['score', file, '--framework', tiny]);
    expect(result.code).toBe(1);
    const err = result.stderr.trimEnd().split('\n');
    expect(err).toHaveLength(102);
    expect(err.at(-1)).toBe(`error: ${file} is not a valid answers file (5,000 problems)`);
  });

  it('votes from people not listed: each message names a few listed ids, never all 2,000', async () => {
    const respondents = Array.from({ length: 2_000 }, (_, i) => `r${i}`);
    const votes = Array.from({ length: 300 }, (_, i) => `      x${i}: 1`);
    const file = write('votes.yaml', `${answersHead(respondents)}  lead.vision:\n    votes:\n${votes.join('\n')}\n`);
    const result = await runInProcess(['validate', file, '--framework', tiny]);
    expect(result.code).toBe(1);
    const out = result.stdout.trimEnd().split('\n');
    expect(out[0]).toBe(
      `${file}:2008:7: vote from "x0", who is not listed under respondents (listed: r0, r1, r2, r3, r4 and 1,995 more)`,
    );
    expect(out).toHaveLength(101);
    expect(Math.max(...out.map((line) => line.length))).toBeLessThan(300);
  });

  it('level keys off a long scale: the scale is given as a range, the missing levels briefly', async () => {
    const scale = Array.from({ length: 50 }, (_, level) => `  - { level: ${level}, label: L${level} }`).join('\n');
    const keys = Array.from({ length: 3_000 }, (_, i) => `          ${1000 + i}: x`).join('\n');
    const text = `schema: 1\nid: long\ntitle: Long\nversion: 1.0.0\nscale:\n${scale}\nthemes:\n  - id: t\n    title: T\n    questions:\n      - id: q\n        text: Q\n        levels:\n${keys}\n`;
    const file = write('levels.yaml', text);
    const result = await runInProcess(['validate', file]);
    expect(result.code).toBe(1);
    const out = result.stdout.trimEnd().split('\n');
    expect(out.slice(0, 3)).toEqual([
      `${file}:63:11: level 1000 is not a level of the scale (0 to 49)`,
      `${file}:63:11: question "t.q" needs a descriptor for every level of the scale; missing: 0, 1, 2, 3, 4 and 45 more`,
      `${file}:64:11: level 1001 is not a level of the scale (0 to 49)`,
    ]);
    expect(out).toHaveLength(101);
  });

  it('a duplicate key in a map of 10,000 keys is found, at its own line', async () => {
    const lines = Array.from({ length: 10_000 }, (_, i) => `  t${i}.q${i}: { level: 1 }`);
    lines.push('  t17.q17: { level: 2 }');
    const file = write('duplicate.yaml', `${answersHead(['ceo'])}${lines.join('\n')}\n`);
    const result = await runInProcess(['validate', file, '--framework', tiny]);
    expect(result.stdout).toBe(`${file}:10007:3: the key "t17.q17" appears twice in this map (first at line 24)\n`);
  });
});

describe.runIf(unix)('pipes and devices are refused at once, not read', () => {
  it('a named pipe with no writer, as an answers file', async () => {
    const fifo = join(work, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const result = await runInProcess(['validate', fifo]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe(`${fifo}:1:1: is a named pipe, not a file; dma reads only regular files (save the content to a file first)\n`);
  });

  it('a named pipe as the --template', async () => {
    const fifo = join(work, 'pipe.html.hbs');
    execFileSync('mkfifo', [fifo]);
    const result = await runInProcess(['report', fixture('tiny-answers.yaml'), '--framework', tiny, '--template', fifo, '-f', 'html']);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cannot read the template ${fifo}: it is a named pipe, not a file`);
  });

  it.runIf(process.platform === 'linux')('/dev/zero, which never ends', async () => {
    const result = await runInProcess(['validate', '/dev/zero']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('/dev/zero:1:1: is a device, not a file; dma reads only regular files (save the content to a file first)\n');
  });
});

describe('the size limit counts the bytes read, whatever the file system says', () => {
  it.runIf(process.platform === 'linux')('a /proc file reports size 0 but is longer than a small limit', () => {
    expect(readFileSync('/proc/self/status').length).toBeGreaterThan(100);
    const read = () => readBoundedText('/proc/self/status', { maxBytes: 100, sizeName: '100 bytes', expected: 'a text file' });
    expect(read).toThrow(UnreadableFile);
    expect(read).toThrow('is over 100 bytes; bigger files are refused');
    expect(readBoundedText('/proc/self/status', { maxBytes: 1 << 20, sizeName: '1 MiB', expected: 'a text file' })).toMatch(/^Name:/);
  });

  it('a file of exactly the limit is read; one byte more is refused', () => {
    const file = write('edge.txt', 'x'.repeat(64));
    expect(readBoundedText(file, { maxBytes: 64, sizeName: '64 bytes', expected: 'a text file' })).toHaveLength(64);
    expect(() => readBoundedText(file, { maxBytes: 63, sizeName: '63 bytes', expected: 'a text file' })).toThrow('is 64 bytes; files over 63 bytes are refused');
  });
});

describe('warnings are capped across a team', () => {
  it('101 files with one warning each: 100 shown, then "1 more warning" in the singular', async () => {
    const files = Array.from({ length: 101 }, (_, i) =>
      write(`old-${i}.yaml`, `schema: 1\nframework: { id: tiny, version: 1.0.0 }\norganisation: Testshire\nanswers:\n  lead.vision: { level: 1 }\n`),
    );
    const result = await runInProcess(['score', ...files, '--framework', tiny]);
    expect(result.code).toBe(0);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.filter((line) => line.includes('written for tiny 1.0.0'))).toHaveLength(100);
    expect(lines.at(-1)).toMatch(/… and 1 more warning in these files \(the first 100 are shown\) \(warning\)$/);
  });
});
