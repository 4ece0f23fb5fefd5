// The action plan (src/core/planning.ts): which actions are planned, and in what order.
// Order: importance (gap to target × question weight × theme weight), highest first; then the
// nearer step (toLevel − current level); then the earliest horizon (now, next, later, none);
// then framework order.
import { describe, expect, it } from 'vitest';
import type { AnswerFile } from '../../src/core/schema.js';
import { analyse } from '../../src/core/analysis.js';
import type { PlannedAction } from '../../src/core/planning.js';
import { planActions } from '../../src/core/planning.js';
import { LevelNotOnScaleError } from '../../src/core/problems.js';
import { scoreAssessment } from '../../src/core/scoring.js';
import { buildAssessment, buildFramework } from './build.js';

// Scale 1–5, target 4. Action texts name their question and step.
const framework = () =>
  buildFramework({
    min: 1,
    max: 5,
    target: 4,
    themes: [
      {
        id: 'a',
        weight: 2,
        questions: [
          {
            id: 'q1', // answered 2
            actions: [
              { toLevel: 2, text: 'A1 to 2', horizon: 'now' }, // not above the current level
              { toLevel: 3, text: 'A1 to 3 later', horizon: 'later' },
              { toLevel: 3, text: 'A1 to 3 now', horizon: 'now' },
              { toLevel: 4, text: 'A1 to 4' },
              { toLevel: 5, text: 'A1 to 5', horizon: 'now' }, // above the target
            ],
          },
          { id: 'q2', actions: [{ toLevel: 5, text: 'A2 to 5', horizon: 'now' }] }, // answered 4 = target
          { id: 'q3', notApplicable: true, actions: [{ toLevel: 2, text: 'A3 to 2', horizon: 'now' }] }, // not applicable
          { id: 'q4', actions: [{ toLevel: 2, text: 'A4 to 2', horizon: 'now' }] }, // unanswered
        ],
      },
      {
        id: 'b',
        questions: [
          {
            id: 'q5', // weight 4, answered 3
            weight: 4,
            actions: [
              { toLevel: 4, text: 'B5 to 4', horizon: 'next', owner: 'Chief Executive' },
              { toLevel: 5, text: 'B5 to 5', horizon: 'next' },
            ],
          },
          {
            id: 'q6', // answered 1
            actions: [
              { toLevel: 2, text: 'B6 to 2 none' },
              { toLevel: 2, text: 'B6 to 2 now', horizon: 'now' },
              { toLevel: 3, text: 'B6 to 3', horizon: 'now' },
            ],
          },
          { id: 'q7', actions: [{ toLevel: 2, text: 'B7 to 2 now', horizon: 'now' }] }, // answered 1
        ],
      },
    ],
  });

const answers: Record<string, AnswerFile> = {
  'a.q1': { level: 2 },
  'a.q2': { level: 4 },
  'a.q3': { notApplicable: true },
  'b.q5': { level: 3 },
  'b.q6': { level: 1 },
  'b.q7': { level: 1 },
};

function plan(target?: number, given: Record<string, AnswerFile> = answers): PlannedAction[] {
  const fw = framework();
  return analyse(fw, buildAssessment(fw, given), target).actions;
}

const texts = (actions: PlannedAction[]) => actions.map((a) => a.text);

describe('which actions are planned', () => {
  it('only answered questions below the target, with toLevel above the current level and at most the target', () => {
    const actions = plan();
    const planned = new Set(texts(actions));
    // q1 at 2: its toLevel 3 and 4 actions; not "to 2" (already there) nor "to 5" (past the target)
    expect(planned.has('A1 to 3 now')).toBe(true);
    expect(planned.has('A1 to 4')).toBe(true);
    expect(planned.has('A1 to 2')).toBe(false);
    expect(planned.has('A1 to 5')).toBe(false);
    // q2 is at the target: nothing
    expect(planned.has('A2 to 5')).toBe(false);
    // q5 at 3: to 4, not to 5
    expect(planned.has('B5 to 4')).toBe(true);
    expect(planned.has('B5 to 5')).toBe(false);
    for (const a of actions) {
      expect(a.toLevel).toBeGreaterThan(a.fromLevel);
      expect(a.toLevel).toBeLessThanOrEqual(4);
    }
  });

  it('not applicable and unanswered questions give no actions', () => {
    const questions = new Set(plan().map((a) => a.question));
    expect(questions.has('a.q3')).toBe(false); // not applicable
    expect(questions.has('a.q4')).toBe(false); // unanswered
    expect([...questions].sort()).toEqual(['a.q1', 'b.q5', 'b.q6', 'b.q7']);
  });

  it('nothing answered gives no actions', () => {
    expect(plan(undefined, {})).toEqual([]);
  });

  it('a planned action carries its question, theme, levels and the fields of the framework', () => {
    const b5 = plan().find((a) => a.text === 'B5 to 4')!;
    expect(b5).toMatchObject({
      question: 'b.q5',
      themeId: 'b',
      fromLevel: 3,
      toLevel: 4,
      horizon: 'next',
      owner: 'Chief Executive',
    });
  });
});

describe('priority order', () => {
  it('importance = gap to target × question weight × theme weight', () => {
    const importance = new Map(plan().map((a) => [a.question, a.importance]));
    expect(importance.get('a.q1')).toBe(4); // (4−2) × 1 × 2
    expect(importance.get('b.q5')).toBe(4); // (4−3) × 4 × 1
    expect(importance.get('b.q6')).toBe(3); // (4−1) × 1 × 1
    expect(importance.get('b.q7')).toBe(3); // (4−1) × 1 × 1
  });

  it('orders by importance, then the nearer step, then the earliest horizon, then framework order', () => {
    expect(plan().map((a) => [a.priority, a.text])).toEqual([
      // importance 4, one step up: now before next before later
      [1, 'A1 to 3 now'],
      [2, 'B5 to 4'],
      [3, 'A1 to 3 later'],
      // importance 4, two steps up
      [4, 'A1 to 4'],
      // importance 3, one step up: the two "now" in framework order (q6 before q7), then no horizon
      [5, 'B6 to 2 now'],
      [6, 'B7 to 2 now'],
      [7, 'B6 to 2 none'],
      // importance 3, two steps up
      [8, 'B6 to 3'],
    ]);
  });

  it('priorities are numbered 1..n with no gaps', () => {
    const actions = plan();
    expect(actions.map((a) => a.priority)).toEqual(actions.map((_, i) => i + 1));
  });

  it('the score document lists the actions in priority order with the contract fields', () => {
    const fw = framework();
    const doc = analyse(fw, buildAssessment(fw, answers)).document;
    expect(doc.actions[0]).toEqual({
      question: 'a.q1',
      theme: 'a',
      fromLevel: 2,
      toLevel: 3,
      text: 'A1 to 3 now',
      owner: null,
      horizon: 'now',
      source: null,
      priority: 1,
    });
    expect(doc.actions.map((a) => a.priority)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('--target override', () => {
  it('a higher target plans more, and reorders by the new gaps', () => {
    // importance with target 5: b.q5 (5−3)×4 = 8; a.q1 (5−2)×1×2 = 6; b.q6, b.q7 (5−1) = 4; a.q2 (5−4)×1×2 = 2
    expect(texts(plan(5))).toEqual([
      'B5 to 4',
      'B5 to 5',
      'A1 to 3 now',
      'A1 to 3 later',
      'A1 to 4',
      'A1 to 5',
      'B6 to 2 now',
      'B7 to 2 now',
      'B6 to 2 none',
      'B6 to 3',
      'A2 to 5',
    ]);
  });

  it('a lower target plans less', () => {
    // target 2: only q6 and q7 (at 1) are below it; q1 is at 2
    expect(texts(plan(2))).toEqual(['B6 to 2 now', 'B7 to 2 now', 'B6 to 2 none']);
  });

  it('the target used is in the score document', () => {
    const fw = framework();
    expect(analyse(fw, buildAssessment(fw, answers), 5).document.scale.target).toBe(5);
    expect(analyse(fw, buildAssessment(fw, answers)).document.scale.target).toBe(4);
  });

  it('a target off the scale is a domain error with its fields; the command line words it', () => {
    const fw = framework();
    expect(() => analyse(fw, buildAssessment(fw, answers), 9)).toThrow(LevelNotOnScaleError);
    expect(() => analyse(fw, buildAssessment(fw, answers), 9)).toThrow(expect.objectContaining({ level: 9, frameworkId: 'built' }));
    expect(() => analyse(fw, buildAssessment(fw, answers), 0)).toThrow(LevelNotOnScaleError);
  });
});

describe('determinism', () => {
  it('the same input always gives the same order', () => {
    const fw = framework();
    const assessment = buildAssessment(fw, answers);
    const first = planActions(fw, scoreAssessment(fw, assessment));
    for (let i = 0; i < 5; i++) expect(planActions(fw, scoreAssessment(fw, assessment))).toEqual(first);
  });

  it('the order of the answers in the file does not matter', () => {
    const reversed = Object.fromEntries(Object.entries(answers).reverse());
    expect(Object.keys(reversed)[0]).toBe('b.q7');
    expect(plan(undefined, reversed)).toEqual(plan());
  });
});
