// The rest of an answers file whose shape problems all lie inside some answers (src/core/answers-rest.ts).
import { describe, expect, it } from 'vitest';
import { answersWithoutBroken } from '../../src/core/answers-rest.js';

const file = {
  schema: 1,
  framework: { id: 'tiny' },
  organisation: 'Testshire',
  answers: { 'a.one': { levle: 2 }, 'a.two': { level: 3 }, 'a.three': 'three' },
};

describe('answersWithoutBroken', () => {
  it('leaves out the answers with problems and keeps the rest', () => {
    const problems = [
      { path: ['answers', 'a.one', 'levle'], message: 'unknown key' },
      { path: ['answers', 'a.three'], message: 'not a map' },
    ];
    expect(answersWithoutBroken(file, problems)?.answers).toEqual({ 'a.two': { level: 3 } });
  });

  it('leaves out only a bad descriptive field (confidence, notes) and a bad date, keeping the rest to check', () => {
    const data = { ...file, date: '2026-02-31', answers: { 'a.two': { level: 9, confidence: 'very' } } };
    const rest = answersWithoutBroken(data, [
      { path: ['date'], message: 'not a real date' },
      { path: ['answers', 'a.two', 'confidence'], message: 'not allowed' },
    ]);
    expect(rest).toMatchObject({ organisation: 'Testshire', answers: { 'a.two': { level: 9 } } });
    expect(rest).not.toHaveProperty('date');
    // An unknown key (pointed at the key itself) still leaves the whole answer out: it may be a misspelt level.
    expect(answersWithoutBroken({ ...file, answers: { 'a.two': { level: 1, confidnce: 'high' } } }, [{ path: ['answers', 'a.two', 'confidnce'], message: 'unknown key', atKey: true }])?.answers).toEqual({});
  });

  it('gives nothing when a problem lies outside the answers, or the answers are not a map', () => {
    expect(answersWithoutBroken(file, [{ path: ['organisation'], message: 'missing' }])).toBeUndefined();
    expect(answersWithoutBroken(file, [{ path: ['answers'], message: 'not a map' }])).toBeUndefined();
    expect(answersWithoutBroken({ ...file, answers: [] }, [{ path: ['answers', 0], message: 'x' }])).toBeUndefined();
    expect(answersWithoutBroken(null, [])).toBeUndefined();
  });

  it('leaves a "__proto__" answer out, and never sets a prototype from the data', () => {
    const data = JSON.parse('{"schema":1,"framework":{"id":"tiny"},"organisation":"T","answers":{"__proto__":{"levle":1},"a.two":{"level":2,"notes":7}}}');
    const rest = answersWithoutBroken(data, [
      { path: ['answers', '__proto__', 'levle'], message: 'unknown key', atKey: true },
      { path: ['answers', 'a.two', 'notes'], message: 'not text' },
    ]);
    expect(rest?.answers).toEqual({ 'a.two': { level: 2 } });
    expect(Object.getPrototypeOf(rest?.answers)).toBe(Object.prototype);
    expect(Object.hasOwn(rest!.answers!, '__proto__')).toBe(false);
    // A top-level own "__proto__" is a problem the shape reports; the rest is then not read.
    const top = JSON.parse('{"schema":1,"framework":{"id":"tiny"},"organisation":"T","__proto__":{"x":1},"answers":{"a.two":{"level":2,"notes":7}}}');
    expect(answersWithoutBroken(top, [{ path: ['answers', 'a.two', 'notes'], message: 'not text' }])).toBeUndefined();
  });
});
