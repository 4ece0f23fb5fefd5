// Quartiles as Excel's QUARTILE.INC works them out, checked against figures worked by hand,
// and ranks in which tied councils share the best place.
import { describe, expect, it } from 'vitest';
import { competitionRanks, fiveNumbers, ordinal, quartileInc } from '../../src/core/benchmark/stats.js';

describe('quartiles (QUARTILE.INC)', () => {
  it('interpolate between the two values either side of (n − 1) × k / 4', () => {
    // QUARTILE.INC({1,2,3,4}, k): positions 0.75, 1.5 and 2.25 from the first value.
    const sorted = [1, 2, 3, 4];
    expect([0, 1, 2, 3, 4].map((k) => quartileInc(sorted, k as 0 | 1 | 2 | 3 | 4))).toEqual([1, 1.75, 2.5, 3.25, 4]);
  });

  it('fall on a value when the position is whole', () => {
    expect(fiveNumbers([50, 10, 40, 20, 30])).toEqual({ count: 5, min: 10, lowerQuartile: 20, median: 30, upperQuartile: 40, max: 50 });
  });

  it('match hand-worked figures for six scores with one decimal place', () => {
    // Sorted: 37.9 45.2 50.0 62.5 70.1 81.3. Q1 at 1.25: 45.2 + 0.25 × 4.8 = 46.4.
    // Median at 2.5: 50 + 0.5 × 12.5 = 56.25. Q3 at 3.75: 62.5 + 0.75 × 7.6 = 68.2.
    expect(fiveNumbers([62.5, 37.9, 81.3, 50, 70.1, 45.2])).toEqual({
      count: 6,
      min: 37.9,
      lowerQuartile: 46.4,
      median: 56.25,
      upperQuartile: 68.2,
      max: 81.3,
    });
  });

  it('leave out councils with no score, and give one value for every figure of one council', () => {
    expect(fiveNumbers([null, 42.5, null])).toEqual({ count: 1, min: 42.5, lowerQuartile: 42.5, median: 42.5, upperQuartile: 42.5, max: 42.5 });
    expect(fiveNumbers([null])).toEqual({ count: 0, min: null, lowerQuartile: null, median: null, upperQuartile: null, max: null });
  });

  it('carry no floating-point noise (three decimal places hold them exactly)', () => {
    // In floating point, 45.2 + 0.25 × 4.8 is 46.400000000000006 and 62.5 + 0.75 × 7.6 is 68.19999999999999.
    expect(quartileInc([45.2, 50], 1)).toBe(46.4);
    expect(quartileInc([62.5, 70.1], 3)).toBe(68.2);
    expect(quartileInc([10.1, 10.2], 3)).toBe(10.175);
  });
});

describe('ranks', () => {
  it('give 1 to the highest score; tied councils share the best rank and the next rank is skipped', () => {
    expect(competitionRanks([50, 70, 70, 30, null, 70, 60])).toEqual([5, 1, 1, 6, null, 1, 4]);
  });

  it('are written as ordinals', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111].map(ordinal)).toEqual([
      '1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '22nd', '23rd', '101st', '111th',
    ]);
  });
});
