// Reads a YAML file safely and keeps its node positions, so every problem found later
// can be reported as file:line:column.
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node } from 'yaml';
import { DataError } from '../core/problems.js';
import type { DocPath, LocatedProblem, Problem } from '../core/problems.js';
import { sortAndCap } from './problem-list.js';
import { MAX_FILE_BYTES, readNamedText } from './text-file.js';
import { KeyIndex, TOO_DEEP_MESSAGE, walkDocument } from './yaml-walk.js';
import { tooManyEntries } from './yaml-entries.js';

export { MAX_FILE_BYTES } from './text-file.js';

/**
 * yaml counts alias uses weighted by the aliases inside what they point to: 10,000 allows an
 * anchor such as `owner: *ceo` on thousands of actions, while a "billion laughs" file fails fast.
 */
const MAX_ALIAS_COUNT = 10_000;

export interface YamlSource {
  file: string;
  /** Plain data (no prototypes changed; `__proto__` keys stay ordinary keys). */
  data: unknown;
  locate(problem: Problem): LocatedProblem;
}

/** Reads `file` (relative to `cwd`); problems name it as given. */
export async function readYamlFile(file: string, cwd = ''): Promise<YamlSource> {
  return parseYamlText(file, await readText(file, cwd));
}

/** Reads a UTF-8 text file (relative to `cwd`) within the size limit, with plain-English errors. */
export async function readText(file: string, cwd = ''): Promise<string> {
  return readNamedText(file, cwd, { maxBytes: MAX_FILE_BYTES, sizeName: '10 MiB', expected: 'a YAML file' });
}

export function parseYamlText(file: string, rawText: string): YamlSource {
  // One kind of line end: old Mac files end lines with CR alone, which yaml reads as one long line.
  const text = (rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText).replace(/\r\n?/g, '\n');
  const overLimit = tooManyEntries(file, text);
  if (overLimit) throw new DataError({ code: 'unreadable', file, reason: overLimit.message, problems: [overLimit] });
  const lineCounter = new LineCounter();
  // uniqueKeys: false, because its check is quadratic; walkDocument finds duplicates instead.
  const doc = withinStack(file, () => parseDocument(text, { lineCounter, resolveKnownTags: false, uniqueKeys: false, prettyErrors: true }));
  const at = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const placed = (offset: number, message: string): LocatedProblem => ({ file, ...at(offset), message });

  throwFindings(file, [...doc.errors, ...doc.warnings].map((e) => placed(e.pos[0], yamlMessage(e.message))));
  throwFindings(file, walkDocument(doc).map((p) => placed(p.offset, p.message)));

  let data: unknown;
  try {
    data = withinStack(file, () => doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
  } catch (error) {
    if (error instanceof DataError) throw error;
    const message = error instanceof Error && /alias/i.test(error.message)
      ? 'expands YAML aliases too far (the "billion laughs" pattern); write the content out instead of repeating aliases'
      : `cannot be read as data (${error instanceof Error ? error.message : String(error)})`;
    throw new DataError({ code: 'invalid-yaml', file, reason: message, problems: [{ file, line: 1, column: 1, message }] });
  }

  const keys = new KeyIndex();
  return {
    file,
    data,
    locate(problem) {
      return placed(offsetOf(doc, keys, problem.path, problem.atKey === true), problem.message);
    },
  };
}

/**
 * yaml reads nested collections recursively and catches running out of stack only in some
 * places; where it does not, the file is too deeply nested (or tangled) to read.
 */
function withinStack<T>(file: string, read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (!(error instanceof RangeError) || !/call stack/i.test(error.message)) throw error;
    throw tooDeepError(file, { file, line: 1, column: 1, message: TOO_DEEP_MESSAGE });
  }
}

/** Nesting too deep is reported alone: the problems after it would only repeat it. */
function throwFindings(file: string, found: LocatedProblem[]): void {
  const deep = found.find((p) => p.message === TOO_DEEP_MESSAGE);
  if (deep) throw tooDeepError(file, deep);
  if (found.length) throw new DataError({ code: 'invalid-yaml', file, reason: 'is not valid YAML', problems: sortAndCap(found) });
}

function tooDeepError(file: string, problem: LocatedProblem): DataError {
  return new DataError({ code: 'invalid-yaml', file, reason: `is ${TOO_DEEP_MESSAGE}`, problems: [problem] });
}

/** yaml's messages end with a code frame of the line; the position already says where. */
function yamlMessage(message: string): string {
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
  // yaml composes nested nodes recursively and reports running out of stack as an error.
  if (/Maximum call stack size exceeded/.test(first)) return TOO_DEEP_MESSAGE;
  const tag = /^Unresolved tag: (.*)$/.exec(first);
  return tag ? `the YAML tag ${tag[1]!.replace('tag:yaml.org,2002:', '!!')} is not supported here; remove it` : first;
}

/** The start of the deepest node on the path that exists (keys matched as text, so level 1 matches "1"). */
function offsetOf(doc: Document, keys: KeyIndex, path: DocPath, atKey: boolean): number {
  let node: Node | null | undefined = doc.contents;
  let best = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = keys.pairOf(node, String(part));
      if (!pair) break;
      const keyNode = pair.key as Node;
      if (last && atKey) return keyNode.range?.[0] ?? best;
      best = keyNode.range?.[0] ?? best;
      node = pair.value as Node | null;
      // Point at the value when there is one; at the key when the value is empty.
      if (node?.range && !(isScalar(node) && node.value === null)) best = node.range[0];
    } else if (isSeq(node) && typeof part === 'number') {
      const item = node.items[part];
      if (!item || isPair(item)) break;
      node = item as Node;
      if (node.range) best = node.range[0];
    } else {
      break;
    }
  }
  return best;
}
