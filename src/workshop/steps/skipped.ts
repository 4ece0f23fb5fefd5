// Skipped questions: offered once more at the end.
import type { Workshop } from '../context.js';
import type { RoundContext } from '../round.js';
import { unanswered } from './question-order.js';
import { walk } from './questions.js';

export async function skippedQuestions(ctx: RoundContext & Pick<Workshop, 'plan'> & Partial<Pick<Workshop, 'themesIntroduced'>>): Promise<void> {
  const skipped = unanswered(ctx);
  if (!skipped.length) return;
  const one = skipped.length === 1;
  const again = await ctx.prompter.confirm({
    message: `${skipped.length} question${one ? ' was' : 's were'} skipped. Go back to ${one ? 'it' : 'them'} now?`,
    default: true,
  });
  if (again) await walk(ctx, skipped);
}
