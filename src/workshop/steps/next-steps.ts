// Next steps: where the answers are and the exact commands for the report and the committee paper.
import { basename, extname, join, relative, resolve } from 'node:path';
import { looksLikePath } from '../../io/load.js';
import { shellQuote } from '../../terminal/shell.js';
import type { Workshop } from '../context.js';

export async function nextSteps(ctx: Pick<Workshop, 'file' | 'cwd' | 'frameworkRef' | 'chalk' | 'say'>): Promise<void> {
  const { file, say, chalk: c, frameworkRef } = ctx;
  const out = file.path;
  const beside = (suffix: string) => join(relative(ctx.cwd, resolve(ctx.cwd, out)).replace(/[^/\\]*$/, ''), `${basename(out, extname(out))}${suffix}`);
  // A framework given as a file must be named again; a bundled one is found by its id.
  const withFramework = frameworkRef !== undefined && looksLikePath(frameworkRef) ? ` --framework ${shellQuote(frameworkRef)}` : '';
  const answers = shellQuote(file.display);
  say(c.bold(`Answers saved in ${file.display}. For the report, run:`));
  say(`  dma report ${answers} -o ${shellQuote(beside('-report.html'))}${withFramework}`);
  say(c.bold('For a committee paper in Word:'));
  say(`  dma report ${answers} --template committee -o ${shellQuote(beside('-paper.docx'))}${withFramework}`);
}
