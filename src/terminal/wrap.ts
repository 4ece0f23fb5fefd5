import { stripVTControlCharacters } from 'node:util';

/**
 * Wraps each line at word boundaries to fit `width` columns (colour codes do not count).
 * A wrapped line continues under its first word, after the line's own indent. A short quoted
 * example ("Jo 3") is kept on one line.
 */
export function wrapText(text: string, width: number): string {
  if (width < 20) return text;
  return text
    .split('\n')
    .map((line) => {
      const visible = stripVTControlCharacters(line);
      if (visible.length <= width) return line;
      const [, indent = '', marker = ''] = /^(\s*)(\d+\.\s+|[-•]\s+)?/.exec(visible)!;
      const hanging = marker ? ' '.repeat(indent.length + marker.length) : indent ? `${indent}  ` : '';
      const out: string[] = [];
      let current = '';
      let currentWidth = 0;
      for (const word of keepKeysTogether(keepQuotesTogether(line.split(' ')))) {
        const w = stripVTControlCharacters(word).length;
        if (currentWidth + w > width && stripVTControlCharacters(current).trim() !== '') {
          out.push(current.trimEnd());
          current = hanging;
          currentWidth = hanging.length;
        }
        current += `${word} `;
        currentWidth += w + 1;
      }
      out.push(current.trimEnd());
      return out.join('\n');
    })
    .join('\n');
}

/** The most words a quotation may have and still be kept whole. */
const SHORT_QUOTE = 3;

/** Joins the words of a short quotation ('"Jo', '3"') into one, so the line cannot break inside it. */
function keepQuotesTogether(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const end = opensQuote(words[i]!) ? words.slice(i + 1, i + SHORT_QUOTE).findIndex(closesQuote) : -1;
    if (end < 0) {
      out.push(words[i]!);
      continue;
    }
    out.push(words.slice(i, i + end + 2).join(' '));
    i += end + 1;
  }
  return out;
}

/** Joins a key and what it does ("b", "=", "back") into one, so a hint never breaks at its "=". */
function keepKeysTogether(words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    if (words[i + 1] === '=' && i + 2 < words.length) {
      out.push(`${words[i]} = ${words[i + 2]}`);
      i += 2;
    } else {
      out.push(words[i]!);
    }
  }
  return out;
}

const quotes = (word: string) => (word.match(/"/g) ?? []).length;
const opensQuote = (word: string) => quotes(word) % 2 === 1 && /^\W*"/.test(word);
const closesQuote = (word: string) => quotes(word) % 2 === 1;
