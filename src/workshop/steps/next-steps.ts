// Next steps: where the answers are and the exact commands for the report and the committee paper.
import { basename, extname, join, relative, resolve } from 'node:path';
import { looksLikePath } from '../../io/load.js';
import { shellQuote } from '../../terminal/shell.js';
import type { Workshop } from '../context.js';

export async function nextSteps(ctx: Pick<Workshop, 'file' | 'cwd' | 'frameworkRef' | 'chalk' | 'say' | 'sayCommand' | 'shell'>): Promise<void> {
  const { file, say, sayCommand, chalk: c, frameworkRef, shell } = ctx;
  const quote = (text: string) => shellQuote(text, shell);
  const out = file.path;
  const beside = (suffix: string) => join(relative(ctx.cwd, resolve(ctx.cwd, out)).replace(/[^/\\]*$/, ''), `${basename(out, extname(out))}${suffix}`);
  // A framework given as a file must be named again; a bundled one is found by its id.
  const withFramework = frameworkRef !== undefined && looksLikePath(frameworkRef) ? ` --framework ${quote(frameworkRef)}` : '';
  const answers = quote(file.display);
  say(c.bold(`Answers saved in ${file.display}. For the report, run:`));
  sayCommand(`dma report ${answers} -o ${quote(beside('-report.html'))}${withFramework}`);
  say(c.bold('For a committee paper in Word:'));
  sayCommand(`dma report ${answers} --template committee -o ${quote(beside('-paper.docx'))}${withFramework}`);
}
