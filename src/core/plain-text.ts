// Text that files supply and messages repeat: bounded lists, and characters that have no place
// in an id, a version or a one-line comment.

/** "a, b, c" or, for a long list, "a, b, c, d, e and 19,995 more": a message never grows with the file. */
export function listSome(items: Iterable<string | number>, max = 5): string {
  const shown: string[] = [];
  let total = 0;
  for (const item of items) {
    if (total < max) shown.push(String(item));
    total++;
  }
  return total > max ? `${shown.join(', ')} and ${(total - max).toLocaleString('en-GB')} more` : shown.join(', ');
}

/**
 * The body of a character class (for `[...]` or `[^...]` in a Unicode-mode pattern) of the
 * C0 and C1 control characters (tab included), the Unicode line and paragraph separators, and the
 * bidirectional embedding, override and isolate marks that can make text display as something
 * else ("Trojan Source").
 */
export const UNSAFE_IN_LINE_CLASS = String.raw`\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069`;

/** One of those characters (a Unicode-mode pattern, so the escapes mean code points). */
export const UNSAFE_IN_LINE = new RegExp(`[${UNSAFE_IN_LINE_CLASS}]`, 'u');

/** The same characters, every occurrence. */
const UNSAFE_IN_LINE_ALL = new RegExp(UNSAFE_IN_LINE.source, 'gu');

/** Text made safe for one line of a comment: each unsafe character becomes "?" (a newline would end the comment). */
export function oneLine(text: string): string {
  return text.replace(UNSAFE_IN_LINE_ALL, '?');
}

/** A blank line (nothing but spaces between two line ends): where one paragraph ends and the next begins. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n/;

/** The paragraphs of a text, each trimmed, the empty ones left out. */
export function paragraphs(text: string): string[] {
  return text
    .split(PARAGRAPH_BREAK)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
}

/**
 * `text` with an aside: "Public Finance (2014)", but "Public Finance magazine (CIPFA), 2014"
 * where the text already ends in brackets, so that two pairs never stand side by side.
 */
export function withAside(text: string, aside: string): string {
  return text.trimEnd().endsWith(')') ? `${text}, ${aside}` : `${text} (${aside})`;
}
