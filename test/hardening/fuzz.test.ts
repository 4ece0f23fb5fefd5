// Property-based tests: random and mutated YAML thrown at the framework and answers loaders.
// Whatever the input, the result is exit 0 or 1 with a message, never a crash, a stack trace or a hang.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { DataError } from '../../src/core/problems.js';
import { checkAnswersAgainst, checkAnswersShape, checkFrameworkSource, detectKind, FrameworkResolver } from '../../src/io/load.js';
import { parseYamlText } from '../../src/io/yaml-source.js';
import { fixture, runInProcess } from '../support/cli.js';

const frameworkText = readFileSync(fixture('tiny-framework.yaml'), 'utf8');
const answersText = readFileSync(fixture('tiny-answers.yaml'), 'utf8');
const framework = await new FrameworkResolver(process.cwd()).resolve(fixture('tiny-framework.yaml'));
const work = mkdtempSync(join(tmpdir(), 'dma-fuzz-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Everything the loaders do with a text, as `dma validate` does it; returns the problems. */
function load(text: string): { ok: boolean; problems: Array<{ line: number; column: number; message: string }> } {
  try {
    const source = parseYamlText('fuzz.yaml', text);
    const kind = detectKind(source.data);
    if (kind === 'framework') {
      const checked = checkFrameworkSource(source);
      return { ok: checked.problems.length === 0, problems: checked.problems };
    }
    if (kind === 'answers') {
      const shape = checkAnswersShape(source);
      if (!shape.value) return { ok: false, problems: shape.problems };
      const checked = checkAnswersAgainst(source, shape.value, framework);
      return { ok: checked.problems.length === 0, problems: checked.problems };
    }
    return { ok: false, problems: [{ line: 1, column: 1, message: 'neither' }] };
  } catch (error) {
    if (error instanceof DataError) {
      return { ok: false, problems: error.problems.length ? error.problems : [{ line: 1, column: 1, message: error.message }] };
    }
    throw error;
  }
}

/** Characters that have broken terminals, comments and ids: controls, bidi overrides, separators. */
const hostileCharacter = fc.constantFrom('\u0000', '\u0007', '\u001b[31m', '\u001b]8;;x\u0007', '\u007f', '\u0085', '\u009b', '\u202e', '\u2066', '\u2028', '\u2029', '\r', '\ufeff', '\ud800');

/** Long lists and maps, inline or as lines: work must stay bounded whatever their length. */
const hugeList = fc.oneof(
  fc.nat({ max: 10_000 }).map((n) => `[${Array.from({ length: n }, (_, i) => i).join(',')}]`),
  fc.nat({ max: 3_000 }).map((n) => `\n${Array.from({ length: n }, (_, i) => `  k${i}.q${i}: { level: ${i % 7} }`).join('\n')}\n`),
  fc.nat({ max: 3_000 }).map((n) => `{ ${Array.from({ length: n }, (_, i) => `r${i}: ${i % 5}`).join(', ')} }`),
);

/** A mutation of a valid file: delete, insert, duplicate or swap a piece of it. */
const mutated = (base: string) => {
  const lines = base.split('\n');
  return fc.oneof(
    fc.tuple(fc.nat(base.length), fc.nat(40)).map(([at, n]) => base.slice(0, at) + base.slice(at + n)),
    fc.tuple(fc.nat(base.length), fc.string({ maxLength: 12 })).map(([at, s]) => base.slice(0, at) + s + base.slice(at)),
    fc.tuple(fc.nat(base.length), fc.constantFrom(':', '- ', '{', '[', '&a ', '*a', '!!binary ', '"', "'", '\t', '\n  ', '__proto__: 1\n', '~', '0x1F', '1e400'))
      .map(([at, s]) => base.slice(0, at) + s + base.slice(at)),
    fc.tuple(fc.nat(base.length), hostileCharacter).map(([at, s]) => base.slice(0, at) + s + base.slice(at)),
    fc.tuple(fc.nat(base.length), hugeList).map(([at, s]) => base.slice(0, at) + s + base.slice(at)),
    fc.tuple(fc.nat(lines.length - 1), fc.nat(lines.length - 1)).map(([a, b]) => {
      const copy = [...lines];
      [copy[a], copy[b]] = [copy[b]!, copy[a]!];
      return copy.join('\n');
    }),
    fc.nat(lines.length - 1).map((at) => [...lines.slice(0, at), lines[at]!, ...lines.slice(at)].join('\n')),
  );
};

/** Placed, without a stack trace, and bounded: at most 101 lines, none that grows with the file. */
const problemsArePlaced = (result: ReturnType<typeof load>) =>
  result.problems.length <= 101 &&
  result.problems.every((p) => p.line >= 1 && p.column >= 1 && p.message.length > 0 && p.message.length < 1_000 && !p.message.includes('    at '));

describe('the loaders never crash', () => {
  it('on mutated framework files', () => {
    fc.assert(
      fc.property(mutated(frameworkText), (text) => {
        const result = load(text);
        expect(problemsArePlaced(result)).toBe(true);
        if (!result.ok) expect(result.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: 400, seed: 20261121 },
    );
  });

  it('on mutated answers files', () => {
    fc.assert(
      fc.property(mutated(answersText), (text) => {
        expect(problemsArePlaced(load(text))).toBe(true);
      }),
      { numRuns: 400, seed: 20261122 },
    );
  });

  it('on random text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200, unit: 'binary' }), (text) => {
        expect(problemsArePlaced(load(text))).toBe(true);
      }),
      { numRuns: 300, seed: 7 },
    );
  });

  it('on random data shaped like the formats', () => {
    const value = fc.anything({ maxDepth: 3, withNullPrototype: false });
    const documents = fc.oneof(
      fc.record({ schema: fc.constant(1), id: fc.string(), title: value, scale: value, themes: value }, { requiredKeys: ['schema'] }),
      fc.record({ schema: fc.constant(1), framework: value, organisation: value, answers: fc.dictionary(fc.string(), value) }, { requiredKeys: ['schema'] }),
    );
    fc.assert(
      fc.property(documents, (doc) => {
        let text: string;
        try {
          text = stringify(doc);
        } catch {
          return; // not every random value has a YAML form
        }
        expect(problemsArePlaced(load(text))).toBe(true);
      }),
      { numRuns: 300, seed: 11 },
    );
  });

  it('through the whole command: exit 0 or 1, a message, no stack trace', async () => {
    const samples = fc.sample(fc.oneof(mutated(frameworkText), mutated(answersText)), { numRuns: 60, seed: 3 });
    for (const [i, text] of samples.entries()) {
      const file = join(work, `sample-${i}.yaml`);
      writeFileSync(file, text);
      const result = await runInProcess(['validate', file, '--framework', fixture('tiny-framework.yaml')]);
      expect([0, 1]).toContain(result.code);
      expect(result.stdout + result.stderr).not.toMatch(/^\s+at /m);
      if (result.code === 1) expect(result.stdout).toMatch(/sample-\d+\.yaml:\d+:\d+: \S/);
    }
  });

  it('finishes quickly on a deeply nested or alias-heavy file', () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const laughs = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) laughs.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(9).fill(`*${String.fromCharCode(96 + i)}`).join(',')}]`);
    const started = performance.now();
    expect(load(deep).ok).toBe(false);
    expect(load(laughs.join('\n')).problems[0]?.message).toMatch(/aliases/);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
