/** Where in a document a problem is: keys and list indexes from the root. */
export type DocPath = ReadonlyArray<string | number>;

/** A problem found in a document, before it is placed at a line and column. */
export interface Problem {
  path: DocPath;
  message: string;
  /** Point at the key itself rather than its value (unknown or misplaced keys). */
  atKey?: boolean;
}

/** A problem placed in a file, ready to print as `file:line:column: message`. */
export interface LocatedProblem {
  file: string;
  line: number;
  column: number;
  message: string;
}

export function formatProblem(p: LocatedProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.message}`;
}

/** Bad data from a file: invalid YAML, a broken rule, an unknown id. Exit code 1. */
export class DataError extends Error {
  readonly problems: LocatedProblem[];
  constructor(message: string, problems: LocatedProblem[] = []) {
    super(message);
    this.name = 'DataError';
    this.problems = problems;
  }
}

/** A mistake in how the command was called. Exit code 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** The person pressed Ctrl+C; whatever was answered has been saved. Exit code 130. */
export class InterruptedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InterruptedError';
  }
}

/** Renders a path the way a framework author would write it: themes[2].questions[0].levels */
export function describePath(path: DocPath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out ? `.${part}` : part;
  }
  return out || '(top level)';
}
