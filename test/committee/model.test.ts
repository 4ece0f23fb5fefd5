// The committee model: RAG ratings and their thresholds, who the paper is from, the
// recommendations drafted from the results, and the implications left for the author.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/core/report/index.js';
import { EN_GB, RAG_AMBER, RAG_NEAR, buildCommitteeView, gapToTarget, ragRating, reportOf } from '../../src/core/report/index.js';
import { standing } from '../../src/core/report/scores.js';
import { BASELINE, SINGLE, TEAM, committeeFixture, modelFor } from '../support/fixtures.js';

const AUTHOR_PLACEHOLDER = EN_GB.committee.authorPlaceholder;
const REPORT_OF_PLACEHOLDER = EN_GB.committee.reportOfPlaceholder;
const committeeOf = (model: ReportModel) => buildCommitteeView(model);

describe('RAG rating against the target', () => {
  it('follows the documented thresholds, on the level as shown (one decimal place)', () => {
    expect([RAG_NEAR, RAG_AMBER]).toEqual([0.5, 1.5]);
    const rate = (level: number | null) => ragRating(gapToTarget(level, 4));
    expect(rate(5)).toBe('green');
    expect(rate(4)).toBe('green');
    expect(rate(3.96)).toBe('green'); // shown as 4.0
    expect(rate(3.9)).toBe('amber-near');
    expect(rate(3.5)).toBe('amber-near');
    expect(rate(3.46)).toBe('amber-near'); // shown as 3.5
    expect(rate(3.4)).toBe('amber');
    expect(rate(2.5)).toBe('amber');
    expect(rate(2.4)).toBe('red');
    expect(rate(1)).toBe('red');
    expect(rate(null)).toBe('none');
  });

  it('always gives the rating in words, and what it means', () => {
    const rated = (level: number | null) => {
      const { rating, ratingText, ratingMeaning } = standing(EN_GB, level, 4);
      return { rating, ratingText, ratingMeaning };
    };
    expect(rated(3.5)).toEqual({ rating: 'amber-near', ratingText: 'Amber (near)', ratingMeaning: '0.5 levels below the target' });
    expect(rated(3)).toEqual({ rating: 'amber', ratingText: 'Amber', ratingMeaning: '1.0 level below the target' });
    expect(rated(4.2).ratingText).toBe('Green');
    expect(rated(1.2).ratingText).toBe('Red');
    expect(rated(null)).toEqual({ rating: 'none', ratingText: 'Not rated', ratingMeaning: 'No answers' });
  });

  it('works out the gap, the standing and the rating by one rule: the level as shown, to one decimal place', () => {
    // 3.96 shows as 4.0: it meets the target, with no gap, and is Green; it was once "below the target by 0.0 levels".
    expect(standing(EN_GB, 3.96, 4)).toMatchObject({ status: 'met', statusText: 'At or above the target', gap: 0, gapText: '0.0', rating: 'green' });
    // 2.75 shows as 2.8: the gap is 1.2 (4 − 2.8), not 1.3 (4 − 2.75, rounded).
    expect(standing(EN_GB, 2.75, 4)).toMatchObject({ status: 'below', statusText: 'Below the target by 1.2 levels', gap: 1.2, rating: 'amber' });
    expect(standing(EN_GB, 5, 4)).toMatchObject({ status: 'met', gap: 0 });
    expect(standing(EN_GB, null, 4)).toMatchObject({ status: 'none', gap: null, gapText: '–', rating: 'none' });
    expect(gapToTarget(3.04, 4)).toBe(1);
  });

  it('rates every theme of an assessment, with the overall rating and the counts', async () => {
    const { model } = await modelFor([committeeFixture('every-rating.yaml')]);
    const f = committeeOf(model).findings;
    expect(f.themes.map((t) => [t.id, t.levelText, t.gapText, t.ratingText])).toEqual([
      ['leadership', '4.0', '0.0', 'Green'],
      ['data', '2.0', '2.0', 'Red'],
      ['services', '3.5', '0.5', 'Amber (near)'],
      ['technology', '–', '–', 'Not rated'],
    ]);
    expect(f.counts).toEqual({ green: 1, 'amber-near': 1, amber: 0, red: 1, none: 1 });
    expect(f.paragraphs[1]!.text).toBe('Of the 4 themes, 1 is rated Green, 1 Amber (near), 1 Red and 1 Not rated.');
    expect(f.thresholds.map((t) => `${t.ratingText}: ${t.rule}`)).toEqual([
      'Green: at or above the target',
      'Amber (near): below the target by 0.5 of a level or less',
      'Amber: below the target by more than 0.5 and up to 1.5 levels',
      'Red: more than 1.5 levels below the target',
      'Not rated: no questions answered',
    ]);
    expect(f.thresholdsParagraph.text).toContain('does not depend on colour');
  });

  it('puts 1.5 levels below the target in Amber, not Red', async () => {
    const { model } = await modelFor([committeeFixture('amber-edges.yaml')]);
    expect(committeeOf(model).findings.themes.map((t) => [t.levelText, t.ratingText])).toEqual([
      ['2.5', 'Amber'],
      ['2.0', 'Red'],
      ['3.5', 'Amber (near)'],
      ['3.5', 'Amber (near)'],
    ]);
  });
});

describe('"Report of"', () => {
  const person = (role: string | null, name = 'X') => ({ id: name, name, role, display: name });

  it('is the first role that names an Information Officer, else a Chief Executive, else a placeholder', () => {
    expect(reportOf([person('Chief Executive', 'a'), person('Chief Digital and Information Officer', 'b')], EN_GB).text).toBe('Chief Digital and Information Officer');
    expect(reportOf([person('Leader of the Council'), person('chief executive')], EN_GB).text).toBe('chief executive');
    expect(reportOf([person('Head of Digital'), person(null)], EN_GB)).toEqual({ text: REPORT_OF_PLACEHOLDER, person: null, placeholder: true });
    expect(reportOf([], EN_GB)).toMatchObject({ text: "[Report author's role]", placeholder: true });
  });

  it('recognises CIO, CDO, CTO and CEO, and spells out an abbreviation that can mean one thing', () => {
    const of = (...roles: string[]) => reportOf(roles.map((r, i) => person(r, `p${i}`)), EN_GB);
    expect(of('Chief Executive', 'CIO', 'Leader')).toMatchObject({ text: 'Chief Information Officer', person: { id: 'p1' } });
    expect(of('Chief Executive', 'c.i.o.')).toMatchObject({ text: 'Chief Information Officer' });
    expect(of('CEO', 'CDIO').text).toBe('Chief Digital and Information Officer');
    expect(of('Chief Executive', 'Chief Digital Officer').text).toBe('Chief Digital Officer');
    expect(of('CEO', 'CTO').text).toBe('Chief Technology Officer');
    // "CDO" may be digital or data: recognised, kept as written.
    expect(of('Chief Executive', 'CDO').text).toBe('CDO');
    // A chief information officer comes before a chief digital officer, wherever they are listed.
    expect(of('Chief Digital Officer', 'Chief Information Officer').text).toBe('Chief Information Officer');
    expect(of('Leader', 'CEO').text).toBe('Chief Executive');
    expect(of('CIO and Director of Resources').text).toBe('CIO and Director of Resources');
    // Not a word on its own: "Director" contains no CTO, "Socio" no CIO.
    expect(of('Director of Socio-economic Policy', 'Electoral officer').placeholder).toBe(true);
  });

  it('goes on the cover and into the recommendation to report back', async () => {
    const team = committeeOf((await modelFor(TEAM)).model);
    expect(team.cover.find((c) => c.label === 'Report of')).toEqual({ label: 'Report of', value: 'Chief Information Officer', placeholder: false });
    expect(team.recommendations[2]!.text).toMatch(/^asks the Chief Information Officer to report progress/);
    const ceo = committeeOf((await modelFor([committeeFixture('amber-edges.yaml')])).model);
    expect(ceo.reportOf.text).toBe('Chief Executive');
    const none = committeeOf((await modelFor([committeeFixture('every-rating.yaml')])).model);
    expect(none.cover.find((c) => c.label === 'Report of')).toMatchObject({ value: REPORT_OF_PLACEHOLDER, placeholder: true });
    expect(none.recommendations.at(-1)!.text).toContain(`asks the ${REPORT_OF_PLACEHOLDER} to report progress`);
  });
});

describe('the committee paper', async () => {
  const { model } = await modelFor(TEAM, { baseline: BASELINE });
  const c = committeeOf(model);

  it('has the sections of a committee report, numbered, with numbered paragraphs', () => {
    expect(Object.values(c.sections).map((s) => `${s.number}. ${s.title}`)).toEqual([
      '1. Purpose of the report',
      '2. Recommendations',
      '3. Background',
      '4. Summary of findings',
      '5. Action plan',
      '6. Implications',
      '7. Background papers',
    ]);
    expect(c.purpose.map((p) => p.number)).toEqual(['1.1', '1.2']);
    expect(c.background.map((p) => p.number)).toEqual(['3.1', '3.2', '3.3', '3.4']);
    expect(c.findings.paragraphs.at(-1)!.number).toBe(`4.${c.findings.paragraphs.length}`);
    expect(c.findings.thresholdsParagraph.number).toBe(`4.${c.findings.paragraphs.length + 1}`);
  });

  it('drafts the recommendations from the results: note, endorse with the three priority actions named, report back', () => {
    expect(c.recommendationsIntro).toBe('That the committee:');
    expect(c.recommendations.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(c.recommendations[0]!.text).toBe(
      'notes the results of the digital maturity self-assessment so far and the change since the baseline assessment of 13 May 2025: ' +
        '7 of the 8 questions that apply have been answered, so the overall level of 2.8 (Developing) against the target of level 4 (Embedded), rated Amber, ' +
        'may change when the last one is answered; Share data with partners is rated Red, more than 1.5 levels below the target (section 4).',
    );
    expect(c.recommendations[1]!.text).toBe('endorses the action plan in section 5 and, in particular, its three priority actions:');
    expect(c.recommendations[1]!.items).toEqual(model.summary.topActions.map((a) => expect.stringContaining(a.text)));
    expect(c.recommendations[1]!.items[0]).toBe('Agree a digital skills plan for senior leaders (owner: Director of HR; no horizon set)');
    expect(c.actionPlan.priority).toEqual(model.summary.topActions);
  });

  it("cites the framework's sources in the background", () => {
    expect(c.background.at(-1)!.text).toBe('The framework draws on these two published sources:');
    expect(c.sources.map((s) => s.citation)).toEqual([
      'LGA, Solace, Local CIO Council, Socitm (2016). Digital innovation and local leadership.',
      'Example Press (2024). The council digital handbook.',
    ]);
  });

  it('leaves the implications for the report author, clearly marked, with what to cover', () => {
    expect(c.implications.map((i) => `${i.number} ${i.title}`)).toEqual([
      '6.1 Financial implications',
      '6.2 Legal implications, including data protection',
      '6.3 Equalities implications',
      '6.4 Risk implications',
      '6.5 Climate and environmental implications',
    ]);
    for (const i of c.implications) {
      expect(i.placeholder).toBe(AUTHOR_PLACEHOLDER);
      expect(i.placeholder).toBe('[To be completed by the report author]');
      expect(i.guidance.length).toBeGreaterThan(40);
    }
    expect(c.implications[1]!.guidance).toMatch(/data protection impact assessment/);
    expect(c.implications[3]!.facts).toEqual(['The theme rated Red, Share data with partners, is more than 1.5 levels below the target.']);
  });

  it('says what Red means in recommendation 1, true for one Red theme, the only one rated, or several', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dma-red-'));
    const answers = (name: string, levels: Record<string, number>) => {
      const file = join(dir, name);
      const lines = Object.entries(levels).map(([id, level]) => `  ${id}: { level: ${level} }`);
      writeFileSync(file, `schema: 1\nframework: { id: report-test, version: 1.2.0 }\norganisation: Anyshire\ndate: 2026-10-05\nanswers:\n${lines.join('\n')}\n`);
      return file;
    };
    const modelOf = async (levels: Record<string, number>) => (await modelFor([answers(`${Object.keys(levels).length}.yaml`, levels)])).model;
    const first = async (levels: Record<string, number>) => committeeOf(await modelOf(levels)).recommendations[0]!.text;
    const onlyOne = await first({ 'data.protocol': 1 });
    expect((await modelOf({ 'data.protocol': 1 })).summary.paragraphs[0]).toMatch(/^Only 1 of the 9 questions has been answered so far/);
    expect(onlyOne).toContain('; Share data with partners is rated Red, more than 1.5 levels below the target (section 4).');
    expect(onlyOne).not.toMatch(/furthest|each/);
    expect(onlyOne).toContain('only 1 of the 9 questions has been answered, fewer than half');
    const several = await first({ 'leadership.vision': 1, 'leadership.cabinet': 2, 'data.protocol': 1, 'services.online': 2, 'services.design': 2 });
    expect(several).toMatch(/; \S.* and \S.* are rated Red, each more than 1\.5 levels below the target \(section 4\)\.$/);
    expect(several).not.toContain('furthest');
  });

  it('with nothing answered, asks only that the committee note it', async () => {
    const { model: empty } = await modelFor([committeeFixture('empty.yaml')]);
    expect(committeeOf(empty).recommendations.map((r) => r.text)).toEqual(['notes that the self-assessment has not yet been completed: no questions have been answered.']);
    expect(committeeOf(empty).findings.overall.ratingText).toBe('Not rated');
  });

  it('for one person, says who answered', async () => {
    const { model: single } = await modelFor([SINGLE]);
    expect(committeeOf(single).purpose[0]!.text).toContain('carried out on 20 November 2026 by Ali Khan (Chief Information Officer).');
  });
});
