// One assessment, fully worked out: scores, the action plan and the score document.
import type { Assessment } from './answers.js';
import type { Framework } from './framework.js';
import { isLevel } from './framework.js';
import type { PlannedAction } from './planning.js';
import { planActions } from './planning.js';
import { LevelNotOnScaleError } from './problems.js';
import type { ScoreDocument } from './score-document.js';
import { buildScoreDocument } from './score-document.js';
import type { ScoreResult } from './scoring.js';
import { scoreAssessment } from './scoring.js';

export interface Analysis {
  framework: Framework;
  assessment: Assessment;
  result: ScoreResult;
  actions: PlannedAction[];
  document: ScoreDocument;
}

export function analyse(framework: Framework, assessment: Assessment, target?: number): Analysis {
  if (target !== undefined && !isLevel(framework.scale, target)) {
    throw new LevelNotOnScaleError(target, framework.scale, framework.id);
  }
  const result = scoreAssessment(framework, assessment, target ?? framework.target);
  const actions = planActions(framework, result);
  return { framework, assessment, result, actions, document: buildScoreDocument(framework, assessment, result, actions) };
}
