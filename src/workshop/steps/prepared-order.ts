// With votes prepared beforehand (--votes-from), the questions whose prepared votes are 2 or
// more levels apart come first: the room spends its time where it disagrees. Runs after
// question-order, and changes nothing without prepared votes.
import type { Workshop } from '../context.js';
import { preparedOrder } from '../prepared.js';

export async function preparedFirst(ctx: Pick<Workshop, 'framework' | 'doc' | 'plan' | 'prepared' | 'say'>): Promise<void> {
  if (!ctx.prepared.size) return;
  const answered = (id: string) => ctx.doc.answers?.[id] !== undefined;
  const { order, start, disagreements } = preparedOrder(ctx.framework, ctx.plan.order, answered, ctx.prepared);
  ctx.plan = { ...ctx.plan, order, start };
  const first =
    disagreements === 0
      ? 'The prepared votes do not disagree by 2 levels or more on any question still to answer.'
      : `First, the ${disagreements === 1 ? 'question' : `${disagreements} questions`} where the prepared votes are 2 or more levels apart.`;
  ctx.say(`${first} Then, theme by theme, you can accept the median where they agree.`);
}
