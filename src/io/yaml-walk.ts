// One pass over a parsed YAML document finds duplicate keys and too-deep nesting, and a lazy
// index finds a map's key without scanning the map once per problem.
// The yaml package's own duplicate-key check compares every key with every earlier one (a
// 40,000-key map takes seconds), so it is switched off and this walk does the job with a Set.
import { isCollection, isMap, isPair, isScalar } from 'yaml';
import type { Document, Node, Pair, YAMLMap } from 'yaml';

/** Frameworks nest 8 levels deep; far more is a mistake or an attack on the recursive steps after. */
const MAX_DEPTH = 100;

const DUPLICATE_KEY_MESSAGE = 'Map keys must be unique';
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

export function walkDocument(doc: Document): WalkFinding[] {
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
      for (const pair of duplicatePairs(node)) problems.push({ offset: (pair.key as Node).range?.[0] ?? 0, message: DUPLICATE_KEY_MESSAGE });
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

/** Every pair whose key an earlier pair of the map already has. */
function duplicatePairs(map: YAMLMap): Pair[] {
  const found: Pair[] = [];
  const { items } = map;
  if (items.length <= SMALL_MAP) {
    for (let i = 1; i < items.length; i++) {
      const text = keyText(items[i]!.key);
      if (text === undefined) continue;
      for (let j = 0; j < i; j++) {
        if (keyText(items[j]!.key) === text) {
          found.push(items[i]!);
          break;
        }
      }
    }
    return found;
  }
  const seen = new Set<string>();
  for (const pair of items) {
    const text = keyText(pair.key);
    if (text === undefined) continue;
    if (seen.has(text)) found.push(pair);
    else seen.add(text);
  }
  return found;
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
