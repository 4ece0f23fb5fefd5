// What to say about a key that a map has more than once: the key, and the line it first appeared
// on. Several keys repeated in one map, the map's first key or a list item's usual keys among
// them, usually mean a missing "- ": two list items have run together, so the message says so.
import type { Node, Pair } from 'yaml';
import { oneLine } from '../core/plain-text.js';
import type { Finding } from './yaml-messages.js';

/** A pair whose key an earlier pair of its map has: `count` is how many so far, this one included. */
export interface Repeat {
  key: string;
  pair: Pair;
  first: Pair;
  count: number;
}

/** Keys that start a list item in the framework and answers formats. */
const ITEM_KEYS = new Set(['id', 'text', 'title', 'toLevel', 'level', 'label', 'name']);

/** Keys longer than this are cut short in a message. */
const SHOWN_KEY_LENGTH = 40;

/** Where the map is: at the top of the file or not, and the key of its first pair. */
export interface MapPlace {
  root: boolean;
  firstKey: string | undefined;
}

export function duplicateFindings(repeats: readonly Repeat[], where: MapPlace, lineOf: (offset: number) => number): Finding[] {
  const firstLine = (repeat: Repeat) => lineOf(offsetOf(repeat.first));
  if (looksLikeItemsRunTogether(repeats, where)) {
    const head = repeats[0]!;
    const others = [...new Set(repeats.map((r) => r.key).filter((key) => key !== head.key))];
    const also = others.length ? `, as do ${andList(others.map(shown))}` : '';
    const hint = `: each item of a list starts with '- ', so put '- ' before ${shown(head.key)} if a new item starts here`;
    return repeats
      .filter((r) => r.key === head.key)
      .map((r, i) => ({ offset: offsetOf(r.pair), message: `${repeated(r, firstLine(r))}${i === 0 ? also : ''}${hint}` }));
  }
  return repeats.map((r) => ({ offset: offsetOf(r.pair), message: repeated(r, firstLine(r)) }));
}

/** Not at the top of the file, two or more keys repeated, and the map's first key or an item key among them. */
function looksLikeItemsRunTogether(repeats: readonly Repeat[], where: MapPlace): boolean {
  if (where.root) return false;
  const keys = new Set(repeats.map((r) => r.key));
  return keys.size >= 2 && [...keys].some((key) => key === where.firstKey || ITEM_KEYS.has(key));
}

function repeated(repeat: Repeat, firstLine: number): string {
  const times = repeat.count === 2 ? 'twice' : `${repeat.count} times`;
  return `the key ${shown(repeat.key)} appears ${times} in this map (first at line ${firstLine})`;
}

function offsetOf(pair: Pair): number {
  return (pair.key as Node).range?.[0] ?? 0;
}

/** A key as a message shows it: quoted, on one line, cut short if long. */
function shown(key: string): string {
  const line = oneLine(key);
  return `"${line.length > SHOWN_KEY_LENGTH ? `${line.slice(0, SHOWN_KEY_LENGTH)}…` : line}"`;
}

/** "a", "a and b", "a, b and c"; past five, "a, b, c, d, e and 3 more". */
function andList(items: readonly string[]): string {
  if (items.length > 5) return `${items.slice(0, 5).join(', ')} and ${items.length - 5} more`;
  if (items.length === 1) return items[0]!;
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}
