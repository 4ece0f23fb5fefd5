// Scores worked out again from a share file's levels and weights, exactly as the contract
// scores an assessment (section 4): to check the scores a file states, and to compare shares
// of different framework versions on the questions they have in common.
import { levelScore, weightedMean } from '../scoring.js';
import type { ShareDocument } from './schema.js';

export interface ShareScores {
  /** Unrounded; null when no question counted was answered. */
  overall: number | null;
  /** In the share's theme order. */
  themes: Array<{ id: string; score: number | null }>;
}

/**
 * The share's theme and overall scores from its levels. With `only`, questions outside it are
 * left out, as if the framework did not have them (a theme with none left has no score).
 */
export function scoreShare(share: Pick<ShareDocument, 'scale' | 'themes'>, only?: ReadonlySet<string>): ShareScores {
  const scale = { min: share.scale.min, max: share.scale.max, levels: [] };
  const themes = share.themes.map((theme) => {
    const counted = only ? theme.questions.filter((q) => only.has(q.id)) : theme.questions;
    const score = weightedMean(counted.map((q) => ({ score: q.level === null ? null : levelScore(scale, q.level), weight: q.weight })));
    return { id: theme.id, score, weight: theme.weight };
  });
  return { overall: weightedMean(themes), themes: themes.map(({ id, score }) => ({ id, score })) };
}
