// The organisation being assessed, for a new file (a resumed one already names it).
import { newAnswersDocument } from '../../core/answers-document.js';
import { UsageError } from '../../core/problems.js';
import type { Setup } from '../context.js';

export async function organisation(ctx: Pick<Setup, 'options' | 'prompter' | 'framework' | 'doc' | 'today'>): Promise<void> {
  const given = ctx.options.organisation;
  if (ctx.doc) {
    if (given && given !== ctx.doc.organisation) {
      throw new UsageError(`${ctx.options.resume ?? ctx.options.out} is for ${ctx.doc.organisation}; leave out --organisation to carry on with it`);
    }
    return;
  }
  const name =
    given?.trim() ||
    (
      await ctx.prompter.input({
        message: 'Which organisation is this assessment for?',
        validate: (value) => (value.trim() ? true : 'Please enter the name of the council or organisation.'),
      })
    ).trim();
  ctx.doc = newAnswersDocument(ctx.framework!, name, ctx.today, []);
}
