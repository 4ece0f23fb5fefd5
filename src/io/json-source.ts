// Reads JSON with JSON.parse (fast), and places problems at a line and column only when there
// are some, with a small linear scanner of the text. Deeply nested input is refused before
// anything walks it.
import { DataError } from '../core/problems.js';
import type { DocPath, LocatedProblem, Problem } from '../core/problems.js';
import { lineColumn } from './text-position.js';

/** Share files nest six deep; this leaves room and keeps every walk of the data shallow. */
export const MAX_JSON_DEPTH = 32;

export interface JsonSource {
  file: string;
  data: unknown;
  locate(problem: Problem): LocatedProblem;
}

export function parseJsonText(file: string, rawText: string, what: string): JsonSource {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const position = lineColumn(text);
  if (text.trim() === '') {
    throw new DataError({ code: 'invalid-json', file, reason: 'is empty', problems: [{ file, line: 1, column: 1, message: `the file is empty; a ${what} is JSON` }] });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const at = /at position (\d+)/.exec(message);
    const offset = at ? Number(at[1]) : text.length;
    const cutShort = !at || offset >= text.trimEnd().length;
    const summary = cutShort ? 'is not complete JSON' : 'is not valid JSON';
    const detail = cutShort
      ? 'the JSON ends too soon: the file was probably cut short when it was copied or sent'
      : `the JSON is broken here: ${message.replace(/ in JSON at position \d+.*$/s, '').replace(/^Unexpected/, 'unexpected')}`;
    throw new DataError({ code: 'invalid-json', file, reason: summary, problems: [{ file, ...position(Math.min(offset, text.length)), message: detail }] });
  }
  const depth = depthOf(text);
  if (depth > MAX_JSON_DEPTH) {
    const message = `lists and objects are nested ${depth} deep, far deeper than any ${what}`;
    throw new DataError({ code: 'invalid-json', file, reason: `has ${message}`, problems: [{ file, line: 1, column: 1, message }] });
  }
  return { file, data, locate: (problem) => ({ file, ...position(offsetOf(text, problem.path, problem.atKey === true)), message: problem.message }) };
}

/** The deepest nesting of [ and { outside strings. */
function depthOf(text: string): number {
  let depth = 0;
  let deepest = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22) i = stringEnd(text, i) - 1;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** The offset just after the string that starts at `start` (a quote). */
function stringEnd(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x5c) i++;
    else if (c === 0x22) return i + 1;
  }
  return text.length;
}

const isSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

function skipSpace(text: string, i: number): number {
  while (i < text.length && isSpace(text.charCodeAt(i))) i++;
  return i;
}

/** The offset just after the value that starts at `i` (valid JSON: JSON.parse accepted it). */
function valueEnd(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c === 0x22) return stringEnd(text, i);
  if (c !== 0x5b && c !== 0x7b) {
    while (i < text.length && !/[\s,\]}]/.test(text[i]!)) i++;
    return i;
  }
  let depth = 0;
  for (; i < text.length; i++) {
    const d = text.charCodeAt(i);
    if (d === 0x22) i = stringEnd(text, i) - 1;
    else if (d === 0x5b || d === 0x7b) depth++;
    else if ((d === 0x5d || d === 0x7d) && --depth === 0) return i + 1;
  }
  return i;
}

/** The start of the deepest value on the path that exists (or of its key, with atKey). */
function offsetOf(text: string, path: DocPath, atKey: boolean): number {
  let at = skipSpace(text, 0);
  for (let p = 0; p < path.length; p++) {
    const part = path[p]!;
    const found = text[at] === '{' ? memberOf(text, at, String(part)) : text[at] === '[' && typeof part === 'number' ? itemOf(text, at, part) : undefined;
    if (!found) return at;
    if (p === path.length - 1 && atKey) return found.key;
    at = found.value;
  }
  return at;
}

function memberOf(text: string, open: number, name: string): { key: number; value: number } | undefined {
  let i = skipSpace(text, open + 1);
  while (text[i] === '"') {
    const keyEnd = stringEnd(text, i);
    const key = JSON.parse(text.slice(i, keyEnd)) as string;
    const value = skipSpace(text, skipSpace(text, keyEnd) + 1);
    if (key === name) return { key: i, value };
    i = skipSpace(text, valueEnd(text, value));
    if (text[i] !== ',') return undefined;
    i = skipSpace(text, i + 1);
  }
  return undefined;
}

function itemOf(text: string, open: number, index: number): { key: number; value: number } | undefined {
  let i = skipSpace(text, open + 1);
  for (let n = 0; i < text.length && text[i] !== ']'; n++) {
    if (n === index) return { key: i, value: i };
    i = skipSpace(text, valueEnd(text, i));
    if (text[i] !== ',') return undefined;
    i = skipSpace(text, i + 1);
  }
  return undefined;
}
