// What a command needs from the outside world, made once per run and passed in, so a command
// never reads process.* itself and tests can give it any folder, date, streams or prompter.
import type { ChalkInstance } from 'chalk';
import type { Prompter } from '../prompts/prompter.js';
import type { Charset } from '../terminal/charset.js';
import type { Env } from '../terminal/env.js';
import type { Shell } from '../terminal/shell.js';

export type { Env } from '../terminal/env.js';

export interface Output {
  write(text: string): void;
}

export interface CommandContext {
  stdout: Output;
  stderr: Output;
  /** A chalk instance of this run's own, with colour already switched on or off. */
  chalk: ChalkInstance;
  /** The working folder: every path the user gives is relative to it. */
  cwd: string;
  env: Env;
  /** Today's date as YYYY-MM-DD, for answers files and reports. */
  today: string;
  /** Width of the terminal, for bars and wrapping (read when used: the window may be resized). */
  readonly columns: number;
  /** Height of the terminal, when standard output is one (read when used), so a long screen can wait for Enter. */
  readonly rows?: number;
  /** Whether a person can answer prompts (standard input is a terminal). */
  interactive: boolean;
  /** The prompter for interactive commands, loaded only when a command asks for it. */
  prompter: () => Promise<Prompter>;
  /** The operating system, as Node names it ("linux", "darwin", "win32"). */
  platform: string;
  /** The shell the user types commands into, for the commands dma prints. */
  shell: Shell;
  /** Whether the terminal shows Unicode or only ASCII. */
  charset: Charset;
}

/** The signature every command has: the context, its arguments, its options; an exit code back. */
export type CommandRun<Args, Options> = (ctx: CommandContext, args: Args, options: Options) => Promise<number>;

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Colour is off with --no-color (before any "--"), with NO_COLOR set, or when chalk finds no colour support. */
export function wantsColour(argv: readonly string[], env: Env): boolean {
  const untilSeparator = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  return !untilSeparator.includes('--no-color') && (env.NO_COLOR ?? '') === '';
}
