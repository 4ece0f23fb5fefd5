// The introduction step (src/workshop/steps/introduction.ts): what the room reads before the first question.
import { Chalk } from 'chalk';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import { descriptionOpening, durationLine, introductionText } from '../../src/workshop/steps/introduction.js';
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
