// The benchmark model on councils whose scores are worked out by hand (the tiny framework:
// scale 0 to 4, so a level is worth 25 points; "lead" is vision × 3 + cabinet × 1 over 4 and
// weighs 2; "data" is the mean of its answered questions; nhs stays not applicable).
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBenchmarkModel } from '../../src/core/benchmark/model.js';
import type { BenchmarkModel } from '../../src/core/benchmark/types.js';
import type { ShareEntry } from '../../src/core/benchmark/versions.js';
import { DataError, UsageError } from '../../src/core/problems.js';
import { shareStructureText } from '../../src/core/share/canonical.js';
import type { ShareDocument } from '../../src/core/share/schema.js';
import { sha256 } from '../../src/io/share-file.js';
import { TINY_ANSWERS, TINY_FRAMEWORK, resign, shareOf, variant } from '../support/shares.js';

let base: ShareDocument;
beforeAll(async () => {
  base = await shareOf([TINY_ANSWERS], TINY_FRAMEWORK);
});

const levels = (vision: number, cabinet: number, protocol: number) => ({ 'lead.vision': vision, 'lead.cabinet': cabinet, 'data.protocol': protocol });

/**
 * lead / data / overall (lead weighs 2):
 * Alpha 100 / 100 / 100; Beta 75 / 50 / 66.7; Gamma (anonymous) 75 / 50 / 66.7;
 * Delta 25 / 25 / 25; Epsilon 37.5 / 75 / 50; Zeta 12.5 / 0 / 8.3.
 * Beta also shared a year earlier: 25 / 25 / 25.
 */
function group(): ShareEntry[] {
  const at = (name: string, l: Record<string, number>, assessed = '2026-06-01', anonymous = false) =>
    variant(base, { name, anonymous, assessed, levels: l });
  return [
    { file: 'alpha.json', share: at('Alpha Council', levels(4, 4, 4)) },
    { file: 'beta-2025.json', share: at('Beta Council', levels(1, 1, 1), '2025-06-01') },
    { file: 'beta.json', share: at('Beta Council', levels(3, 3, 2)) },
    { file: 'gamma.json', share: at('Council 0a1b2c3d', levels(3, 3, 2), '2026-06-01', true) },
    { file: 'delta.json', share: at('Delta Council', levels(1, 1, 1)) },
    { file: 'epsilon.json', share: at('Epsilon Council', levels(2, 0, 3)) },
    { file: 'zeta.json', share: at('Zeta Council', levels(0, 2, 0)) },
  ];
}

const build = (entries: ShareEntry[], focus?: string): BenchmarkModel =>
  buildBenchmarkModel({ entries, leftOut: [], generated: '2026-11-21', toolVersion: '0.0.0', ...(focus ? { focus } : {}) });

describe('the benchmark model', () => {
  it('works out every theme\'s figures as QUARTILE.INC does, on each council\'s latest share', () => {
    const model = build(group());
    expect(model.counts).toMatchObject({ councils: 6, shares: 7, anonymous: 1 });
    const [lead, data, overall] = model.statistics.rows;
    // lead sorted: 12.5 25 37.5 75 75 100. Q1 at 1.25: 25 + 0.25 × 12.5; median at 2.5: 37.5 + 0.5 × 37.5.
    expect(lead).toMatchObject({ title: '1. Leadership', councils: 6, min: 12.5, lowerQuartile: 28.125, median: 56.25, upperQuartile: 75, max: 100 });
    // Shown to one decimal place (halves up); the numbers stay exact.
    expect(lead!.texts).toEqual({ min: '12.5', lowerQuartile: '28.1', median: '56.3', upperQuartile: '75.0', max: '100.0' });
    // data sorted: 0 25 50 50 75 100.
    expect(data).toMatchObject({ councils: 6, min: 0, lowerQuartile: 31.25, median: 50, upperQuartile: 68.75, max: 100 });
    // overall sorted: 8.3 25 50 66.7 66.7 100. Q1: 25 + 0.25 × 25; median: 50 + 0.5 × 16.7.
    expect(overall).toMatchObject({ id: null, title: 'Overall', lowerQuartile: 31.25, median: 58.35, upperQuartile: 66.7 });
  });

  it('sorts the heatmap by overall score, and tied councils share the best rank', () => {
    const rows = build(group()).heatmap.rows;
    expect(rows.map((r) => [r.rankText, r.name, r.overall.text])).toEqual([
      ['1', 'Alpha Council', '100.0'],
      ['=2', 'Beta Council', '66.7'],
      ['=2', 'Council 0a1b2c3d', '66.7'],
      ['4', 'Epsilon Council', '50.0'],
      ['5', 'Delta Council', '25.0'],
      ['6', 'Zeta Council', '8.3'],
    ]);
    expect(rows[1]).toMatchObject({ rank: 2, shares: 2, file: 'beta.json', dateText: '1 June 2026' });
    expect(rows[0]!.themes.map((c) => [c.text, c.band])).toEqual([['100.0', 9], ['100.0', 9]]);
    expect(rows[5]!.themes.map((c) => [c.text, c.band])).toEqual([['12.5', 1], ['0.0', 0]]);
  });

  it('with --focus: the rank, the distance to the median, and whom to ask about the weakest themes', () => {
    const focus = build(group(), '  epsilon   COUNCIL ').focus!;
    expect(focus.name).toBe('Epsilon Council');
    expect(focus.rows.map((r) => [r.title, r.scoreText, r.rankText, r.medianText, r.fromMedianText])).toEqual([
      ['1. Leadership', '37.5', '4th of 6', '56.3', '18.8 below'],
      ['2. Data sharing', '75.0', '2nd of 6', '50.0', '25.0 above'],
      ['Overall', '50.0', '4th of 6', '58.4', '8.4 below'],
    ]);
    expect(focus.rows[0]!.fromMedian).toBe(-18.75);
    const [lead, data] = focus.whomToAsk.themes;
    // The target is level 3, a score of 75: Alpha and Beta are there; Gamma is too, but anonymous.
    expect(lead!.theme.title).toBe('Leadership');
    expect(lead!.peers.map((p) => [p.name, p.scoreText])).toEqual([['Alpha Council', '100.0'], ['Beta Council', '75.0']]);
    expect(lead!.text).toBe("2 councils that shared their names are at or above the target, against Epsilon Council's 37.5:");
    // Epsilon is at the target in data already: only a council scoring higher is worth asking.
    expect(data!.peers.map((p) => p.name)).toEqual(['Alpha Council']);
    expect(focus.whomToAsk.intro).toContain('level 3, a score of 75.0 or more');
  });

  it('a tied council is "joint"; a council can focus on its own pseudonym', () => {
    const focus = build(group(), 'council 0A1B2C3D').focus!;
    expect(focus.rows.at(-1)!.rankText).toBe('joint 2nd of 6');
    expect(focus.anonymous).toBe(true);
  });

  it('shows the trend of a council that shared more than once', () => {
    const model = build(group(), 'Beta Council');
    expect(model.trends!.rows).toHaveLength(1);
    expect(model.trends!.rows[0]).toMatchObject({ name: 'Beta Council', isFocus: true, change: 41.7, changeText: 'up 41.7' });
    expect(model.trends!.rows[0]!.points.map((p) => [p.dateText, p.overallText])).toEqual([
      ['1 June 2025', '25.0'],
      ['1 June 2026', '66.7'],
    ]);
    expect(model.focus!.trend!.rows.map((r) => [r.title, r.fromText, r.toText, r.changeText])).toEqual([
      ['1. Leadership', '25.0', '75.0', 'up 50.0'],
      ['2. Data sharing', '25.0', '50.0', 'up 25.0'],
      ['Overall', '25.0', '66.7', 'up 41.7'],
    ]);
    expect(model.summary[0]).toContain('1 council shared more than once, and only the latest share of each is ranked');
  });

  it('counts the same share given twice once, with a notice', () => {
    const entries = group();
    const model = build([...entries, { file: 'copy-of-alpha.json', share: entries[0]!.share }]);
    expect(model.counts.councils).toBe(6);
    expect(model.notices).toEqual(['copy-of-alpha.json is the same share as alpha.json (Alpha Council); it is counted once.']);
  });

  it('refuses a --focus that matches no council, as a usage error', () => {
    expect(() => build(group(), 'Alph')).toThrow(UsageError);
    expect(() => build(group(), 'Alph')).toThrow(/did you mean "Alpha Council"/);
  });
});

/** The tiny framework with one more question (data.cloud), as version 2.1.0 would have it. */
function newerVersion(share: ShareDocument, cloud: number, protocol: number): ShareDocument {
  const next = structuredClone(share);
  next.framework.version = '2.1.0';
  const data = next.themes.find((t) => t.id === 'data')!;
  data.questions.find((q) => q.id === 'data.protocol')!.level = protocol;
  data.questions.push({ id: 'data.cloud', weight: 1, level: cloud, notApplicable: false, spread: 0 });
  next.framework.hash = sha256(shareStructureText(next));
  return resign(next);
}

describe('shares of different framework versions and frameworks', () => {
  it('are compared on the questions they have in common, with a notice naming the versions', () => {
    const alpha = variant(base, { name: 'Alpha Council', levels: levels(4, 4, 4) });
    const newer = newerVersion(variant(base, { name: 'Newer Council' }), 0, 4);
    // Its own file says data is (0 + 100) / 2 = 50; on the common questions it is 100.
    expect(newer.themes[1]!.score).toBe(50);
    const model = build([
      { file: 'alpha.json', share: alpha },
      { file: 'newer.json', share: newer },
    ]);
    expect(model.notices[0]).toBe(
      'These shares use 2 versions of tiny: 2.0.0 (1 share, 4 questions) and 2.1.0 (1 share, 5 questions). ' +
        'They are compared only on the 4 questions all of them have; every score here is worked out on those questions alone.',
    );
    expect(model.framework.questionsCompared).toBe(4);
    expect(model.subtitle).toBe('Tiny test framework, versions 2.0.0 and 2.1.0');
    const row = model.heatmap.rows.find((r) => r.name === 'Newer Council')!;
    expect(row.themes.map((c) => c.score)).toEqual([31.3, 100]);
    expect(model.method.paragraphs.at(-1)).toContain('worked out again on the 4 questions all the versions have');
  });

  it('name an edited copy that claims the same version', () => {
    const edited = structuredClone(variant(base, { name: 'Edited Council' }));
    edited.themes[0]!.questions[0]!.weight = 1;
    edited.framework.hash = sha256(shareStructureText(edited));
    const model = build([
      { file: 'a.json', share: base },
      { file: 'edited.json', share: resign(edited) },
    ]);
    expect(model.framework.versions.map((v) => v.label)).toEqual([`2.0.0 (${base.framework.hash.slice(0, 19)}…)`, expect.stringMatching(/^2\.0\.0 \(sha256:/)]);
    expect(model.notices[1]).toMatch(/same version \(2\.0\.0\) have different questions or weights/);
    // One copy each: neither is the usual one, so both councils are named.
    expect(model.notices[2]).toBe(
      'The shares naming 2.0.0 were made with 2 different copies of it: Testshire County Council (a.json) and Edited Council (edited.json). Ask each council which copy it used.',
    );
    // With two shares on the usual copy, only the odd one is named.
    const three = build([
      { file: 'a.json', share: base },
      { file: 'b.json', share: variant(base, { name: 'Other Council' }) },
      { file: 'edited.json', share: resign(edited) },
    ]);
    expect(three.notices[2]).toBe(
      'Made with a copy of 2.0.0 unlike the one the other 2 shares used: Edited Council (edited.json). Ask that council whether the framework was edited.',
    );
  });

  it('are refused when the frameworks differ, naming each framework and its files', () => {
    const other = structuredClone(variant(base, { name: 'Other Council' }));
    other.framework.id = 'other-framework';
    other.framework.hash = sha256(shareStructureText(other));
    const entries = [
      { file: 'a.json', share: base },
      { file: 'b.json', share: resign(other) },
    ];
    expect(() => build(entries)).toThrow(DataError);
    expect(() => build(entries)).toThrow('these share files use different frameworks: tiny (a.json) and other-framework (b.json)');
    try {
      build(entries);
    } catch (error) {
      // One clause, then the advice as a sentence of its own.
      expect((error as DataError).message).toBe('these share files use different frameworks: tiny (a.json) and other-framework (b.json)');
      expect((error as DataError).sentences()).toBe(
        'these share files use different frameworks: tiny (a.json) and other-framework (b.json). A benchmark compares councils on one framework: run dma benchmark once for each.',
      );
    }
    expect.assertions(4);
  });
});
