// Text the room must read before going on (src/workshop/paged.ts): a screenful at a time in a short
// terminal, a wait for Enter when what follows would push it away, and the help of a question
// shown that way in the walk.
import { beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import { BACK_TO_QUESTION } from '../../src/workshop/round.js';
import { morePrompt, screenLines, showToRead } from '../../src/workshop/paged.js';
import type { Reader } from '../../src/workshop/paged.js';
import { scripted } from '../support/scripted-prompter.js';
import { HELPFUL, help, loadFramework, solo, votes, workshop, agree, discussion, nextQuestion } from './steps.js';

function reader(rows: number | undefined, prompts: string[], interactive = true) {
  const said: string[] = [];
  const prompter = scripted(...prompts.map((input) => ({ input, answer: '' })));
  const ctx: Reader = { say: (t) => void said.push(t), prompter, columns: 40, rows, interactive };
  return { ctx, said, prompter };
}

const TEN = Array.from({ length: 10 }, (_, i) => `line ${i + 1}`).join('\n');

describe('showToRead', () => {
  it('shows the text whole when it and what follows fit, or the height is unknown, or nobody is at the keyboard', async () => {
    for (const [rows, interactive] of [[20, true], [undefined, true], [5, false]] as const) {
      const { ctx, said, prompter } = reader(rows, [], interactive);
      await showToRead(ctx, TEN, { then: 10, done: 'Go on' });
      expect(said).toEqual([TEN]);
      prompter.assertDone();
    }
  });

  it('waits for Enter when the text fits but what follows would push it off the screen', async () => {
    const { ctx, said, prompter } = reader(19, ['Go on']);
    await showToRead(ctx, TEN, { then: 10, done: 'Go on' });
    expect(said).toEqual([TEN]);
    prompter.assertDone();
  });

  it('pages text taller than the screen, a screenful less two lines at a time, counting wrapped lines', async () => {
    const { ctx, said, prompter } = reader(9, [morePrompt(1, 2), 'Go on']);
    await showToRead(ctx, TEN, { then: 0, done: 'Go on' });
    expect(said).toEqual([TEN.split('\n').slice(0, 7).join('\n'), 'line 8\nline 9\nline 10']);
    expect(prompter.prompts.map((p) => p.message)).toEqual(['Press Enter for more (1 of 2)', 'Go on']);
    // Sixty words wrap at 39 columns into nine lines: two pages on a screen of seven rows.
    const text = 'word '.repeat(60).trim();
    const wide = reader(7, [morePrompt(1, 2), 'Go on']);
    await showToRead(wide.ctx, text, { then: 0, done: 'Go on' });
    expect(wide.said.map((page) => page.split('\n').length)).toEqual([5, screenLines(text, 40).length - 5]);
    expect(wide.said.join('\n')).toBe(screenLines(text, 40).join('\n'));
  });

  it('counts a line wider than the terminal (a long web address) as the rows it folds into', async () => {
    const url = `https://intranet.example.gov.uk/${'x'.repeat(100)}`; // 132 characters: four rows of 40
    const { ctx, said } = reader(7, [morePrompt(1, 2), 'Go on']);
    await showToRead(ctx, ['one', url, 'two', 'three', 'four'].join('\n'), { then: 0, done: 'Go on' });
    // Eight rows in all, on a screen of seven: pages of five rows, "one" and the address filling the first.
    expect(said).toEqual([['one', url].join('\n'), ['two', 'three', 'four'].join('\n')]);
  });

  it('never pages a screenful smaller than five lines', async () => {
    const { ctx, said } = reader(3, [morePrompt(1, 2), 'Go on']);
    await showToRead(ctx, TEN, { then: 0, done: 'Go on' });
    expect(said.map((page) => page.split('\n').length)).toEqual([5, 5]);
  });
});

describe('a question\'s help in a short terminal', () => {
  let helpful: Framework;
  beforeAll(async () => {
    helpful = await loadFramework(HELPFUL);
  });

  it('alone: the help, then Enter to go back to the question and its levels', async () => {
    const said: string[] = [];
    const room = scripted(help('How confident are senior leaders'), { input: BACK_TO_QUESTION, answer: '' }, solo('How confident are senior leaders', 3), solo(/./, 2), solo(/./, 1));
    await workshop(helpful, room, { said, rows: 12 });
    expect(room.prompts.map((p) => p.message).slice(0, 3)).toEqual([
      expect.stringContaining('How confident are senior leaders'),
      'Press Enter to go back to the question',
      expect.stringContaining('How confident are senior leaders'),
    ]);
    expect(said.join('\n')).toContain('Look for leaders who use the same tools as their staff, every day.');
  });

  it('in a team: the help, Enter, then the question and its levels above the vote line again', async () => {
    const said: string[] = [];
    const room = scripted(
      votes('?'),
      {
        input: BACK_TO_QUESTION,
        answer: '',
        check: () => expect(said.at(-1)).toContain('Look for leaders who use the same tools as their staff, every day.'),
      },
      { ...votes('2 3 4'), check: () => expect(said.at(-1)).toMatch(/^ {2}1 Initial: /) },
      agree('median'),
      discussion(''),
      nextQuestion,
      votes('s'),
      votes('s'),
      { confirm: /skipped/, answer: false },
    );
    await workshop(helpful, room, { team: true, said, rows: 12 });
  });
});

describe('a closing blank line', () => {
  it('does not make a page of its own', async () => {
    const { ctx, said } = reader(9, ['Go on']);
    await showToRead(ctx, `\n${TEN.split('\n').slice(0, 6).join('\n')}\n`, { then: 5, done: 'Go on' });
    expect(said).toEqual([`\n${TEN.split('\n').slice(0, 6).join('\n')}`]);
  });
});
