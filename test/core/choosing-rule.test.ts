import { describe, expect, it } from 'vitest';
import { workshopDuration } from '../../src/core/choosing-rule.js';

describe('workshopDuration', () => {
  it('says hours and minutes at two minutes a question', () => {
    expect(workshopDuration(38)).toBe('1 hour 16 minutes');
    expect(workshopDuration(10)).toBe('20 minutes');
    expect(workshopDuration(60)).toBe('2 hours');
    expect(workshopDuration(1)).toBe('2 minutes');
    expect(workshopDuration(0)).toBe('0 minutes');
  });
});
