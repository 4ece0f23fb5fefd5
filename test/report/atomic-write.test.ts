// writeFileAtomic: whole files or nothing, a clear message on failure, no temporary file left.
import { chmod, lstat, mkdir, mkdtemp, readFile, readdir, readlink, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DataError } from '../../src/core/problems.js';
import { writeFileAtomic, writeFilesAtomic } from '../../src/io/atomic-write.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'dma-atomic-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const leftovers = async (folder = dir) => (await readdir(folder)).filter((f) => f.endsWith('.tmp'));

describe('writeFileAtomic', () => {
  it('writes a new file, text or bytes', async () => {
    await writeFileAtomic(join(dir, 'a.txt'), 'héllo\n');
    await writeFileAtomic(join(dir, 'b.bin'), new Uint8Array([0, 1, 2, 255]));
    expect(await readFile(join(dir, 'a.txt'), 'utf8')).toBe('héllo\n');
    expect([...(await readFile(join(dir, 'b.bin')))]).toEqual([0, 1, 2, 255]);
    expect(await leftovers()).toEqual([]);
  });

  it('replaces an existing file and keeps its permissions', async () => {
    const path = join(dir, 'report.html');
    await writeFile(path, 'old');
    await chmod(path, 0o640);
    await writeFileAtomic(path, 'new');
    expect(await readFile(path, 'utf8')).toBe('new');
    expect((await stat(path)).mode & 0o777).toBe(0o640);
  });

  it('writes through a symbolic link, keeping the link', async () => {
    const real = join(dir, 'real.md');
    const link = join(dir, 'link.md');
    await writeFile(real, 'old');
    await symlink(real, link);
    await writeFileAtomic(link, 'new');
    expect((await lstat(link)).isSymbolicLink()).toBe(true);
    expect(await readlink(link)).toBe(real);
    expect(await readFile(real, 'utf8')).toBe('new');
  });

  it('a missing folder is a DataError that says so, and leaves nothing', async () => {
    const path = join(dir, 'missing', 'report.html');
    const error = await writeFileAtomic(path, 'x').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toBe(`cannot write ${path}: the folder ${join(dir, 'missing')} does not exist`);
    expect(await leftovers()).toEqual([]);
  });

  it('a folder in the way is a DataError, and leaves nothing', async () => {
    const path = join(dir, 'report.html');
    await mkdir(path);
    await expect(writeFileAtomic(path, 'x')).rejects.toThrow(`cannot write ${path}: it is a folder`);
    expect(await leftovers()).toEqual([]);
  });

  it('a file where a folder should be is a DataError', async () => {
    await writeFile(join(dir, 'file'), 'x');
    const path = join(dir, 'file', 'report.html');
    await expect(writeFileAtomic(path, 'x')).rejects.toThrow(`cannot write ${path}: a part of the path is not a folder`);
  });

  it('many writers at once: every temporary name is unique, one whole file wins', async () => {
    const path = join(dir, 'race.txt');
    const texts = Array.from({ length: 20 }, (_, i) => `writer ${i} `.repeat(5000));
    await Promise.all(texts.map((t) => writeFileAtomic(path, t)));
    expect(texts).toContain(await readFile(path, 'utf8'));
    expect(await leftovers()).toEqual([]);
  });

  it('a name of 250 bytes in two-byte letters is written: the temporary name is cut to fit', async () => {
    const path = join(dir, `${'é'.repeat(124)}.md`);
    expect(Buffer.byteLength(path.slice(dir.length + 1))).toBe(251);
    await writeFileAtomic(path, 'x');
    expect(await readFile(path, 'utf8')).toBe('x');
    expect(await leftovers()).toEqual([]);
  });

  it('a read-only file is refused and kept, even for root', async () => {
    const path = join(dir, 'kept.txt');
    await writeFile(path, 'old');
    await chmod(path, 0o444);
    await expect(writeFileAtomic(path, 'new')).rejects.toThrow(`cannot write ${path}: it is read-only`);
    expect(await readFile(path, 'utf8')).toBe('old');
    expect(await leftovers()).toEqual([]);
  });
});

describe('writeFilesAtomic', () => {
  it('writes every file', async () => {
    await writeFilesAtomic([
      { path: join(dir, 'one.csv'), data: '1' },
      { path: join(dir, 'two.csv'), data: '2' },
    ]);
    expect(await readFile(join(dir, 'one.csv'), 'utf8')).toBe('1');
    expect(await readFile(join(dir, 'two.csv'), 'utf8')).toBe('2');
  });

  it('writes none when one cannot be written, and names that one', async () => {
    await writeFile(join(dir, 'one.csv'), 'old one');
    await mkdir(join(dir, 'two.csv'));
    const error = await writeFilesAtomic([
      { path: join(dir, 'one.csv'), data: 'new one' },
      { path: join(dir, 'two.csv'), data: 'new two' },
    ]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect((error as Error).message).toBe(`cannot write ${join(dir, 'two.csv')}: it is a folder`);
    expect(await readFile(join(dir, 'one.csv'), 'utf8')).toBe('old one');
    expect(await leftovers()).toEqual([]);
  });
});
