// How the benchmark writes its numbers, dates, ranks and changes, in the wording's words.
import { COMMON } from '../report/wording/common.js';
import { BENCHMARK_WORDING as W } from '../report/wording/benchmark.js';
import type { Band, DateText } from './types.js';
import { round3 } from './stats.js';

export const NO_VALUE = W.noValue;

/**
 * One decimal place, halves rounded away from zero, without floating-point surprises: 58.35 is
 * 58.349999… in binary, and toFixed alone would show 58.3.
 */
export function oneDecimal(value: number): string {
  const tenths = Math.round(Math.round(Math.abs(value) * 1000) / 100);
  return `${value < 0 && tenths !== 0 ? '-' : ''}${(tenths / 10).toFixed(1)}`;
}

/** A score as shown everywhere: one decimal place. */
export function scoreText(score: number | null): string {
  return score === null ? NO_VALUE : oneDecimal(score);
}

/**
 * A figure as the human formats show it and compare it: rounded to one decimal place, as
 * oneDecimal writes it. Quartiles and medians fall between scores (42.725); Markdown and HTML
 * show them rounded, and every "above", "below" and "at" is worked out from the rounded figure,
 * so the words never contradict the figures beside them. JSON and CSV keep the exact values.
 */
export function shown(value: number): number;
export function shown(value: number | null): number | null;
export function shown(value: number | null): number | null {
  return value === null ? null : Number(oneDecimal(value));
}

export function dateText(iso: string): DateText {
  return { iso, text: COMMON.date(iso) };
}

/** "3rd of 40", "joint 3rd of 40", "no score". */
export function rankText(rank: number | null, of: number, tied: boolean): string {
  return W.rank(rank, of, tied);
}

/**
 * "4.2 above", "3.1 below", "at the median": the score less the median as shown (one decimal
 * place). Council scores come already rounded (councils.ts); the median is not.
 */
export function fromMedianText(score: number | null, median: number | null): string {
  if (score === null || median === null) return NO_VALUE;
  const difference = round3(score - shown(median));
  if (Math.abs(difference) < 0.05) return W.atMedian;
  return W.fromMedian(oneDecimal(Math.abs(difference)), difference > 0);
}

/** "up 6.3", "down 2.0", "no change". */
export function changeText(change: number | null): string {
  if (change === null) return NO_VALUE;
  if (Math.abs(change) < 0.05) return W.noChange;
  return W.change(oneDecimal(Math.abs(change)), change > 0);
}

/** Ten colour bands of ten points each; the last one includes 100. */
export const BANDS: Band[] = Array.from({ length: 10 }, (_, i) => ({
  from: i * 10,
  to: i === 9 ? 100 : i * 10 + 9.9,
  text: W.heatmap.band(i * 10, i === 9),
}));

export function bandOf(score: number | null): number | null {
  return score === null ? null : Math.max(0, Math.min(BANDS.length - 1, Math.floor(score / 10)));
}
