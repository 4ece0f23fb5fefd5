// Reads a YAML file safely and keeps its node positions, so every problem found later
// can be reported as file:line:column.
import { closeSync, fstatSync, openSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { LineCounter, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node, Pair } from 'yaml';
import { DataError } from '../core/problems.js';
import type { DocPath, LocatedProblem, Problem } from '../core/problems.js';

/** Frameworks of 500 questions are well under 1 MiB; anything this big is a mistake or an attack. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
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

/** Reads a text file (relative to `cwd`) within the size limit, with plain-English errors. */
export async function readText(file: string, cwd = ''): Promise<string> {
  // Synchronous on purpose: a CLI reading thousands of small files in turn spends most of an
  // asynchronous read waiting for the thread pool, and has nothing else to do meanwhile.
  let fd: number | undefined;
  try {
    fd = openSync(resolve(cwd, file), 'r');
    const info = fstatSync(fd);
    if (info.isDirectory()) throw new DataError({ code: 'unreadable', file, reason: 'is a folder, not a YAML file' });
    if (info.size > MAX_FILE_BYTES) {
      const reason = `is ${(info.size / 1024 / 1024).toFixed(1)} MiB; files over ${MAX_FILE_BYTES / 1024 / 1024} MiB are refused`;
      throw new DataError({ code: 'unreadable', file, reason });
    }
    return readFileSync(fd, 'utf8');
  } catch (error) {
    if (error instanceof DataError) throw error;
    throw new DataError({ code: 'unreadable', file, reason: `cannot be read (${describeFsError(error)})` });
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EROFS':
      return 'the file system is read-only';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

export function parseYamlText(file: string, rawText: string): YamlSource {
  const text = rawText.charCodeAt(0) === 0xfeff ? rawText.slice(1) : rawText;
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, resolveKnownTags: false, uniqueKeys: true, prettyErrors: true });
  const at = (offset: number): { line: number; column: number } => {
    const pos = lineCounter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };

  const syntax = [...doc.errors, ...doc.warnings].map((e): LocatedProblem => {
    const { line, column } = at(e.pos[0]);
    return { file, line, column, message: yamlMessage(e.message) };
  });
  if (syntax.length) throw new DataError({ code: 'invalid-yaml', file, reason: 'is not valid YAML', problems: syntax });

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    const message = error instanceof Error && /alias/i.test(error.message)
      ? 'expands YAML aliases too far (the "billion laughs" pattern); write the content out instead of repeating aliases'
      : `cannot be read as data (${error instanceof Error ? error.message : String(error)})`;
    throw new DataError({ code: 'invalid-yaml', file, reason: message, problems: [{ file, line: 1, column: 1, message }] });
  }

  return {
    file,
    data,
    locate(problem) {
      const offset = offsetOf(doc, problem.path, problem.atKey === true);
      return { file, ...at(offset), message: problem.message };
    },
  };
}

/** yaml's messages end with a code frame of the line; the position already says where. */
function yamlMessage(message: string): string {
  const first = (message.split('\n')[0] ?? message).replace(/ at line \d+, column \d+:?$/, '').trim();
  const tag = /^Unresolved tag: (.*)$/.exec(first);
  return tag ? `the YAML tag ${tag[1]!.replace('tag:yaml.org,2002:', '!!')} is not supported here; remove it` : first;
}

/** The start of the deepest node on the path that exists (keys matched as text, so level 1 matches "1"). */
function offsetOf(doc: Document, path: DocPath, atKey: boolean): number {
  let node: Node | null | undefined = doc.contents;
  let best = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p: Pair) => isScalar(p.key) && String(p.key.value) === String(part));
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
