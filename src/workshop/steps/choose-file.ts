// Choose the file: which answers file, and whether it is carried on (--resume, or an existing
// --out the room chooses to carry on) or started afresh. The file is locked as soon as it is named.
import { resolve } from 'node:path';
import { DEFAULT_FRAMEWORK_ID } from '../../io/load.js';
import { DataError, UsageError } from '../../core/problems.js';
import { readText } from '../../io/yaml-source.js';
import type { Setup } from '../context.js';
import { SessionFile } from '../session-file.js';
import { readResumed } from './resume.js';

type Ctx = Pick<Setup, 'options' | 'frameworkRef' | 'cwd' | 'prompter' | 'say' | 'warn' | 'io' | 'shell' | 'resolver' | 'file' | 'framework' | 'doc' | 'resumed' | 'resumedText' | 'exitCode'>;

export async function chooseFile(ctx: Ctx): Promise<void> {
  const { options } = ctx;
  if (options.resume) return resume(ctx, options.resume, options.out);
  if (options.out) return chooseOut(ctx, options.out);
  ctx.framework = await ctx.resolver.resolve(ctx.frameworkRef ?? DEFAULT_FRAMEWORK_ID);
}

async function resume(ctx: Ctx, from: string, out: string | undefined): Promise<void> {
  // Read first: a missing or unreadable file is said plainly, before any lock is taken.
  const text = await readText(from, ctx.cwd);
  const path = resolve(ctx.cwd, from);
  if (out === undefined || resolve(ctx.cwd, out) === path) {
    // Locked, then read again: what is carried on is what the lock protects.
    const locked = (await open(ctx, path)).existingText;
    if (locked === undefined) throw new DataError({ code: 'unreadable', file: from, reason: 'cannot be read (no such file)' });
    return readResumed(ctx, from, locked);
  }
  const file = await open(ctx, resolve(ctx.cwd, out));
  if (file.existingText !== undefined) throw new UsageError(`${out} already exists; choose another --out, or leave it out to save back to ${from}`);
  return readResumed(ctx, from, text);
}

async function chooseOut(ctx: Ctx, out: string): Promise<void> {
  const file = await open(ctx, resolve(ctx.cwd, out));
  if (file.existingText !== undefined) {
    const choice = await ctx.prompter.select<'resume' | 'replace' | 'stop'>({
      message: `${out} already exists. What would you like to do?`,
      choices: [
        { value: 'resume', name: 'Carry on with the answers saved in it' },
        { value: 'replace', name: 'Start again and replace it' },
        { value: 'stop', name: 'Stop, and choose another file name' },
      ],
      default: 'resume',
    });
    if (choice === 'resume') return readResumed(ctx, out, file.existingText);
    if (choice === 'stop' || !(await ctx.prompter.confirm({ message: `Replace ${out}? The answers in it will be lost.`, default: false }))) {
      ctx.warn('Nothing was changed.');
      ctx.exitCode = 0;
      return;
    }
  }
  ctx.framework = await ctx.resolver.resolve(ctx.frameworkRef ?? DEFAULT_FRAMEWORK_ID);
}

async function open(ctx: Ctx, path: string): Promise<SessionFile> {
  const file = await SessionFile.open(path, ctx);
  ctx.file = file;
  return file;
}
