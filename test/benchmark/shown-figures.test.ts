// What the benchmark shows a reader: every figure to one decimal place, and every "above",
// "below", "at", tie and "strongest" worked out from the figures as shown (JSON and CSV keep the
// exact ones); one date when there is one; every file given accounted for; a tampered share
// named by its cause; counts said in the singular; tied councils never dropped silently.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBenchmarkJson } from '../../src/core/benchmark/json.js';
import { buildBenchmarkModel } from '../../src/core/benchmark/model.js';
import type { BenchmarkModel } from '../../src/core/benchmark/types.js';
import type { ShareEntry } from '../../src/core/benchmark/versions.js';
import type { ShareDocument } from '../../src/core/share/schema.js';
import { shareJson } from '../../src/io/share-file.js';
import { renderBenchmarkHtml } from '../../src/render/benchmark-html.js';
import { renderBenchmarkMarkdown } from '../../src/render/benchmark-markdown.js';
import { runInProcess } from '../support/cli.js';
import { TINY_ANSWERS, TINY_FRAMEWORK, shareOf, variant, writeShares } from '../support/shares.js';

let base: ShareDocument;
beforeAll(async () => {
  base = await shareOf([TINY_ANSWERS], TINY_FRAMEWORK);
});

/**
 * A share with the scores given (lead, data, overall) as they would stand in a file; the model
 * takes a share's scores as stated (the reader has checked them), so any figure can be set.
 */
function scored(name: string, lead: number, data: number, overall: number, assessed = '2026-06-01'): ShareDocument {
  const share = variant(base, { name, assessed });
  share.themes.find((t) => t.id === 'lead')!.score = lead;
  share.themes.find((t) => t.id === 'data')!.score = data;
  share.overall.score = overall;
  return share;
}

const build = (shares: ShareDocument[], focus?: string): BenchmarkModel =>
  buildBenchmarkModel({
    entries: shares.map((share, i): ShareEntry => ({ file: `${i}.json`, share })),
    leftOut: [],
    generated: '2026-11-21',
    toolVersion: '0.0.0',
    ...(focus ? { focus } : {}),
  });

/**
 * Overall 40.0, 50.0, 50.1, 60.0: the median is 50.05 (shown 50.1), the lower quartile 47.5 and
 * the upper 52.575 (shown 52.6). Lead medians 50.05 and data 50.1: the same as shown.
 */
const group = () => [
  scored('Alpha Council', 60, 60.1, 60),
  scored('Beta Council', 50.1, 50.1, 50.1),
  scored('Gamma Council', 50, 50.1, 50),
  scored('Delta Council', 40, 40, 40),
];

/** Figures with two or more decimal places, outside dates and versions. */
const LONG_FIGURE = /(?<![\d.])\d+\.\d{2,}(?![\d.])/g;

describe('figures as shown', () => {
  it('shows every statistic to one decimal place, and keeps it exact in JSON', () => {
    const model = build(group());
    const overall = model.statistics.rows.at(-1)!;
    expect(overall.texts).toEqual({ min: '40.0', lowerQuartile: '47.5', median: '50.1', upperQuartile: '52.6', max: '60.0' });
    expect(model.summary[1]).toBe("The median overall score is 50.1 out of 100, level 2.0 on the scale from 0 to 4 that each council's own report uses; the middle half of the councils score between 47.5 and 52.6, and the range runs from 40.0 to 60.0.");
    const json = buildBenchmarkJson(model);
    expect(json.statistics.at(-1)).toMatchObject({ median: 50.05, upperQuartile: 52.575 });
    for (const text of [renderBenchmarkMarkdown(build(group(), 'Gamma Council')), textOf(renderBenchmarkHtml(build(group(), 'Gamma Council')))]) {
      expect(text).toContain('52.6');
      expect(text.match(LONG_FIGURE)).toBeNull();
    }
  });

  it('measures the distance to the median from the median as shown, so the words match the figures', () => {
    // Beta's 50.1 against a median of 50.05: shown 50.1, so "at the median" (not "0.05 above").
    const beta = build(group(), 'Beta Council').focus!;
    const overall = beta.rows.at(-1)!;
    expect([overall.scoreText, overall.medianText, overall.fromMedianText]).toEqual(['50.1', '50.1', 'at the median']);
    expect(beta.paragraphs[0]).toBe('Beta Council ranks 2nd of 4 overall, with a score of 50.1: at the median of 50.1.');
    // Gamma's 50.0: 0.1 below the 50.1 shown (the exact distance, 0.05, stays in the JSON).
    const gamma = build(group(), 'Gamma Council');
    expect(gamma.focus!.rows.at(-1)!.fromMedianText).toBe('0.1 below');
    expect(buildBenchmarkJson(gamma).focus!.themes.at(-1)!.fromMedian).toBe(-0.05);
    for (const row of gamma.focus!.rows) {
      const [score, median] = [Number(row.scoreText), Number(row.medianText)];
      const expected = score === median ? 'at the median' : `${Math.abs(score - median).toFixed(1)} ${score > median ? 'above' : 'below'}`;
      expect(row.fromMedianText, row.title).toBe(expected);
    }
  });

  it('calls themes whose medians are the same as shown the same, rather than one strongest', () => {
    // Lead's median is 50.05 and data's 50.1: both 50.1 as shown.
    const model = build(group());
    expect(model.summary).toContain('Every theme has the same median score, 50.1.');
    expect(model.summary.join(' ')).not.toContain('strongest');
    const apart = build([...group(), scored('Epsilon Council', 10, 90, 36.7)]);
    expect(apart.summary).toContain('Across the group, the strongest theme is Data sharing (median 50.1) and the weakest is Leadership (median 50.0): a theme where the whole group could learn together.');
  });

  it('says one date when every share has the same one, and the range otherwise', () => {
    const assessed = (m: BenchmarkModel) => m.frontMatter.find((f) => f.label === 'Assessed')!.value;
    expect(assessed(build(group()))).toBe('1 June 2026');
    expect(assessed(build([...group(), scored('Epsilon Council', 1, 1, 1, '2025-05-01')]))).toBe('1 May 2025 to 1 June 2026');
  });

  it('counts the earlier shares shown in a trend in the range, not only the latest ones ranked', () => {
    const earlier = scored('Alpha Council', 30, 30, 30, '2025-03-14');
    const model = build([...group(), earlier], 'Alpha Council');
    expect(model.trends!.rows.find((r) => r.name === 'Alpha Council')!.points.map((p) => p.dateText)).toEqual(['14 March 2025', '1 June 2026']);
    expect(model.frontMatter.find((f) => f.label === 'Assessed')!.value).toBe('14 March 2025 to 1 June 2026');
    expect(renderBenchmarkMarkdown(model)).toContain('- **Assessed:** 14 March 2025 to 1 June 2026\n');
  });
});

describe('whom to ask, with ties', () => {
  /** Zeta (the focus) scores 10 in lead; the others' lead scores are given; target level 3 is 75. */
  const around = (leads: number[]) => [scored('Zeta Council', 10, 10, 10), ...leads.map((lead, i) => scored(`Council ${String.fromCharCode(65 + i)}`, lead, 50, 40))];
  const lead = (m: BenchmarkModel) => m.focus!.whomToAsk.themes.find((t) => t.theme.id === 'lead')!;

  it('names every council tied with the last one named, and says so', () => {
    // None at the target: three are named, and D ties C at 40.0, so D is named too.
    const model = build(around([60, 50, 40, 40, 30]), 'Zeta Council');
    const theme = lead(model);
    expect(theme.peers.map((p) => [p.name, p.scoreText])).toEqual([
      ['Council A', '60.0'],
      ['Council B', '50.0'],
      ['Council C', '40.0'],
      ['Council D', '40.0'],
    ]);
    expect(theme.moreText).toBe('and 1 more (see the heatmap)');
    expect(model.focus!.whomToAsk.intro).toContain('and any that score the same as the last one named are named too, up to 10 in all.');
    const json = buildBenchmarkJson(model).focus!.whomToAsk.find((w) => w.theme === 'lead')!;
    expect(json.councils.map((c) => c.name)).toEqual(['Council A', 'Council B', 'Council C', 'Council D']);
    // `more` counts councils at or above the target, as the schema says: none here.
    expect(json.more).toBe(0);
  });

  it('at the target, names a tie beyond five, and counts a tie too big to name', () => {
    const seven = lead(build(around([90, 80, 80, 80, 80, 80, 80]), 'Zeta Council'));
    expect(seven.peers).toHaveLength(7);
    expect(seven.moreText).toBeNull();
    const twelve = build(around(Array<number>(12).fill(80)), 'Zeta Council');
    expect(lead(twelve).peers).toHaveLength(10);
    expect(lead(twelve).moreText).toBe('and 2 more, all also scoring 80.0 (see the heatmap)');
    expect(buildBenchmarkJson(twelve).focus!.whomToAsk.find((w) => w.theme === 'lead')!.more).toBe(2);
  });

  it('compares with the target as shown', () => {
    // On a scale of 1 to 10, target level 2 is a score of 11.11…, shown "11.1 or more": a council
    // at 11.1 is at the target, as the figures say; one at 11.0 is not.
    const shares = around([11.1, 11]);
    shares[0]!.scale = { min: 1, max: 10, target: 2 };
    const model = build(shares, 'Zeta Council');
    expect(model.focus!.whomToAsk.intro).toContain('level 2, a score of 11.1 or more');
    expect(lead(model).text).toBe("1 council that shared its name is at or above the target, against Zeta Council's 10.0:");
    expect(lead(model).peers.map((p) => p.name)).toEqual(['Council A']);
  });
});

describe('dma benchmark: every file accounted for', () => {
  let dir: string;
  /** The file names, run in their folder, so the report names them as given. */
  let names: string[];
  const run = (args: string[]) => runInProcess(['benchmark', ...args], { cwd: dir });
  beforeAll(() => {
    const shares: Record<string, ShareDocument | string> = {};
    ['Alpha', 'Beta', 'Gamma', 'Delta', 'Epsilon', 'Zeta'].forEach((name, i) => {
      shares[`${name.toLowerCase()}.json`] = variant(base, { name: `${name} Council`, assessed: '2026-11-21', levels: { 'lead.vision': i % 5, 'data.protocol': (i + 2) % 5 } });
    });
    shares['copy-1.json'] = shares['alpha.json']!;
    shares['copy-2.json'] = shares['beta.json']!;
    const tampered = JSON.parse(shareJson(variant(base, { name: 'Eta Council', levels: { 'lead.vision': 1 } }))) as ShareDocument;
    tampered.themes[0]!.questions[0]!.level = 4;
    shares['tampered.json'] = JSON.stringify(tampered, null, 2);
    shares['truncated.json'] = shareJson(variant(base, { name: 'Theta Council' })).slice(0, 200);
    dir = writeShares(shares).dir;
    names = Object.keys(shares);
  });

  it('counts ten files given as compared, copies and left out, and names the date once', async () => {
    const result = await run([...names, '-o', 'region.md']);
    expect(result.code, result.stderr).toBe(0);
    const md = readFileSync(join(dir, 'region.md'), 'utf8');
    expect(md).toContain('- **Share files read:** 10 (6 compared, 2 copies of another file counted once, 2 left out)');
    expect(md).toContain('- **Assessed:** 21 November 2026\n');
    expect(md).toContain('copy-1.json is the same share as alpha.json (Alpha Council); it is counted once.');
    expect(result.stderr).toContain('Compared 6 councils from 6 share files; 2 copies of another file counted once; 2 left out');
  });

  it('leads a tampered share with its cause: it was changed after dma share wrote it', async () => {
    const result = await run(names);
    expect(result.stdout).toMatch(/- tampered\.json: the checksum does not match the content: the file was changed after dma share wrote it; ask for a new copy made with dma share \(and 2 more problems\)\n/);
    expect(result.stderr).toContain('left out: ');
    expect(result.stderr).toMatch(/tampered\.json was changed after dma share wrote it: its checksum does not match its content \(and 2 more problems\)/);
  });

  it('says a count of one in the singular', async () => {
    const strict = await run(['truncated.json', '--strict']);
    expect(strict.stderr).toContain('error: the share file cannot be used; nothing was written (--strict)');
    const focus = await run(['alpha.json', '--focus', 'Nowhere']);
    expect(focus.code).toBe(2);
    expect(focus.stderr).toContain('--focus "Nowhere" does not match the one council in these share files');
    const one = await run(['alpha.json', 'copy-1.json']);
    expect(one.stdout).toContain('- **Share files read:** 2 (1 compared, 1 copy of another file counted once)');
    expect(one.stderr).toContain('Compared 1 council from 1 share file; 1 copy of another file counted once');
  });
});

/** An HTML page's visible text: no styles, no tags. */
function textOf(html: string): string {
  return html.replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
}
