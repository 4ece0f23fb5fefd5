// With votes prepared beforehand (--votes-from), the questions whose prepared votes are 2 or
// more levels apart come first: the room spends its time where it disagrees. Runs after
// question-order, and changes nothing without prepared votes. On resume, as in question-order,
// only agreed answers are behind the start: one with votes but no agreed level comes up again.
import type { Workshop } from '../context.js';
import { preparedOrder } from '../prepared.js';
import { isAgreed } from '../verdict.js';

export async function preparedFirst(ctx: Pick<Workshop, 'framework' | 'doc' | 'plan' | 'prepared' | 'say'>): Promise<void> {
  if (!ctx.prepared.size) return;
  const agreed = (id: string) => isAgreed(ctx.doc.answers?.[id]);
  const { order, start, disagreements } = preparedOrder(ctx.framework, ctx.plan.order, agreed, ctx.prepared);
  ctx.plan = { ...ctx.plan, order, start };
  const first =
    disagreements === 0
      ? 'The prepared votes do not disagree by 2 levels or more on any question still to answer.'
      : `First, the ${disagreements === 1 ? 'question' : `${disagreements} questions`} where the prepared votes are 2 or more levels apart.`;
  ctx.say(`${first} Then, theme by theme, you can accept the median where they agree.`);
}
