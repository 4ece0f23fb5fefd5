// One question, from putting it to the room to its saved answer: the lifecycle of the ballot box
// (see ballot-box.ts). Votes are saved the moment they are in (once shown they are no longer
// blind), then the agreed level, then the note; a saved answer is never replaced without asking,
// whether its level or its votes would change.
import { isDeepStrictEqual } from 'node:util';
import type { Question } from '../core/framework.js';
import type { AnswerFile } from '../core/schema.js';
import type { Prompter } from '../prompts/prompter.js';
import type { Collected, Round, Votes } from './ballot-box.js';
import type { Workshop } from './context.js';
import { askDetails } from './details.js';
import { preparedVotesOf, votesOfAnswer } from './prepared.js';
import { record } from './record.js';
import { agreeLevel, discussionNote, showReveal } from './reveal.js';
import { carried, describeAnswer, isAgreed, sameVerdict, sameVotes } from './verdict.js';
import { askOptionalText } from './optional-text.js';
import { showToRead } from './paged.js';

/** Shown under a help that does not fit on the screen with the question below it. */
export const BACK_TO_QUESTION = 'Press Enter to go back to the question';
/** About what the question takes below its help: the question, its levels and the prompt. */
const QUESTION_LINES = 16;

/** 'again': the room refused to replace the saved answer, so the question is put again. */
export type RoundOutcome = 'next' | 'back' | 'again';

export type RoundContext = Pick<
  Workshop,
  'framework' | 'prompter' | 'say' | 'chalk' | 'ballot' | 'doc' | 'save' | 'team' | 'prepared' | 'columns' | 'rows' | 'interactive'
>;

export async function playRound(ctx: RoundContext, question: Question, canGoBack: boolean): Promise<RoundOutcome> {
  const saved = ctx.doc.answers?.[question.id];
  const round: Round = {
    allowed: { notApplicable: question.notApplicableAllowed, back: canGoBack, help: Boolean(question.help) },
    ...(saved ? { saved } : {}),
  };
  // Votes saved by an earlier session that stopped before a level was agreed are offered again.
  const prepared = saved && !isAgreed(saved) ? saved.votes : preparedVotesOf(ctx, question.id, saved);
  if (prepared) round.prepared = prepared;
  await ctx.ballot.open(question, round);
  try {
    const collected = await collect(ctx, question);
    if (collected.kind === 'votes') return await agreeOnVotes(ctx, question, saved, collected.votes);
    if (collected.kind === 'level') return await settle(ctx, question, { ...carried(saved), level: collected.level });
    if (collected.command === 'not-applicable') return await settle(ctx, question, await notApplicableAnswer(ctx.prompter, saved));
    return collected.command === 'back' ? 'back' : 'next';
  } finally {
    await ctx.ballot.close();
  }
}

/** Votes or a command; help is shown here and the room carries on voting. */
async function collect(ctx: RoundContext, question: Question): Promise<Exclude<Collected, { kind: 'command'; command: 'help' }>> {
  for (;;) {
    const collected = await ctx.ballot.collect();
    if (collected.kind !== 'command' || collected.command !== 'help') return collected;
    const help = `\n${question.help?.trim() ?? 'This question has no extra guidance.'}\n`;
    await showToRead(ctx, help, { then: QUESTION_LINES, done: BACK_TO_QUESTION });
  }
}

/** A level chosen alone, or not applicable: saved once confirmed, then the details. */
async function settle(ctx: RoundContext, question: Question, answer: AnswerFile): Promise<RoundOutcome> {
  if (!(await mayReplace(ctx, question, answer))) return 'again';
  await record(ctx, question.id, answer);
  await ctx.ballot.agreed(answer);
  await askDetails(ctx, question);
  return 'next';
}

async function agreeOnVotes(ctx: RoundContext, question: Question, saved: AnswerFile | undefined, votes: Votes): Promise<RoundOutcome> {
  const { notes, ...kept } = carried(saved);
  const cast = votesOfAnswer(votes, preparedVotesOf(ctx, question.id, saved));
  // A new answer: the votes alone are a valid answer (its level is their median), saved now.
  if (!isAgreed(saved)) {
    const voted: AnswerFile = { ...kept, ...cast, ...(notes ? { notes } : {}) };
    if (!(await mayReplace(ctx, question, voted))) return 'again';
    await record(ctx, question.id, voted);
  }
  await ctx.ballot.revealed(votes);
  showReveal(ctx, votes);
  // The same votes again: the level the room agreed from them before is the default.
  const level = await agreeLevel(ctx, question, votes, isAgreed(saved) && sameVotes(saved!.votes, votes) ? saved!.level : undefined);
  const agreed: AnswerFile = { ...kept, level, ...cast, ...(notes ? { notes } : {}) };
  if (!(await mayReplace(ctx, question, agreed))) return 'again';
  await record(ctx, question.id, agreed);
  await ctx.ballot.agreed(agreed);
  const note = await discussionNote(ctx, saved?.notes);
  const noted: AnswerFile = { ...kept, level, ...cast, ...(note ? { notes: note } : {}) };
  if (!isDeepStrictEqual(noted, agreed)) await record(ctx, question.id, noted);
  await askDetails(ctx, question);
  return 'next';
}

/** True unless the saved answer has a different agreed level or different votes, and the room keeps it. */
async function mayReplace(ctx: RoundContext, question: Question, answer: AnswerFile): Promise<boolean> {
  const saved = ctx.doc.answers?.[question.id];
  if (!saved) return true;
  const levelChanged = isAgreed(saved) && !sameVerdict(saved, answer);
  const votesChanged = saved.votes !== undefined && !sameVotes(saved.votes, answer.votes);
  if (!levelChanged && !votesChanged) return true;
  const describe = (a: AnswerFile) => describeAnswer(ctx.framework, ctx.team, a, votesChanged);
  return ctx.prompter.confirm({ message: `Replace the saved answer (${describe(saved)}) with ${describe(answer)}?`, default: false });
}

/** Not applicable waits for its reason before it is saved. */
async function notApplicableAnswer(prompter: Prompter, saved: AnswerFile | undefined): Promise<AnswerFile> {
  const reason = await askOptionalText(prompter, 'Why does it not apply?', saved?.reason);
  return { notApplicable: true, ...(reason ? { reason } : {}) };
}
