// The report's judgements, each decided in one place: the gap to the target and whether a
// level meets it, the red/amber/green rating, a disagreement, the strongest and weakest
// themes, and which actions the summary and the committee paper name.
//
// One rounding rule for all of them: a level is judged as the report shows it, rounded to one
// decimal place. The gap to the target is the target less that level, never below 0, so a
// theme at 3.96 shows as 4.0, meets a target of 4 and is rated Green; null means no level.
import { round1 } from '../score-document.js';

export { DISAGREEMENT_SPREAD, isDisagreement } from '../answers.js';

export type TargetStatus = 'met' | 'below' | 'none';

export const RAG_RATINGS = ['green', 'amber-near', 'amber', 'red', 'none'] as const;
export type RagRating = (typeof RAG_RATINGS)[number];

/** A theme this far below the target, or nearer, is Amber (near). */
export const RAG_NEAR = 0.5;
/** A theme this far below the target, or nearer, is Amber; further below, Red. */
export const RAG_AMBER = 1.5;

/**
 * How complete the answers are, for the sentences that state the result: "complete" when every
 * question that applies is answered; "partial" with some unanswered; "provisional" when fewer
 * than half are answered; "none" with no answers.
 */
export const COMPLETENESS = ['complete', 'partial', 'provisional', 'none'] as const;
export type Completeness = (typeof COMPLETENESS)[number];

/** Below this share of the questions that apply answered, a result is provisional. */
export const PROVISIONAL_BELOW = 0.5;

/** Fewer than half the questions that apply answered: a report's result is provisional, and a benchmark does not rank it. */
export function fewerThanHalf(answered: number, total: number): boolean {
  return answered < total * PROVISIONAL_BELOW;
}

export function completeness(answered: number, total: number): Completeness {
  if (answered === 0) return 'none';
  if (answered >= total) return 'complete';
  return fewerThanHalf(answered, total) ? 'provisional' : 'partial';
}

/** How many actions the executive summary names. */
export const SUMMARY_ACTIONS = 3;
/** How many next steps the body of a committee paper lists; the rest of the plan is in an appendix. */
export const NEXT_STEPS = 12;
/** How many disagreements a short summary (the terminal's) names before pointing to the report. */
export const DISAGREEMENTS_NAMED = 5;
/** A radar chart needs at least this many themes; with fewer, only the bar chart is drawn. */
export const RADAR_MIN_THEMES = 3;

/** Levels still to climb to the target, from the level as shown; 0 at or above it; null with no level. */
export function gapToTarget(level: number | null, target: number): number | null {
  if (level === null) return null;
  return Math.max(0, round1(target - round1(level)));
}

export function targetStatus(gap: number | null): TargetStatus {
  return gap === null ? 'none' : gap === 0 ? 'met' : 'below';
}

/** Green at the target, Amber (near) within 0.5 of a level, Amber within 1.5, Red beyond; none with no level. */
export function ragRating(gap: number | null): RagRating {
  if (gap === null) return 'none';
  return gap === 0 ? 'green' : gap <= RAG_NEAR ? 'amber-near' : gap <= RAG_AMBER ? 'amber' : 'red';
}

/**
 * The strongest and weakest themes: those at the highest and at the lowest level as shown,
 * ties listed together, in framework order. Both empty with fewer than two scored themes.
 */
export function extremes<T extends { level: number | null }>(themes: readonly T[]): { strongest: T[]; weakest: T[] } {
  const scored = themes.filter((t) => t.level !== null);
  if (scored.length < 2) return { strongest: [], weakest: [] };
  const shown = (t: T) => round1(t.level!);
  const top = Math.max(...scored.map(shown));
  const bottom = Math.min(...scored.map(shown));
  return { strongest: scored.filter((t) => shown(t) === top), weakest: scored.filter((t) => shown(t) === bottom) };
}

/**
 * The first step of each question, in priority order, up to `limit`: the summary's most
 * important actions (3) and a committee paper's next steps (12) never list two steps of one
 * question.
 */
export function firstStepEach<T extends { question: { id: string } }>(ordered: readonly T[], limit: number): T[] {
  const seen = new Set<string>();
  const out: T[] = [];
  for (const action of ordered) {
    if (out.length === limit) break;
    if (seen.has(action.question.id)) continue;
    seen.add(action.question.id);
    out.push(action);
  }
  return out;
}
