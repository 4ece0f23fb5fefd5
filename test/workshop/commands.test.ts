// Commands `dma assess` prints for the user to run (the report commands at the end, the resume
// command when it stops) are copied and pasted: each is one line of its own, never wrapped to
// the terminal's width, whatever its length; the sentences around them are wrapped as usual.
import { stripVTControlCharacters } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAssess } from '../../src/cli/commands/assess.js';
import { InterruptedError } from '../../src/core/problems.js';
import { capturingContext } from '../support/cli.js';
import { scripted } from '../support/scripted-prompter.js';
import type { Step } from '../support/scripted-prompter.js';
import { TODAY, solo, tempDir } from './steps.js';

let dir = '';
let cleanup: () => Promise<void> = async () => {};
beforeEach(async () => {
  ({ dir, cleanup } = await tempDir());
});
afterEach(() => cleanup());

const ORGANISATION = 'Ynys Môn County Council / Cyngor Sir Ynys Môn';
const FILE = `ynys-mon-county-council-cyngor-sir-ynys-mon-${TODAY}`;
const COLUMNS = 60;

async function run(steps: Step[]): Promise<{ stdout: string; error: unknown }> {
  const { ctx, output } = capturingContext({ cwd: dir, today: TODAY, columns: COLUMNS, interactive: true, prompter: async () => scripted(...steps) });
  try {
    await runAssess(ctx, 'warm-up', { organisation: ORGANISATION });
    return { stdout: output().stdout, error: undefined };
  } catch (error) {
    return { stdout: output().stdout, error };
  }
}

describe('commands printed for the user to run', () => {
  it('the report commands at the end are whole lines, longer than the terminal is wide', async () => {
    const answers = Array.from({ length: 10 }, () => solo(/\?$/, 2)).flat();
    const { stdout, error } = await run(answers);
    expect(error).toBeUndefined();
    const lines = stdout.trimEnd().split('\n');
    const paper = `  dma report ${FILE}.yaml --template committee -o ${FILE}-paper.docx`;
    expect(paper.length).toBeGreaterThan(COLUMNS);
    expect(lines.slice(-6)).toEqual([
      'Answers saved in',
      `${FILE}.yaml.`,
      'For the report, run:',
      `  dma report ${FILE}.yaml -o ${FILE}-report.html`,
      'For a committee paper in Word:',
      paper,
    ]);
    // The sentences around them still fit the terminal (but for a word longer than it, such as the file name).
    expect(lines.filter((l) => !l.startsWith('  dma ') && l.trim().includes(' ') && stripVTControlCharacters(l).length >= COLUMNS)).toEqual([]);
  });

  it('the resume command on Ctrl+C is a line of its own', async () => {
    const { error } = await run([...solo(/\?$/, 2), { cancel: true }]);
    expect(error).toBeInstanceOf(InterruptedError);
    expect((error as Error).message.split('\n')).toEqual([
      `Stopped. Every confirmed answer is saved in ${FILE}.yaml.`,
      'To carry on where you left off, run:',
      `  dma assess --resume ${FILE}.yaml`,
    ]);
  });
});
