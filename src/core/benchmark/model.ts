// The benchmark: many councils' shares of one framework, compared theme by theme. Builds the
// whole model, figures and sentences; the renderers only lay it out.
import { DataError } from '../problems.js';
import { listText, plural } from '../report-text.js';
import type { Council } from './councils.js';
import { groupCouncils, scoreEntries } from './councils.js';
import type { Standings } from './focus.js';
import { buildFocus, findFocus } from './focus.js';
import { methodParagraphs, summaryParagraphs } from './sentences.js';
import type { FiveNumbers } from './stats.js';
import { competitionRanks, fiveNumbers, round3 } from './stats.js';
import { BANDS, NO_VALUE, bandOf, changeText, dateText, figureText, scoreText } from './text.js';
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
  const score = (c: Council, theme: string | null) => (theme === null ? c.latest.overall : (c.latest.themes.get(theme) ?? null));
  const councils = [...unordered].sort(byOverall(score));
  const keys: Array<string | null> = [...columns.map((c) => c.id), null];
  const stats = new Map(keys.map((k) => [k, fiveNumbers(councils.map((c) => score(c, k)))]));
  const ranks = new Map(keys.map((k) => [k, competitionRanks(councils.map((c) => score(c, k)))]));
  const standings: Standings = { councils, columns, score, stats, ranks };
  const focused = input.focus === undefined ? null : findFocus(councils, input.focus);
  const focus = focused ? buildFocus(focused, standings) : null;

  const framework = input.entries[0]!.share.framework;
  const versionsText = `version${versions.groups.length > 1 ? 's' : ''} ${listText(versions.groups.map((g) => g.label))}`;
  const questionsCompared = versions.common?.size ?? reference.themes.reduce((n, t) => n + t.questions.length, 0);
  const counts = {
    councils: councils.length,
    shares: councils.reduce((n, c) => n + c.shares.length, 0),
    files: input.entries.length + input.leftOut.length,
    leftOut: input.leftOut.length,
    anonymous: councils.filter((c) => c.anonymous).length,
  };
  const dates = councils.map((c) => c.latest.date).sort();
  const title = focused ? `${focused.name} among ${plural(councils.length, 'council', 'councils')}` : `${plural(councils.length, 'council', 'councils')} compared`;
  return {
    title,
    subtitle: `${framework.title}, ${versionsText}`,
    framework: { id: framework.id, title: framework.title, versions: versions.groups, versionsText, questionsCompared },
    generated: dateText(input.generated),
    tool: { name: 'dma', version: input.toolVersion },
    counts,
    frontMatter: [
      { label: 'Councils', value: `${counts.councils}${counts.anonymous ? ` (${counts.anonymous} anonymous)` : ''}` },
      { label: 'Share files read', value: `${counts.shares}${counts.leftOut ? ` (${counts.leftOut} left out)` : ''}` },
      { label: 'Assessed', value: dates.length ? `${dateText(dates[0]!).text} to ${dateText(dates.at(-1)!).text}` : NO_VALUE },
      { label: 'Produced', value: `${dateText(input.generated).text} with dma ${input.toolVersion}` },
    ],
    summary: summaryParagraphs({ councils, columns, stats, focus, counts, frameworkTitle: framework.title, versionsText }),
    notices: [...versions.notices, ...councilNotices],
    leftOut: input.leftOut.length
      ? { text: `${plural(input.leftOut.length, 'file', 'files')} could not be read and ${input.leftOut.length === 1 ? 'is' : 'are'} left out:`, files: [...input.leftOut] }
      : null,
    themes: columns,
    statistics: statistics(columns, stats),
    heatmap: heatmap(councils, columns, score, ranks.get(null)!, focused),
    focus,
    trends: trends(councils, focused),
    method: { heading: 'Method', paragraphs: methodParagraphs({ versions, questionsCompared }) },
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
      texts: { min: figureText(min), lowerQuartile: figureText(lowerQuartile), median: figureText(median), upperQuartile: figureText(upperQuartile), max: figureText(max) },
    };
  };
  return {
    heading: 'Theme by theme',
    intro:
      "The spread of the councils' scores in each theme: the lowest, the lower quartile, the median, the upper quartile and the highest. " +
      "A quarter of the councils score at or below the lower quartile and a quarter at or above the upper. Quartiles are worked out as a spreadsheet's QUARTILE.INC does, so you can check them in Excel from the CSV output.",
    caption: "The councils' scores (0 to 100) in each theme",
    rows: [...columns.map((c) => row(c.id, `${c.number}. ${c.title}`)), row(null, 'Overall')],
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
      rankText: rank === null ? NO_VALUE : `${tied ? '=' : ''}${rank}`,
      date: dateText(c.latest.date),
      dateText: c.latest.share.assessed ? dateText(c.latest.date).text : `shared ${dateText(c.latest.date).text}`,
      shares: c.shares.length,
      file: c.latest.file,
      themes: columns.map((col) => cell(score(c, col.id))),
      overall: cell(score(c, null)),
    };
  });
  const focusText = focus ? ` ${focus.name} is marked with ▶.` : '';
  return {
    heading: 'Councils by theme',
    intro: `Every council's score in every theme, highest overall score first; "=" marks a rank shared with another council.${focusText}`,
    colourNote:
      'The colour of a cell shows its band of ten points, from dark purple (lowest) to yellow (highest), in a palette that reads the same with the common kinds of colour blindness; every cell also shows its score.',
    title: `Heatmap: ${plural(councils.length, 'council', 'councils')} by ${plural(columns.length, 'theme', 'themes')}`,
    description:
      `${plural(councils.length, 'council', 'councils')} in rows, highest overall score first, by ${plural(columns.length, 'theme', 'themes')} and the overall score in columns. ` +
      'Each cell shows a score from 0 to 100, coloured from dark purple (low) to yellow (high). The table after the heatmap gives the same figures.',
    caption: "Every council's scores (0 to 100), highest overall score first",
    legendTitle: 'Score',
    noScoreText: 'no answers',
    bands: BANDS,
    rows,
  };
}

function trends(councils: readonly Council[], focus: Council | null): BenchmarkModel['trends'] {
  const several = councils.filter((c) => c.shares.length > 1);
  if (several.length === 0) return null;
  const rows = several.map((c): TrendRow => {
    const first = c.shares[0]!.overall;
    const last = c.latest.overall;
    const change = first === null || last === null ? null : round3(last - first);
    return {
      name: c.name,
      anonymous: c.anonymous,
      isFocus: c === focus,
      points: c.shares.map((s) => ({ date: dateText(s.date), dateText: dateText(s.date).text, overall: s.overall, overallText: scoreText(s.overall) })),
      change,
      changeText: changeText(change),
    };
  });
  return {
    heading: 'Trends',
    intro: `${plural(several.length, 'council has', 'councils have')} shared more than one assessment. The latest is the one ranked; here are their overall scores over time.`,
    caption: 'Overall scores of the councils that shared more than once, oldest first',
    rows,
  };
}
