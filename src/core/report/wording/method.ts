// en-GB: how the report explains its method.
import { CHOOSING_RULE } from '../../choosing-rule.js';

export interface MethodFacts {
  min: number;
  minLabel: string;
  max: number;
  maxLabel: string;
  target: number;
  targetLabel: string;
  /** The framework's own target, when --target set another; else null. */
  frameworkTarget: number | null;
  threshold: number;
}

export const METHOD_WORDING = {
  paragraphs: (f: MethodFacts): string[] => [
    `Each question is answered with a level from ${f.min} (${f.minLabel}) to ${f.max} (${f.maxLabel}); the framework describes what every level looks like for every question. ` +
      `Each level is chosen by one rule: “${CHOOSING_RULE}” ` +
      'Where several people answered, the agreed level is the median of their levels, rounded down.',
    `A question's score is its place on the scale out of 100: 100 × (level − ${f.min}) ÷ (${f.max} − ${f.min}). ` +
      "A theme's score is the weighted average of its answered questions' scores; questions marked not applicable and questions not answered are left out. " +
      'The overall score is the weighted average of the themes that have at least one answer.',
    `Scores are shown as equivalent levels, ${f.min} + score × (${f.max} − ${f.min}) ÷ 100, so a theme at level 2.5 is halfway between levels 2 and 3. ` +
      'A label, such as the overall label, is that of the whole level reached. Scores and levels are rounded to one decimal place.',
    f.frameworkTarget === null
      ? `The target is level ${f.target} (${f.targetLabel}), as the framework sets it.`
      : `The target for this report is level ${f.target} (${f.targetLabel}), set in place of the framework's level ${f.frameworkTarget}.`,
    'The gap to the target is the target less the level as shown, to one decimal place; at or above the target, the gap is 0. ' +
      'Actions come from the framework: for each answered question below the target, the steps that lead from its level up to the target. ' +
      'The most important come first: the further below the target, and the heavier the question and its theme, the higher the priority.',
    `Votes ${f.threshold} or more levels apart are shown as a disagreement. A level at or above the target with no evidence recorded is flagged. ` +
      'Against a baseline, a level has gone up or down when it changed once rounded to one decimal place.',
  ],
};
