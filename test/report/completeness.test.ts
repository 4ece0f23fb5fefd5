// An incomplete assessment says so where the result is stated: the summary's first paragraph
// and the committee paper's first recommendation; fewer than half answered is provisional. A
// complete one reads as before.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analysis.js';
import { PROVISIONAL_BELOW, buildCommitteeView, buildReportModel, completeness } from '../../src/core/report/index.js';
import type { AnswerFile } from '../../src/core/schema.js';
import { buildAssessment, buildFramework } from '../core/build.js';
import { GENERATED, TOOL_VERSION } from '../support/fixtures.js';

const QUESTIONS = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
const fw = buildFramework({ min: 1, max: 5, target: 2, themes: [{ id: 't', questions: QUESTIONS.map((id) => ({ id, notApplicable: true })) }] });

/** The first `n` questions answered at level 3 (above the target of 2), and `na` more not applicable. */
function resultOf(n: number, na = 0) {
  const answers: Record<string, AnswerFile> = {};
  QUESTIONS.slice(0, n).forEach((q) => (answers[`t.${q}`] = { level: 3 }));
  QUESTIONS.slice(n, n + na).forEach((q) => (answers[`t.${q}`] = { notApplicable: true }));
  const model = buildReportModel({ analysis: analyse(fw, buildAssessment(fw, answers)), toolVersion: TOOL_VERSION, generated: GENERATED });
  return { model, summary: model.summary.paragraphs[0]!, recommendation: buildCommitteeView(model).recommendations[0]!.text };
}

describe('how complete the answers are', () => {
  it('is provisional below half of the questions that apply, partial below all of them', () => {
    expect(PROVISIONAL_BELOW).toBe(0.5);
    expect([0, 1, 4, 5, 9, 10].map((n) => completeness(n, 10))).toEqual(['none', 'provisional', 'provisional', 'partial', 'partial', 'complete']);
    expect(completeness(4, 9)).toBe('provisional');
    expect(completeness(5, 9)).toBe('partial');
  });

  it('complete: the summary and recommendation 1 state the result as they always have', () => {
    const { model, summary, recommendation } = resultOf(10);
    expect(model.summary.completeness).toBe('complete');
    expect(summary).toBe(
      'Overall, Testshire County Council is at level 3.0 (L3) on a scale from 1 (L1) to 5 (L5). This meets the target of level 2 (L2).',
    );
    expect(recommendation).toBe('notes the results of the digital maturity self-assessment: an overall level of 3.0 (L3) against the target of level 2 (L2), rated Green (section 4).');
  });

  it('most answered: says how many, and that the result may change', () => {
    const { model, summary, recommendation } = resultOf(7, 1);
    expect(model.summary.completeness).toBe('partial');
    expect(summary).toBe(
      '7 of the 9 questions that apply have been answered so far, so these results may change. ' +
        'Overall, Testshire County Council is at level 3.0 (L3) on a scale from 1 (L1) to 5 (L5). On the answers so far, this meets the target of level 2 (L2).',
    );
    expect(recommendation).toBe(
      'notes the results of the digital maturity self-assessment so far: 7 of the 9 questions that apply have been answered, ' +
        'so the overall level of 3.0 (L3) against the target of level 2 (L2), rated Green, may change when the other 2 are answered (section 4).',
    );
    expect(resultOf(9).recommendation).toContain('may change when the last one is answered (section 4).');
  });

  it('fewer than half answered: the result is provisional, and never simply "meets the target"', () => {
    const { model, summary, recommendation } = resultOf(3);
    expect(model.summary.completeness).toBe('provisional');
    expect(summary).toBe(
      'Only 3 of the 10 questions have been answered so far, fewer than half, so these results are provisional. ' +
        'Overall, Testshire County Council is at level 3.0 (L3) on a scale from 1 (L1) to 5 (L5). On the answers so far, this meets the target of level 2 (L2).',
    );
    expect(recommendation).toBe(
      'notes the results of the digital maturity self-assessment so far: only 3 of the 10 questions have been answered, fewer than half, ' +
        'so the overall level of 3.0 (L3) against the target of level 2 (L2), rated Green, is provisional until the other 7 are answered (section 4).',
    );
  });

  it('nothing answered: no result to qualify', () => {
    const { model, recommendation } = resultOf(0);
    expect(model.summary.completeness).toBe('none');
    expect(recommendation).toBe('notes that the self-assessment has not yet been completed: no questions have been answered.');
  });
});
