// Whether the terminal can show Unicode (bars, marks, arrows, accents), and plain ASCII for
// when it cannot: a non-UTF-8 locale, the Linux console, an old Windows console.
import type { Env } from './env.js';

export type Charset = 'unicode' | 'ascii';

/** Windows terminals known to show Unicode; the classic console host may not. */
function windowsShowsUnicode(env: Env): boolean {
  return (
    Boolean(env.WT_SESSION) ||
    Boolean(env.TERMINUS_SUBLIME) ||
    env.ConEmuTask === '{cmd::Cmder}' ||
    env.TERM_PROGRAM === 'Terminus-Sublime' ||
    env.TERM_PROGRAM === 'vscode' ||
    env.TERM === 'xterm-256color' ||
    env.TERM === 'alacritty' ||
    env.TERMINAL_EMULATOR === 'JetBrains-JediTerm'
  );
}

/**
 * Unicode unless something says otherwise: on Windows, a terminal not known to show it; elsewhere
 * the Linux console, or a locale (LC_ALL, LC_CTYPE, LANG, in that order) that is not UTF-8.
 */
export function terminalCharset(env: Env, platform: string): Charset {
  if (platform === 'win32') return windowsShowsUnicode(env) ? 'unicode' : 'ascii';
  if (env.TERM === 'linux') return 'ascii';
  const locale = env.LC_ALL || env.LC_CTYPE || env.LANG;
  if (locale === undefined || locale === '') return 'unicode';
  return /utf-?8/i.test(locale) ? 'unicode' : 'ascii';
}

/** The glyphs dma draws, and what stands for each in plain ASCII. */
const ASCII_GLYPHS: Record<string, string> = {
  '█': '#',
  '░': '.',
  '┃': '|',
  '│': '|',
  '─': '-',
  '⚠': '!',
  '▲': '^',
  '▼': 'v',
  '✔': 'v',
  '✓': 'v',
  '✗': 'x',
  '×': 'x',
  '❯': '>',
  '›': '>',
  '•': '*',
  '·': '-',
  '–': '-',
  '—': '-',
  '−': '-',
  '…': '...',
  '‘': "'",
  '’': "'",
  '“': '"',
  '”': '"',
  '≥': '>=',
  '≤': '<=',
  '£': 'GBP ',
  '€': 'EUR ',
};

/**
 * Text for an ASCII-only terminal: dma's glyphs by their stand-ins, accents dropped ("Môn" →
 * "Mon"), anything else as "?".
 */
export function toAscii(text: string): string {
  return text.replace(/[^\x00-\x7f]/gu, (char) => {
    const glyph = ASCII_GLYPHS[char];
    if (glyph !== undefined) return glyph;
    const plain = char.normalize('NFKD').replace(/\p{M}+/gu, '');
    return /^[\x00-\x7f]+$/.test(plain) ? plain : '?';
  });
}
