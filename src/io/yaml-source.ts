// Reads a YAML file safely and keeps its node positions, so every problem found later
// can be reported as file:line:column.
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, YAMLError } from 'yaml';
import { DataError } from '../core/problems.js';
import type { DocPath, LocatedProblem, Problem } from '../core/problems.js';
import { sortAndCap } from './problem-list.js';
import { MAX_FILE_BYTES, readNamedText } from './text-file.js';
import { KeyIndex, TOO_DEEP_MESSAGE, aliasOffset, walkDocument } from './yaml-walk.js';
import { tooManyEntries } from './yaml-entries.js';
import { TextLines } from './yaml-lines.js';
import type { YamlFault } from './yaml-messages.js';
import { syntaxFindings } from './yaml-syntax.js';
import { textTraps } from './yaml-traps.js';

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
  /**
   * Valid YAML that does not say what its author meant: a folded block that joins paragraphs, a
   * " #" that cuts an unquoted text short. For frameworks, whose texts people write by hand.
   */
  textWarnings(): LocatedProblem[];
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
  const lines = new TextLines(text, lineCounter);
  const placed = placer(file, lineCounter);
  const doc = readDocument(file, lines, lineCounter);
  throwFindings(file, walkDocument(doc, (offset) => lineCounter.linePos(offset).line).map((p) => placed(p.offset, p.message)));

  const data = toData(file, doc, placed);
  const keys = new KeyIndex();
  let warnings: LocatedProblem[] | undefined;
  return {
    file,
    data,
    locate(problem) {
      return placed(offsetOf(doc, keys, problem.path, problem.atKey === true), problem.message);
    },
    textWarnings() {
      warnings ??= textTraps(doc, lines).map((p) => placed(p.offset, p.message));
      return [...warnings];
    },
  };
}

function placer(file: string, lineCounter: LineCounter): (offset: number, message: string) => LocatedProblem {
  return (offset, message) => {
    const pos = lineCounter.linePos(offset);
    return { file, line: pos.line, column: pos.col, message };
  };
}

/** The parsed document, or a DataError with its syntax problems in plain English. */
function readDocument(file: string, lines: TextLines, lineCounter: LineCounter): Document {
  let doc: Document | undefined = withinStack(file, () => parseDocument(lines.text, { ...PARSE_OPTIONS, lineCounter }));
  const faults = [...doc.errors, ...doc.warnings].map(faultOf);
  if (faults.length === 0) return doc;
  doc = undefined; // the search for knock-on errors parses the text again: one document in memory at a time
  const placed = placer(file, lineCounter);
  // yaml composes nested nodes recursively and reports running out of stack as an error.
  const stack = faults.find((f) => /Maximum call stack size exceeded/.test(f.message));
  if (stack) throw tooDeepError(file, placed(stack.offset, TOO_DEEP_MESSAGE));
  const problems = syntaxFindings(faults, lines, reparse).map((p) => placed(p.offset, p.message));
  throw new DataError({ code: 'invalid-yaml', file, reason: 'is not valid YAML', problems: sortAndCap(problems) });
}

/** The document as plain data, or the reason it cannot be. */
function toData(file: string, doc: Document, placed: (offset: number, message: string) => LocatedProblem): unknown {
  try {
    return withinStack(file, () => doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }));
  } catch (error) {
    if (error instanceof DataError) throw error;
    const unresolved = error instanceof ReferenceError ? /^Unresolved alias.*?: (.*)$/.exec(error.message)?.[1] : undefined;
    if (unresolved !== undefined) {
      // `text: *Draft* first` is emphasis to its author and an alias to YAML.
      const problem = placed(aliasOffset(doc, unresolved) ?? 0, "text that starts with '*' must be in quotes: put the whole text in quotes");
      throw new DataError({ code: 'invalid-yaml', file, reason: 'is not valid YAML', problems: [problem] });
    }
    const message = error instanceof Error && /alias/i.test(error.message)
      ? 'expands YAML aliases too far (the "billion laughs" pattern); write the content out instead of repeating aliases'
      : `cannot be read as data (${error instanceof Error ? error.message : String(error)})`;
    throw new DataError({ code: 'invalid-yaml', file, reason: message, problems: [{ file, line: 1, column: 1, message }] });
  }
}

/** uniqueKeys is off because its check is quadratic; walkDocument finds duplicates instead. */
const PARSE_OPTIONS = { resolveKnownTags: false, uniqueKeys: false, prettyErrors: false } as const;

/** yaml's error as the messages read it: its code, its first line, its offset. */
function faultOf(error: YAMLError): YamlFault {
  const first = (error.message.split('\n')[0] ?? error.message).replace(/ at line \d+, column \d+:?$/, '').trim();
  return { code: error.code, message: first, offset: error.pos[0] };
}

/** The errors of a changed copy of a text, or undefined if it cannot be read at all. */
function reparse(text: string): YamlFault[] | undefined {
  try {
    const doc = parseDocument(text, PARSE_OPTIONS);
    return [...doc.errors, ...doc.warnings].map(faultOf);
  } catch {
    return undefined; // too deep to read: then every error is shown
  }
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
