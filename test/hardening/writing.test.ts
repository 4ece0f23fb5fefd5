// Where a report may be written: never over a file it reads, whatever path leads there; into
// devices and pipes rather than over them; never over a read-only file or another user's; two
// CSV files or none; "-o -" is standard output.
import { execFileSync, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  readSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { BIN, fixture, runInProcess } from '../support/cli.js';

const root = mkdtempSync(join(tmpdir(), 'dma-writing-'));
chmodSync(root, 0o755); // some cases run dma as an ordinary user, who must reach the files
afterAll(() => rmSync(root, { recursive: true, force: true }));
const unix = process.platform !== 'win32';
const isRoot = process.getuid?.() === 0;
let dir: string;
let n = 0;
const answers = () => join(dir, 'a.yaml');
const framework = () => join(dir, 'fw.yaml');
const original = readFileSync(fixture('tiny-answers.yaml'), 'utf8');

beforeEach(() => {
  dir = join(root, `case-${n++}`);
  mkdirSync(dir);
  copyFileSync(fixture('tiny-answers.yaml'), answers());
  copyFileSync(fixture('tiny-framework.yaml'), framework());
});

const report = (out: string, ...more: string[]) => runInProcess(['report', 'a.yaml', '--framework', 'fw.yaml', '-o', out, ...more], { cwd: dir });
const temporaries = (folder = dir) => readdirSync(folder).filter((f) => f.endsWith('.tmp'));

describe('a report is never written over a file it reads', () => {
  it.runIf(unix)('through a symbolic link to the answers file', async () => {
    symlinkSync('a.yaml', join(dir, 'out.md'));
    const result = await report('out.md');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error: the report would be written over out.md (the same file as a.yaml), which is one of the files it reads; choose another --out file\n',
    );
    expect(readFileSync(answers(), 'utf8')).toBe(original);
  });

  it.runIf(unix)('through a linked folder', async () => {
    symlinkSync('.', join(dir, 'here'));
    const result = await report('here/a.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('would be written over here/a.yaml (the same file as a.yaml)');
    expect(readFileSync(answers(), 'utf8')).toBe(original);
  });

  it('through a hard link', async () => {
    linkSync(answers(), join(dir, 'hard.md'));
    expect((await report('hard.md')).code).toBe(2);
    expect(readFileSync(answers(), 'utf8')).toBe(original);
  });

  it('the --framework file', async () => {
    const before = readFileSync(framework(), 'utf8');
    const result = await report('fw.yaml');
    expect(result.code).toBe(2);
    expect(result.stderr).toBe('error: the report would be written over fw.yaml, which is one of the files it reads; choose another --out file\n');
    expect(readFileSync(framework(), 'utf8')).toBe(before);
  });

  it.runIf(unix)('the actions file of a CSV report, linked to the framework', async () => {
    symlinkSync('fw.yaml', join(dir, 'r-actions.csv'));
    const result = await report('r.csv');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('would be written over r-actions.csv (the same file as fw.yaml)');
  });
});

describe('devices and pipes are written into, never replaced', () => {
  it.runIf(unix)('a named pipe stays a pipe and its reader gets the report', async () => {
    const fifo = join(dir, 'pipe.md');
    execFileSync('mkfifo', [fifo]);
    const reader = openSync(fifo, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      const result = await report('pipe.md');
      expect(result.code).toBe(0);
      const buffer = Buffer.alloc(64 * 1024);
      const read = readSync(reader, buffer);
      expect(buffer.subarray(0, read).toString('utf8')).toMatch(/^# Digital maturity report: Testshire County Council/);
    } finally {
      closeSync(reader);
    }
    expect(statSync(fifo).isFIFO()).toBe(true);
    expect(temporaries()).toEqual([]);
  });

  // As root the old code renamed a file over /dev/null; the check runs as an ordinary user where
  // it can, so that a regression fails the test instead of replacing the machine's /dev/null.
  it.runIf(process.platform === 'linux')('/dev/null stays a device', () => {
    const asUser = isRoot ? ['setpriv', '--reuid=65534', '--regid=65534', '--clear-groups', process.execPath] : [process.execPath];
    chmodSync(dir, 0o755);
    const run = spawnSync(asUser[0]!, [...asUser.slice(1), BIN, 'report', answers(), '--framework', framework(), '-o', '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.stderr).toBe('Wrote /dev/null\n');
    expect(run.status).toBe(0);
    expect(statSync('/dev/null').isCharacterDevice()).toBe(true);
  });

  it('"-o -" is standard output, not a file named "-"', async () => {
    const result = await report('-');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^# Digital maturity report: Testshire County Council/);
    expect(existsSync(join(dir, '-'))).toBe(false);
  });
});

describe('files that must not be replaced', () => {
  it('a read-only file is refused, even for root, and left as it was', async () => {
    const out = join(dir, 'kept.md');
    writeFileSync(out, 'keep me');
    chmodSync(out, 0o444);
    const result = await report('kept.md');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: cannot write kept.md: it is read-only; make it writable first if it should be replaced, or choose another file\n');
    expect(readFileSync(out, 'utf8')).toBe('keep me');
    expect(statSync(out).mode & 0o777).toBe(0o444);
  });

  it.runIf(isRoot && process.platform === 'linux')("a file of another user's keeps its owner when root replaces it", async () => {
    const out = join(dir, 'theirs.md');
    writeFileSync(out, 'old');
    chownSync(out, 65534, 65534);
    expect((await report('theirs.md')).code).toBe(0);
    expect(statSync(out)).toMatchObject({ uid: 65534, gid: 65534 });
    expect(readFileSync(out, 'utf8')).toMatch(/^# Digital maturity report/);
  });

  it.runIf(isRoot && process.platform === 'linux')("another user's file is refused to an ordinary user, who could only replace it with their own", () => {
    chmodSync(dir, 0o777);
    const out = join(dir, 'roots.md');
    writeFileSync(out, 'root wrote this');
    chmodSync(out, 0o666);
    const run = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, 'report', answers(), '--framework', framework(), '-o', out], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' },
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toBe(`error: cannot write ${out}: it belongs to another user, and replacing it would make it yours; choose another file\n`);
    expect(readFileSync(out, 'utf8')).toBe('root wrote this');
    expect(statSync(out).uid).toBe(0);
  });
});

describe('the two files of a CSV report are written together or not at all', () => {
  it('when the actions file cannot be written, the questions file is not written either', async () => {
    mkdirSync(join(dir, 'r-actions.csv'));
    const result = await report('r.csv');
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('error: cannot write r-actions.csv: it is a folder\n');
    expect(existsSync(join(dir, 'r.csv'))).toBe(false);
    expect(temporaries()).toEqual([]);
  });

  it('an old pair is kept whole when the new actions file is refused', async () => {
    writeFileSync(join(dir, 'r.csv'), 'old questions');
    writeFileSync(join(dir, 'r-actions.csv'), 'old actions');
    chmodSync(join(dir, 'r-actions.csv'), 0o444);
    expect((await report('r.csv')).code).toBe(1);
    expect(readFileSync(join(dir, 'r.csv'), 'utf8')).toBe('old questions');
    expect(readFileSync(join(dir, 'r-actions.csv'), 'utf8')).toBe('old actions');
    expect(temporaries()).toEqual([]);
  });
});

describe('long names', () => {
  it('a legal 248-character file name is written (the temporary name is shortened to fit)', async () => {
    const name = `${'r'.repeat(245)}.md`;
    const result = await report(name);
    expect(result.stderr).toBe(`Wrote ${name}\n`);
    expect(result.code).toBe(0);
    expect(readFileSync(join(dir, name), 'utf8')).toMatch(/^# Digital maturity report/);
    expect(temporaries()).toEqual([]);
  });
});
