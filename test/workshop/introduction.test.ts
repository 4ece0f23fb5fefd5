// The introduction step (src/workshop/steps/introduction.ts): what the room reads before the first question.
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import type { Workshop } from '../../src/workshop/context.js';
import { START_PROMPT, descriptionOpening, durationLine, introduction, introductionText, tallerThanScreen } from '../../src/workshop/steps/introduction.js';
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
  async function introduce(framework: Framework, terminal: { columns: number; rows?: number }, interactive = true) {
    const said: string[] = [];
    const prompter = scripted(...(terminal.rows !== undefined && terminal.rows < 60 ? [{ input: START_PROMPT, answer: '' }] : []));
    const ctx = {
      framework,
      doc: blank(framework),
      team: [],
      chalk: plain,
      say: (text: string) => void said.push(text),
      resumed: false,
      plan: { order: [...framework.questions.keys()], start: 0 },
      file: { display: 'answers.yaml' },
      interactive,
      prompter,
      ...terminal,
    } as unknown as Workshop;
    await introduction(ctx);
    return { said: said.join('\n'), prompts: prompter.prompts };
  }

  it('waits for Enter before the first question, so its top has not scrolled away unread', async () => {
    const framework = await loadFramework('local-digital-leadership');
    const { said, prompts } = await introduce(framework, { columns: 80, rows: 24 });
    expect(said).toContain('How to choose: Choose the highest level');
    expect(said.trimEnd().endsWith('Saving to answers.yaml')).toBe(true);
    expect(prompts.map((p) => [p.kind, p.message])).toEqual([['input', 'Press Enter when everyone has read this, to start']]);
  });

  it('goes straight on when it fits, when the height is unknown and when nobody is at the keyboard', async () => {
    const framework = await loadFramework('local-digital-leadership');
    expect((await introduce(framework, { columns: 200, rows: 80 })).prompts).toEqual([]);
    expect((await introduce(framework, { columns: 80 })).prompts).toEqual([]);
    expect((await introduce(helpful, { columns: 80, rows: 80 })).prompts).toEqual([]);
    expect((await introduce(framework, { columns: 80, rows: 24 }, false)).prompts).toEqual([]);
  });

  it('counts the lines as the terminal shows them, wrapped, with room for the prompt', () => {
    const tenLines = Array.from({ length: 10 }, () => 'word').join('\n');
    expect(tallerThanScreen(tenLines, 80, 12)).toBe(false);
    expect(tallerThanScreen(tenLines, 80, 11)).toBe(true);
    expect(tallerThanScreen('word '.repeat(40), 80, 4)).toBe(true);
    expect(tallerThanScreen('word '.repeat(40), 300, 4)).toBe(false);
    expect(tallerThanScreen(tenLines, 80, undefined)).toBe(false);
  });
});
