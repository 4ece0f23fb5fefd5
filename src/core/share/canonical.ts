// The exact texts that share files' hashes are taken of (the hashing itself is in io/, which
// passes the results back in). Both are defined in the README, "What a share file contains".
import type { Framework } from '../framework.js';
import type { ShareDocument, UnsignedShare } from './schema.js';

/**
 * JSON with every object's keys in code-point order and no spaces, so that the same data gives
 * the same text however the file was laid out or re-saved.
 */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record)
      .filter((key) => record[key] !== undefined)
      .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/** What the framework hash is taken of: [id, [levels], [[theme id, weight, [[question id, weight], …]], …]]. */
type FrameworkStructure = [string, number[], Array<[string, number, Array<[string, number]>]>];

function structureText(structure: FrameworkStructure): string {
  return JSON.stringify(structure);
}

/**
 * The framework's structure as text: its id, every level of its scale, and every theme and
 * question id with its weight, in the framework's order. Wording, actions and the target are
 * not part of it: rewording a question does not change the hash, changing what is scored does.
 */
export function frameworkStructureText(framework: Framework): string {
  return structureText([
    framework.id,
    framework.scale.levels.map((l) => l.level),
    framework.themes.map((t) => [t.id, t.weight, t.questions.map((q): [string, number] => [q.id, q.weight])]),
  ]);
}

/** The same text, rebuilt from a share file, to check the hash it claims. */
export function shareStructureText(share: Pick<ShareDocument, 'framework' | 'scale' | 'themes'>): string {
  const levels: number[] = [];
  // The scale is checked to be a short range before this is called.
  for (let level = share.scale.min; level <= share.scale.max; level++) levels.push(level);
  return structureText([
    share.framework.id,
    levels,
    share.themes.map((t) => [t.id, t.weight, t.questions.map((q): [string, number] => [q.id, q.weight])]),
  ]);
}

/** What the checksum is taken of: the whole document except the checksum, as canonical JSON. */
export function checksumText(share: UnsignedShare | ShareDocument): string {
  const { checksum: _checksum, ...rest } = share as ShareDocument;
  return canonicalJson(rest);
}
