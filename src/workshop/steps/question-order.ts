// The order of the questions and where to start: framework order, from the first question with
// no agreed answer. An answer with votes but no agreed level (a session stopped before the room
// agreed) comes up again, its votes offered, so the room can agree one; agreed answers are passed
// by going forwards. A step placed after this one may reorder the plan (prepared votes, say: the
// disagreements first).
import type { Workshop } from '../context.js';
import { isAgreed } from '../verdict.js';

export async function questionOrder(ctx: Pick<Workshop, 'framework' | 'doc' | 'plan'>): Promise<void> {
  const order = [...ctx.framework.questions.keys()];
  const agreed = (id: string) => isAgreed(ctx.doc.answers?.[id]);
  const start = order.findIndex((id) => !agreed(id));
  ctx.plan = { order, start: start === -1 ? order.length : start, agreedBefore: new Set(order.filter(agreed)) };
}

/** The questions of the plan with no answer yet, in plan order. */
export function unanswered(ctx: Pick<Workshop, 'doc' | 'plan'>): string[] {
  return ctx.plan.order.filter((id) => ctx.doc.answers?.[id] === undefined);
}

/** The questions of the plan still to agree: no answer, or votes with no agreed level. */
export function toAgree(ctx: Pick<Workshop, 'doc' | 'plan'>): string[] {
  return ctx.plan.order.filter((id) => !isAgreed(ctx.doc.answers?.[id]));
}
