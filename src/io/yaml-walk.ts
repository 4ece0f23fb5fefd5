// One pass over a parsed YAML document: duplicate keys and too-deep nesting are found, and each
// map's keys are indexed so that problems can be placed without scanning the map again.
// The yaml package's own duplicate-key check compares every key with every earlier one (a
// 40,000-key map takes seconds), so it is switched off and this walk does the job with a Set.
import { isCollection, isMap, isPair, isScalar } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';

/** Frameworks nest 8 levels deep; far more is a mistake or an attack on the recursive steps after. */
export const MAX_DEPTH = 100;

export const DUPLICATE_KEY_MESSAGE = 'Map keys must be unique';
export const TOO_DEEP_MESSAGE = `nested more than ${MAX_DEPTH} levels deep; a framework or answers file needs fewer than 10`;

export interface WalkFinding {
  offset: number;
  message: string;
}

export interface WalkResult {
  problems: WalkFinding[];
  /** Each map's pairs by key text (the first of duplicates). */
  index: Map<YAMLMap, Map<string, Pair>>;
}

/** The key as plain data names it: `1` and `"1"` are the same key once the YAML becomes data. */
export function keyText(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  return key.value === null || key.value === undefined ? '' : String(key.value);
}

export function walkDocument(doc: Document): WalkResult {
  const problems: WalkFinding[] = [];
  const index = new Map<YAMLMap, Map<string, Pair>>();
  const stack: Array<{ node: unknown; depth: number }> = [{ node: doc.contents, depth: 0 }];
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (!isCollection(node)) continue;
    if (depth >= MAX_DEPTH) {
      problems.push({ offset: (node as Node).range?.[0] ?? 0, message: TOO_DEEP_MESSAGE });
      break; // one is enough, and going on would only find the same
    }
    if (isMap(node)) {
      const keys = new Map<string, Pair>();
      for (const pair of node.items) {
        const text = keyText(pair.key);
        if (text !== undefined) {
          if (keys.has(text)) problems.push({ offset: (pair.key as Node).range?.[0] ?? 0, message: DUPLICATE_KEY_MESSAGE });
          else keys.set(text, pair);
        }
        stack.push({ node: pair.key, depth: depth + 1 }, { node: pair.value, depth: depth + 1 });
      }
      index.set(node, keys);
    } else {
      for (const item of node.items) {
        if (isPair(item)) stack.push({ node: item.key, depth: depth + 1 }, { node: item.value, depth: depth + 1 });
        else stack.push({ node: item, depth: depth + 1 });
      }
    }
  }
  return { problems, index };
}
