// The introduction: what the room is about to do: the framework, its sources and scale, the rule
// for choosing a level, how long it takes, and how the votes work.
import type { ChalkInstance } from 'chalk';
import { MINUTES_PER_QUESTION, workshopDuration } from '../../core/choosing-rule.js';
import type { Framework } from '../../core/framework.js';
import { labelOf } from '../../core/framework.js';
import { questionRefs } from '../../core/report/compare.js';
import { paragraphs as paragraphsOf, withAside } from '../../core/plain-text.js';
import type { AnswersFile, RespondentFile } from '../../core/schema.js';
import type { Workshop } from '../context.js';
import { showToRead } from '../paged.js';
import { toAgree } from './question-order.js';

export async function introduction(ctx: Pick<Workshop, 'framework' | 'doc' | 'team' | 'chalk' | 'say' | 'resumed' | 'plan' | 'file' | 'room' | 'interactive' | 'prompter' | 'columns' | 'rows'>): Promise<void> {
  const { framework, doc } = ctx;
  const toGo = toAgree(ctx).length;
  const screen = [introductionText(framework, doc, ctx.team, ctx.chalk, ctx.resumed ? toGo : undefined, ctx.room !== undefined)];
  if (ctx.resumed) screen.push(...carryingOn(ctx));
  screen.push(ctx.chalk.dim(`Saving to ${ctx.file.display}`));
  await showToRead(ctx, screen.join('\n'), { then: FIRST_QUESTION_LINES, done: ctx.resumed ? CARRY_ON_PROMPT : START_PROMPT });
}

/** Shown when the introduction and the first question do not fit on the screen together. */
export const START_PROMPT = 'Press Enter when everyone has read this, to start';
export const CARRY_ON_PROMPT = 'Press Enter when everyone has read this, to carry on';

/** About what the first question takes below the introduction: its theme, the question, its levels. */
const FIRST_QUESTION_LINES = 20;

function carryingOn(ctx: Pick<Workshop, 'framework' | 'doc' | 'plan'>): string[] {
  const { framework, doc } = ctx;
  const answered = Object.keys(doc.answers ?? {}).filter((id) => framework.questions.has(id)).length;
  const lines = [
    ctx.plan.start >= ctx.plan.order.length
      ? 'Every question already has an answer; the summary follows.'
      : `Carrying on: ${answered} of ${framework.questions.size} questions already answered.`,
  ];
  // Still to agree, but with an answer: votes with no agreed level.
  const unagreed = toAgree(ctx).filter((id) => doc.answers?.[id] !== undefined);
  if (unagreed.length) {
    const one = unagreed.length === 1;
    // Named by number ("question 3.2"), as the room knows them, not by id.
    const refs = questionRefs(framework);
    const named = `question${one ? '' : 's'} ${unagreed.map((id) => refs.get(id)?.number ?? id).join(', ')}`;
    lines.push(`${unagreed.length} question${one ? ' has' : 's have'} votes but no agreed level, so the median counts for now (${named}); ${one ? 'it comes' : 'they come'} up again, with ${one ? 'its' : 'their'} votes, for the room to agree a level.`);
  }
  return lines;
}

const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five'];

/** "38 questions: about 1 hour 16 minutes at two minutes a question." */
export function durationLine(questions: number, toGo?: number): string {
  const count = toGo ?? questions;
  const minutes: number = MINUTES_PER_QUESTION;
  const pace = `${NUMBER_WORDS[minutes] ?? minutes} minute${minutes === 1 ? '' : 's'} a question`;
  const what = toGo === undefined ? `${count} question${count === 1 ? '' : 's'}` : `${count} question${count === 1 ? '' : 's'} to go`;
  return `${what}: about ${workshopDuration(count)} at ${pace}.`;
}

export function introductionText(framework: Framework, doc: AnswersFile, team: readonly RespondentFile[], c: ChalkInstance, toGo?: number, room = false): string {
  // "Title, version 1.0.0": a comma, not brackets, since titles often end in brackets of their own.
  const lines = [c.bold(framework.title) + c.dim(`, version ${framework.version}`), `For: ${doc.organisation}`];
  if (framework.description) lines.push('', ...descriptionOpening(framework.description, c));
  if (framework.sources.length) {
    lines.push('', c.bold('Based on'));
    for (const s of framework.sources.slice(0, SOURCES_SHOWN)) {
      const line = `  ${s.title}${s.publisher ? `, ${s.publisher}` : ''}`;
      lines.push(s.year ? withAside(line, String(s.year)) : line);
    }
    const more = framework.sources.length - SOURCES_SHOWN;
    if (more > 0) lines.push(c.dim(`  and ${more} more, listed in the report's method section`));
  }
  lines.push('', c.bold('The scale'), describeScale(framework), `How to choose: ${framework.choosingRule}`);
  lines.push('', `${framework.themes.length} themes, ${framework.questions.size} questions. The target is level ${framework.target} (${labelOf(framework.scale, framework.target)}).`);
  if (toGo !== 0) lines.push(durationLine(framework.questions.size, toGo));
  lines.push(
    room
      ? 'For each question, everyone votes privately on their own phone; nobody sees a vote until they are all revealed together. Then the room agrees a level.'
      : team.length
      ? `Team: ${team.map((r) => r.name ?? r.id).join(', ')}. For each question, everyone votes first; then the votes are shown and the room agrees a level.`
      : 'For each question, choose the level that describes your council today.',
  );
  lines.push(c.dim('You can go back, skip a question, or stop with Ctrl+C at any time: every answer is saved as you go.'), '');
  return lines.join('\n');
}

/** How much of a long description the room sees before the questions: about a screenful. */
const DESCRIPTION_BUDGET = 900;
const SOURCES_SHOWN = 6;

/**
 * The description's opening paragraphs, within about a screenful. A long description (reading
 * rules, how the themes map to the sources) is for the facilitator to read beforehand: the
 * report's method section prints it in full.
 */
export function descriptionOpening(description: string, c: ChalkInstance): string[] {
  const paragraphs = paragraphsOf(description);
  const shown: string[] = [];
  let length = 0;
  for (const paragraph of paragraphs) {
    if (shown.length > 0 && length + paragraph.length > DESCRIPTION_BUDGET) break;
    shown.push(paragraph);
    length += paragraph.length;
  }
  const rest = paragraphs.length - shown.length;
  if (rest === 0) return [shown.join('\n\n')];
  const more = `The framework's description goes on for ${rest} more paragraph${rest === 1 ? '' : 's'}; the facilitator should read it before the workshop (it is in the framework file and in full in the report's method section).`;
  return [shown.join('\n\n'), '', c.dim(more)];
}

function describeScale(framework: Framework): string {
  return framework.scale.levels.map((l) => `  ${l.level} ${l.label}${l.description ? `: ${l.description}` : ''}`).join('\n');
}
