// After a level: an optional note (alone; a team's note comes from the discussion), evidence
// and confidence. One Enter moves on; every change is saved at once.
import type { Question } from '../core/framework.js';
import type { AnswerFile, Confidence } from '../core/schema.js';
import { CONFIDENCES } from '../core/schema.js';
import type { Choice } from '../prompts/prompter.js';
import type { Workshop } from './context.js';
import { record } from './record.js';
import { askOptionalText } from './optional-text.js';

type Detail = 'next' | 'notes' | 'evidence' | 'confidence';

export type DetailsContext = Pick<Workshop, 'prompter' | 'framework' | 'doc' | 'save' | 'team'>;

export async function askDetails(ctx: DetailsContext, question: Question): Promise<void> {
  for (;;) {
    const answer = ctx.doc.answers?.[question.id];
    if (!answer || answer.notApplicable) return;
    const detail = await ctx.prompter.select<Detail>({ message: 'Anything to record for this question?', choices: detailChoices(ctx, answer), default: 'next' });
    if (detail === 'next') return;
    await record(ctx, question.id, await editDetail(ctx, answer, detail));
  }
}

function detailChoices(ctx: DetailsContext, answer: AnswerFile): Array<Choice<Detail>> {
  const choices: Array<Choice<Detail>> = [{ value: 'next', name: 'Next question' }];
  if (!ctx.team.length) choices.push({ value: 'notes', name: answer.notes ? `Edit the note ("${clip(answer.notes)}")` : 'Add a note' });
  choices.push({ value: 'evidence', name: answer.evidence ? `Edit the evidence ("${clip(answer.evidence)}")` : 'Add evidence (a document, link or example)' });
  choices.push({ value: 'confidence', name: `Set how well evidenced this is${answer.confidence ? ` (now ${answer.confidence})` : ''}` });
  return choices;
}

async function editDetail(ctx: DetailsContext, answer: AnswerFile, detail: Exclude<Detail, 'next'>): Promise<AnswerFile> {
  if (detail === 'confidence') {
    const confidence = await ctx.prompter.select<Confidence>({
      message: 'How well evidenced is this level?',
      choices: CONFIDENCES.map((value) => ({ value, name: value })),
      default: answer.confidence ?? 'medium',
    });
    return { ...answer, confidence };
  }
  const text = await askOptionalText(ctx.prompter, detail === 'notes' ? 'Note' : 'Evidence', answer[detail]);
  const { [detail]: _previous, ...rest } = answer;
  return text ? { ...rest, [detail]: text } : rest;
}

function clip(text: string): string {
  return text.length > 30 ? `${text.slice(0, 29)}…` : text;
}
