// What a command needs from the outside world, passed in so tests can capture it.
import type { ChalkInstance } from 'chalk';

export interface Output {
  write(text: string): void;
}

export interface CommandContext {
  stdout: Output;
  stderr: Output;
  /** A chalk instance with colour already switched on or off. */
  chalk: ChalkInstance;
  /** The working folder, for default output file names. */
  cwd: string;
  /** Today's date as YYYY-MM-DD, for answers files and reports. */
  today: string;
  /** Standard input, for interactive commands. */
  stdin: NodeJS.ReadStream;
  /** Width of the terminal, for bars and charts. */
  columns: number;
  /** Environment variables a command may read (DMA_SHARE_SALT); commands never read process.env. */
  env?: Readonly<Record<string, string | undefined>>;
}

export function todayIso(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
