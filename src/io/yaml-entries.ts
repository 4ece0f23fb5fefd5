// A cap on how many entries a YAML file may have, checked before it is parsed. yaml builds a node
// object for every key and value, so a 9 MiB file of 300,000 one-line answers takes about 1 GB
// to parse at all; its lexer, which only yields tokens, reads the same file in a tenth of that.
// Counting the entry indicators first refuses such a file in bounded time and memory.
import { Lexer } from 'yaml';
import type { LocatedProblem } from '../core/problems.js';
import { lineColumn } from './text-position.js';

/**
 * Entries (keys, list items, flow separators) a file may have. The bundled framework has about
 * 40 a question, so this allows a framework of some 5,000 questions, or 8,000 answers with
 * twenty votes each.
 */
export const MAX_ENTRIES = 200_000;

const ENTRY_INDICATORS = new Set([':', '-', ',', '?']);
/** Tokens the lexer adds that are not in the text: document start, flow end, scalar start, BOM. */
const LEXER_MARKERS = new Set(['\x02', '\x18', '\x1f', '\ufeff']);

/** A problem at the first entry past the cap, or undefined when the file is within it. */
export function tooManyEntries(file: string, text: string, limit = MAX_ENTRIES): LocatedProblem | undefined {
  // A file with fewer characters than the cap cannot hold more entries than that.
  if (text.length <= limit) return undefined;
  let entries = 0;
  let offset = 0;
  for (const token of new Lexer().lex(text)) {
    if (ENTRY_INDICATORS.has(token) && ++entries > limit) {
      const { line, column } = lineColumn(text)(offset);
      const message = `has more than ${limit.toLocaleString('en-GB')} entries (keys and list items); files this large are refused`;
      return { file, line, column, message };
    }
    if (!LEXER_MARKERS.has(token)) offset += token.length;
  }
  return undefined;
}
