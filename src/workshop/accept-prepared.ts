// Where the prepared votes agree (within a level), the facilitator can accept their median for
// a theme's questions in one step, so the room spends its time where it disagrees.
import type { Question } from '../core/framework.js';
import type { Votes } from './ballot-box.js';
import type { Workshop } from './context.js';
import { acceptedAnswer } from './prepared.js';
import { record } from './record.js';
import { verdict } from './verdict.js';

export type AcceptContext = Pick<Workshop, 'framework' | 'prompter' | 'say' | 'chalk' | 'doc' | 'save' | 'prepared'>;

/** Offers the median of the prepared votes for `ids` (one theme); true when accepted and saved. */
export async function offerMedians(ctx: AcceptContext, ids: readonly string[]): Promise<boolean> {
  const { framework, say, chalk: c } = ctx;
  const one = ids.length === 1;
  say('');
  say(c.bold(`The prepared votes are within a level of each other on ${one ? 'this question' : `these ${ids.length} questions`}:`));
  for (const id of ids) say(`  ${medianLine(ctx, framework.questions.get(id)!, ctx.prepared.get(id)!)}`);
  const accept = await ctx.prompter.confirm({
    message: `Accept the median of the prepared votes for ${one ? 'it' : `all ${ids.length}`}? (No: take ${one ? 'it' : 'them'} one at a time)`,
    default: true,
  });
  if (!accept) return false;
  for (const id of ids) await record(ctx, id, acceptedAnswer(ctx.prepared.get(id)!));
  say(c.green(`Accepted and saved: ${ids.length} answer${one ? '' : 's'}.`));
  return true;
}

/** "Is there a written vision? level 2 Half (3 prepared votes: 2, 2, 3)": levels, never names. */
function medianLine(ctx: AcceptContext, question: Question, votes: Votes): string {
  const levels = Object.values(votes).sort((a, b) => a - b);
  const count = `${levels.length} prepared vote${levels.length === 1 ? '' : 's'}`;
  return `${question.text} ${verdict(ctx.framework, acceptedAnswer(votes))} (${count}: ${levels.join(', ')})`;
}
