// The action plan: for each answered question below the target, the actions that step it up
// to the target, in a documented priority order (README, "How actions are prioritised").
import type { Action, Framework } from './framework.js';
import { HORIZONS } from './schema.js';
import type { ScoreResult } from './scoring.js';

export interface PlannedAction extends Action {
  question: string;
  themeId: string;
  /** The question's current agreed level. */
  fromLevel: number;
  /** Levels still to climb to the target, times the question and theme weights. */
  importance: number;
  /** 1 = do first. */
  priority: number;
}

const horizonRank = (horizon: Action['horizon']): number =>
  horizon === undefined ? HORIZONS.length : HORIZONS.indexOf(horizon);

/**
 * Order: most important first (gap to target × question weight × theme weight); then the
 * nearer step (the next level before the one after it); then the earliest horizon (now, next,
 * later, none); then framework order.
 * The same input always gives the same order.
 */
export function planActions(framework: Framework, result: ScoreResult): PlannedAction[] {
  const target = result.target;
  const candidates: Array<Omit<PlannedAction, 'priority'> & { order: number }> = [];
  const scores = new Map(result.questions.map((q) => [q.id, q]));
  let order = 0;
  for (const theme of framework.themes) {
    for (const question of theme.questions) {
      const level = scores.get(question.id)?.level ?? null;
      if (level === null || level >= target) {
        order += question.actions.length;
        continue;
      }
      const importance = (target - level) * question.weight * theme.weight;
      for (const action of question.actions) {
        order++;
        if (action.toLevel <= level || action.toLevel > target) continue;
        candidates.push({ ...action, question: question.id, themeId: theme.id, fromLevel: level, importance, order });
      }
    }
  }
  candidates.sort(
    (a, b) =>
      b.importance - a.importance ||
      a.toLevel - a.fromLevel - (b.toLevel - b.fromLevel) ||
      horizonRank(a.horizon) - horizonRank(b.horizon) ||
      a.order - b.order,
  );
  return candidates.map(({ order: _order, ...action }, i) => ({ ...action, priority: i + 1 }));
}
