// The introduction step (src/workshop/steps/introduction.ts): what the room reads before the first question.
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import type { Workshop } from '../../src/workshop/context.js';
import { morePrompt, screenLines } from '../../src/workshop/paged.js';
import { CARRY_ON_PROMPT, START_PROMPT, descriptionOpening, durationLine, introduction, introductionText } from '../../src/workshop/steps/introduction.js';
import type { Matcher } from '../support/scripted-prompter.js';
import { scripted } from '../support/scripted-prompter.js';
import { HELPFUL, TEAM, TINY, blank, loadFramework } from './steps.js';

let tiny: Framework;
let helpful: Framework;
beforeAll(async () => {
  tiny = await loadFramework(TINY);
  helpful = await loadFramework(HELPFUL);
});

const plain = new Chalk({ level: 0 });

describe('introduction', () => {
  it('gives the title, what it is based on, the scale, the size and the target', () => {
    const text = introductionText(helpful, blank(helpful), [], plain);
    expect(text).toContain('Helpful test framework, version 1.0.0');
    expect(text).toContain('For: Testshire County Council');
    expect(text).toContain('Three questions with guidance, for testing the walk-through.');
    expect(text).toContain('Based on\n  The workshop guide, Test Council (2025)\n  A position paper');
    expect(text).toContain('The scale\n  1 Initial: Nothing agreed yet.\n  2 Developing\n  3 Established\n  4 Leading: Others learn from us.');
    expect(text).toContain('2 themes, 3 questions. The target is level 3 (Established).');
    expect(text).toContain('For each question, choose the level that describes your council today.');
    expect(text).toContain('stop with Ctrl+C at any time: every answer is saved as you go');
  });

  it('states the rule for choosing a level and how long the questions take at two minutes each', () => {
    const text = introductionText(helpful, blank(helpful), [], plain);
    expect(text).toContain(
      'The scale\n  1 Initial: Nothing agreed yet.\n  2 Developing\n  3 Established\n  4 Leading: Others learn from us.\n' +
        'How to choose: Choose the highest level whose description is fully true today; if only part of it is true, choose the level below.',
    );
    expect(text).toContain('2 themes, 3 questions. The target is level 3 (Established).\n3 questions: about 6 minutes at two minutes a question.');
    // Carrying on: the time for the questions still to answer.
    expect(introductionText(helpful, blank(helpful), [], plain, 1)).toContain('1 question to go: about 2 minutes at two minutes a question.');
    expect(introductionText(helpful, blank(helpful), [], plain, 0)).not.toContain('to go');
    expect(durationLine(38)).toBe('38 questions: about 1 hour 16 minutes at two minutes a question.');
  });

  it('names the team and explains the vote-then-reveal in workshop mode', () => {
    const text = introductionText(tiny, blank(tiny, TEAM), TEAM, plain);
    expect(text).toContain('Team: Sam, Ali, Jo. For each question, everyone votes first; then the votes are shown and the room agrees a level.');
  });
});

describe('a long framework description', () => {
  const c = new Chalk({ level: 0 });
  it('shows the opening paragraphs within about a screenful and says where the rest is', () => {
    const paragraphs = ['Short opening.', 'x'.repeat(600), 'y'.repeat(600), 'z'.repeat(600)];
    const shown = descriptionOpening(paragraphs.join('\n\n'), c).join('\n');
    expect(shown).toContain('Short opening.');
    expect(shown).toContain('x'.repeat(600));
    expect(shown).not.toContain('y'.repeat(600));
    expect(shown).toContain("description goes on for 2 more paragraphs; the facilitator should read it before the workshop");
  });

  it('shows a short description whole, with no note', () => {
    expect(descriptionOpening('One.\n\nTwo.', c)).toEqual(['One.\n\nTwo.']);
  });

  it('keeps the bundled framework\'s introduction to a few screens', async () => {
    const framework = await loadFramework('local-digital-leadership');
    const doc = { schema: 1 as const, framework: { id: framework.id, version: framework.version }, organisation: 'Example', answers: {} };
    const text = introductionText(framework, doc, [], c);
    expect(text).toContain('How to choose: Choose the highest level');
    expect(text.split('\n').length).toBeLessThan(60);
  });
});

describe('an introduction taller than the terminal', () => {
  interface Terminal {
    columns: number;
    rows?: number;
    interactive?: boolean;
    resumed?: boolean;
  }
  /** Runs the step; `prompts` are the Enter presses the test expects, in order. */
  async function introduce(framework: Framework, terminal: Terminal, prompts: Matcher[]) {
    const said: string[] = [];
    const prompter = scripted(...prompts.map((input) => ({ input, answer: '' })));
    const ctx = {
      framework,
      doc: blank(framework),
      team: [],
      chalk: plain,
      say: (text: string) => void said.push(text),
      resumed: terminal.resumed ?? false,
      plan: { order: [...framework.questions.keys()], start: 0 },
      file: { display: 'answers.yaml' },
      prompter,
      interactive: terminal.interactive ?? true,
      columns: terminal.columns,
      rows: terminal.rows,
    } as unknown as Workshop;
    await introduction(ctx);
    prompter.assertDone();
    return { said, prompts: prompter.prompts.map((p) => p.message) };
  }

  it('shows a screenful at a time in a short terminal, then waits for Enter before the first question', async () => {
    const framework = await loadFramework('local-digital-leadership');
    const whole = screenLines(introductionText(framework, blank(framework), [], plain), 80).length;
    const pages = Math.ceil((whole + 2) / 22); // with the "Saving to" line and its blank
    const more = Array.from({ length: pages - 1 }, (_, i) => morePrompt(i + 1, pages));
    const { said, prompts } = await introduce(framework, { columns: 80, rows: 24 }, [...more, START_PROMPT]);
    expect(pages).toBeGreaterThan(1);
    expect(prompts).toEqual([...more, 'Press Enter when everyone has read this, to start']);
    expect(said).toHaveLength(pages);
    for (const page of said) expect(page.split('\n').length).toBeLessThanOrEqual(22);
    expect(said[0]).toMatch(/^Local digital leadership self-assessment, version /);
    expect(said.at(-1)).toMatch(/Saving to answers\.yaml$/);
  });

  it('waits once when the introduction fits but the first question would push its top away; carries on when resumed', async () => {
    const framework = await loadFramework('local-digital-leadership');
    expect((await introduce(framework, { columns: 80, rows: 70 }, [START_PROMPT])).said).toHaveLength(1);
    expect((await introduce(framework, { columns: 80, rows: 70, resumed: true }, [CARRY_ON_PROMPT])).prompts).toEqual([
      'Press Enter when everyone has read this, to carry on',
    ]);
  });

  it('goes straight on when it fits with the first question, when the height is unknown and when nobody is at the keyboard', async () => {
    const framework = await loadFramework('local-digital-leadership');
    expect((await introduce(framework, { columns: 200, rows: 80 }, [])).said).toHaveLength(1);
    expect((await introduce(framework, { columns: 80 }, [])).said).toHaveLength(1);
    expect((await introduce(helpful, { columns: 80, rows: 60 }, [])).said).toHaveLength(1);
    expect((await introduce(framework, { columns: 80, rows: 24, interactive: false }, [])).said).toHaveLength(1);
  });
});
