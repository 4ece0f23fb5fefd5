// Commands the tool prints for the user to copy and run, quoted so that the user's shell reads
// each argument back exactly: `dma assess '/tmp/x/Ynys Môn.yaml'` in bash or zsh, and the same
// in PowerShell, whose single quotes differ (a quote inside is doubled, and it also treats the
// curly quotes ‘ ’ as single quotes).
import type { Env } from './env.js';

export type Shell = 'posix' | 'powershell';

/** PowerShell on Windows (the default in Windows Terminal), unless a POSIX shell such as Git Bash runs dma. */
export function detectShell(platform: string, env: Env): Shell {
  if (platform !== 'win32') return 'posix';
  return env.MSYSTEM || /(ba|z|da|k)?sh(\.exe)?$/i.test(env.SHELL ?? '') ? 'posix' : 'powershell';
}

/** One argument, as it is when it is plainly safe, else in single quotes. */
export function shellQuote(text: string, shell: Shell = 'posix'): string {
  if (shell === 'powershell') {
    // A leading @ would splat a variable; $ ` ( ) ; , { } and spaces all mean something.
    return /^[\w.\\/:-][\w.\\/:=+-]*$/.test(text) ? text : `'${text.replace(/['‘’‚‛]/g, (q) => q + q)}'`;
  }
  return /^[\w./@:+=-]+$/.test(text) ? text : `'${text.replace(/'/g, `'\\''`)}'`;
}

/** A whole command line, each word quoted for the shell. */
export function shellCommand(words: readonly string[], shell: Shell = 'posix'): string {
  return words.map((word) => shellQuote(word, shell)).join(' ');
}
