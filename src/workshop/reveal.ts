// After the votes: the chart, the disagreement warning, and the agreed level, which defaults
// to the median. The same whatever ballot box collected the votes.
import { isDisagreement, medianRoundedDown, spreadOf } from '../core/answers.js';
import type { Question } from '../core/framework.js';
import type { Workshop } from './context.js';
import type { Votes } from './ballot-box.js';
import { voteChart } from './votes.js';
import { askOptionalText } from './optional-text.js';

/** The sentence under the chart, wherever the chart is shown (the terminal, the phones, the projector). */
export function revealSummary(votes: Votes): { text: string; warning: boolean } {
  const spread = spreadOf(Object.values(votes));
  if (isDisagreement(spread)) return { text: `Votes are ${spread} levels apart: discuss before agreeing a level.`, warning: true };
  return { text: `Votes are ${spread === 0 ? 'all the same' : '1 level apart'}.`, warning: false };
}

export function showReveal(ctx: Pick<Workshop, 'say' | 'chalk' | 'team' | 'framework'>, votes: Votes): void {
  const { say, chalk: c } = ctx;
  const summary = revealSummary(votes);
  say('');
  say(voteChart(votes, ctx.team, ctx.framework.scale).map((line) => `  ${line}`).join('\n'));
  say(summary.warning ? c.yellow.bold(`  ⚠ ${summary.text}`) : c.green(`  ${summary.text}`));
}

/** The level the room agrees: the median by default, or `saved`, the level agreed before from the same votes. */
export async function agreeLevel(ctx: Pick<Workshop, 'prompter' | 'framework'>, question: Question, votes: Votes, saved?: number): Promise<number> {
  const median = medianRoundedDown(Object.values(votes));
  const kept = saved !== undefined && saved !== median ? `; the saved level is ${saved}` : '';
  return ctx.prompter.select<number>({
    message: `Agreed level (the median of the votes is ${median}${kept})`,
    choices: ctx.framework.scale.levels.map((l) => ({
      value: l.level,
      name: `${l.level} ${l.label}${l.level === median ? ' (median)' : ''}`,
      description: question.levels.get(l.level),
    })),
    default: saved ?? median,
  });
}

/** The note of the discussion; the saved one is the default. */
export async function discussionNote(ctx: Pick<Workshop, 'prompter'>, saved: string | undefined): Promise<string> {
  return askOptionalText(ctx.prompter, 'Note of the discussion', saved);
}
