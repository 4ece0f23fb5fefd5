// The bundled frameworks are the product as much as the code: these tests hold them to the
// project's rules for writing frameworks (docs/writing-frameworks.md) and to issue #2.
import { describe, expect, it } from 'vitest';
import type { Framework } from '../../src/core/framework.js';
import { FrameworkResolver, bundledFrameworkFiles } from '../../src/io/load.js';

const resolver = new FrameworkResolver(process.cwd());
const frameworks = await Promise.all((await bundledFrameworkFiles()).map((file) => resolver.resolve(file)));
const byId = new Map(frameworks.map((f) => [f.id, f]));
const main = byId.get('local-digital-leadership')!;

describe.each(frameworks.map((f) => [f.id, f] as const))('%s', (_id, framework: Framework) => {
  it('has an action with an owner role and a horizon for every step up to the target, on every question', () => {
    for (const question of framework.questions.values()) {
      for (let level = framework.scale.min + 1; level <= framework.target; level++) {
        const steps = question.actions.filter((a) => a.toLevel === level);
        expect(steps.length, `${question.id} has no action to reach level ${level}`).toBeGreaterThan(0);
        for (const action of steps) {
          expect(action.owner, `${question.id}: an action to level ${level} has no owner`).toBeTruthy();
          expect(action.horizon, `${question.id}: an action to level ${level} has no horizon`).toBeTruthy();
        }
      }
    }
  });

  it('cites a source for every theme, and gives every question help', () => {
    for (const theme of framework.themes) expect(theme.source, theme.id).toBeTruthy();
    for (const question of framework.questions.values()) expect(question.help?.trim(), question.id).toBeTruthy();
  });

  it('starts every action with a verb-like capitalised word and names a role, not a person', () => {
    for (const question of framework.questions.values()) {
      for (const action of question.actions) {
        expect(action.text, question.id).toMatch(/^[A-Z][a-z]+\b/);
        expect(action.owner ?? '', question.id).not.toMatch(/\b(Mr|Mrs|Ms|Dr)\b/);
      }
    }
  });
});

describe('local-digital-leadership', () => {
  it('has at least 8 themes and 25 questions on a 5-level scale', () => {
    expect(main.themes.length).toBeGreaterThanOrEqual(8);
    expect(main.questions.size).toBeGreaterThanOrEqual(25);
    expect(main.scale.levels.length).toBe(5);
  });

  it('says in its description how the three calls and the seven steps map to its themes', () => {
    const description = main.description ?? '';
    for (const call of ['Call 1', 'Call 2', 'Call 3']) expect(description).toContain(call);
    for (let step = 1; step <= 7; step++) expect(description).toContain(`Step ${step}`);
    for (const theme of main.themes) expect(description, theme.id).toContain(theme.id);
  });

  it('covers what the Devon and NLGN pieces add', () => {
    const text = [...main.questions.values()].map((q) => `${q.text} ${q.help ?? ''}`).join(' ').toLowerCase();
    for (const topic of ['cabinet member for digital', 'journey', 'recruit', 'contract', 'data']) expect(text).toContain(topic);
  });
});

describe('warm-up', () => {
  it('is a short framework on a different scale, showing the engine is framework-driven', () => {
    const warmUp = byId.get('warm-up')!;
    expect(warmUp.questions.size).toBeGreaterThanOrEqual(8);
    expect(warmUp.questions.size).toBeLessThanOrEqual(12);
    expect(warmUp.scale.min).not.toBe(main.scale.min);
  });
});
