import { withAnswer } from '../core/answers-document.js';
import type { AnswerFile } from '../core/schema.js';
import type { Workshop } from './context.js';

/** Puts one answer in the document and saves the whole document. */
export async function record(ctx: Pick<Workshop, 'doc' | 'framework' | 'save'>, questionId: string, answer: AnswerFile): Promise<void> {
  ctx.doc = withAnswer(ctx.doc, ctx.framework, questionId, answer);
  await ctx.save(ctx.doc);
}
