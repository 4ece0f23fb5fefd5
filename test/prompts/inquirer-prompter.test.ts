// The real prompter (src/prompts/inquirer-prompter.ts) over @inquirer/prompts, driven through
// @inquirer/testing's virtual screen: it mocks @inquirer/prompts so each prompt reads keypresses
// from `screen` and renders to a buffer. It must be imported BEFORE the adapter.
import { screen } from '@inquirer/testing/vitest';
import { describe, expect, it } from 'vitest';
import { answerAfter, createInquirerPrompter, listLines } from '../../src/prompts/inquirer-prompter.js';
import type { Choice } from '../../src/prompts/prompter.js';
import { PromptCancelled } from '../../src/prompts/prompter.js';

const CTRL_C = { name: 'c', ctrl: true };

const levels = [
  { value: 0, name: '0 None: No vision' },
  { value: 1, name: '1 Some: Draft', description: 'A draft exists but is not agreed.' },
  { value: 2, name: '2 Half: Agreed' },
  { value: 3, name: '3 Most: Published' },
];

describe('select', () => {
  it('shows the message and every choice, and returns the value chosen with the arrow keys and Enter', async () => {
    const prompter = createInquirerPrompter({ columns: () => 80, charset: 'unicode' });
    const answer = prompter.select({ message: 'Is there a written vision?', choices: levels });

    const first = screen.getScreen();
    expect(first).toContain('Is there a written vision?');
    for (const c of levels) expect(first).toContain(c.name);
    expect(first).toMatch(/❯ 0 None: No vision/);

    // Arrow keys re-render at once (no screen.next(): that waits for a later, asynchronous render).
    screen.keypress('down');
    expect(screen.getScreen()).toMatch(/❯ 1 Some: Draft/);
    // A highlighted choice shows its description.
    expect(screen.getScreen()).toContain('A draft exists but is not agreed.');
    screen.keypress('down');
    expect(screen.getScreen()).toMatch(/❯ 2 Half: Agreed/);
    screen.keypress('enter');

    await expect(answer).resolves.toBe(2);
    expect(screen.getScreen()).toContain('Is there a written vision? 2 Half: Agreed');
  });

  it('puts a long answer under the question once chosen, wrapped at words, instead of splitting words at the edge', async () => {
    const prompter = createInquirerPrompter({ columns: () => 60, charset: 'unicode' });
    const question = 'How do the chief executive and the rest of the leadership team set an example in using digital?';
    const long = { value: 2, name: '2 Developing: Some leadership team members work from online papers.' };
    const answer = prompter.select({ message: question, choices: [levels[0]!, long] });
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(2);
    const lines = screen.getScreen().split('\n');
    for (const line of lines) expect(line.length).toBeLessThan(60);
    expect(lines.slice(-2)).toEqual(['  2 Developing: Some leadership team members work from', '  online papers.']);
  });

  it('keeps a short answer on the question\'s last line', () => {
    expect(answerAfter('Anything to record?', 'Next question', 80)).toBe('Next question');
    // Enter on an empty line leaves nothing after the question, even a full-width one.
    expect(answerAfter('x'.repeat(79), '', 80)).toBe('');
    expect(answerAfter('A question\nthat wraps', 'Skip for now', 80)).toBe('Skip for now');
    // The first line also holds the "✔ " mark: 2 + 20 + 1 + 16 = 39 columns fit in 40, not in 39.
    expect(answerAfter('x'.repeat(20), 'y'.repeat(16), 40)).toBe('y'.repeat(16));
    expect(answerAfter('x'.repeat(20), 'y'.repeat(16), 39)).toBe(`\n  ${'y'.repeat(16)}`);
  });

  it('shows as many choices as the terminal has room for, and 12 lines when its height is unknown', async () => {
    expect(listLines(undefined)).toBe(12);
    expect(listLines(24)).toBe(14);
    expect(listLines(10)).toBe(7);
    const many = Array.from({ length: 20 }, (_, i) => ({ value: i, name: `Choice ${i + 1}` }));
    const prompter = createInquirerPrompter({ columns: () => 80, rows: () => 30, charset: 'unicode' });
    const answer = prompter.select({ message: 'Pick one', choices: many });
    const shown = screen.getScreen();
    expect(shown).toContain('Choice 20');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(0);
  });

  it('starts on the default choice and does not wrap round past the last one', async () => {
    const prompter = createInquirerPrompter({ columns: () => 80, charset: 'unicode' });
    const answer = prompter.select({ message: 'Agreed level', choices: levels, default: 3 });
    expect(screen.getScreen()).toMatch(/❯ 3 Most: Published/);
    screen.keypress('down'); // loop: false — stays on the last choice
    screen.keypress('enter');
    await expect(answer).resolves.toBe(3);
  });

  it('returns object values untouched', async () => {
    const prompter = createInquirerPrompter({ columns: () => 80, charset: 'unicode' });
    const choices: Array<Choice<{ kind: string; level?: number }>> = [
      { value: { kind: 'level', level: 1 }, name: '1 Initial' },
      { value: { kind: 'skip' }, name: 'Skip for now' },
    ];
    const answer = prompter.select({ message: 'Question?', choices });
    screen.keypress('down');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(choices[1]!.value);
  });

  it('rejects with PromptCancelled on Ctrl+C', async () => {
    const prompter = createInquirerPrompter({ columns: () => 80, charset: 'unicode' });
    const answer = prompter.select({ message: 'Is there a written vision?', choices: levels });
    screen.keypress(CTRL_C);
    await expect(answer).rejects.toBeInstanceOf(PromptCancelled);
  });
});

describe('input', () => {
  it('returns the typed text', async () => {
    const prompter = createInquirerPrompter({ columns: () => 80, charset: 'unicode' });
    const answer = prompter.input({ message: 'Which organisation is this assessment for?' });
    expect(screen.getScreen()).toContain('Which organisation is this assessment for?');
    screen.type('Borsetshire Council');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('Borsetshire Council');
  });

  it('puts a long entry under the question once entered, wrapped at words', async () => {
    const prompter = createInquirerPrompter({ columns: () => 60, charset: 'unicode' });
    const note = 'The Head of Digital attends every meeting of the corporate leadership team as a standing member.';
    const answer = prompter.input({ message: 'Note (optional; Enter to skip)' });
    screen.type(note);
    screen.keypress('enter');
    await expect(answer).resolves.toBe(note);
    const lines = screen.getScreen().split('\n');
    for (const line of lines) expect(line.length).toBeLessThan(60);
    expect(lines.slice(-2)).toEqual(['  The Head of Digital attends every meeting of the', '  corporate leadership team as a standing member.']);
  });

  it('shows the validate message for bad input and waits for a good one', async () => {
    const prompter = createInquirerPrompter({ columns: () => 80, charset: 'unicode' });
    const answer = prompter.input({
      message: 'Votes for Sam, Ali, Jo',
      validate: (v) => (/^\d \d \d$/.test(v) ? true : 'Enter 3 votes, one for each person in order (Sam, Ali, Jo)'),
    });
    screen.type('3 4');
    screen.keypress('enter');
    await screen.next();
    expect(screen.getScreen()).toContain('Enter 3 votes, one for each person in order (Sam, Ali, Jo)');

    screen.type(' 2');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('3 4 2');
  });

  it('gives the default on Enter', async () => {
    const prompter = createInquirerPrompter({ columns: () => 80, charset: 'unicode' });
    const answer = prompter.input({ message: 'Note of the discussion', default: 'Agreed after a vote' });
    expect(screen.getScreen()).toContain('Agreed after a vote');
    screen.keypress('enter');
    await expect(answer).resolves.toBe('Agreed after a vote');
  });

  it('rejects with PromptCancelled on Ctrl+C', async () => {
    const prompter = createInquirerPrompter({ columns: () => 80, charset: 'unicode' });
    const answer = prompter.input({ message: 'Note' });
    screen.type('half a no');
    screen.keypress(CTRL_C);
    await expect(answer).rejects.toBeInstanceOf(PromptCancelled);
  });
});

describe('confirm', () => {
  it('returns yes and no, and the default on Enter', async () => {
    const prompter = createInquirerPrompter({ columns: () => 80, charset: 'unicode' });
    const yes = prompter.confirm({ message: 'Replace the saved answer (level 2 Half) with level 3 Most?', default: false });
    expect(screen.getScreen()).toContain('Replace the saved answer (level 2 Half) with level 3 Most? (y/N)');
    screen.type('y');
    screen.keypress('enter');
    await expect(yes).resolves.toBe(true);

    // Each prompt renders as soon as it starts, so its screen is there at once.
    const byDefault = prompter.confirm({ message: 'Go back to them now?', default: true });
    expect(screen.getScreen()).toContain('Go back to them now? (Y/n)');
    screen.keypress('enter');
    await expect(byDefault).resolves.toBe(true);

    const no = prompter.confirm({ message: 'Replace answers.yaml?', default: true });
    screen.type('n');
    screen.keypress('enter');
    await expect(no).resolves.toBe(false);
  });

  it('rejects with PromptCancelled on Ctrl+C', async () => {
    const prompter = createInquirerPrompter({ columns: () => 80, charset: 'unicode' });
    const answer = prompter.confirm({ message: 'Replace answers.yaml?' });
    screen.keypress(CTRL_C);
    await expect(answer).rejects.toBeInstanceOf(PromptCancelled);
  });
});

describe('signals', () => {
  // `kill <pid>` or a closed terminal window: the prompt ends as with Ctrl+C, so the workshop
  // releases its lock and says how to carry on (instead of dying with the cursor hidden).
  it.each(['SIGTERM', 'SIGHUP'] as const)('%s cancels the prompt being shown, and leaves no handler behind', async (signal) => {
    const before = process.listenerCount(signal);
    const prompter = createInquirerPrompter({ columns: () => 80, charset: 'unicode' });
    const answer = prompter.select({ message: 'Is there a written vision?', choices: levels });
    expect(process.listenerCount(signal)).toBeGreaterThan(before);
    process.emit(signal, signal);
    await expect(answer).rejects.toBeInstanceOf(PromptCancelled);
    expect(process.listenerCount(signal)).toBe(before);
  });

  it('leaves signals alone between prompts', async () => {
    const before = process.listenerCount('SIGTERM');
    const prompter = createInquirerPrompter({ columns: () => 80, charset: 'unicode' });
    const answer = prompter.confirm({ message: 'Go back to them now?', default: true });
    screen.keypress('enter');
    await expect(answer).resolves.toBe(true);
    expect(process.listenerCount('SIGTERM')).toBe(before);
  });
});

describe('text from files, and terminals without Unicode', () => {
  it('shows control characters in messages, choices and defaults as visible escapes', async () => {
    const prompter = createInquirerPrompter({ columns: () => 80, charset: 'unicode' });
    const answer = prompter.select({
      message: 'Harmless Council\x1b]52;c;Y3VybA==\x07 question',
      choices: [{ value: 1, name: '1 Title\x1b]0;Pwned\x07', description: 'clear\x1b[2J' }],
    });
    const shown = screen.getScreen({ raw: true });
    expect(shown).not.toMatch(/\x1b\]/);
    expect(shown).not.toContain('\x1b[2J');
    expect(screen.getScreen()).toContain('Harmless Council\\u001b]52;c;Y3VybA==\\u0007 question');
    expect(screen.getScreen()).toContain('1 Title\\u001b]0;Pwned\\u0007');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(1);
  });

  it('draws its marks and the text in ASCII where the terminal cannot show Unicode', async () => {
    const prompter = createInquirerPrompter({ columns: () => 80, charset: 'ascii' });
    const answer = prompter.select({ message: 'Which level for Ynys Môn?', choices: levels });
    expect(screen.getScreen()).toContain('Which level for Ynys Mon?');
    expect(screen.getScreen()).toMatch(/> 0 None: No vision/);
    expect(screen.getScreen()).not.toContain('❯');
    screen.keypress('enter');
    await expect(answer).resolves.toBe(0);
    expect(screen.getScreen()).not.toContain('✔');
  });
});
