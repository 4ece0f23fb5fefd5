// The figures behind the charts, and the words they carry: one row per theme with a text bar,
// the legend, titles and a text alternative that gives every figure.
import type { BuildContext } from './context.js';
import { dateView } from './context.js';
import { formatLevel, textBar } from './format.js';
import type { ChartView, ScaleView } from './model-types.js';
import { RADAR_MIN_THEMES } from './rules.js';
import type { ChartRow, ScoreView, ThemeView } from './types.js';

function rows(ctx: BuildContext, themes: ThemeView[], hasBaseline: boolean): ChartRow[] {
  const { scale, target, w } = ctx;
  return themes.map((t) => {
    const before = t.baseline?.from ?? null;
    const baselineLevelText = formatLevel(before);
    return {
      number: t.number,
      id: t.id,
      title: t.title,
      level: t.level,
      levelText: t.levelText,
      baselineLevel: before,
      baselineLevelText,
      status: t.status,
      statusText: t.statusText,
      rating: t.rating,
      ratingText: t.ratingText,
      bar: textBar(t.level, scale.min, scale.max, target),
      baselineBar: hasBaseline ? textBar(before, scale.min, scale.max, target) : null,
      valueText: t.level === null ? w.labels.noAnswers : w.chart.value(t.levelText),
      wasText: hasBaseline ? w.chart.was(baselineLevelText) : null,
    };
  });
}

export function chartSection(ctx: BuildContext, themes: ThemeView[], overall: ScoreView): ChartView {
  const { w, scale, target } = ctx;
  const hasBaseline = ctx.comparison !== null;
  const assessed = ctx.analysis.assessment.date;
  const baselineDate = dateView(w, ctx.baseline?.assessment.date);
  const chartRows = rows(ctx, themes, hasBaseline);
  const described = chartRows.map((r) =>
    w.chart.describeRow(`${r.number}. ${r.title}`, r.valueText, hasBaseline ? (r.baselineLevel === null ? w.labels.noAnswers : w.chart.value(r.baselineLevelText)) : null),
  );
  return {
    min: scale.min,
    max: scale.max,
    target,
    levels: scale.levels.map((l) => ({ level: l.level, label: l.label })),
    hasBaseline,
    currentLabel: w.chart.current(assessed ? w.date(assessed) : null),
    baselineLabel: hasBaseline ? w.chart.baseline(baselineDate?.text ?? null) : null,
    radar:
      themes.length >= RADAR_MIN_THEMES ? { available: true, note: null } : { available: false, note: w.chart.radarNote(RADAR_MIN_THEMES, themes.length) },
    rows: chartRows,
    overallBar: textBar(overall.level, scale.min, scale.max, target),
    radarTitle: w.chart.radarTitle,
    barsTitle: w.chart.barsTitle,
    description: w.chart.describe(scale.min, scale.max, target, described),
    targetLegend: w.chart.targetLegend(target),
    noAnswers: w.chart.noAnswers,
    baselineNoAnswers: w.chart.baselineNoAnswers,
  };
}

/** The chart's sentences for the report's text: how to read the charts and the bars. */
export function chartText(ctx: BuildContext, scale: ScaleView, hasBaseline: boolean) {
  const { w } = ctx;
  const lowest = scale.levels[0]!;
  const highest = scale.levels.at(-1)!;
  return {
    chartIntro: w.chart.intro(scale.rangeText, scale.targetPhrase, hasBaseline),
    chartTableNote: w.chart.tableNote,
    chartScale: w.chart.scaleOnly(scale.rangeText),
    barKey: w.chart.barKey(scale.max, scale.targetPhrase),
    barsNote: w.chart.barsNote(w.levelPhrase(lowest.level, lowest.label), w.levelPhrase(highest.level, highest.label), scale.targetPhrase, hasBaseline),
    radarCaption: w.chart.radarCaption,
    barsCaption: w.chart.barsCaption,
    chartTableCaption: w.chart.tableCaption,
  };
}
