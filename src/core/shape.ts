// Turns zod's findings into plain-English problems a framework author can act on.
import type * as z from 'zod/mini';
import type { $ZodIssue, $ZodRawIssue, $ZodType } from 'zod/v4/core';
import type { DocPath, Problem } from './problems.js';

export type ShapeResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

export function checkShape<S extends z.ZodMiniType>(schema: S, data: unknown): ShapeResult<z.infer<S>> {
  const result = schema.safeParse(data, { error: plainEnglish });
  const problems: Problem[] = result.success ? [] : result.error.issues.flatMap((issue) => toProblems(schema, issue));
  problems.push(...protoKeysInRecords(schema, data));
  if (problems.length === 0 && result.success) return { ok: true, value: result.data };
  return { ok: false, problems };
}

/**
 * zod's records skip a "__proto__" key without a word (strict objects do report it), so find
 * such keys in the raw data and report them as the record's key rule would.
 */
function protoKeysInRecords(root: $ZodType, data: unknown): Problem[] {
  const found: Problem[] = [];
  const visit = (value: unknown, path: Array<string | number>) => {
    if (typeof value !== 'object' || value === null) return;
    if (Array.isArray(value)) {
      value.forEach((item, i) => visit(item, [...path, i]));
      return;
    }
    for (const key of Object.keys(value)) {
      if (key === '__proto__') {
        const record = unwrap(schemaAt(root, path));
        if (record?._zod.def.type === 'record') {
          const keyType = (record._zod.def as unknown as { keyType: z.ZodMiniType }).keyType;
          const rule = keyType.safeParse(key);
          const why = rule.success ? 'is not allowed here' : (rule.error.issues[0]?.message ?? 'is not allowed here');
          found.push({ path: [...path, key], atKey: true, message: `the key "${key}" ${why}` });
        }
      }
      visit((value as Record<string, unknown>)[key], [...path, key]);
    }
  };
  visit(data, []);
  return found;
}

function toProblems(root: $ZodType, issue: $ZodIssue): Problem[] {
  const path = issue.path.filter((p): p is string | number => typeof p !== 'symbol');
  if (issue.code === 'unrecognized_keys') {
    const allowed = allowedKeys(root, path);
    return issue.keys.map((key) => ({
      path: [...path, key],
      atKey: true,
      message: unknownKeyMessage(key, allowed),
    }));
  }
  if (issue.code === 'invalid_key') {
    return [{ path, atKey: true, message: `the key ${quote(String(path.at(-1)))} ${issue.issues[0]?.message ?? 'is not allowed here'}` }];
  }
  const example = path.at(-1) === 'version' && issue.code === 'invalid_type' ? ', for example "1.0.0"' : '';
  return [{ path, message: `${nameOf(path)} ${issue.message}${example}` }];
}

function plainEnglish(issue: $ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is missing';
      if (issue.expected === 'string' && typeof issue.input === 'number') {
        return 'must be text, not a number: put it in quotes';
      }
      return `must be ${article(issue.expected)}, not ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `must be one of ${issue.values.map((v) => quote(String(v))).join(', ')}, not ${describeValue(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'array') return `must have at least ${issue.minimum} item${issue.minimum === 1 ? '' : 's'}`;
      return undefined;
    default:
      return undefined;
  }
}

function article(expected: string): string {
  const words: Record<string, string> = {
    string: 'text',
    number: 'a number',
    int: 'a whole number',
    boolean: 'true or false',
    object: 'a set of keys and values',
    array: 'a list',
    record: 'a set of keys and values',
  };
  return words[expected] ?? expected;
}

function describeValue(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${quote(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'object') return 'a set of keys and values';
  return typeof value;
}

function quote(s: string): string {
  return `"${s}"`;
}

/** How a problem names its subject: the key, or "item 3 of scale" for list entries. */
export function nameOf(path: DocPath): string {
  const last = path.at(-1);
  if (last === undefined) return 'the file';
  if (typeof last === 'number') {
    const parent = path.at(-2);
    return `item ${last + 1} of ${typeof parent === 'string' ? parent : 'the list'}`;
  }
  return last;
}

function unknownKeyMessage(key: string, allowed: string[]): string {
  const suggestion = closest(key, allowed);
  const hint = suggestion ? `; did you mean "${suggestion}"?` : allowed.length ? `; allowed here: ${allowed.join(', ')}` : '';
  // No key of the formats has a space: in "{ role: Chief Officer, Health and Social Care }" the comma ended the value.
  const split = /\s/.test(key.trim()) ? `. If it is part of the value before it, a comma split that value: put the value in quotes` : '';
  return `unknown key "${key}"${hint}${split}`;
}

/** The keys the schema allows at a path, for "did you mean" hints. */
function allowedKeys(root: $ZodType, path: DocPath): string[] {
  const node = unwrap(schemaAt(root, path));
  return node?._zod.def.type === 'object' ? Object.keys(defOf(node).shape ?? {}) : [];
}

/** The parts of a schema's definition the walk needs; zod's types name them per kind. */
interface WalkableDef {
  type: string;
  shape?: Record<string, $ZodType>;
  element?: $ZodType;
  valueType?: $ZodType;
  innerType?: $ZodType;
}

const defOf = (node: $ZodType) => node._zod.def as unknown as WalkableDef;

/** The schema that checks the value at a path in the data. */
function schemaAt(root: $ZodType, path: DocPath): $ZodType | undefined {
  let node: $ZodType | undefined = root;
  for (const part of path) {
    node = unwrap(node);
    if (!node) return undefined;
    const def = defOf(node);
    if (def.type === 'object') node = typeof part === 'string' ? def.shape?.[part] : undefined;
    else if (def.type === 'array') node = def.element;
    else if (def.type === 'record') node = def.valueType;
    else node = undefined;
  }
  return node;
}

function unwrap(node: $ZodType | undefined): $ZodType | undefined {
  let current = node;
  while (current && current._zod.def.type === 'optional') current = defOf(current).innerType;
  return current;
}

/** The allowed key (or name) within two edits of a typo, if there is exactly one best. */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      const swap = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(above + 1, row[j - 1]! + 1, diagonal + swap);
      diagonal = above;
    }
  }
  return row[b.length]!;
}
