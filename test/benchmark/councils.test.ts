// Which shares are one council, and which councils the figures count: a name typed with another
// apostrophe is the same council; a council that answered fewer than half its questions is shown
// but not ranked; a later share of the same assessment corrects the earlier one.
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBenchmarkJson } from '../../src/core/benchmark/json.js';
import { buildBenchmarkModel } from '../../src/core/benchmark/model.js';
import type { BenchmarkModel } from '../../src/core/benchmark/types.js';
import type { ShareEntry } from '../../src/core/benchmark/versions.js';
import type { ShareDocument } from '../../src/core/share/schema.js';
import { TINY_ANSWERS, TINY_FRAMEWORK, shareOf, variant } from '../support/shares.js';

let base: ShareDocument;
beforeAll(async () => {
  base = await shareOf([TINY_ANSWERS], TINY_FRAMEWORK);
});

type Levels = Record<string, number | null>;
const levels = (vision: number | null, cabinet: number | null, protocol: number | null): Levels => ({ 'lead.vision': vision, 'lead.cabinet': cabinet, 'data.protocol': protocol });
const share = (name: string, l: Levels, assessed = '2026-06-01', shared?: string) =>
  variant(base, { name, assessed, levels: l as Record<string, number>, ...(shared ? { shared } : {}) });
const build = (entries: ShareEntry[], focus?: string): BenchmarkModel =>
  buildBenchmarkModel({ entries, leftOut: [], generated: '2026-11-21', toolVersion: '0.0.0', ...(focus ? { focus } : {}) });

describe('a council that answered fewer than half the questions that apply', () => {
  // The tiny framework: 4 questions, data.nhs not applicable in every share here, so 3 apply.
  const entries = () => [
    { file: 'alpha.json', share: share('Alpha Council', levels(2, 2, 2)) },
    { file: 'beta.json', share: share('Beta Council', levels(1, 1, null)) },
    { file: 'sparse.json', share: share('Sparse Council', levels(4, null, null)) },
  ];

  it('is shown with its scores but not ranked, and is left out of the statistics', () => {
    const model = build(entries());
    const rows = model.heatmap.rows;
    expect(rows.map((r) => [r.name, r.rankText, r.answeredText])).toEqual([
      ['Alpha Council', '1', '3 of 3'],
      ['Beta Council', '2', '2 of 3'],
      ['Sparse Council', 'not ranked', '1 of 3'],
    ]);
    expect(rows[2]!.overall.text).toBe('100.0');
    const overall = model.statistics.rows.at(-1)!;
    expect(overall).toMatchObject({ councils: 2, max: 50 });
    expect(model.notices).toContain(
      'Sparse Council answered 1 of the 3 questions that apply, fewer than half: its scores are shown, but it is not ranked, and is left out of the medians, the quartiles and whom to ask.',
    );
    expect(model.notices).toContain('Not every question that applies was answered by Beta Council (2 of 3): its scores are on the questions answered.');
    const json = buildBenchmarkJson(model).councils.find((c) => c.name === 'Sparse Council')!;
    expect(json).toMatchObject({ rank: null, provisional: true, answered: 1, applicable: 3 });
  });

  it('is never named in whom to ask, and focused on, says why it has no rank', () => {
    const beta = build(entries(), 'Beta Council').focus!;
    const named = beta.whomToAsk.themes.flatMap((t) => t.peers.map((p) => p.name));
    expect(named).not.toContain('Sparse Council');
    expect(named).toContain('Alpha Council');
    const sparse = build(entries(), 'Sparse Council').focus!;
    expect(sparse.paragraphs[0]).toBe('Sparse Council answered 1 of the 3 questions that apply, fewer than half, so it is not ranked; its scores are shown against the medians of the councils that are.');
    expect(sparse.rows.at(-1)).toMatchObject({ scoreText: '100.0', rank: null, rankText: 'not ranked' });
  });
});

describe('one council, however its name was typed', () => {
  it('takes a straight and a curly apostrophe as one council, says so, and shows its trend', () => {
    const model = build([
      { file: '2025.json', share: share("King's Lynn Council", levels(1, 1, 1), '2025-06-01') },
      { file: '2026.json', share: share('King’s Lynn Council', levels(2, 2, 2)) },
      { file: 'alpha.json', share: share('Alpha Council', levels(3, 3, 3)) },
    ]);
    expect(model.counts.councils).toBe(2);
    expect(model.notices).toContain(
      'The names "King\'s Lynn Council" and "King’s Lynn Council" differ only in their apostrophes, dashes, accents, case or spacing, so they are taken as one council, shown as "King’s Lynn Council".',
    );
    expect(model.trends!.rows.map((r) => [r.name, r.points.length])).toEqual([['King’s Lynn Council', 2]]);
  });

  it('finds --focus with a straight apostrophe, an ordinary hyphen or no accent', () => {
    const entries = [
      { file: 'a.json', share: share('St Mary’s–on–Sea Council', levels(2, 2, 2)) },
      { file: 'b.json', share: share('Ynys Môn Council', levels(3, 3, 3)) },
    ];
    expect(build(entries, "st mary's-on-sea council").focus!.name).toBe('St Mary’s–on–Sea Council');
    expect(build(entries, 'Ynys Mon Council').focus!.name).toBe('Ynys Môn Council');
  });
});

describe('a later share of the same assessment', () => {
  it('corrects the earlier one: the later is ranked, and there is no trend within one assessment', () => {
    const model = build([
      { file: 'beta-v2.json', share: share('Beta Council', levels(3, 3, 3), '2026-06-01', '2026-07-01') },
      { file: 'beta.json', share: share('Beta Council', levels(1, 1, 1), '2026-06-01', '2026-06-02') },
      { file: 'alpha.json', share: share('Alpha Council', levels(2, 2, 2)) },
    ]);
    expect(model.heatmap.rows[0]).toMatchObject({ name: 'Beta Council', rankText: '1', file: 'beta-v2.json', shares: 2 });
    expect(model.trends).toBeNull();
    expect(model.notices).toContain('Beta Council shared the same assessment more than once; the share made last is the one used, in the ranks and in its trend.');
  });
});
