// Votes prepared before the workshop (`dma assess --votes-from`): each director answers alone
// with `dma assess`, and their files fill their votes. The room spends its time where the
// prepared votes disagree (2 or more levels apart): those questions come first; where they
// agree, the facilitator can accept their median, a theme at a time. An answer records, as
// `prepared`, whose vote was prepared and kept as it was.
import { isDisagreement, medianRoundedDown, spreadOf } from '../core/answers.js';
import type { Framework } from '../core/framework.js';
import type { AnswerFile } from '../core/schema.js';
import type { Votes } from './ballot-box.js';

export type PreparedVotes = ReadonlyMap<string, Votes>;

/** The prepared votes of a question: from --votes-from, else those a saved answer marks as prepared. */
export function preparedVotesOf(ctx: { prepared: PreparedVotes }, questionId: string, saved: AnswerFile | undefined): Votes | undefined {
  const fromFiles = ctx.prepared.get(questionId);
  if (fromFiles) return fromFiles;
  const votes = saved?.votes;
  if (!votes || !saved.prepared?.length) return undefined;
  return Object.fromEntries(saved.prepared.filter((id) => Object.hasOwn(votes, id)).map((id) => [id, votes[id]!]));
}

/** The votes of an answer and, as `prepared`, who kept the vote they prepared. */
export function votesOfAnswer(votes: Votes, prepared: Votes | undefined): Pick<AnswerFile, 'votes' | 'prepared'> {
  const kept = Object.keys(votes).filter((id) => prepared !== undefined && Object.hasOwn(prepared, id) && prepared[id] === votes[id]);
  return { votes: { ...votes }, ...(kept.length ? { prepared: kept } : {}) };
}

/** Prepared votes 2 or more levels apart: the room should discuss them. */
export function disagree(votes: Votes): boolean {
  return isDisagreement(spreadOf(Object.values(votes)));
}

/** A question the facilitator may settle with the median of its prepared votes. */
export function agreeing(prepared: PreparedVotes, id: string): boolean {
  const votes = prepared.get(id);
  return votes !== undefined && Object.keys(votes).length > 0 && !disagree(votes);
}

/** The answer that accepts the prepared votes as they stand: their median, rounded down. */
export function acceptedAnswer(votes: Votes): AnswerFile {
  return { level: medianRoundedDown(Object.values(votes)), ...votesOfAnswer(votes, votes) };
}

export interface PreparedOrder {
  order: string[];
  /** Where the walk starts: after the questions already answered. */
  start: number;
  disagreements: number;
}

/**
 * Settled questions first (nothing to ask; on resume, the agreed ones), then the open ones whose
 * prepared votes disagree, then the rest theme by theme: within a theme, those whose prepared
 * votes agree first (so they can be accepted together), then those nobody prepared.
 */
export function preparedOrder(framework: Framework, order: readonly string[], settled: (id: string) => boolean, prepared: PreparedVotes): PreparedOrder {
  const done = order.filter(settled);
  const open = order.filter((id) => !settled(id));
  const disagreements = open.filter((id) => prepared.has(id) && disagree(prepared.get(id)!));
  const first = new Set(disagreements);
  const byTheme = new Map(framework.themes.map((t) => [t.id, { agree: [] as string[], other: [] as string[] }]));
  for (const id of open) {
    if (first.has(id)) continue;
    const group = byTheme.get(framework.questions.get(id)!.themeId)!;
    (agreeing(prepared, id) ? group.agree : group.other).push(id);
  }
  const rest = [...byTheme.values()].flatMap((group) => [...group.agree, ...group.other]);
  return { order: [...done, ...disagreements, ...rest], start: done.length, disagreements: disagreements.length };
}

/** The questions from `from` on, in one theme, unanswered, whose prepared votes agree. */
export function agreeingRun(framework: Framework, ids: readonly string[], from: number, answered: (id: string) => boolean, prepared: PreparedVotes): string[] {
  const theme = framework.questions.get(ids[from]!)?.themeId;
  const run: string[] = [];
  for (let i = from; i < ids.length; i++) {
    const id = ids[i]!;
    if (framework.questions.get(id)?.themeId !== theme || answered(id) || !agreeing(prepared, id)) break;
    run.push(id);
  }
  return run;
}
