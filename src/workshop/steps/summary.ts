// The summary of the assessment, as `dma score` prints it.
import { analyse } from '../../core/analysis.js';
import { toAssessment } from '../../core/answers.js';
import { renderTerminalSummary } from '../../render/terminal.js';
import type { Workshop } from '../context.js';

export async function summary(ctx: Pick<Workshop, 'framework' | 'doc' | 'chalk' | 'columns' | 'say'>): Promise<void> {
  ctx.say('');
  ctx.say(renderTerminalSummary(analyse(ctx.framework, toAssessment(ctx.doc, ctx.framework)).document, ctx.chalk, ctx.columns));
}
