// The figures a benchmark is made of: quartiles as a spreadsheet works them out, and ranks
// in which tied councils share the best place. Pure arithmetic on plain numbers.

export interface FiveNumbers {
  count: number;
  min: number | null;
  lowerQuartile: number | null;
  median: number | null;
  upperQuartile: number | null;
  max: number | null;
}

/**
 * Rounds away floating-point noise: scores have one decimal place and quartiles fall on
 * quarters between two of them, so three decimal places hold every figure exactly.
 */
export function round3(value: number): number {
  return Math.round(value * 1000 + Number.EPSILON * Math.sign(value)) / 1000;
}

/**
 * The k-th quartile (0 to 4) of values sorted in ascending order, as Excel's QUARTILE.INC
 * (and LibreOffice's QUARTILE) works it out: the value at position (n − 1) × k / 4, counting
 * from 0, interpolating linearly between the two values either side.
 */
export function quartileInc(sorted: readonly number[], k: 0 | 1 | 2 | 3 | 4): number {
  if (sorted.length === 0) throw new RangeError('quartile of no values');
  const position = ((sorted.length - 1) * k) / 4;
  const below = Math.floor(position);
  const fraction = position - below;
  const low = sorted[below]!;
  const high = sorted[Math.min(below + 1, sorted.length - 1)]!;
  return round3(low + fraction * (high - low));
}

/** Count, minimum, lower quartile, median, upper quartile and maximum; nulls are left out. */
export function fiveNumbers(values: ReadonlyArray<number | null>): FiveNumbers {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => a - b);
  if (sorted.length === 0) return { count: 0, min: null, lowerQuartile: null, median: null, upperQuartile: null, max: null };
  return {
    count: sorted.length,
    min: sorted[0]!,
    lowerQuartile: quartileInc(sorted, 1),
    median: quartileInc(sorted, 2),
    upperQuartile: quartileInc(sorted, 3),
    max: sorted[sorted.length - 1]!,
  };
}

/**
 * Ranks, highest value first (1 = highest); tied values share the best rank and the next rank
 * skips ("1, 2, 2, 4"), as RANK.EQ does. Null values have no rank. Same order as the input.
 */
export function competitionRanks(values: ReadonlyArray<number | null>): Array<number | null> {
  const sorted = values.filter((v): v is number => v !== null).sort((a, b) => b - a);
  const first = new Map<number, number>();
  sorted.forEach((v, i) => {
    if (!first.has(v)) first.set(v, i + 1);
  });
  return values.map((v) => (v === null ? null : first.get(v)!));
}

/** 1 → "1st", 2 → "2nd", 11 → "11th", 23 → "23rd". */
export function ordinal(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}
