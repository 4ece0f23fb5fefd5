// The summary of the assessment, as `dma score` prints it (from the same report model).
import { analyse } from '../../core/analysis.js';
import { toAssessment } from '../../core/answers.js';
import type { Workshop } from '../context.js';

export async function summary(ctx: Pick<Workshop, 'framework' | 'doc' | 'chalk' | 'columns' | 'say' | 'today'>): Promise<void> {
  // Loaded here, at the end: the report model and its wording are not needed to start a workshop.
  const { renderAnalysisSummary } = await import('../../render/terminal.js');
  ctx.say('');
  ctx.say(renderAnalysisSummary(analyse(ctx.framework, toAssessment(ctx.doc, ctx.framework)), ctx.chalk, ctx.columns, ctx.today));
}
