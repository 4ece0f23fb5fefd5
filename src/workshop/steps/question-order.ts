// The order of the questions and where to start: framework order, from the first question with
// no answer. A step placed after this one may reorder the plan (prepared votes, say: the
// disagreements first). An answer with votes but no agreed level is an answer (its level is the
// median of the votes), so it is not asked again unless the room goes back to it.
import type { Workshop } from '../context.js';

export async function questionOrder(ctx: Pick<Workshop, 'framework' | 'doc' | 'plan'>): Promise<void> {
  const order = [...ctx.framework.questions.keys()];
  const start = order.findIndex((id) => ctx.doc.answers?.[id] === undefined);
  const answeredBefore = new Set(order.filter((id) => ctx.doc.answers?.[id] !== undefined));
  ctx.plan = { order, start: start === -1 ? order.length : start, answeredBefore };
}

/** The questions of the plan with no answer yet, in plan order. */
export function unanswered(ctx: Pick<Workshop, 'doc' | 'plan'>): string[] {
  return ctx.plan.order.filter((id) => ctx.doc.answers?.[id] === undefined);
}
