// How the benchmark writes its numbers, dates, ranks and changes.
import { formatDate } from '../report-text.js';
import type { Band, DateText } from './types.js';
import { ordinal, round3 } from './stats.js';

export const NO_VALUE = '–';

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

/** A statistic, exact: at least one decimal place, at most three (53.125). */
export function figureText(value: number | null): string {
  if (value === null) return NO_VALUE;
  const text = String(round3(value));
  return text.includes('.') ? text : `${text}.0`;
}

export function dateText(iso: string): DateText {
  return { iso, text: formatDate(iso) };
}

/** "3rd of 40", "joint 3rd of 40", "no score". */
export function rankText(rank: number | null, of: number, tied: boolean): string {
  if (rank === null) return 'no score';
  return `${tied ? 'joint ' : ''}${ordinal(rank)} of ${of}`;
}

/** "4.2 above", "3.15 below", "at the median": exact, as the median it is measured from. */
export function fromMedianText(difference: number | null): string {
  if (difference === null) return NO_VALUE;
  if (Math.abs(difference) < 0.0005) return 'at the median';
  return `${figureText(Math.abs(difference))} ${difference > 0 ? 'above' : 'below'}`;
}

/** "up 6.3", "down 2.0", "no change". */
export function changeText(change: number | null): string {
  if (change === null) return NO_VALUE;
  if (Math.abs(change) < 0.05) return 'no change';
  return `${change > 0 ? 'up' : 'down'} ${oneDecimal(Math.abs(change))}`;
}

/** Ten colour bands of ten points each; the last one includes 100. */
export const BANDS: Band[] = Array.from({ length: 10 }, (_, i) => ({
  from: i * 10,
  to: i === 9 ? 100 : i * 10 + 9.9,
  text: i === 9 ? '90 to 100' : `${i * 10} to ${i * 10 + 9}.9`,
}));

export function bandOf(score: number | null): number | null {
  return score === null ? null : Math.max(0, Math.min(BANDS.length - 1, Math.floor(score / 10)));
}
