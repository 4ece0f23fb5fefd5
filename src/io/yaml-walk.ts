// One pass over a parsed YAML document finds duplicate keys and too-deep nesting, and a lazy
// index finds a map's key without scanning the map once per problem.
// The yaml package's own duplicate-key check compares every key with every earlier one (a
// 40,000-key map takes seconds), so it is switched off and this walk does the job with a Map.
import { isAlias, isCollection, isMap, isPair, isScalar } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { duplicateFindings } from './yaml-duplicates.js';
import type { Repeat } from './yaml-duplicates.js';

/** Frameworks nest 8 levels deep; far more is a mistake or an attack on the recursive steps after. */
const MAX_DEPTH = 100;

export const TOO_DEEP_MESSAGE = `nested more than ${MAX_DEPTH} levels deep; a framework or answers file needs fewer than 10`;

export interface WalkFinding {
  offset: number;
  message: string;
}

/** Maps this small are searched in place: a Set or Map for each would cost more than it saves. */
const SMALL_MAP = 8;

/** The key as plain data names it: `1` and `"1"` are the same key once the YAML becomes data. */
export function keyText(key: unknown): string | undefined {
  if (!isScalar(key)) return undefined;
  return key.value === null || key.value === undefined ? '' : String(key.value);
}

/** `lineOf` gives the line of an offset, for saying where a repeated key first appeared. */
export function walkDocument(doc: Document, lineOf: (offset: number) => number): WalkFinding[] {
  const problems: WalkFinding[] = [];
  // Two plain stacks rather than one of {node, depth} objects: a big file has millions of nodes.
  const nodes: unknown[] = [doc.contents];
  const depths: number[] = [0];
  while (nodes.length) {
    const node = nodes.pop();
    const depth = depths.pop()!;
    if (!isCollection(node)) continue;
    if (depth >= MAX_DEPTH) {
      problems.push({ offset: (node as Node).range?.[0] ?? 0, message: TOO_DEEP_MESSAGE });
      break; // one is enough, and going on would only find the same
    }
    if (isMap(node)) {
      const repeats = repeatedPairs(node);
      if (repeats.length) problems.push(...duplicateFindings(repeats, { root: depth === 0, firstKey: keyText(node.items[0]?.key) }, lineOf));
    }
    for (const item of node.items) {
      if (isPair(item)) {
        nodes.push(item.key, item.value);
        depths.push(depth + 1, depth + 1);
      } else {
        nodes.push(item);
        depths.push(depth + 1);
      }
    }
  }
  return problems;
}

/** Every pair whose key an earlier pair of the map already has, with the first of them and how many so far. */
function repeatedPairs(map: YAMLMap): Repeat[] {
  const found: Repeat[] = [];
  const { items } = map;
  if (items.length <= SMALL_MAP) {
    for (let i = 1; i < items.length; i++) {
      const key = keyText(items[i]!.key);
      if (key === undefined) continue;
      let first: Pair | undefined;
      let count = 1;
      for (let j = 0; j < i; j++) {
        if (keyText(items[j]!.key) !== key) continue;
        first ??= items[j]!;
        count++;
      }
      if (first) found.push({ key, pair: items[i]!, first, count });
    }
    return found;
  }
  const firsts = new Map<string, Pair>();
  const counts = new Map<string, number>(); // only for keys that repeat: most maps have none
  for (const pair of items) {
    const key = keyText(pair.key);
    if (key === undefined) continue;
    const first = firsts.get(key);
    if (!first) {
      firsts.set(key, pair);
      continue;
    }
    const count = (counts.get(key) ?? 1) + 1;
    counts.set(key, count);
    found.push({ key, pair, first, count });
  }
  return found;
}

/** Where the first alias to `name` is, in file order. */
export function aliasOffset(doc: Document, name: string): number | undefined {
  const nodes: unknown[] = [doc.contents];
  while (nodes.length) {
    const node = nodes.pop(); // pushed last to first, so taken in file order
    if (isAlias(node) && node.source === name) return node.range?.[0];
    if (isPair(node)) nodes.push(node.value, node.key);
    else if (isCollection(node)) for (let i = node.items.length - 1; i >= 0; i--) nodes.push(node.items[i]);
  }
  return undefined;
}

/** Finds a map's pair by key; a big map is indexed the first time it is asked, then answered from the index. */
export class KeyIndex {
  private readonly indexes = new WeakMap<YAMLMap, Map<string, Pair>>();

  pairOf(map: YAMLMap, key: string): Pair | undefined {
    if (map.items.length <= SMALL_MAP) return map.items.find((p) => keyText(p.key) === key);
    let index = this.indexes.get(map);
    if (!index) {
      index = new Map();
      for (const pair of map.items) {
        const text = keyText(pair.key);
        if (text !== undefined && !index.has(text)) index.set(text, pair);
      }
      this.indexes.set(map, index);
    }
    return index.get(key);
  }
}
