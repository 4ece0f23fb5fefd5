// How a saved answer is described and compared when the room comes back to a question.
import { medianRoundedDown } from '../core/answers.js';
import type { Framework } from '../core/framework.js';
import { labelOf } from '../core/framework.js';
import type { AnswerFile, RespondentFile } from '../core/schema.js';
import type { Votes } from './ballot-box.js';
import { formatVoteLine } from './votes.js';

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

/** The same people with the same levels (both without votes counts as the same). */
export function sameVotes(a: Votes | undefined, b: Votes | undefined): boolean {
  const aKeys = Object.keys(a ?? {});
  return aKeys.length === Object.keys(b ?? {}).length && aKeys.every((id) => b !== undefined && Object.hasOwn(b, id) && b[id] === a![id]);
}

/** "level 2 Half, votes 3 1 -"; "votes 3 1 -" for votes with no level agreed yet; "not applicable". */
export function describeAnswer(framework: Framework, team: readonly RespondentFile[], answer: AnswerFile, withVotes: boolean): string {
  const votes = withVotes && answer.votes ? `votes ${formatVoteLine(answer.votes, team)}` : undefined;
  if (!isAgreed(answer)) return votes ?? 'no votes';
  return votes ? `${verdict(framework, answer)}, ${votes}` : verdict(framework, answer);
}

/** "Saved answer: level 2 Half, from the votes Sam 3, Ali 1, Jo -." for a question the room comes back to. */
export function savedAnswerLine(framework: Framework, team: readonly RespondentFile[], saved: AnswerFile): string {
  const votes = saved.votes ? team.map((r) => `${r.name ?? r.id} ${saved.votes![r.id] ?? '-'}`).join(', ') : undefined;
  if (!isAgreed(saved)) return `Saved votes, with no level agreed yet: ${votes ?? 'none'}.`;
  return `Saved answer: ${verdict(framework, saved)}${votes ? `, from the votes ${votes}` : ''}.`;
}
