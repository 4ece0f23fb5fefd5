// The benchmark's paragraphs: the summary at the top and the method at the end, in the wording's words.
import { BENCHMARK_WORDING as W } from '../report/wording/benchmark.js';
import type { Council } from './councils.js';
import type { FiveNumbers } from './stats.js';
import { figureText } from './text.js';
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
  const several = f.councils.filter((c) => c.shares.length > 1).length;
  const paragraphs = [W.summary.compared(f.counts.councils, f.frameworkTitle, f.versionsText, f.counts.shares, several)];
  const overall = f.stats.get(null)!;
  if (overall.median !== null) {
    paragraphs.push(W.summary.spread(figureText(overall.median), figureText(overall.lowerQuartile), figureText(overall.upperQuartile), figureText(overall.min), figureText(overall.max)));
  }
  const medians = f.columns
    .map((c) => ({ c, median: f.stats.get(c.id)!.median }))
    .filter((m): m is { c: ThemeColumn; median: number } => m.median !== null)
    .sort((a, b) => b.median - a.median || a.c.number - b.c.number);
  if (medians.length >= 2) {
    const top = medians[0]!;
    const bottom = medians[medians.length - 1]!;
    paragraphs.push(W.summary.strongestWeakest(`${top.c.number}. ${top.c.title}`, figureText(top.median), `${bottom.c.number}. ${bottom.c.title}`, figureText(bottom.median)));
  }
  if (f.counts.anonymous) paragraphs.push(W.summary.anonymous(f.counts.anonymous));
  if (f.focus) paragraphs.push(f.focus.paragraphs[0]!);
  return paragraphs;
}

export function methodParagraphs(facts: { versions: Versions; questionsCompared: number }): string[] {
  return [...W.method.paragraphs, ...(facts.versions.common !== null ? [W.method.versions(facts.questionsCompared)] : [])];
}
