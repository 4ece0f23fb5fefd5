// Numbers and marks as every format prints them: levels and scores to one decimal place, signed
// differences with a real minus sign, a symbol beside each change, and text bars.
import type { Change } from './compare.js';

/** Cells in a text bar (the Markdown chart and the terminal). */
export const TEXT_BAR_WIDTH = 20;

/** "2.8", or "–" for no level. */
export function formatLevel(level: number | null): string {
  return level === null ? '–' : level.toFixed(1);
}

/** A signed difference with a real minus sign: "+0.5", "−0.3", "0.0"; "–" for none. */
export function formatDelta(delta: number | null, digits = 1): string {
  if (delta === null) return '–';
  if (delta === 0) return (0).toFixed(digits);
  return `${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(digits)}`;
}

/** A text symbol for each change, shown beside its word so colour is never the only signal. */
export const CHANGE_SYMBOL: Record<Change, string> = {
  up: '▲',
  down: '▼',
  unchanged: '=',
  new: '+',
  dropped: '×',
};

/**
 * A text bar of `width` cells from `min` to `max`: "██████░░░░┃░░░". With a target, "┃" always
 * marks it, in place of the cell where the target ends, filled or not: a bar that ends at the
 * target ends in "┃", one past it has "┃" within it (the legend promises the mark). "" when
 * there is no level.
 */
export function textBar(level: number | null, min: number, max: number, target?: number, width = TEXT_BAR_WIDTH): string {
  if (level === null) return '';
  const cellsFor = (value: number) => Math.max(0, Math.min(width, Math.round(((value - min) / (max - min)) * width)));
  const filled = cellsFor(level);
  const cells: string[] = Array.from({ length: width }, (_, i) => (i < filled ? '█' : '░'));
  if (target !== undefined) {
    cells[Math.max(0, cellsFor(target) - 1)] = '┃';
  }
  return cells.join('');
}

/** Only web and mail links become links; anything else (javascript:, data:, file:) stays text. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  return /^(https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : null;
}
