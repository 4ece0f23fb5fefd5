// Start the file: it is written before the first question, so a new assessment exists (with the
// command to carry it on) from the start. A new file is named after the organisation and date,
// with -2, -3… added when that name is taken.
import { join } from 'node:path';
import { defaultAnswersFileName } from '../../core/answers-document.js';
import { freeName } from '../../io/free-name.js';
import type { Setup } from '../context.js';
import { SessionFile } from '../session-file.js';

export async function startFile(ctx: Pick<Setup, 'file' | 'doc' | 'cwd' | 'today' | 'prompter' | 'say' | 'warn' | 'io' | 'shell' | 'frameworkRef'>): Promise<void> {
  const doc = ctx.doc!;
  ctx.file ??= await SessionFile.open(await freeName(join(ctx.cwd, defaultAnswersFileName(doc.organisation, ctx.today))), ctx);
  await ctx.file.save(doc);
}
