// Wildcards in file arguments, expanded by dma itself. A Unix shell expands `shares/*.json`
// before dma sees it; PowerShell and cmd.exe pass it on as typed, so dma does what the shell
// would have done, and the README's commands work the same in all three. Only `*` and `?` in
// the last part of a path: no `**`, no brackets, no wildcards in folder names.
import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { DataError } from '../core/problems.js';
import { describeFsError } from './fs-errors.js';

export interface FolderEntry {
  name: string;
  folder: boolean;
}

/** The entries of the folder at an absolute path, or why it cannot be listed ("no such file"). */
export type ListFolder = (path: string) => readonly FolderEntry[] | string;

export interface ExpandOptions {
  /** The folder relative paths start from. */
  cwd: string;
  list: ListFolder;
  /** Windows: `\` separates folders too, and names match whatever their case. */
  windows?: boolean;
  /** dma benchmark: a folder stands for the files directly in it that match this (`*.json`). */
  folderPattern?: string;
}

/**
 * The arguments with each pattern replaced by the names it matches, sorted, in its place. An
 * argument that is an existing file (even one whose name has a `*` in it), or has no wildcard,
 * stays as it is; a pattern that matches nothing is a DataError naming it.
 */
export function expandArguments(args: readonly string[], options: ExpandOptions): string[] {
  return args.flatMap((arg) => expandOne(arg, options));
}

/** As expandArguments, on the real disk, for a command's context. */
export function expandFileArguments(args: readonly string[], at: { cwd: string; platform: string }, folderPattern?: string): string[] {
  const windows = at.platform === 'win32';
  return expandArguments(args, { cwd: at.cwd, list: listFolder, windows, ...(folderPattern ? { folderPattern } : {}) });
}

export function hasWildcard(name: string): boolean {
  return name.includes('*') || name.includes('?');
}

function expandOne(arg: string, options: ExpandOptions): string[] {
  const { folder, name } = splitPath(arg, options.windows === true);
  if (options.folderPattern !== undefined && arg !== '') {
    const inside = options.list(resolve(options.cwd, lookupPath(arg, options)));
    if (typeof inside !== 'string') return folderFiles(arg, inside, options.folderPattern, options);
  }
  if (!hasWildcard(name)) return [arg];
  const entries = options.list(resolve(options.cwd, lookupPath(folder || '.', options)));
  if (typeof entries === 'string') throw noMatch(arg, `the folder ${shownFolder(folder)} cannot be read (${entries})`);
  if (entries.some((entry) => entry.name === name)) return [arg];
  const matches = entries.filter((entry) => matchesPattern(name, entry.name, options.windows === true)).map((entry) => entry.name);
  if (matches.length === 0) throw noMatch(arg);
  return sortNames(matches).map((match) => folder + match);
}

/** A folder given to dma benchmark: the files directly in it that match the folder pattern. */
function folderFiles(arg: string, entries: readonly FolderEntry[], pattern: string, options: ExpandOptions): string[] {
  const windows = options.windows === true;
  const names = entries.filter((entry) => !entry.folder && matchesPattern(pattern, entry.name, windows)).map((entry) => entry.name);
  if (names.length === 0) {
    throw new DataError({ code: 'unreadable', file: arg, reason: `is a folder with no files matching ${pattern} directly in it` });
  }
  const separator = (windows ? /[/\\]$/ : /\/$/).test(arg) ? '' : windows ? '\\' : '/';
  return sortNames(names).map((name) => arg + separator + name);
}

function noMatch(pattern: string, why?: string): DataError {
  const reason = why === undefined ? 'matches no file' : `matches no file: ${why}`;
  return new DataError({ code: 'unreadable', file: pattern, reason, message: `no file matches ${pattern}${why === undefined ? '' : `: ${why}`}` });
}

/** The folder part (with its final separator, as typed) and the last part of a path. */
function splitPath(arg: string, windows: boolean): { folder: string; name: string } {
  let cut = arg.lastIndexOf('/');
  if (windows) cut = Math.max(cut, arg.lastIndexOf('\\'));
  return { folder: arg.slice(0, cut + 1), name: arg.slice(cut + 1) };
}

/** On Windows either slash separates folders; resolve() on another system needs forward ones. */
function lookupPath(path: string, options: ExpandOptions): string {
  return options.windows ? path.replace(/\\/g, '/') : path;
}

function shownFolder(folder: string): string {
  const trimmed = folder.replace(/(?<=.)[/\\]+$/, '');
  return trimmed === '' ? 'this folder' : trimmed;
}

/** By name whatever the case, then by exact characters, so the order is the same on every machine. */
function sortNames(names: string[]): string[] {
  const byCode = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return names.sort((a, b) => byCode(a.toLowerCase(), b.toLowerCase()) || byCode(a, b));
}

/**
 * Whether `name` matches `pattern`: `*` any run of characters, `?` one character, all else as
 * itself; a name starting with a dot (hidden) only when the pattern does. Greedy with one point
 * to come back to, so it takes time in proportion to the two lengths' product at worst, never
 * the exponential time a backtracking regular expression can.
 */
export function matchesPattern(pattern: string, name: string, ignoreCase = false): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  const p = Array.from(ignoreCase ? pattern.toLowerCase() : pattern);
  const n = Array.from(ignoreCase ? name.toLowerCase() : name);
  let i = 0;
  let j = 0;
  let star = -1;
  let resume = 0;
  while (j < n.length) {
    if (i < p.length && (p[i] === '?' || (p[i] !== '*' && p[i] === n[j]))) {
      i++;
      j++;
    } else if (i < p.length && p[i] === '*') {
      star = i++;
      resume = j;
    } else if (star !== -1) {
      i = star + 1;
      j = ++resume;
    } else {
      return false;
    }
  }
  while (p[i] === '*') i++;
  return i === p.length;
}

/** The real disk: the folder's entries, or why they cannot be listed. */
export function listFolder(path: string): readonly FolderEntry[] | string {
  try {
    return readdirSync(path, { withFileTypes: true }).map((entry) => ({ name: entry.name, folder: entry.isDirectory() }));
  } catch (error) {
    return describeFsError(error);
  }
}
