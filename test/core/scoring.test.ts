// Scoring as section 4 of the contract defines it, checked against hand-computed values.
import { describe, expect, it } from 'vitest';
import type { Assessment } from '../../src/core/answers.js';
import { combineTeam, medianRoundedDown, spreadOf } from '../../src/core/answers.js';
import { analyse } from '../../src/core/analysis.js';
import { reachedLabel, round1 } from '../../src/core/score-document.js';
import { equivalentLevel, levelScore, scoreAssessment } from '../../src/core/scoring.js';
import { FrameworkResolver, loadTeam, respondentIdFromFileName } from '../../src/io/load.js';
import { fixture } from '../support/cli.js';
import { buildAssessment, buildFramework } from './build.js';

const oneQuestion = (min: number, max: number) =>
  buildFramework({ min, max, themes: [{ id: 't', questions: [{ id: 'q' }] }] });

describe('question score: 100 × (L − min) / (max − min)', () => {
  it('on a 1–5 scale', () => {
    const { scale } = oneQuestion(1, 5);
    // 100×0/4 = 0, 100×1/4 = 25, 100×2/4 = 50, 100×3/4 = 75, 100×4/4 = 100
    expect([1, 2, 3, 4, 5].map((l) => levelScore(scale, l))).toEqual([0, 25, 50, 75, 100]);
  });

  it('on a 0–4 scale', () => {
    const { scale } = oneQuestion(0, 4);
    // 100×(1−0)/4 = 25, 100×(3−0)/4 = 75
    expect([0, 1, 3, 4].map((l) => levelScore(scale, l))).toEqual([0, 25, 75, 100]);
  });

  it('on a 2-level scale', () => {
    // 1–2: 100×0/1 = 0 and 100×1/1 = 100; the same on 0–1
    expect([1, 2].map((l) => levelScore(oneQuestion(1, 2).scale, l))).toEqual([0, 100]);
    expect([0, 1].map((l) => levelScore(oneQuestion(0, 1).scale, l))).toEqual([0, 100]);
  });

  it('on a 1–4 scale a level can score a recurring decimal, and stays unrounded', () => {
    const { scale } = oneQuestion(1, 4);
    // 100×(2−1)/3 = 33.333…
    expect(levelScore(scale, 2)).toBeCloseTo(100 / 3, 12);
    expect(levelScore(scale, 2)).not.toBe(33.3);
  });

  it('is what scoreAssessment gives each answered question', () => {
    const fw = oneQuestion(1, 5);
    const result = scoreAssessment(fw, buildAssessment(fw, { 't.q': { level: 4 } }));
    expect(result.questions[0]).toMatchObject({ id: 't.q', level: 4, score: 75 });
  });
});

// 0–4 scale, target 3.
//   theme a (weight 2): a.one weight 3 at level 1 (25), a.two weight 1 at level 2 (50),
//                       a.three weight 5 unanswered
//   theme b (weight 1): b.one at level 4 (100)
//   theme c (weight 5): c.na answered not applicable, c.open unanswered
const weighted = () =>
  buildFramework({
    min: 0,
    max: 4,
    target: 3,
    themes: [
      { id: 'a', weight: 2, questions: [{ id: 'one', weight: 3 }, { id: 'two' }, { id: 'three', weight: 5 }] },
      { id: 'b', questions: [{ id: 'one' }] },
      { id: 'c', weight: 5, questions: [{ id: 'na', notApplicable: true }, { id: 'open' }] },
    ],
  });
const weightedAnswers = {
  'a.one': { level: 1 },
  'a.two': { level: 2 },
  'b.one': { level: 4 },
  'c.na': { notApplicable: true },
};

describe('theme and overall scores', () => {
  it('a theme is the weighted mean of its answered questions', () => {
    const fw = weighted();
    const result = scoreAssessment(fw, buildAssessment(fw, weightedAnswers));
    // (3×25 + 1×50) / (3 + 1) = 125 / 4 = 31.25 — a.three (weight 5) is unanswered and left out
    expect(result.themes[0]!.score).toBe(31.25);
    expect(result.themes[1]!.score).toBe(100);
  });

  it('the overall score is weighted by theme weights and leaves out themes with no answered question', () => {
    const fw = weighted();
    const result = scoreAssessment(fw, buildAssessment(fw, weightedAnswers));
    // theme c (weight 5) has nothing answered: score null, left out.
    // (2×31.25 + 1×100) / (2 + 1) = 162.5 / 3 = 54.1666…
    expect(result.themes[2]!.score).toBeNull();
    expect(result.themes[2]!.level).toBeNull();
    expect(result.overall.score).toBeCloseTo(162.5 / 3, 12);
    // equivalent level: 0 + 54.1666… × 4 / 100 = 2.1666…
    expect(result.overall.level).toBeCloseTo(650 / 300, 12);
    // Had theme c counted as 0, the overall would be 162.5 / 8 = 20.3.
    const doc = analyse(fw, buildAssessment(fw, weightedAnswers)).document;
    expect(doc.overall).toMatchObject({ score: 54.2, level: 2.2, label: 'L2' });
  });

  it('not applicable and unanswered are counted apart', () => {
    const fw = weighted();
    const result = scoreAssessment(fw, buildAssessment(fw, weightedAnswers));
    // a: 3 questions, 2 answered; b: 1 of 1; c: one not applicable (out of the total), one unanswered
    expect(result.themes.map((t) => [t.id, t.answered, t.notApplicable, t.total])).toEqual([
      ['a', 2, 0, 3],
      ['b', 1, 0, 1],
      ['c', 0, 1, 1],
    ]);
    // answered 2+1+0 = 3; total 6 questions − 1 not applicable = 5; unanswered 5 − 3 = 2
    expect(result.overall).toMatchObject({ answered: 3, notApplicable: 1, unanswered: 2, total: 5 });
    const byId = new Map(result.questions.map((q) => [q.id, q]));
    expect(byId.get('c.na')).toMatchObject({ level: null, score: null, notApplicable: true });
    expect(byId.get('c.open')).toMatchObject({ level: null, score: null, notApplicable: false, spread: null });
  });

  it('nothing answered gives null scores, not 0', () => {
    const fw = weighted();
    const result = scoreAssessment(fw, buildAssessment(fw, {}));
    expect(result.overall).toMatchObject({ score: null, level: null, answered: 0, notApplicable: 0, unanswered: 6, total: 6 });
    const doc = analyse(fw, buildAssessment(fw, {})).document;
    expect(doc.overall).toMatchObject({ score: null, level: null, label: null });
  });
});

describe('votes', () => {
  it('the median rounded down', () => {
    expect(medianRoundedDown([1, 4])).toBe(2); // (1+4)/2 = 2.5 → 2
    expect(medianRoundedDown([4, 1])).toBe(2); // order of the votes does not matter
    expect(medianRoundedDown([3])).toBe(3);
    expect(medianRoundedDown([2, 2, 5])).toBe(2); // odd count: the middle one
    expect(medianRoundedDown([5, 1, 3])).toBe(3); // sorted [1,3,5] → 3
    expect(medianRoundedDown([1, 2, 3, 4])).toBe(2); // (2+3)/2 = 2.5 → 2
    expect(medianRoundedDown([0, 1])).toBe(0); // 0.5 → 0
    expect(medianRoundedDown([2, 4])).toBe(3); // exact mean stays
    expect(medianRoundedDown([10, 2])).toBe(6); // numeric, not text, sort: [2,10] → 6
    expect(() => medianRoundedDown([])).toThrow(RangeError);
  });

  it('an answer with only votes takes the median rounded down as its level', () => {
    const fw = buildFramework({ min: 1, max: 5, themes: [{ id: 't', questions: [{ id: 'even' }, { id: 'odd' }, { id: 'two' }] }] });
    const respondents = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    const assessment = buildAssessment(
      fw,
      {
        't.even': { votes: { a: 1, b: 4 } },
        't.odd': { votes: { a: 2, b: 2, c: 5 } },
        't.two': { level: 5, votes: { a: 1, b: 2 } }, // level and votes: level stands
      },
      { respondents },
    );
    expect(assessment.answers.get('t.even')!.level).toBe(2);
    expect(assessment.answers.get('t.odd')!.level).toBe(2);
    expect(assessment.answers.get('t.two')!.level).toBe(5);
    const result = scoreAssessment(fw, assessment);
    // scores on 1–5: level 2 → 25, level 5 → 100; votes kept for the spread
    expect(result.questions.map((q) => [q.id, q.level, q.score, q.spread])).toEqual([
      ['t.even', 2, 25, 3],
      ['t.odd', 2, 25, 3],
      ['t.two', 5, 100, 1],
    ]);
  });

  it('spread: highest minus lowest vote, 0 for one respondent, null when unanswered', () => {
    expect(spreadOf([])).toBe(0);
    expect(spreadOf([3])).toBe(0);
    expect(spreadOf([1, 4])).toBe(3);
    expect(spreadOf([2, 2, 5])).toBe(3);
    const fw = buildFramework({ min: 0, max: 4, themes: [{ id: 't', questions: [{ id: 'one' }, { id: 'plain' }, { id: 'open' }] }] });
    const result = scoreAssessment(
      fw,
      buildAssessment(fw, { 't.one': { votes: { ceo: 3 } }, 't.plain': { level: 2 } }, { respondents: [{ id: 'ceo' }] }),
    );
    expect(result.questions.map((q) => q.spread)).toEqual([0, 0, null]);
  });
});

describe('a team of several answers files (combineTeam)', () => {
  // 0–4 scale; t.c and t.d allow not applicable.
  const fw = buildFramework({
    min: 0,
    max: 4,
    themes: [{ id: 't', questions: [{ id: 'a' }, { id: 'b' }, { id: 'c', notApplicable: true }, { id: 'd', notApplicable: true }] }],
  });
  const sam = buildAssessment(
    fw,
    {
      't.a': { level: 1, notes: 'A draft exists', confidence: 'high' },
      't.b': { level: 4 },
      't.c': { notApplicable: true },
      't.d': { notApplicable: true },
    },
    { respondents: [{ id: 'ceo', name: 'Sam Jones' }, { id: 'other' }], organisation: 'Testshire', date: '2026-11-19' },
  );
  const kim = buildAssessment(
    fw,
    {
      't.a': { level: 3, confidence: 'low' },
      't.b': { level: 0 },
      't.c': { notApplicable: true },
      't.d': { notApplicable: true },
    },
    { respondents: [{ id: 'ceo', name: 'Kim Lee' }], organisation: 'Elsewhere', date: '2026-11-21' },
  );
  const ali = buildAssessment(fw, { 't.a': { level: 4, notes: 'Published' }, 't.c': { level: 2 } }, { date: '2026-11-20' });
  const team = () =>
    combineTeam([
      { fallbackId: 'sam-file', assessment: sam },
      { fallbackId: 'kim-file', assessment: kim },
      { fallbackId: 'Ali-Khan', assessment: ali },
    ]);

  it('respondents come from the first respondents entry, else the file name, made unique', () => {
    expect(team().respondents).toEqual([
      { id: 'ceo', name: 'Sam Jones' },
      { id: 'ceo-2', name: 'Kim Lee' },
      { id: 'Ali-Khan' },
    ]);
  });

  it("a question's level is the median of the files' levels, rounded down", () => {
    const answers = team().answers;
    // t.a: [1, 3, 4] → 3
    expect(answers.get('t.a')).toMatchObject({ level: 3, notApplicable: false, votes: { ceo: 1, 'ceo-2': 3, 'Ali-Khan': 4 } });
    // t.b: Ali did not answer; [4, 0] → (0+4)/2 = 2
    expect(answers.get('t.b')).toMatchObject({ level: 2, notApplicable: false, votes: { ceo: 4, 'ceo-2': 0 } });
    const result = scoreAssessment(fw, team());
    expect(result.questions.map((q) => [q.id, q.spread])).toEqual([
      ['t.a', 3],
      ['t.b', 4],
      ['t.c', 0],
      ['t.d', 0],
    ]);
  });

  it('not applicable only when every file that answers says so', () => {
    const answers = team().answers;
    // t.c: Sam and Kim say not applicable, Ali says 2 → level 2 from Ali's vote alone
    expect(answers.get('t.c')).toMatchObject({ level: 2, notApplicable: false, votes: { 'Ali-Khan': 2 } });
    // t.d: Sam and Kim say not applicable, Ali did not answer → not applicable
    expect(answers.get('t.d')).toMatchObject({ level: null, notApplicable: true, votes: {} });
  });

  it('notes are attributed, confidence is the lowest, the organisation is the first, the date the latest', () => {
    const combined = team();
    expect(combined.answers.get('t.a')).toMatchObject({
      notes: 'Sam Jones: A draft exists\nAli-Khan: Published',
      confidence: 'low',
    });
    expect(combined.organisation).toBe('Testshire');
    expect(combined.date).toBe('2026-11-21');
  });

  it('a third file with a taken id counts on until the id is free', () => {
    const only = (id: string): Assessment => buildAssessment(fw, { 't.a': { level: 1 } }, { respondents: [{ id }] });
    const combined = combineTeam([
      { fallbackId: 'x', assessment: only('ceo') },
      { fallbackId: 'y', assessment: only('ceo-2') },
      { fallbackId: 'z', assessment: only('ceo') },
    ]);
    expect(combined.respondents.map((r) => r.id)).toEqual(['ceo', 'ceo-2', 'ceo-3']);
  });

  it('the file-name fallback id is safe as a votes key, by the one slug rule', () => {
    expect(respondentIdFromFileName('answers/Ali Khan.yaml')).toBe('ali-khan');
    expect(respondentIdFromFileName('answers/Siôn Môn.yaml')).toBe('sion-mon');
    expect(respondentIdFromFileName('/tmp/__proto__.yaml')).toBe('proto');
    expect(respondentIdFromFileName('/tmp/---.yaml')).toBe('respondent');
  });

  it('loadTeam reads files from disk as one team', async () => {
    const team = await loadTeam(
      [fixture('engine/team/sam.yaml'), fixture('engine/team/Ali Khan.yaml')],
      fixture('tiny-framework.yaml'),
      new FrameworkResolver(process.cwd()),
    );
    expect(team.assessment.respondents.map((r) => r.id)).toEqual(['ceo', 'ali-khan']);
    // lead.vision: Sam 1, Ali 4 → (1+4)/2 = 2.5 → 2
    expect(team.assessment.answers.get('lead.vision')).toMatchObject({ level: 2, votes: { ceo: 1, 'ali-khan': 4 } });
    // data.nhs: both say not applicable
    expect(team.assessment.answers.get('data.nhs')).toMatchObject({ level: null, notApplicable: true });
    expect(team.warnings).toEqual([]);
  });
});

describe('equivalent level, rounding and labels', () => {
  it('equivalent level = min + score × (max − min) / 100', () => {
    expect(equivalentLevel(oneQuestion(1, 5).scale, 50)).toBe(3); // 1 + 50×4/100
    expect(equivalentLevel(oneQuestion(0, 4).scale, 31.25)).toBe(1.25); // 0 + 31.25×4/100
    expect(equivalentLevel(oneQuestion(1, 2).scale, 0)).toBe(1);
    expect(equivalentLevel(oneQuestion(1, 2).scale, 100)).toBe(2);
  });

  it('round1 rounds to one decimal place, halves up', () => {
    expect(round1(31.25)).toBe(31.3);
    expect(round1(1.25)).toBe(1.3);
    expect(round1(2.25)).toBe(2.3);
    expect(round1(100 / 3)).toBe(33.3);
    expect(round1(200 / 3)).toBe(66.7);
    expect(round1(0)).toBe(0);
    expect(round1(100)).toBe(100);
    expect(round1(null)).toBeNull();
  });

  it('scores stay unrounded until the document is written', () => {
    // 2-level scale 1–2, weights 0.3496 (level 2 → 100) and 0.6504 (level 1 → 0):
    // score = 100×0.3496 / 1 = 34.96 → shown 35.0
    // level = 1 + 34.96/100 = 1.3496 → shown 1.3 (from the rounded score it would be 1.35 → 1.4)
    const fw = buildFramework({
      min: 1,
      max: 2,
      target: 2,
      themes: [{ id: 't', questions: [{ id: 'x', weight: 0.3496 }, { id: 'y', weight: 0.6504 }] }],
    });
    const analysis = analyse(fw, buildAssessment(fw, { 't.x': { level: 2 }, 't.y': { level: 1 } }));
    expect(analysis.result.overall.score).toBeCloseTo(34.96, 10);
    expect(analysis.result.overall.level).toBeCloseTo(1.3496, 10);
    expect(analysis.document.overall).toMatchObject({ score: 35, level: 1.3, label: 'L1' });
    expect(analysis.document.themes[0]).toMatchObject({ score: 35, level: 1.3, label: 'L1' });
  });

  it('31.25 is kept in the result and shown as 31.3', () => {
    const fw = weighted();
    const analysis = analyse(fw, buildAssessment(fw, weightedAnswers));
    expect(analysis.result.themes[0]!.score).toBe(31.25);
    expect(analysis.document.themes[0]).toMatchObject({ id: 'a', score: 31.3, level: 1.3, label: 'L1' });
  });

  it("reachedLabel: 2.9 has reached level 2; exactly 3 is level 3's; the label goes with the level as shown", () => {
    const fw = oneQuestion(1, 5);
    expect(reachedLabel(fw, 2.9)).toBe('L2');
    expect(reachedLabel(fw, 3)).toBe('L3');
    expect(reachedLabel(fw, 2.9999999999)).toBe('L3'); // floating-point noise from exact answers
    expect(reachedLabel(fw, 2.94)).toBe('L2');
    // Shown as 3.0: "3.0 (L2)" would contradict itself, and the gap to the target is taken from 3.0 too.
    expect(reachedLabel(fw, 2.96)).toBe('L3');
    expect(reachedLabel(fw, 1)).toBe('L1');
    expect(reachedLabel(fw, 5)).toBe('L5');
    expect(reachedLabel(fw, null)).toBeNull();
  });

  it('three answers of exactly level 3 on 1–5 reach level 3', () => {
    // weights 1/3 each make the arithmetic inexact; the label must still be level 3's
    const fw = buildFramework({
      min: 1,
      max: 5,
      themes: [{ id: 't', questions: [{ id: 'a', weight: 0.1 }, { id: 'b', weight: 0.2 }, { id: 'c', weight: 0.7 }] }],
    });
    const doc = analyse(fw, buildAssessment(fw, { 't.a': { level: 3 }, 't.b': { level: 3 }, 't.c': { level: 3 } })).document;
    expect(doc.overall).toMatchObject({ score: 50, level: 3, label: 'L3' });
  });
});
