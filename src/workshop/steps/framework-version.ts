// The framework version: a file carried on against a newer (or other) version of its framework
// names that version from its next save, so its new answers are read against the questions
// they answer. Answers to questions that version no longer asks would then be errors, so they
// leave `answers` and are kept in the file as a comment.
import { namesOtherVersion } from '../../core/answers.js';
import type { AnswerFile } from '../../core/schema.js';
import type { Setup } from '../context.js';

export async function frameworkVersion(ctx: Pick<Setup, 'doc' | 'framework' | 'resumed' | 'resumedText' | 'file' | 'say'>): Promise<void> {
  const doc = ctx.doc!;
  const framework = ctx.framework!;
  const file = ctx.file;
  if (ctx.resumed && ctx.resumedText !== undefined) file?.keepLayoutOf(ctx.resumedText);
  if (!ctx.resumed || !namesOtherVersion(doc, framework)) return;

  const answers: Record<string, AnswerFile> = {};
  const retired: Record<string, AnswerFile> = {};
  for (const [id, answer] of Object.entries(doc.answers ?? {})) (framework.questions.has(id) ? answers : retired)[id] = answer;
  const from = [doc.framework.id, doc.framework.version].filter(Boolean).join(' ');
  const to = `${framework.id} ${framework.version}`;
  ctx.doc = { ...doc, framework: { id: framework.id, version: framework.version }, answers };
  file?.keepAsComment({ from, to, answers: retired });

  const count = Object.keys(retired).length;
  const kept = count
    ? ` ${count} answer${count === 1 ? '' : 's'} to questions it no longer asks ${count === 1 ? 'is' : 'are'} kept in the file as a comment.`
    : '';
  ctx.say(`This file was written for ${from}; carrying on with ${to}, which the file names from now on.${kept}`);
}
