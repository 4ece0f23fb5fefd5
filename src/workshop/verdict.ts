// How a saved answer is described and compared when the room comes back to a question.
import { medianRoundedDown } from '../core/answers.js';
import type { Framework } from '../core/framework.js';
import { labelOf } from '../core/framework.js';
import type { AnswerFile } from '../core/schema.js';

/** Notes, evidence and confidence stay when the level changes. */
export function carried(existing: AnswerFile | undefined): AnswerFile {
  if (!existing) return {};
  const { level: _level, votes: _votes, prepared: _prepared, notApplicable: _na, reason: _reason, ...rest } = existing;
  return rest;
}

/** Whether the room agreed this answer (a level or not applicable), rather than only voting. */
export function isAgreed(answer: AnswerFile | undefined): boolean {
  return answer !== undefined && (answer.level !== undefined || answer.notApplicable === true);
}

export function sameVerdict(a: AnswerFile, b: AnswerFile): boolean {
  return (a.notApplicable === true) === (b.notApplicable === true) && a.level === b.level;
}

/** "level 2 Half", "not applicable". */
export function verdict(framework: Framework, answer: AnswerFile): string {
  if (answer.notApplicable) return 'not applicable';
  const level = answer.level ?? (answer.votes && Object.keys(answer.votes).length ? medianRoundedDown(Object.values(answer.votes)) : undefined);
  return level === undefined ? 'no level' : `level ${level} ${labelOf(framework.scale, level)}`;
}
