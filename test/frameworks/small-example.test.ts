// The small example framework that docs/writing-frameworks.md quotes in full: it must stay a
// framework `dma validate` accepts without a warning, the guide must quote the file as it is, and
// it must follow the shape the guide asks for, so the guide's example cannot rot.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CHOOSING_RULE } from '../../src/core/choosing-rule.js';
import { paragraphs } from '../../src/core/plain-text.js';
import { FrameworkResolver } from '../../src/io/load.js';
import { runBin } from '../support/cli.js';

const FILE = 'docs/examples/small-framework.yaml';
const read = (path: string) => readFileSync(fileURLToPath(new URL(`../../${path}`, import.meta.url)), 'utf8');
const example = await new FrameworkResolver(process.cwd()).resolve(FILE);
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

describe('the guide\'s small example framework', () => {
  it('passes dma validate with no problems and no warnings', () => {
    const result = runBin(['validate', FILE]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toBe(`ok ${FILE}: framework small-example 1.0.0: 2 themes, 3 questions\n`);
  });

  it('is quoted in full in docs/writing-frameworks.md', () => {
    expect(read('docs/writing-frameworks.md')).toContain('```yaml\n' + read(FILE) + '```\n');
  });

  it('has what the guide says it has: a 0–3 scale, sources, and a question that allows "not applicable"', () => {
    expect([example.scale.min, example.scale.max]).toEqual([0, 3]);
    expect(example.sources.length).toBeGreaterThan(0);
    const allowing = [...example.questions.values()].filter((q) => q.notApplicableAllowed);
    expect(allowing.map((q) => q.id)).toEqual(['services.care-records']);
    expect(allowing[0]!.help).toMatch(/Choosing: answer "not applicable" only if/);
    expect(example.description).toContain(CHOOSING_RULE);
  });

  it('writes every help and level the way the guide recommends', () => {
    for (const question of example.questions.values()) {
      const help = paragraphs(question.help ?? '');
      expect(help, question.id).toHaveLength(4);
      expect(words(help[0]!), question.id).toBeLessThanOrEqual(90);
      expect(help.slice(1).map((p) => p.split(':')[0])).toEqual(['Counts', 'Does not count', 'Choosing']);
      expect(words(question.help!), question.id).toBeLessThanOrEqual(400);
      for (const text of question.levels.values()) expect(text.length, text).toBeLessThanOrEqual(90);
      // The lowest level is the next one negated.
      expect(question.levels.get(example.scale.min), question.id).toMatch(/^No\b/);
      expect(question.actions.length, question.id).toBeGreaterThan(0);
    }
  });
});
