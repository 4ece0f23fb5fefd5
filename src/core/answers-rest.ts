// An answers file whose shape problems all lie where the rest can be read without them can still
// be checked against its framework for the rest, so `dma validate` shows every problem in one run
// instead of the rest only once the first are mended.
import type { Problem } from './problems.js';
import type { AnswersFile } from './schema.js';
import { answersFileSchema } from './schema.js';
import { checkShape } from './shape.js';

/** Fields that no other check reads: a bad one is left out alone, keeping the rest of its answer. */
const DESCRIPTIVE = new Set(['notes', 'evidence', 'reason', 'confidence']);
/** Optional top-level fields that no other check reads. */
const OPTIONAL_TOP = new Set(['date']);

/** The file without what has shape problems; undefined when a problem lies where that cannot be done. */
export function answersWithoutBroken(data: unknown, problems: readonly Problem[]): AnswersFile | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const answers: unknown = (data as { answers?: unknown }).answers;
  const dropTop = new Set<string>();
  const dropAnswer = new Set<string>();
  const dropField = new Map<string, Set<string>>();
  for (const { path, atKey } of problems) {
    const [first, id, field] = path.map(String);
    if (path.length === 1 && OPTIONAL_TOP.has(first!)) dropTop.add(first!);
    else if (first !== 'answers' || path.length < 2) return undefined;
    else if (path.length >= 3 && !atKey && DESCRIPTIVE.has(field!)) dropField.set(id!, (dropField.get(id!) ?? new Set()).add(field!));
    else dropAnswer.add(id!);
  }
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
  // Entries and fromEntries define properties, so a key such as "__proto__" stays plain data.
  const kept = Object.entries(answers)
    .filter(([id]) => !dropAnswer.has(id))
    .map(([id, answer]) => [id, without(answer, dropField.get(id))] as const);
  const rest = { ...Object.fromEntries(Object.entries(data).filter(([key]) => !dropTop.has(key))), answers: Object.fromEntries(kept) };
  const shape = checkShape(answersFileSchema, rest);
  return shape.ok ? shape.value : undefined;
}

function without(answer: unknown, fields: ReadonlySet<string> | undefined): unknown {
  if (!fields || typeof answer !== 'object' || answer === null) return answer;
  return Object.fromEntries(Object.entries(answer).filter(([key]) => !fields.has(key)));
}
