// The questions of the plan, one at a time, theme by theme. "Back" returns to the question
// before in the plan; each question is one round of the ballot box (round.ts).
import type { ChalkInstance } from 'chalk';
import type { Framework, Question } from '../../core/framework.js';
import { offerMedians } from '../accept-prepared.js';
import type { Workshop } from '../context.js';
import { agreeingRun } from '../prepared.js';
import type { RoundContext } from '../round.js';
import { playRound } from '../round.js';

export type WalkContext = RoundContext & Pick<Workshop, 'plan'> & Partial<Pick<Workshop, 'themesIntroduced'>>;

export async function questions(ctx: WalkContext): Promise<void> {
  await walk(ctx, ctx.plan.order, ctx.plan.start, ctx.plan.agreedBefore);
}

/**
 * Asks the questions `ids`, from position `from`; "back" may go before `from`; going forwards
 * passes by the questions in `passBy`. Where prepared votes agree, a theme's run of such
 * questions is offered once to be accepted in one step.
 */
export async function walk(
  ctx: RoundContext & Partial<Pick<Workshop, 'themesIntroduced'>>,
  ids: readonly string[],
  from = 0,
  passBy: ReadonlySet<string> = new Set(),
): Promise<void> {
  const { framework, say, chalk: c } = ctx;
  const position = new Map([...framework.questions.keys()].map((id, i) => [id, i]));
  const answered = (id: string) => ctx.doc.answers?.[id] !== undefined;
  const offered = new Set<string>();
  // A theme is introduced (title and description) once, on entering it going forwards; coming
  // back into it (by "back", forwards again, or for its skipped questions) shows its title alone.
  const introduced = ctx.themesIntroduced ?? new Set<string>();
  let shownTheme: string | undefined;
  for (let p = from; p < ids.length; ) {
    const question = framework.questions.get(ids[p]!)!;
    if (question.themeId !== shownTheme) {
      say(themeHeader(framework, question, c, !introduced.has(question.themeId)));
      introduced.add(question.themeId);
      shownTheme = question.themeId;
    }
    const run = offered.has(question.id) ? [] : agreeingRun(framework, ids, p, answered, ctx.prepared);
    for (const id of run) offered.add(id);
    if (run.length && (await offerMedians(ctx, run))) {
      p += run.length;
      continue;
    }
    say(c.dim(progress(framework, question, position.get(question.id)!)));
    const outcome = await playRound(ctx, question, p > 0);
    if (outcome === 'back') {
      p--;
    } else if (outcome === 'next') {
      p++;
      while (p < ids.length && passBy.has(ids[p]!)) p++;
    }
  }
}

function themeHeader(framework: Framework, question: Question, c: ChalkInstance, withDescription: boolean): string {
  const themeIndex = framework.themes.findIndex((t) => t.id === question.themeId);
  const theme = framework.themes[themeIndex]!;
  const lines = ['', c.bold.underline(`Theme ${themeIndex + 1} of ${framework.themes.length}: ${theme.title}`)];
  if (withDescription && theme.description) lines.push(theme.description.trim());
  return lines.join('\n');
}

/** "Theme 3 of 11 · question 12 of 38": the question's place in the framework. */
function progress(framework: Framework, question: Question, index: number): string {
  const themeIndex = framework.themes.findIndex((t) => t.id === question.themeId);
  return `Theme ${themeIndex + 1} of ${framework.themes.length} · question ${index + 1} of ${framework.questions.size}`;
}
