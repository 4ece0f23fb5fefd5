import { relative } from 'node:path';

/** A path as the user would type it: relative to the working folder when inside it. */
export function displayPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
