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

/** What kind of bad data stopped a command; callers branch on this, never on the message. */
export type DataErrorCode =
  /** The file cannot be read: missing, a folder, no permission, too big. */
  | 'unreadable'
  /** Not valid YAML, or YAML that cannot become data. */
  | 'invalid-yaml'
  /** Not valid JSON (a share file), or JSON nested far too deep. */
  | 'invalid-json'
  /** Valid YAML that breaks the format's rules; `problems` says where. */
  | 'invalid-file'
  /** A framework where an answers file was expected, or the other way round. */
  | 'wrong-kind'
  /** A framework id that is not bundled. */
  | 'unknown-framework'
  /** Files that must share a framework name different ones. */
  | 'framework-mismatch'
  /** The output file cannot be written, or must not be. */
  | 'unwritable'
  /** A report template that cannot be read or rendered. */
  | 'template'
  /** No browser to print a PDF with, or the browser failed. */
  | 'pdf'
  /** No input at all. */
  | 'no-input'
  /** Answers prepared by someone who is not in the team (dma assess --votes-from). */
  | 'unknown-respondent';

/**
 * How an error reads: one clause with no closing full stop, as commander's own errors are
 * ("answers.yaml is not valid YAML"), so that a file name or command at its end can be copied;
 * then, if there is more to say, `advice`: whole sentences, each ending in a full stop.
 */
export interface DataErrorFields {
  code: DataErrorCode;
  /** The file the problem is in, as the user named it. */
  file?: string;
  /**
   * What is wrong, as the rest of a clause whose subject is the file: "is not valid YAML", so
   * the message reads "answers.yaml is not valid YAML". Without a file, the whole clause.
   */
  reason: string;
  problems?: LocatedProblem[];
  /** The whole clause, where "file reason" does not read well ("cannot write out.html: …"). */
  message?: string;
  /** What to do about it, in whole sentences: "Finish that session first." */
  advice?: string;
}

/** Bad data from a file: invalid YAML, a broken rule, an unknown id. Exit code 1. */
export class DataError extends Error {
  readonly code: DataErrorCode;
  readonly file: string | undefined;
  readonly reason: string;
  readonly problems: LocatedProblem[];
  readonly advice: string | undefined;
  constructor(fields: DataErrorFields) {
    super(fields.message ?? (fields.file === undefined ? fields.reason : `${fields.file} ${fields.reason}`));
    this.name = 'DataError';
    this.code = fields.code;
    this.file = fields.file;
    this.reason = fields.reason;
    this.problems = fields.problems ?? [];
    this.advice = fields.advice;
  }

  /** The message and the advice as sentences, for a prompt or a line of prose. */
  sentences(): string {
    return this.advice ? `${this.message}. ${this.advice}` : `${this.message}.`;
  }
}

/** A mistake in how the command was called. Exit code 2. Worded as a DataError is (see DataErrorFields). */
export class UsageError extends Error {
  constructor(
    message: string,
    /** What to do about it, in whole sentences. */
    readonly advice?: string,
  ) {
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

/**
 * A level asked for that the framework's scale does not have. Core throws it; the command line
 * words it for the option that asked (`--target`).
 */
export class LevelNotOnScaleError extends Error {
  constructor(
    readonly level: number,
    readonly scale: { min: number; max: number },
    readonly frameworkId: string,
  ) {
    super(`level ${level} is not on the scale of ${frameworkId} (${scale.min} to ${scale.max})`);
    this.name = 'LevelNotOnScaleError';
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
