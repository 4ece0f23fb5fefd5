// Editing a parsed YAML map in place so that it holds new data: unchanged entries keep their
// nodes (and so their comments, quoting and flow style); new keys go where the data orders them.
import { isDeepStrictEqual } from 'node:util';
import type { Document, Node, Pair, YAMLMap } from 'yaml';
import { isMap, isNode, isScalar } from 'yaml';

const NODE_OPTIONS = { aliasDuplicateObjects: false } as const;

function keyText(pair: Pair): string {
  return isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Makes `map` hold `value`: keys missing from `value` are removed, changed values replaced,
 * unchanged ones left alone. A new key is inserted before the first existing key that follows
 * it in `value`, so existing entries keep their order. Linear in the number of keys.
 */
export function syncMap(document: Document, map: YAMLMap, value: Record<string, unknown>): void {
  const wanted = Object.entries(value).filter(([, v]) => v !== undefined);
  const wantedKeys = new Set(wanted.map(([key]) => key));
  const kept = (map.items as Pair[]).filter((pair) => wantedKeys.has(keyText(pair)));
  const byKey = new Map(kept.map((pair) => [keyText(pair), pair]));

  // New pairs, grouped by the existing key they go before (undefined: at the end).
  const before = new Map<string | undefined, Pair[]>();
  let nextExisting: string | undefined;
  for (let i = wanted.length - 1; i >= 0; i--) {
    const [key, v] = wanted[i]!;
    const pair = byKey.get(key);
    if (pair) {
      updatePair(document, pair, v);
      nextExisting = key;
    } else {
      const list = before.get(nextExisting) ?? [];
      list.unshift(document.createPair(key, v, NODE_OPTIONS) as Pair);
      before.set(nextExisting, list);
    }
  }
  const first = kept[0];
  if (first && before.has(keyText(first)) && map.commentBefore && isScalar(first.key)) {
    // The map's leading comment belongs to its first entry, which is no longer first.
    first.key.commentBefore = [map.commentBefore, first.key.commentBefore].filter(Boolean).join('\n');
    map.commentBefore = undefined;
  }
  map.items = [...kept.flatMap((pair) => [...(before.get(keyText(pair)) ?? []), pair]), ...(before.get(undefined) ?? [])];
}

function updatePair(document: Document, pair: Pair, value: unknown): void {
  const current = pair.value;
  if (isMap(current) && isPlainObject(value)) {
    syncMap(document, current, value);
    return;
  }
  if (isNode(current) && isDeepStrictEqual(current.toJSON(), value)) return;
  const replacement = document.createNode(value, NODE_OPTIONS) as Node;
  if (isNode(current)) {
    replacement.comment = current.comment;
    replacement.commentBefore = current.commentBefore;
    replacement.spaceBefore = current.spaceBefore;
    if ('flow' in current && 'flow' in replacement) replacement.flow = current.flow;
  }
  pair.value = replacement;
}
