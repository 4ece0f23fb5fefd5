// Wildcards dma expands itself (PowerShell and cmd.exe pass `shares/*.json` on as typed): on a
// folder listing given to it, so each rule is tested without the disk; then once on the disk.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { ExpandOptions, FolderEntry } from '../../src/io/file-patterns.js';
import { expandArguments, expandFileArguments, matchesPattern } from '../../src/io/file-patterns.js';
import { dataErrorOf } from '../core/validation-support.js';

const CWD = resolve('/work/council');

/** A disk of folders (relative to CWD) and their entries; a name ending in "/" is a folder. */
function disk(folders: Record<string, string[]>): { list: ExpandOptions['list']; listed: string[] } {
  const listed: string[] = [];
  const byPath = new Map(Object.entries(folders).map(([folder, names]) => [resolve(CWD, folder), names]));
  const list = (path: string): FolderEntry[] | string => {
    listed.push(path);
    const names = byPath.get(path);
    if (!names) return 'no such file';
    return names.map((name) => ({ name: name.replace(/\/$/, ''), folder: name.endsWith('/') }));
  };
  return { list, listed };
}

const SHARES = disk({
  '.': ['answers.yaml', 'shares/', 'team/', 'odd*.json'],
  shares: ['b.json', 'A.json', 'c.JSON', 'notes.txt', '.hidden.json', 'archive.json/', 'a2.json', 'a10.json', 'C.json'],
  team: ['ceo.yaml', 'cio.yaml', 'dass.yml', 'x?.yaml', 'xy.yaml'],
  'shares/archive.json': ['old.json'],
});

const expand = (args: string[], more: Partial<ExpandOptions> = {}) => expandArguments(args, { cwd: CWD, list: SHARES.list, ...more });


describe('expanding * and ?', () => {
  it('replaces a pattern by the names it matches in its folder, sorted whatever their case, in its place', () => {
    expect(expand(['first.json', 'shares/*.json', 'last.json'])).toEqual([
      'first.json',
      'shares/A.json',
      'shares/a10.json',
      'shares/a2.json',
      // A folder matches as it does in a shell; the command then says it is a folder.
      'shares/archive.json',
      'shares/b.json',
      'shares/C.json',
      'last.json',
    ]);
    expect(expand(['team/c?o.yaml'])).toEqual(['team/ceo.yaml', 'team/cio.yaml']);
    expect(expand(['*.yaml'])).toEqual(['answers.yaml']);
    expect(expand(['./team/*'])).toEqual(['./team/ceo.yaml', './team/cio.yaml', './team/dass.yml', './team/x?.yaml', './team/xy.yaml']);
  });

  it('leaves alone an argument with no wildcard, and one that names an existing file whose name has one', () => {
    expect(expand(['missing.yaml', 'team/ceo.yaml'])).toEqual(['missing.yaml', 'team/ceo.yaml']);
    expect(expand(['team/x?.yaml'])).toEqual(['team/x?.yaml']);
    expect(expand(['odd*.json'])).toEqual(['odd*.json']);
    // Wildcards only in the last part of the path: a folder part is taken as written.
    expect(expand(['t*/ceo.yaml'])).toEqual(['t*/ceo.yaml']);
  });

  it('matches hidden files only with a pattern that starts with a dot', () => {
    expect(dataErrorOf(() => expand(['shares/*hidden*'])).message).toBe('no file matches shares/*hidden*');
    expect(dataErrorOf(() => expand(['shares/?hidden.json'])).message).toBe('no file matches shares/?hidden.json');
    expect(expand(['shares/.*'])).toEqual(['shares/.hidden.json']);
  });

  it('refuses a pattern that matches nothing, naming it', () => {
    const none = dataErrorOf(() => expand(['shares/*.yaml']));
    expect(none.message).toBe('no file matches shares/*.yaml');
    expect(none.code).toBe('unreadable');
    expect(none.file).toBe('shares/*.yaml');
    expect(dataErrorOf(() => expand(['nowhere/*.json'])).message).toBe('no file matches nowhere/*.json: the folder nowhere cannot be read (no such file)');
    expect(dataErrorOf(() => expand(['*.docx'])).message).toBe('no file matches *.docx');
  });

  it('is case-sensitive, except on Windows, where either slash separates folders', () => {
    expect(expand(['shares/c*'])).toEqual(['shares/c.JSON']);
    expect(expand(['shares\\c*'], { windows: true })).toEqual(['shares\\C.json', 'shares\\c.JSON']);
    expect(expand(['team/*.YAML'], { windows: true })).toEqual(['team/ceo.yaml', 'team/cio.yaml', 'team/x?.yaml', 'team/xy.yaml']);
  });
});

describe('a folder given to dma benchmark', () => {
  const benchmark = (args: string[], windows = false) => expand(args, { folderPattern: '*.json', windows });

  it('means every .json file directly in it, sorted, without hidden files or folders', () => {
    expect(benchmark(['shares'])).toEqual(['shares/A.json', 'shares/a10.json', 'shares/a2.json', 'shares/b.json', 'shares/C.json']);
    expect(benchmark(['shares/'])[0]).toBe('shares/A.json');
    expect(benchmark(['shares'], true)).toEqual(['shares\\A.json', 'shares\\a10.json', 'shares\\a2.json', 'shares\\b.json', 'shares\\C.json', 'shares\\c.JSON']);
    // Files and patterns beside it are expanded as for any command.
    expect(benchmark(['team/ceo.yaml', 'shares/b*'])).toEqual(['team/ceo.yaml', 'shares/b.json']);
  });

  it('refuses a folder with no share files in it, naming it', () => {
    expect(dataErrorOf(() => benchmark(['team'])).message).toBe('team is a folder with no files matching *.json directly in it');
  });

  it('is only for dma benchmark: elsewhere a folder is left for the command to refuse', () => {
    const fresh = disk({ shares: ['a.json'] });
    expect(expandArguments(['shares'], { cwd: CWD, list: fresh.list })).toEqual(['shares']);
    expect(fresh.listed).toEqual([]);
  });
});

describe('matchesPattern', () => {
  it.each([
    ['*', 'a.json', true],
    ['*.json', 'a.json.bak', false],
    ['a*b*c', 'aXbYc', true],
    ['a*b*c', 'aXbYcZ', false],
    ['?.json', 'é.json', true],
    ['?.json', '😀.json', true],
    ['??.json', 'a.json', false],
    ['*', '.hidden', false],
    ['?hidden', '.hidden', false],
    ['.*', '.hidden', true],
    ['[ab].json', 'a.json', false],
    ['[ab].json', '[ab].json', true],
  ])('%s against %s: %s', (pattern, name, expected) => {
    expect(matchesPattern(pattern, name)).toBe(expected);
  });

  it('gives the right answer where a backtracking regular expression would take exponential time', () => {
    expect(matchesPattern(`${'*a'.repeat(60)}b`, 'a'.repeat(250))).toBe(false);
    expect(matchesPattern(`${'*a'.repeat(60)}*`, 'a'.repeat(250))).toBe(true);
  });

  it('ignores case only when asked', () => {
    expect(matchesPattern('*.json', 'A.JSON')).toBe(false);
    expect(matchesPattern('*.json', 'A.JSON', true)).toBe(true);
  });
});

describe('on the disk', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dma-patterns-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('lists the real folder, telling files from folders', () => {
    mkdirSync(join(dir, 'shares', 'sub.json'), { recursive: true });
    for (const name of ['b.json', 'a.json', '.x.json']) writeFileSync(join(dir, 'shares', name), '{}');
    const at = { cwd: dir, platform: 'linux' };
    expect(expandFileArguments(['shares/*.json'], at)).toEqual(['shares/a.json', 'shares/b.json', 'shares/sub.json']);
    expect(expandFileArguments(['shares'], at, '*.json')).toEqual(['shares/a.json', 'shares/b.json']);
    expect(expandFileArguments(['shares/.*'], at)).toEqual(['shares/.x.json']);
  });
});
