// Section 4 of the committee paper: the summary of findings, with each theme's red/amber/green
// rating (the report model's, by the rules in ../rules.ts) and how the ratings are worked out.
import type { ReportModel } from '../model-types.js';
import { RAG_AMBER, RAG_NEAR, RAG_RATINGS } from '../rules.js';
import type { RagRating, ScoreView, ThemeView } from '../types.js';
import type { Wording } from '../wording/index.js';
import type { CommitteeView, NumberedParagraph, RagRow } from './types.js';

export function numbered(section: string, texts: readonly string[], from = 1): NumberedParagraph[] {
  return texts.map((text, i) => ({ number: `${section}.${i + from}`, text }));
}

function ragRow(row: { number: number | null; id: string | null; title: string }, score: ScoreView, target: number): RagRow {
  const { level, levelText, label, gap, gapText, rating, ratingText, ratingMeaning } = score;
  return { ...row, level, levelText, label, target, gap, gapText, rating, ratingText, ratingMeaning };
}

export function ratingRows(m: ReportModel, w: Wording): { themes: RagRow[]; overall: RagRow } {
  const target = m.scale.target;
  return {
    themes: m.themes.map((t: ThemeView) => ragRow({ number: t.number, id: t.id, title: t.title }, t, target)),
    overall: ragRow({ number: null, id: null, title: w.labels.overall }, m.overall, target),
  };
}

export function findings(m: ReportModel, w: Wording, section: string, appendix: string): CommitteeView['findings'] {
  const r = w.committee.rating;
  const { themes, overall } = ratingRows(m, w);
  const counts = Object.fromEntries(RAG_RATINGS.map((k) => [k, 0])) as Record<RagRating, number>;
  for (const row of themes) counts[row.rating] += 1;
  const rules = r.rules(RAG_NEAR, RAG_AMBER);
  const thresholds = RAG_RATINGS.map((rating) => ({ rating, ratingText: r.text[rating], rule: rules[rating] }));
  const countsText = r.counts(
    themes.length,
    RAG_RATINGS.filter((k) => counts[k] > 0).map((k) => ({ count: counts[k], text: r.text[k] })),
  );
  const paragraphs = numbered(section, [
    ...[m.summary.paragraphs[0] ?? '', countsText, ...m.summary.paragraphs.slice(1)].filter((p) => p !== ''),
    w.committee.findingsTable.note(appendix),
  ]);
  return {
    paragraphs,
    themes,
    overall,
    counts,
    caption: w.committee.findingsTable.caption(m.scale.targetPhrase),
    gapLabel: w.committee.findingsTable.gap,
    thresholdsParagraph: {
      number: `${section}.${paragraphs.length + 1}`,
      text: r.explained(m.scale.targetPhrase, thresholds.map((t) => r.rule(t.ratingText, t.rule))),
    },
    thresholds,
  };
}
