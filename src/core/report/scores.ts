// A score as the report shows it (a theme's or the overall one): the figures, where it stands
// against the target, and its red/amber/green rating, all by the rules in rules.ts.
import { formatLevel } from './format.js';
import { gapToTarget, ragRating, targetStatus } from './rules.js';
import type { ScoreView } from './types.js';
import type { Wording } from './wording/index.js';

export interface ScoreFigures {
  /** Rounded to one decimal place, as the score document has them. */
  score: number | null;
  level: number | null;
  label: string | null;
  answered: number;
  notApplicable: number;
  total: number;
}

/** Where a level stands against the target, in the report's words. */
export function standing(w: Wording, level: number | null, target: number): Pick<ScoreView, 'status' | 'statusText' | 'gap' | 'gapText' | 'rating' | 'ratingText' | 'ratingMeaning'> {
  const gap = gapToTarget(level, target);
  const status = targetStatus(gap);
  const rating = ragRating(gap);
  const gapText = formatLevel(gap);
  return {
    status,
    statusText: status === 'none' ? w.target.none : status === 'met' ? w.target.met : w.target.below(gap!, gapText),
    gap,
    gapText,
    rating,
    ratingText: w.committee.rating.text[rating],
    ratingMeaning: gap === null ? w.committee.rating.meaningNone : gap === 0 ? w.committee.rating.meaningMet : w.committee.rating.meaningBelow(gap, gapText),
  };
}

export function scoreView(w: Wording, f: ScoreFigures, target: number): ScoreView {
  return {
    score: f.score,
    scoreText: formatLevel(f.score),
    level: f.level,
    levelText: formatLevel(f.level),
    label: f.label,
    answered: f.answered,
    notApplicable: f.notApplicable,
    unanswered: f.total - f.answered,
    total: f.total,
    questionCount: f.total + f.notApplicable,
    answeredText: w.themes.answered(f.answered, f.total),
    countsText: w.themes.counts(f.answered, f.total, f.notApplicable),
    ...standing(w, f.level, target),
  };
}
