// Two ways valid YAML silently changes a framework's text, found where the YAML's styles and
// comments can still be seen: a folded (>) block turns one blank line into a line break, so two
// paragraphs become one; and " #" after an unquoted text starts a comment, so the rest of the
// line is dropped. Both are warnings: the file is valid, just not what its author meant.
import { isMap, isPair, isScalar, isSeq, Scalar } from 'yaml';
import type { Document } from 'yaml';
import type { TextLines } from './yaml-lines.js';
import type { Finding } from './yaml-messages.js';
import { keyText } from './yaml-walk.js';

/** Keys whose text dma shows; levels' descriptors (keys of a `levels` map) too. */
const TEXT_KEYS = new Set(['text', 'help', 'title', 'description', 'choosingRule']);
/** Texts that dma splits into paragraphs at blank lines. */
const PARAGRAPH_KEYS = new Set(['help', 'description']);

export const FOLDED_BLANK_LINE = 'one blank line in a folded (>) block joins paragraphs: leave two blank lines between paragraphs';
export const HASH_DROPPED = "the text after ' #' is dropped, as YAML reads it as a comment: put the whole text in quotes to keep it";

export function textTraps(doc: Document, lines: TextLines): Finding[] {
  const found: Finding[] = [];
  // [node, whether its pairs are level descriptors]
  const stack: Array<[unknown, boolean]> = [[doc.contents, false]];
  while (stack.length) {
    const [node, levels] = stack.pop()!;
    if (isSeq(node)) {
      for (const item of node.items) stack.push([item, false]);
    } else if (isMap(node)) {
      for (const pair of node.items) {
        if (!isPair(pair)) continue;
        const key = keyText(pair.key);
        if (key !== undefined && (levels || TEXT_KEYS.has(key))) found.push(...scalarTraps(pair.value, PARAGRAPH_KEYS.has(key), lines));
        stack.push([pair.value, key === 'levels']);
      }
    }
  }
  return found.sort((a, b) => a.offset - b.offset);
}

function scalarTraps(value: unknown, paragraphs: boolean, lines: TextLines): Finding[] {
  if (!isScalar(value) || !value.range) return [];
  // `text: # note` has no text at all, only a comment: yaml gives an empty plain scalar at the #.
  if (value.type === Scalar.PLAIN) return hashAfter(value.range[1], lines);
  if (value.type === Scalar.BLOCK_FOLDED && paragraphs) return singleBlankLines(value.range[0], value.range[1], lines);
  return [];
}

/**
 * A comment on the same line as the end of an unquoted value. A # straight after a text is part
 * of it, so a comment there always has a space or tab before it.
 */
function hashAfter(end: number, lines: TextLines): Finding[] {
  const { text } = lines;
  let i = end;
  while (text[i] === ' ' || text[i] === '\t') i++;
  return text[i] === '#' ? [{ offset: i, message: HASH_DROPPED }] : [];
}

/**
 * Each blank line in a folded block that is alone between two lines of its text. Lines indented
 * further than the text are kept as they are by YAML, so blank lines next to them are left alone.
 */
function singleBlankLines(start: number, end: number, lines: TextLines): Finding[] {
  const found: Finding[] = [];
  const first = lines.lineOf(start) + 1; // the line after the `>` header
  const last = lines.lineOf(Math.max(start, end - 1));
  let indent: number | undefined;
  const indentOf = (line: number): number | undefined => {
    const text = lines.lineText(line);
    return text.trim() === '' ? undefined : text.length - text.trimStart().length;
  };
  for (let line = first; line <= last; line++) {
    const own = indentOf(line);
    indent ??= own;
    if (own !== undefined || line === first || line === last) continue;
    const above = indentOf(line - 1);
    const below = indentOf(line + 1);
    if (above !== undefined && above === indent && below !== undefined && below === indent) found.push({ offset: lines.start(line), message: FOLDED_BLANK_LINE });
  }
  return found;
}
