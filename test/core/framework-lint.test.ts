// The writing warnings `dma validate` prints for a framework (src/core/framework-lint.ts): what
// each catches, where it points, and that none of them fails the file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CHOOSING_RULE } from '../../src/core/choosing-rule.js';
import { LONG_DESCRIPTOR_MIN_EXCESS, LONG_DESCRIPTOR_RATIO, frameworkLintProblems } from '../../src/core/framework-lint.js';
import { describePath } from '../../src/core/problems.js';
import { checkFrameworkSource } from '../../src/io/load.js';
import { parseYamlText } from '../../src/io/yaml-source.js';
import { runBin } from '../support/cli.js';

/** A framework with one question whose four descriptors are given, on a 1–4 scale, with actions up to its target (3). */
function frameworkText(levels: [string, string, string, string], actions = '          - { toLevel: 2, text: Draft a vision }\n          - { toLevel: 3, text: Agree it at cabinet }\n'): string {
  return `schema: 1
id: lint
title: Lint test
version: 1.0.0
scale:
  - { level: 1, label: One }
  - { level: 2, label: Two }
  - { level: 3, label: Three }
  - { level: 4, label: Four }
themes:
  - id: lead
    title: Lead
    questions:
      - id: vision
        text: Is there a written vision?
        levels:
${levels.map((text, i) => `          ${i + 1}: ${text}`).join('\n')}
${actions ? `        actions:\n${actions}` : ''}`;
}

function lint(levels: [string, string, string, string]) {
  const source = parseYamlText('lint.yaml', frameworkText(levels));
  const framework = checkFrameworkSource(source).value!;
  return frameworkLintProblems(framework).map((p) => ({ where: describePath(p.path), at: source.locate(p), message: p.message }));
}

const EVEN: [string, string, string, string] = [
  'No written vision exists.',
  'A draft vision exists, not yet agreed.',
  'Cabinet has agreed a written vision.',
  'The vision is reviewed against measures every year.',
];

describe('frameworkLintProblems', () => {
  it('finds nothing in descriptors of similar length with no joined alternatives', () => {
    expect(lint(EVEN)).toEqual([]);
  });

  it('warns about a descriptor much longer than its siblings, pointing at it', () => {
    const long = 'Cabinet has agreed a written vision, every service has a plan that follows it, and staff were consulted on both.';
    const [problem, ...rest] = lint([EVEN[0], EVEN[1], long, EVEN[3]]);
    expect(rest).toEqual([]);
    expect(problem!.where).toBe('themes[0].questions[0].levels.3');
    expect(problem!.at.line).toBe(19);
    expect(problem!.message).toBe(
      `the descriptor for level 3 of lead.vision is ${long.length} characters, much longer than the question's other levels ` +
        `(typically 38); a long descriptor usually joins two conditions: keep it to one that can be checked`,
    );
  });

  it('needs both the ratio and the excess before it calls a descriptor long', () => {
    // Short siblings: twice as long, but only a few characters more, is not flagged.
    expect(lint(['None.', 'Some.', 'Agreed in full.', 'Most.'])).toEqual([]);
    // Long siblings: many characters more, but under the ratio, is not flagged.
    const [a, b, c] = ['a', 'b', 'c'].map((letter) => letter.repeat(100));
    const longer = 'y'.repeat(Math.floor(100 * LONG_DESCRIPTOR_RATIO));
    expect(longer.length - 100).toBeGreaterThanOrEqual(LONG_DESCRIPTOR_MIN_EXCESS);
    expect(lint([a!, b!, longer, c!])).toEqual([]);
    expect(lint([a!, b!, `${longer}zz`, c!]).map((p) => p.where)).toEqual(['themes[0].questions[0].levels.3']);
  });

  it.each([
    ['and/or', 'Cabinet and/or the leadership team has agreed a vision.', 'and/or'],
    ['or/and with spaces', 'Cabinet or / and scrutiny has agreed a vision.', 'or / and'],
    ['a slash between two words', 'The vision is reviewed weekly/monthly.', 'weekly/monthly'],
  ])('warns about alternatives joined with %s', (_name, text, join) => {
    const problems = lint([EVEN[0], text, EVEN[2], EVEN[3]]);
    expect(problems.map((p) => p.message)).toEqual([
      `the descriptor for level 2 of lead.vision joins alternatives with "${join}"; say which condition the level needs, or split it between levels`,
    ]);
    expect(problems[0]!.at.line).toBe(18);
  });

  it('does not mistake a web address, a date or a fraction for joined alternatives', () => {
    expect(lint([EVEN[0], 'A vision is published at https://example.gov.uk/vision/plan.', 'Agreed on 1/4/2026 by cabinet.', 'Reviewed 4/4 times a year.'])).toEqual([]);
  });

  it('warns when two levels say the same thing, whatever the case and punctuation', () => {
    const problems = lint([EVEN[0], EVEN[1], 'The digital lead is a full member of the top team.', 'the digital lead is a full member of the top team']);
    expect(problems.map((p) => p.message)).toEqual([
      `the descriptor for level 4 of lead.vision is the same as level 3's; each level needs its own condition`,
    ]);
  });
});

describe('steps up to the target with no action', () => {
  const gaps = (actions: string) => {
    const source = parseYamlText('lint.yaml', frameworkText(EVEN, actions));
    return frameworkLintProblems(checkFrameworkSource(source).value!).map((p) => `${source.locate(p).line}: ${p.message}`);
  };

  it('names the levels a question has no action to reach, up to the target', () => {
    expect(gaps('          - { toLevel: 3, text: Agree it at cabinet }\n')).toEqual(['22: lead.vision has no action to reach level 2, up to the target of 3, so the action plan has nothing for that step']);
    // An action above the target does not fill a step below it.
    expect(gaps('          - { toLevel: 4, text: Review it every year }\n')).toEqual(['22: lead.vision has no action to reach level 2 or 3, up to the target of 3, so the action plan has nothing for those steps']);
  });

  it('says once, not for every question, that a framework with no actions gives no action plan', () => {
    expect(gaps('')).toEqual(['10: no question has actions, so a report will have no action plan; add actions for the steps up to the target (docs/writing-frameworks.md, "Actions")']);
  });
});

describe('dma validate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dma-lint-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('warns when a framework of your own keeps a bundled framework\'s id, but not for the bundled file itself', () => {
    const copy = join(dir, 'our-warm-up.yaml');
    const bundled = fileURLToPath(new URL('../../frameworks/warm-up.yaml', import.meta.url));
    writeFileSync(copy, readFileSync(bundled, 'utf8'));
    const result = runBin(['validate', copy, bundled]);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain(`${copy}:2:5: id "warm-up" is a bundled framework's id: an answers file naming it is read against the bundled framework unless --framework names this file; give this framework an id of its own (warning)`);
    expect(result.stderr.match(/bundled framework's id/g)).toHaveLength(1);
  });

  it('prints the writing warnings as warnings, and the file is still ok with exit code 0', () => {
    const file = join(dir, 'lint.yaml');
    writeFileSync(file, frameworkText([EVEN[0], 'Cabinet and/or the leadership team has agreed a vision.', EVEN[2], EVEN[3]]));
    const result = runBin(['validate', file]);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain(`${file}:18:14: the descriptor for level 2 of lead.vision joins alternatives with "and/or"`);
    expect(result.stderr).toMatch(/ \(warning\)\n/);
    expect(result.stderr).toContain(`ok ${file}: framework lint 1.0.0: 1 theme, 1 question`);
  });
});

describe('docs/writing-frameworks.md', () => {
  const docs = readFileSync(fileURLToPath(new URL('../../docs/writing-frameworks.md', import.meta.url)), 'utf8').replace(/\s*\n>?\s*/g, ' ');

  it('states the thresholds the warnings use, and the choosing rule word for word', () => {
    expect(docs).toContain(`more than ${LONG_DESCRIPTOR_RATIO} times the median length of the question's other descriptors, and at least ${LONG_DESCRIPTOR_MIN_EXCESS} characters longer`);
    expect(docs).toContain(CHOOSING_RULE);
  });
});
