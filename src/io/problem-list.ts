// Long lists of problems, cut to what a person can read: a hostile file can have hundreds of
// thousands of problems, and printing them all helps nobody.
import type { LocatedProblem } from '../core/problems.js';

/** Problems shown per file; the rest are counted in one last line. */
export const MAX_PROBLEMS_SHOWN = 100;

/** File order: by line, then column. */
export const byPosition = (a: LocatedProblem, b: LocatedProblem): number => a.line - b.line || a.column - b.column;

/** "… and 37,912 more problems in this file (the first 100 are shown)": what a capped list leaves out. */
export function andMore(rest: number, what: string, where: string, shown: number): string {
  return `… and ${rest.toLocaleString('en-GB')} more ${what}${rest === 1 ? '' : 's'} in ${where} (the first ${shown} are shown)`;
}

/** In file order, at most `max`, then "… and 37,912 more problems" at the next one's place. */
export function sortAndCap(problems: LocatedProblem[], max = MAX_PROBLEMS_SHOWN, what = 'problem'): LocatedProblem[] {
  problems.sort(byPosition);
  if (problems.length <= max) return problems;
  const rest = problems.length - max;
  const next = problems[max]!;
  const summary = andMore(rest, what, 'this file', max);
  return [...problems.slice(0, max), { file: next.file, line: next.line, column: next.column, message: summary }];
}
