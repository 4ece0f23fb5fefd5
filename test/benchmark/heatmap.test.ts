// The heatmap's colours: a colour-blind-safe sequential palette (viridis), getting lighter from
// the lowest band to the highest, with cell text that meets WCAG AA contrast on every colour.
import { describe, expect, it } from 'vitest';
import { BANDS, bandOf } from '../../src/core/benchmark/text.js';
import { PALETTE, contrastRatio, relativeLuminance, textColourFor } from '../../src/render/benchmark-heatmap.js';

describe('the heatmap palette', () => {
  it('has one colour per band of ten points, each lighter than the one before', () => {
    expect(PALETTE).toHaveLength(BANDS.length);
    const luminance = PALETTE.map(relativeLuminance);
    for (let i = 1; i < luminance.length; i++) expect(luminance[i]!).toBeGreaterThan(luminance[i - 1]!);
  });

  it('puts text on every colour at 4.5 : 1 or more (WCAG AA for normal text)', () => {
    for (const fill of PALETTE) {
      const ink = textColourFor(fill);
      expect(contrastRatio(fill, ink), `${ink} on ${fill}`).toBeGreaterThanOrEqual(4.5);
    }
    expect(textColourFor('#440154')).toBe('#ffffff');
    expect(textColourFor('#fde725')).toBe('#000000');
  });

  it('works out contrast as WCAG does', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('puts every score in a band: 0 to 9.9 first, 90 to 100 last', () => {
    expect([0, 9.9, 10, 49.9, 50, 89.9, 90, 100, null].map(bandOf)).toEqual([0, 0, 1, 4, 5, 8, 9, 9, null]);
    expect(BANDS.map((b) => b.text)).toEqual([
      '0 to 9.9', '10 to 19.9', '20 to 29.9', '30 to 39.9', '40 to 49.9', '50 to 59.9', '60 to 69.9', '70 to 79.9', '80 to 89.9', '90 to 100',
    ]);
  });
});
