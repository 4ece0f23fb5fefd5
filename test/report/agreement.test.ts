// How the agreed levels were reached, said from the answers: a team of separate files (the
// median), a workshop file (votes, then a level the room agreed, the median by default), or
// neither (no votes). The method section and the committee paper's background say the same,
// and never "every question" unless everyone answered every question.
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/core/analysis.js';
import type { Assessment } from '../../src/core/answers.js';
import { combineTeam } from '../../src/core/answers.js';
import { buildCommitteeView, buildReportModel } from '../../src/core/report/index.js';
import type { AnswerFile } from '../../src/core/schema.js';
import { buildAssessment, buildFramework } from '../core/build.js';
import { GENERATED, TOOL_VERSION, example, modelFor } from '../support/fixtures.js';

const fw = buildFramework({ min: 1, max: 5, target: 4, themes: [{ id: 't', questions: [{ id: 'a' }, { id: 'b' }, { id: 'c' }, { id: 'd' }] }] });
const TEAM_OF_THREE = [{ id: 'sam' }, { id: 'ali' }, { id: 'jo' }];

function modelOf(assessment: Assessment) {
  const model = buildReportModel({ analysis: analyse(fw, assessment), toolVersion: TOOL_VERSION, generated: GENERATED });
  const paper = buildCommitteeView(model);
  return { model, method: model.method.paragraphs[0]!, background: paper.background[2]!.text };
}

const workshop = (answers: Record<string, AnswerFile>) => buildAssessment(fw, answers, { respondents: TEAM_OF_THREE });
const teamOf = (...people: Array<Record<string, AnswerFile>>) =>
  combineTeam(people.map((answers, i) => ({ fallbackId: `p${i}`, assessment: buildAssessment(fw, answers, { respondents: [TEAM_OF_THREE[i]!] }) })));

describe('how the agreed levels were reached', () => {
  it('a team of separate files, everyone answering everything: each level is the median, and "every question" is true', () => {
    const all = { 't.a': { level: 2 }, 't.b': { level: 3 }, 't.c': { level: 4 }, 't.d': { level: 1 } };
    const { model, method, background } = modelOf(teamOf(all, all, { ...all, 't.a': { level: 4 } }));
    const sentence =
      'Each person answered every question on their own, in a separate answers file; where their answers differed, the agreed level is the median of their answers, rounded down.';
    expect(model.method.agreement).toBe(sentence);
    expect(method).toContain(sentence);
    expect(background).toBe(`${sentence} Themes and the overall result are scored from the answers as set out in Appendix A.`);
  });

  it('a team where someone left a question out never claims "every question"', () => {
    const all = { 't.a': { level: 2 }, 't.b': { level: 3 }, 't.c': { level: 4 }, 't.d': { level: 1 } };
    const { model, background } = modelOf(teamOf(all, all, { 't.a': { level: 4 } }));
    expect(model.method.agreement).toBe(
      'Each person answered on their own, in a separate answers file, though not everyone answered every question; where their answers differed, the agreed level is the median of the answers given, rounded down.',
    );
    expect(background).not.toMatch(/Each person answered every question/);
  });

  it('a workshop file: the room agreed each level after the votes, starting from the median; how often it chose another, and who did not vote', () => {
    const { model, method, background } = modelOf(
      workshop({
        't.a': { level: 4, votes: { sam: 2, ali: 2, jo: 3 } }, // median 2, agreed 4
        't.b': { level: 3, votes: { sam: 3, ali: 3, jo: 4 } }, // the median
        't.c': { level: 2, votes: { sam: 2, ali: 3 } }, // Jo abstained; median (2+3)/2 rounded down
        // t.d skipped
      }),
    );
    const sentence =
      'Each person voted before the votes were shown; the room then agreed a level, starting from the median of the votes, rounded down. ' +
      'On 1 of the 3 questions agreed this way, the room settled on a level other than the median. On 1 question, not everyone voted.';
    expect(model.method.agreement).toBe(sentence);
    expect(method).toContain(sentence);
    expect(background.startsWith(sentence)).toBe(true);
    for (const text of [method, background]) {
      expect(text).not.toMatch(/(person|everyone) answered every question|median of their answers/);
    }
  });

  it('a workshop file with votes not yet agreed says their level is the median', () => {
    const agreedAndNot = modelOf(workshop({ 't.a': { level: 3, votes: { sam: 3, ali: 3, jo: 3 } }, 't.b': { votes: { sam: 1, ali: 4, jo: 2 } } }));
    expect(agreedAndNot.model.method.agreement).toBe(
      'Each person voted before the votes were shown; the room then agreed a level, starting from the median of the votes, rounded down. ' +
        '1 question has votes but no agreed level yet; its level is the median of the votes, rounded down.',
    );
    const votesOnly = modelOf(workshop({ 't.a': { votes: { sam: 1, ali: 4, jo: 2 } } }));
    expect(votesOnly.model.method.agreement).toBe(
      'Each person voted before the votes were shown; the room has not yet agreed a level, so each level is the median of the votes, rounded down.',
    );
  });

  it('with no votes, says neither', () => {
    const { model, method, background } = modelOf(workshop({ 't.a': { level: 3 }, 't.b': { level: 2 } }));
    expect(model.method.agreement).toBeNull();
    expect(method).not.toMatch(/median|voted/);
    expect(background).toBe('Themes and the overall result are scored from the answers as set out in Appendix A.');
  });

  it('the bundled workshop example: the room chose another level than the median on 7 of its 37 questions', async () => {
    const { model } = await modelFor([example('workshop.yaml')], { framework: undefined });
    const background = buildCommitteeView(model).background[2]!.text;
    expect(background).toContain('the room then agreed a level, starting from the median of the votes, rounded down. On 7 of the 37 questions agreed this way');
    expect(background).not.toMatch(/answered every question/);
  });
});
