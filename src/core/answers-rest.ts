// An answers file whose only shape problems lie inside some of its answers can still be checked
// against its framework for the rest, so `dma validate` shows every problem in one run instead
// of the rest only once the first are mended.
import type { Problem } from './problems.js';
import type { AnswersFile } from './schema.js';
import { answersFileSchema } from './schema.js';
import { checkShape } from './shape.js';

/** The file with the answers that have shape problems left out; undefined when a problem lies elsewhere. */
export function answersWithoutBroken(data: unknown, problems: readonly Problem[]): AnswersFile | undefined {
  if (!problems.every((p) => p.path[0] === 'answers' && p.path.length >= 2)) return undefined;
  if (typeof data !== 'object' || data === null) return undefined;
  const answers: unknown = (data as { answers?: unknown }).answers;
  if (typeof answers !== 'object' || answers === null || Array.isArray(answers)) return undefined;
  const broken = new Set(problems.map((p) => String(p.path[1])));
  // Spread and fromEntries define properties, so a key such as "__proto__" stays plain data.
  const rest = { ...data, answers: Object.fromEntries(Object.entries(answers).filter(([id]) => !broken.has(id))) };
  const shape = checkShape(answersFileSchema, rest);
  return shape.ok ? shape.value : undefined;
}
