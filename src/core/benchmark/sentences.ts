// The benchmark's paragraphs: the summary at the top and the method at the end, in the wording's words.
import { BENCHMARK_WORDING as W } from '../report/wording/benchmark.js';
import { formatLevel } from '../report/format.js';
import { round1 } from '../score-document.js';
import { equivalentLevel } from '../scoring.js';
import type { Council } from './councils.js';
import type { FiveNumbers } from './stats.js';
import { scoreText, shown } from './text.js';
import type { BenchmarkModel, FocusView, ThemeColumn } from './types.js';
import type { Versions } from './versions.js';

export interface SummaryFacts {
  councils: readonly Council[];
  columns: readonly ThemeColumn[];
  stats: ReadonlyMap<string | null, FiveNumbers>;
  focus: FocusView | null;
  counts: BenchmarkModel['counts'];
  frameworkTitle: string;
  versionsText: string;
}

export function summaryParagraphs(f: SummaryFacts): string[] {
  const several = f.councils.filter((c) => c.history.length > 1).length;
  const paragraphs = [W.summary.compared(f.counts.councils, f.frameworkTitle, f.versionsText, f.counts.shares, several)];
  const overall = f.stats.get(null)!;
  if (overall.median !== null) {
    // The median as a level too, as each council's own report gives its result.
    const { min, max } = f.councils[0]!.latest.share.scale;
    const level = formatLevel(round1(equivalentLevel({ min, max, levels: [] }, shown(overall.median)!)));
    paragraphs.push(W.summary.spread(scoreText(overall.median), scoreText(overall.lowerQuartile), scoreText(overall.upperQuartile), scoreText(overall.min), scoreText(overall.max), { level, min, max }));
  }
  const themes = strongestWeakest(f);
  if (themes) paragraphs.push(themes);
  if (f.counts.anonymous) paragraphs.push(W.summary.anonymous(f.counts.anonymous));
  if (f.focus) paragraphs.push(f.focus.paragraphs[0]!);
  return paragraphs;
}

/** The themes with the highest and the lowest median as shown; themes tied on it are all named. */
function strongestWeakest(f: SummaryFacts): string | null {
  const medians = f.columns
    // By title alone: "7. Deliver…" mid-sentence reads as the end of one sentence and the start of the next.
    .map((c) => ({ title: c.title, median: shown(f.stats.get(c.id)!.median) }))
    .filter((m): m is { title: string; median: number } => m.median !== null);
  if (medians.length < 2) return null;
  const highest = Math.max(...medians.map((m) => m.median));
  const lowest = Math.min(...medians.map((m) => m.median));
  if (highest === lowest) return W.summary.sameMedians(scoreText(highest));
  const at = (value: number) => medians.filter((m) => m.median === value).map((m) => m.title);
  return W.summary.strongestWeakest(at(highest), scoreText(highest), at(lowest), scoreText(lowest));
}

export function methodParagraphs(facts: { versions: Versions; questionsCompared: number }): string[] {
  return [...W.method.paragraphs, ...(facts.versions.common !== null ? [W.method.versions(facts.questionsCompared)] : [])];
}
