// Files with more entries than anyone writes are refused before yaml builds a node for each one.
import { describe, expect, it } from 'vitest';
import { MAX_ENTRIES, tooManyEntries } from '../../src/io/yaml-entries.js';

const answers = (count: number) =>
  ['schema: 1', 'framework: { id: tiny }', 'organisation: X', 'answers:', ...Array.from({ length: count }, (_, i) => `  t${i}.q${i}: { level: 1 }`)].join('\n');

describe('tooManyEntries', () => {
  it('lets a file within the cap through', () => {
    expect(tooManyEntries('a.yaml', answers(50), 200)).toBeUndefined();
  });

  it('refuses a file past the cap at the first entry over it, with its line and column', () => {
    // Five entries on lines 1-4, then two a line (the key and "level") from line 5.
    const problem = tooManyEntries('a.yaml', answers(200), 200);
    expect(problem).toMatchObject({ file: 'a.yaml', message: expect.stringContaining('more than 200 entries') });
    const line = answers(200).split('\n')[problem!.line - 1]!;
    expect(problem!.line).toBe(5 + Math.floor((200 - 5) / 2));
    expect(line.slice(problem!.column - 1)).toMatch(/^:/);
  });

  it('allows the bundled framework many times over', () => {
    expect(MAX_ENTRIES).toBeGreaterThanOrEqual(100 * 1600);
  });
});
