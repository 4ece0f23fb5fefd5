// The benchmark: many councils' shares of one framework, compared theme by theme. Builds the
// whole model, figures and sentences (in the wording module's words); the renderers only lay it out.
import { DataError } from '../problems.js';
import { BENCHMARK_WORDING as W } from '../report/wording/benchmark.js';
import { answerVersionNotices, answeredWith } from './answer-versions.js';
import type { Council } from './councils.js';
import { groupCouncils, scoreEntries } from './councils.js';
import type { Standings } from './focus.js';
import { buildFocus, findFocus } from './focus.js';
import { methodParagraphs, summaryParagraphs } from './sentences.js';
import type { FiveNumbers } from './stats.js';
import { competitionRanks, fiveNumbers, round3 } from './stats.js';
import { BANDS, NO_VALUE, bandOf, changeText, dateText, scoreText } from './text.js';
import type { BenchmarkInput, BenchmarkModel, Cell, CouncilRow, StatsRow, ThemeColumn, TrendRow } from './types.js';
import { compareVersions, requireOneFramework } from './versions.js';

export function buildBenchmarkModel(input: BenchmarkInput): BenchmarkModel {
  if (input.entries.length === 0) throw new DataError({ code: 'no-input', reason: 'there are no share files to compare' });
  requireOneFramework(input.entries);
  const versions = compareVersions(input.entries);
  const { councils: unordered, notices: councilNotices } = groupCouncils(scoreEntries(input.entries, versions.common));
  const reference = referenceShare(unordered);
  const columns: ThemeColumn[] = reference.themes
    .map((t, i) => ({ id: t.id, number: i + 1, title: t.title, compared: versions.common === null || t.questions.some((q) => versions.common!.has(q.id)) }))
    .filter((t) => t.compared)
    .map(({ id, number, title }) => ({ id, number, title }));
  const shown = (c: Council, theme: string | null) => (theme === null ? c.latest.overall : (c.latest.themes.get(theme) ?? null));
  // A council that answered fewer than half its questions is shown, but neither ranked nor counted in the figures.
  const score = (c: Council, theme: string | null) => (c.provisional ? null : shown(c, theme));
  const councils = [...unordered].sort(byOverall(score));
  const keys: Array<string | null> = [...columns.map((c) => c.id), null];
  const stats = new Map(keys.map((k) => [k, fiveNumbers(councils.map((c) => score(c, k)))]));
  const ranks = new Map(keys.map((k) => [k, competitionRanks(councils.map((c) => score(c, k)))]));
  const standings: Standings = { councils, columns, score, shown, stats, ranks };
  const focused = input.focus === undefined ? null : findFocus(councils, input.focus);
  const focus = focused ? buildFocus(focused, standings) : null;

  const framework = input.entries[0]!.share.framework;
  const versionsText = W.versions(versions.groups.map((g) => g.label));
  const questionsCompared = versions.common?.size ?? reference.themes.reduce((n, t) => n + t.questions.length, 0);
  const shares = councils.reduce((n, c) => n + c.shares.length, 0);
  const counts = {
    councils: councils.length,
    shares,
    files: input.entries.length + input.leftOut.length,
    duplicates: input.entries.length - shares,
    leftOut: input.leftOut.length,
    anonymous: councils.filter((c) => c.anonymous).length,
  };
  // Every share the document uses: earlier ones appear in the trends, so they count for the range too.
  const dates = councils.flatMap((c) => c.shares.map((s) => s.date)).sort();
  const title = W.title(focused ? focused.name : null, councils.length);
  return {
    title,
    subtitle: W.subtitle(framework.title, versionsText),
    framework: { id: framework.id, title: framework.title, versions: versions.groups, versionsText, questionsCompared },
    generated: dateText(input.generated),
    tool: { name: 'dma', version: input.toolVersion },
    counts,
    labels: W.labels,
    frontMatter: [
      { label: W.front.councils, value: W.front.councilsValue(counts.councils, counts.anonymous) },
      { label: W.front.shares, value: W.front.sharesValue(counts.files, counts.shares, counts.duplicates, counts.leftOut) },
      { label: W.front.assessed, value: dates.length ? W.front.assessedRange(dateText(dates[0]!).text, dateText(dates.at(-1)!).text) : NO_VALUE },
      { label: W.front.produced, value: W.front.producedValue(dateText(input.generated).text, input.toolVersion) },
    ],
    summary: summaryParagraphs({ councils, columns, stats, focus, counts, frameworkTitle: framework.title, versionsText }),
    notices: [...versions.notices, ...answerVersionNotices(councils, framework.id), ...councilNotices, ...completenessNotices(councils)],
    leftOut: input.leftOut.length
      ? { text: W.leftOut(input.leftOut.length), files: [...input.leftOut] }
      : null,
    themes: columns,
    statistics: statistics(columns, stats),
    heatmap: heatmap(councils, columns, shown, ranks.get(null)!, focused),
    focus,
    trends: trends(councils, focused),
    method: { heading: W.method.heading, paragraphs: methodParagraphs({ versions, questionsCompared }) },
  };
}

/** The share whose theme titles and order the benchmark uses: the most recent one. */
function referenceShare(councils: readonly Council[]) {
  let latest = councils[0]!.latest;
  for (const c of councils) if (c.latest.date > latest.date) latest = c.latest;
  return latest.share;
}

/** Highest overall score first; no score last; then by name, so the order never depends on the input's. */
function byOverall(score: (c: Council, theme: null) => number | null) {
  return (a: Council, b: Council): number => {
    const x = score(a, null);
    const y = score(b, null);
    if (x !== y) return x === null ? 1 : y === null ? -1 : y - x;
    return a.name.localeCompare(b.name, 'en-GB') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
  };
}

function statistics(columns: readonly ThemeColumn[], stats: ReadonlyMap<string | null, FiveNumbers>): BenchmarkModel['statistics'] {
  const row = (id: string | null, title: string): StatsRow => {
    const s = stats.get(id)!;
    const { count, min, lowerQuartile, median, upperQuartile, max } = s;
    return {
      id,
      title,
      councils: count,
      min,
      lowerQuartile,
      median,
      upperQuartile,
      max,
      texts: { min: scoreText(min), lowerQuartile: scoreText(lowerQuartile), median: scoreText(median), upperQuartile: scoreText(upperQuartile), max: scoreText(max) },
    };
  };
  return {
    ...W.statistics,
    rows: [...columns.map((c) => row(c.id, `${c.number}. ${c.title}`)), row(null, W.labels.overall)],
  };
}

function cell(score: number | null): Cell {
  return { score, text: scoreText(score), band: bandOf(score) };
}

function heatmap(
  councils: readonly Council[],
  columns: readonly ThemeColumn[],
  score: Standings['score'],
  overallRanks: ReadonlyArray<number | null>,
  focus: Council | null,
): BenchmarkModel['heatmap'] {
  const rows = councils.map((c, i): CouncilRow => {
    const rank = overallRanks[i] ?? null;
    const tied = rank !== null && overallRanks.filter((r) => r === rank).length > 1;
    return {
      name: c.name,
      anonymous: c.anonymous,
      isFocus: c === focus,
      rank,
      rankText: rank !== null ? W.heatmap.rank(rank, tied) : c.provisional ? W.notRanked : NO_VALUE,
      provisional: c.provisional,
      answered: c.latest.answered,
      applicable: c.latest.applicable,
      answeredText: W.heatmap.answered(c.latest.answered, c.latest.applicable),
      date: dateText(c.latest.date),
      dateText: c.latest.share.assessed ? dateText(c.latest.date).text : W.shared(dateText(c.latest.date).text),
      shares: c.shares.length,
      file: c.latest.file,
      themes: columns.map((col) => cell(score(c, col.id))),
      overall: cell(score(c, null)),
    };
  });
  const w = W.heatmap;
  return {
    heading: w.heading,
    intro: w.intro(focus ? focus.name : null),
    colourNote: w.colourNote,
    title: w.title(councils.length, columns.length),
    description: w.description(councils.length, columns.length),
    caption: w.caption,
    legendTitle: w.legendTitle,
    noScoreText: w.noScore,
    bands: BANDS,
    rows,
  };
}

/** Which councils are not ranked, and which are ranked with questions that apply left unanswered. */
function completenessNotices(councils: readonly Council[]): string[] {
  const provisional = councils.filter((c) => c.provisional).map((c) => W.notices.provisional(c.name, c.latest.answered, c.latest.applicable));
  const partial = councils
    .filter((c) => !c.provisional && c.latest.answered < c.latest.applicable)
    .map((c) => `${c.name} (${W.heatmap.answered(c.latest.answered, c.latest.applicable)})`);
  return [...provisional, ...(partial.length ? [W.notices.partial(partial)] : [])];
}

function trends(councils: readonly Council[], focus: Council | null): BenchmarkModel['trends'] {
  const several = councils.filter((c) => c.history.length > 1);
  if (several.length === 0) return null;
  const rows = several.map((c): TrendRow => {
    const first = c.history[0]!.overall;
    const last = c.latest.overall;
    const change = first === null || last === null ? null : round3(last - first);
    return {
      name: c.name,
      anonymous: c.anonymous,
      isFocus: c === focus,
      points: c.history.map((s) => ({ date: dateText(s.date), dateText: dateText(s.date).text, overall: s.overall, overallText: scoreText(s.overall), answeredWith: answeredWith(s.share) })),
      change,
      changeText: changeText(change),
    };
  });
  return {
    heading: W.trends.heading,
    intro: W.trends.intro(several.length),
    caption: W.trends.caption,
    rows,
  };
}
