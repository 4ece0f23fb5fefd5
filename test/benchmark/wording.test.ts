// One source for every sentence, for the benchmark and the share file too: their words come from
// the wording module (core/report/wording/benchmark.ts and share.ts). Changed there (here, at
// test time), they change in the Markdown, HTML and CSV benchmarks and in what `dma share` says,
// and the renderers type no words of their own.
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { buildBenchmarkModel } from '../../src/core/benchmark/model.js';
import { BENCHMARK_WORDING } from '../../src/core/report/wording/benchmark.js';
import { SHARE_WORDING } from '../../src/core/report/wording/share.js';
import { shareContentsText } from '../../src/core/share/contents.js';
import type { ShareDocument } from '../../src/core/share/schema.js';
import { renderBenchmarkCsvCombined } from '../../src/render/benchmark-csv.js';
import { renderBenchmarkHtml } from '../../src/render/benchmark-html.js';
import { renderBenchmarkMarkdown } from '../../src/render/benchmark-markdown.js';
import { TINY_ANSWERS, TINY_FRAMEWORK, shareOf, variant } from '../support/shares.js';

let base: ShareDocument;
beforeAll(async () => {
  base = await shareOf([TINY_ANSWERS], TINY_FRAMEWORK);
});

const labels = BENCHMARK_WORDING.labels as Record<string, unknown>;
const saved = { ...labels };
afterEach(() => Object.assign(labels, saved));

function outputs(): string[] {
  const entries = [
    { file: 'a.json', share: variant(base, { name: 'Alpha Council', assessed: '2025-06-01', levels: { 'lead.vision': 1 } }) },
    { file: 'b.json', share: variant(base, { name: 'Alpha Council', assessed: '2026-06-01', levels: { 'lead.vision': 3 } }) },
    { file: 'c.json', share: variant(base, { name: 'Beta Council' }) },
  ];
  // The same share twice: a notice ("Read this first").
  entries.push({ file: 'c-copy.json', share: entries[2]!.share });
  const model = buildBenchmarkModel({ entries, leftOut: [{ file: 'bad.json', reason: 'broken' }], focus: 'Alpha Council', generated: '2026-11-21', toolVersion: '9.9.9' });
  return [renderBenchmarkMarkdown(model), renderBenchmarkHtml(model), renderBenchmarkCsvCombined(model)];
}

describe('the benchmark takes its words from the wording module', () => {
  it('every label of its tables and page, changed there, changes in Markdown, HTML and CSV, and no format keeps the old words', () => {
    const before = outputs().join('\n');
    for (const words of ['Skip to the benchmark', 'Read this first', 'Files left out', 'Lower quartile', 'Overall score by date', 'From the median', 'Theme columns are numbered']) {
      expect(before).toContain(words);
    }
    for (const [key, value] of Object.entries(saved)) {
      labels[key] = typeof value === 'string' ? `«${key}»` : (...args: string[]) => `«${key}: ${args.join('|')}»`;
    }
    const [md, html, csv] = outputs();
    for (const words of ['Skip to the benchmark', 'Read this first', 'Files left out', 'Lower quartile', 'Overall score by date', 'From the median', 'Theme columns are numbered', 'Digital maturity benchmark']) {
      expect(`${md}\n${html}`, words).not.toContain(words);
    }
    expect(md).toContain('# «pageTitle: Alpha Council among 2 councils»');
    expect(html).toContain('<a class="skip-link" href="#main">«skipLink»</a>');
    expect(csv).toMatch(/^\ufeff"«rank»","«council»","«anonymous»","«date»","«shares»","«file»"/);
  });

  it('its sentences too', () => {
    const compared = BENCHMARK_WORDING.summary.compared;
    try {
      BENCHMARK_WORDING.summary.compared = (councils) => `${councils} councils, side by side.`;
      for (const out of outputs().slice(0, 2)) expect(out).toContain('2 councils, side by side.');
    } finally {
      BENCHMARK_WORDING.summary.compared = compared;
    }
  });
});

describe('what dma share says a share file holds comes from the wording module', () => {
  it('changed there, it changes on the terminal', () => {
    const holds = SHARE_WORDING.holds;
    try {
      expect(shareContentsText(base)[0]).toBe('The share file holds:');
      SHARE_WORDING.holds = 'In the file:';
      expect(shareContentsText(base)[0]).toBe('In the file:');
    } finally {
      SHARE_WORDING.holds = holds;
    }
  });
});
