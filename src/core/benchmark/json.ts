// dma benchmark -f json: the model's figures as data, with a zod schema that the JSON Schema
// in schema/benchmark.schema.json is generated from. Names are values, never keys.
import * as z from 'zod/mini';
import type { BenchmarkModel } from './types.js';
import { jsonWithoutControls } from '../visible-controls.js';

const score = z.nullable(z.number());
const themeRef = z.nullable(z.string().check(z.describe('A theme id; null for the overall score.')));

const councilJson = z.strictObject({
  name: z.string().check(z.describe("The council's name, or its pseudonym when anonymous.")),
  anonymous: z.boolean(),
  rank: z.nullable(z.int()).check(z.describe('Overall rank, 1 = highest; tied councils share the best rank; null when not ranked.')),
  provisional: z.boolean().check(z.describe('Fewer than half the questions that apply answered: not ranked, and left out of the statistics (added after 0.1.0).')),
  answered: z.int().check(z.describe('Questions compared that the latest share answered with a level (added after 0.1.0).')),
  applicable: z.int().check(z.describe('Questions compared that apply to the council: not answered not applicable (added after 0.1.0).')),
  date: z.string().check(z.describe('Date of the latest share: of the assessment, else of sharing.')),
  shares: z.int(),
  file: z.string(),
  overall: score,
  themes: z.array(z.strictObject({ theme: z.string(), score })),
});

const statisticsJson = z.strictObject({
  theme: themeRef,
  title: z.string(),
  councils: z.int(),
  min: score,
  lowerQuartile: score.check(z.describe("As Excel's QUARTILE.INC(scores, 1), exact (up to three decimal places); Markdown and HTML show it to one.")),
  median: score.check(z.describe("As Excel's QUARTILE.INC(scores, 2), exact (up to three decimal places); Markdown and HTML show it to one.")),
  upperQuartile: score.check(z.describe("As Excel's QUARTILE.INC(scores, 3), exact (up to three decimal places); Markdown and HTML show it to one.")),
  max: score,
});

const focusJson = z.strictObject({
  council: z.string(),
  anonymous: z.boolean(),
  themes: z.array(
    z.strictObject({
      theme: themeRef,
      score,
      rank: z.nullable(z.int()),
      of: z.int(),
      median: score.check(z.describe('Exact, as in statistics.')),
      fromMedian: score.check(z.describe('The score less the exact median; Markdown and HTML give the score less the median as shown, to one decimal place.')),
    }),
  ),
  whomToAsk: z.array(
    z.strictObject({
      theme: z.string(),
      score,
      councils: z
        .array(z.strictObject({ name: z.string(), score: z.number() }))
        .check(z.describe('The councils named, highest score first; councils tied with the last one are named too, up to ten in all.')),
      more: z.int().check(z.describe('Further councils at or above the target that are not listed.')),
    }),
  ),
});

const trendJson = z.strictObject({
  council: z.string(),
  anonymous: z.boolean(),
  points: z.array(
    z.strictObject({
      date: z.string(),
      overall: score,
      answeredWith: z.string().check(z.describe('The version of the framework the answers of this share were made with.')),
    }),
  ),
  change: score,
});

export const benchmarkJsonSchema = z.strictObject({
  format: z.literal('dma-benchmark'),
  schema: z.literal(1),
  generated: z.string(),
  producedWith: z.string(),
  framework: z.strictObject({
    id: z.string(),
    title: z.string(),
    versions: z.array(z.strictObject({ version: z.string(), hash: z.string(), label: z.string(), shares: z.int(), questions: z.int() })),
    questionsCompared: z.int(),
  }),
  themes: z.array(z.strictObject({ id: z.string(), number: z.int(), title: z.string() })),
  councils: z.array(councilJson).check(z.describe('Highest overall score first.')),
  statistics: z.array(statisticsJson).check(z.describe('One entry per theme, then the overall score.')),
  focus: z.nullable(focusJson),
  trends: z.array(trendJson),
  notices: z.array(z.string()),
  leftOut: z.array(z.strictObject({ file: z.string(), reason: z.string() })),
});

export type BenchmarkJson = z.infer<typeof benchmarkJsonSchema>;

export function buildBenchmarkJson(model: BenchmarkModel): BenchmarkJson {
  return {
    format: 'dma-benchmark',
    schema: 1,
    generated: model.generated.iso,
    producedWith: `${model.tool.name} ${model.tool.version}`,
    framework: {
      id: model.framework.id,
      title: model.framework.title,
      versions: model.framework.versions.map((v) => ({ ...v })),
      questionsCompared: model.framework.questionsCompared,
    },
    themes: model.themes.map((t) => ({ ...t })),
    councils: model.heatmap.rows.map((r) => ({
      name: r.name,
      anonymous: r.anonymous,
      rank: r.rank,
      provisional: r.provisional,
      answered: r.answered,
      applicable: r.applicable,
      date: r.date.iso,
      shares: r.shares,
      file: r.file,
      overall: r.overall.score,
      themes: r.themes.map((c, i) => ({ theme: model.themes[i]!.id, score: c.score })),
    })),
    statistics: model.statistics.rows.map((r) => ({
      theme: r.id,
      title: r.title,
      councils: r.councils,
      min: r.min,
      lowerQuartile: r.lowerQuartile,
      median: r.median,
      upperQuartile: r.upperQuartile,
      max: r.max,
    })),
    focus: model.focus && {
      council: model.focus.name,
      anonymous: model.focus.anonymous,
      themes: model.focus.rows.map((r) => ({ theme: r.id, score: r.score, rank: r.rank, of: r.of, median: r.median, fromMedian: r.fromMedian })),
      whomToAsk: model.focus.whomToAsk.themes.map((w) => ({
        theme: w.theme.id,
        score: model.focus!.rows.find((r) => r.id === w.theme.id)?.score ?? null,
        councils: w.peers.map((p) => ({ name: p.name, score: p.score })),
        // `more` counts councils at or above the target only, as it always has; higher-scoring councils beyond those named are not counted here.
        more: w.atTarget ? w.moreCount : 0,
      })),
    },
    trends: (model.trends?.rows ?? []).map((t) => ({
      council: t.name,
      anonymous: t.anonymous,
      points: t.points.map((p) => ({ date: p.date.iso, overall: p.overall, answeredWith: p.answeredWith })),
      change: t.change,
    })),
    notices: [...model.notices],
    leftOut: (model.leftOut?.files ?? []).map((f) => ({ ...f })),
  };
}

export function renderBenchmarkJson(model: BenchmarkModel): string {
  return `${jsonWithoutControls(JSON.stringify(buildBenchmarkJson(model), null, 2))}\n`;
}
