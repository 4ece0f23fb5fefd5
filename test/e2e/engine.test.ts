// End to end: the built CLI (bin/dma.js → dist/) in a child process, as a user runs it.
// Build first: `npm test` does (pretest), or run `npx tsc -p .` before `npx vitest run`.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult } from '../support/cli.js';
import { ROOT, runBin } from '../support/cli.js';

const TINY_FRAMEWORK = 'test/fixtures/tiny-framework.yaml';
const TINY_ANSWERS = 'test/fixtures/tiny-answers.yaml';
const ENGINE = 'test/fixtures/engine';
const ANSI = /\u001b\[/;
const STACK_FRAME = '    at ';

const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function expectNoStackTrace(run: RunResult): void {
  expect(run.stdout).not.toContain(STACK_FRAME);
  expect(run.stderr).not.toContain(STACK_FRAME);
  expect(run.stderr).not.toContain('something went wrong inside dma');
}

beforeAll(() => {
  if (!existsSync(join(ROOT, 'dist/cli/main.js'))) {
    throw new Error('dist/ is missing: run `npx tsc -p .` (or `npm test`, which builds first)');
  }
});

describe('--help and --version', () => {
  const commands = [
    { name: 'dma', args: [] as string[] },
    { name: 'dma validate', args: ['validate'] },
    { name: 'dma score', args: ['score'] },
    { name: 'dma frameworks', args: ['frameworks'] },
    { name: 'dma report', args: ['report'] },
  ];

  it.each(commands)('$name --help exits 0 and prints its usage', ({ name, args }) => {
    const run = runBin([...args, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`Usage: ${name} [options]`);
    expect(run.stderr).toBe('');
  });

  it.each(commands)('$name --version exits 0 and prints the package version', ({ args }) => {
    const run = runBin([...args, '--version']);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(version);
  });

  it.each(['assess', 'validate', 'score', 'report', 'frameworks', 'share', 'benchmark'])('dma %s --help shows no default that means nothing', (command) => {
    const run = runBin([command, '--help']);
    expect(run.code).toBe(0);
    // commander prints a value it was given as a default as JSON: "(default: [])", "(default: false)".
    expect(run.stdout).not.toMatch(/\(default: (\[|\{|"|\d|true\b|false\b|null\b)/);
  });

  it('the top-level help matches the snapshot', () => {
    const run = runBin(['--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatchSnapshot();
  });

  it('score --help matches the snapshot', () => {
    const run = runBin(['score', '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatchSnapshot();
  });
});

describe('usage errors exit 2', () => {
  it('an unknown command', () => {
    const run = runBin(['nope']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown command 'nope'");
    expect(run.stdout).toBe('');
  });

  it('an unknown option', () => {
    const run = runBin(['score', TINY_ANSWERS, '--bogus']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("unknown option '--bogus'");
  });

  it('a missing argument', () => {
    const run = runBin(['validate']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("missing required argument 'file'");
  });

  it('--target off the scale', () => {
    const run = runBin(['score', TINY_ANSWERS, '--framework', TINY_FRAMEWORK, '--target', '9']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--target 9 is not a level of the scale of tiny (0 to 4)');
    expect(run.stdout).toBe('');
    expectNoStackTrace(run);
  });

  it('--target that is not a whole number', () => {
    const run = runBin(['score', TINY_ANSWERS, '--framework', TINY_FRAMEWORK, '--target', 'high']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("option '--target <level>' argument 'high' is invalid");
  });
});

describe('dma validate', () => {
  it('a broken framework: every problem as file:line:column: message on stdout, exit 1, no stack trace', () => {
    const file = `${ENGINE}/broken-framework.yaml`;
    const run = runBin(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      `${file}:9:9: target 3 is not a level of the scale (1, 2)`,
      `${file}:13:5: unknown key "weigth"; did you mean "weight"?`,
      `${file}:17:17: question "lead.vision" needs a descriptor for every level of the scale; missing: 2`,
    ]);
    expect(run.stderr).toContain('1 of 1 file has problems');
    expectNoStackTrace(run);
  });

  it('a file that is not valid YAML: its position on stdout, exit 1', () => {
    const file = `${ENGINE}/not-yaml.yaml`;
    const run = runBin(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(`${file}:4:1: a list in square brackets ([ ]) that starts above is not closed: end it with ']', or indent its next lines further\n`);
    expectNoStackTrace(run);
  });

  it('a broken answers file checked against a framework given alongside', () => {
    const file = `${ENGINE}/bad-answers.yaml`;
    const run = runBin(['validate', file, TINY_FRAMEWORK]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `${file}:6:25: level 7 is not on the scale (0 to 4)\n` + `${file}:7:3: "lead.nope" is not a question of tiny 2.0.0\n`,
    );
    expect(run.stderr).toContain(`ok ${TINY_FRAMEWORK}`);
    expect(run.stderr).toContain('1 of 2 files has problems');
  });

  it('an answers file with a misspelt key in one answer: the other answers are checked too, so every problem shows at once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dma-every-problem-'));
    const file = join(dir, 'answers.yaml');
    writeFileSync(
      file,
      ['schema: 1', 'framework: { id: warm-up }', 'organisation: Test', 'answers:', '  leadership.role-model:', '    levle: 2', '  leadership.top-table:', '    level: 9', '  leadership.nope:', '    level: 1', ''].join('\n'),
    );
    const run = runBin(['validate', file]);
    expect(run.code).toBe(1);
    expect(run.stdout.split('\n').filter(Boolean)).toEqual([
      `${file}:6:5: unknown key "levle"; did you mean "level"?`,
      `${file}:8:12: level 9 is not on the scale (0 to 3)`,
      expect.stringMatching(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:9:3: "leadership.nope" is not a question of warm-up `)),
    ]);
  });

  it('many problems of both kinds: the first 100 in file order, then one count of the rest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dma-many-problems-'));
    const file = join(dir, 'answers.yaml');
    const misspelt = Array.from({ length: 150 }, (_, i) => `  x.bad${i}: { levle: 1 }`);
    const unknown = Array.from({ length: 150 }, (_, i) => `  x.unknown${i}: { level: 1 }`);
    writeFileSync(file, ['schema: 1', 'framework: { id: warm-up }', 'organisation: Test', 'answers:', ...unknown, ...misspelt, ''].join('\n'));
    const lines = runBin(['validate', file]).stdout.split('\n').filter(Boolean);
    expect(lines).toHaveLength(101);
    const at = lines.slice(0, 100).map((l) => Number(l.slice(file.length + 1).split(':')[0]));
    expect(at).toEqual([...at].sort((a, b) => a - b));
    expect(lines[100]).toMatch(/… and 200 more problems in .* \(the first 100 are shown\)$/);
  });

  it('good files: exit 0, nothing on stdout, an ok line per file on stderr, after any warnings', () => {
    const run = runBin(['validate', TINY_FRAMEWORK, TINY_ANSWERS]);
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('');
    // The tiny framework has actions for one question only: the others' steps up to the target are warned about.
    expect(run.stderr).toBe(
      `${TINY_FRAMEWORK}:38:11: lead.cabinet has no action to reach level 1 or 2, up to the target of 3, so the action plan has nothing for those steps (warning)\n` +
        `${TINY_FRAMEWORK}:47:11: data.nhs has no action to reach level 1 or 3, up to the target of 3, so the action plan has nothing for those steps (warning)\n` +
        `${TINY_FRAMEWORK}:48:13: data.protocol has no action to reach level 1, 2 or 3, up to the target of 3, so the action plan has nothing for those steps (warning)\n` +
        `ok ${TINY_FRAMEWORK}: framework tiny 2.0.0: 2 themes, 4 questions\n` +
        `ok ${TINY_ANSWERS}: answers for tiny: 2 of 3 answered · 1 not applicable · 1 not answered, organisation "Testshire County Council"\n`,
    );
  });

  it('a framework of one theme and one question is counted in the singular', () => {
    const dir = mkdtempSync(join(tmpdir(), 'dma-one-theme-'));
    const source = readFileSync(TINY_FRAMEWORK, 'utf8');
    const oneTheme = source.slice(0, source.indexOf('      - id: cabinet'));
    const file = join(dir, 'one.yaml');
    writeFileSync(file, oneTheme);
    const run = runBin(['validate', file]);
    expect(run.stderr).toBe(`ok ${file}: framework tiny 2.0.0: 1 theme, 1 question\n`);
    expect(run.code).toBe(0);
  });

  it('a bundled framework by its id, as the other commands take it; a name that is neither a file nor an id lists the bundled ones', () => {
    const run = runBin(['validate', 'warm-up']);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^ok warm-up: framework warm-up \d+\.\d+\.\d+: 4 themes, 10 questions\n$/);
    const misspelt = runBin(['validate', 'warm-upp']);
    expect(misspelt.code).toBe(1);
    expect(misspelt.stdout).toBe(
      'warm-upp:1:1: cannot be read (no such file); "warm-upp" is not a bundled framework (bundled: local-digital-leadership, warm-up); did you mean "warm-up"? Or give the path of a framework or answers file\n',
    );
    const unlike = runBin(['validate', 'questionnaire']);
    expect(unlike.stdout).toBe(
      'questionnaire:1:1: cannot be read (no such file); "questionnaire" is not a bundled framework (bundled: local-digital-leadership, warm-up); give the path of a framework or answers file\n',
    );
    // A path is only ever a path, and a folder of that name is a folder.
    expect(runBin(['validate', 'nowhere/warm-up.yaml']).stdout).toBe('nowhere/warm-up.yaml:1:1: cannot be read (no such file)\n');
    const dir = mkdtempSync(join(tmpdir(), 'dma-id-folder-'));
    mkdirSync(join(dir, 'warm-up'));
    expect(runBin(['validate', 'warm-up'], { cwd: dir }).stdout).toBe('warm-up:1:1: is a folder, not a YAML file\n');
  });

  it('a misspelt bundled framework id gets a suggestion wherever an id is taken', () => {
    const score = runBin(['score', TINY_ANSWERS, '--framework', 'warmup']);
    expect(score.code).toBe(1);
    expect(score.stderr).toContain('"warmup" is not a bundled framework (bundled: local-digital-leadership, warm-up); did you mean "warm-up"? Or give a path to a framework file instead');
    const copy = runBin(['frameworks', '--copy', 'warmup', join(tmpdir(), 'never-written.yaml')]);
    expect(copy.code).toBe(1);
    expect(copy.stderr).toContain('"warmup" is not a bundled framework (bundled: local-digital-leadership, warm-up); did you mean "warm-up"? Or run "dma frameworks" to see them with their titles');
  });

  it('an answers file naming an unbundled framework, alone, is a problem pointing to --framework', () => {
    const run = runBin(['validate', TINY_ANSWERS]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe(
      `${TINY_ANSWERS}:2:18: names the framework "tiny", which is not bundled; give its file too, or use --framework <path>\n`,
    );
  });
});

describe('dma score', () => {
  it('--json on the tiny fixtures gives the hand-computed score document', () => {
    const run = runBin(['score', TINY_ANSWERS, '--framework', TINY_FRAMEWORK, '--json']);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const doc = JSON.parse(run.stdout);

    // Scale 0–4, target 3. Question score = 100 × (L − 0) / 4.
    //   lead.vision: level 1 (votes 1, 3 kept for the spread 3−1 = 2) → 25; weight 3
    //   lead.cabinet: votes only, 1 and 4 → (1+4)/2 = 2.5 rounded down = 2 → 50; weight 1; spread 3
    //   data.nhs: not applicable; data.protocol: unanswered
    // Theme lead (weight 2) = (3×25 + 1×50) / (3+1) = 125/4 = 31.25 → 31.3;
    //   level 0 + 31.25×4/100 = 1.25 → 1.3; level 1 reached = "Some"
    // Theme data (weight 1): nothing answered → null, left out of the overall.
    // Overall = (2×31.25) / 2 = 31.25 → 31.3, level 1.25 → 1.3, "Some".
    // answered 2; total 4 − 1 not applicable = 3; unanswered 3 − 2 = 1.
    expect(doc.framework).toEqual({ id: 'tiny', version: '2.0.0', title: 'Tiny test framework' });
    expect(doc.organisation).toBe('Testshire County Council');
    expect(doc.date).toBe('2026-11-20');
    expect(doc.scale).toMatchObject({ min: 0, max: 4, target: 3 });
    expect(doc.overall).toEqual({ score: 31.3, level: 1.3, label: 'Some', answered: 2, notApplicable: 1, unanswered: 1, total: 3 });
    expect(doc.themes).toEqual([
      { id: 'lead', title: 'Leadership', weight: 2, score: 31.3, level: 1.3, label: 'Some', answered: 2, notApplicable: 0, total: 2 },
      { id: 'data', title: 'Data sharing', weight: 1, score: null, level: null, label: null, answered: 0, notApplicable: 1, total: 1 },
    ]);
    expect(doc.questions.map((q: Record<string, unknown>) => [q.id, q.level, q.score, q.notApplicable, q.spread])).toEqual([
      ['lead.vision', 1, 25, false, 2],
      ['lead.cabinet', 2, 50, false, 3],
      ['data.nhs', null, null, true, 0],
      ['data.protocol', null, null, false, null],
    ]);
    expect(doc.questions[0].votes).toEqual({ ceo: 1, cio: 3 });
    expect(doc.questions[1].votes).toEqual({ ceo: 1, cio: 4 });

    // Actions, target 3: vision at 1 → importance (3−1)×3×2 = 12, toLevel 2 and 3 (not 1: reached; not 4: past
    // the target); cabinet at 2 → (3−2)×1×2 = 2, toLevel 3. Within vision the nearer step (to 2) comes first.
    expect(doc.actions).toEqual([
      { question: 'lead.vision', theme: 'lead', fromLevel: 1, toLevel: 2, text: 'Agree the vision', owner: 'Leader of the council', horizon: 'next', source: null, priority: 1 },
      { question: 'lead.vision', theme: 'lead', fromLevel: 1, toLevel: 3, text: 'Publish the vision', owner: 'Chief Executive', horizon: 'now', source: 'handbook', priority: 2 },
      { question: 'lead.cabinet', theme: 'lead', fromLevel: 2, toLevel: 3, text: 'Ask the cabinet member to report to council every year', owner: 'Leader of the council', horizon: 'next', source: null, priority: 3 },
    ]);
  });

  it('--target changes the plan', () => {
    const run = runBin(['score', TINY_ANSWERS, '--framework', TINY_FRAMEWORK, '--json', '--target', '4']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.scale.target).toBe(4);
    // vision (4−1)×3×2 = 18: to 2, 3, 4; cabinet (4−2)×1×2 = 4: to 3
    expect(doc.actions.map((a: { text: string }) => a.text)).toEqual([
      'Agree the vision',
      'Publish the vision',
      'Review the vision every year',
      'Ask the cabinet member to report to council every year',
    ]);
  });

  it('several files are one team', () => {
    const run = runBin(['score', `${ENGINE}/team/sam.yaml`, `${ENGINE}/team/Ali Khan.yaml`, '--framework', TINY_FRAMEWORK, '--json']);
    expect(run.code).toBe(0);
    const doc = JSON.parse(run.stdout);
    expect(doc.respondents.map((r: { id: string }) => r.id)).toEqual(['ceo', 'ali-khan']);
    const vision = doc.questions.find((q: { id: string }) => q.id === 'lead.vision');
    // Sam 1, Ali 4 → 2.5 rounded down = 2
    expect(vision).toMatchObject({ level: 2, votes: { ceo: 1, 'ali-khan': 4 }, spread: 3 });
  });

  it('the terminal summary shows the overall score and the top actions', () => {
    const run = runBin(['score', TINY_ANSWERS, '--framework', TINY_FRAMEWORK]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Testshire County Council');
    expect(run.stdout).toMatch(/Overall .* score 31\.3 {2}level 1\.3 on 0–4 \(Some\) {2}target 3/);
    expect(run.stdout).toContain('2 of 3 answered · 1 not applicable · 1 not answered');
    expect(run.stdout).toContain('   1. Agree the vision');
  });

  it('an answers file naming an unbundled framework, without --framework, exits 1 pointing to --framework', () => {
    const run = runBin(['score', TINY_ANSWERS]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain('names the framework "tiny", which is not bundled');
    expect(run.stderr).toContain('--framework');
    expectNoStackTrace(run);
  });

  it('a file that does not exist exits 1 with "no such file"', () => {
    const run = runBin(['score', 'nowhere/missing.yaml', '--framework', TINY_FRAMEWORK]);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('nowhere/missing.yaml cannot be read (no such file)');
    expectNoStackTrace(run);
  });

  it('a broken answers file exits 1 with its problems on stderr', () => {
    const file = `${ENGINE}/bad-answers.yaml`;
    const run = runBin(['score', file, '--framework', TINY_FRAMEWORK]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    expect(run.stderr).toContain(`${file}:6:25: level 7 is not on the scale (0 to 4)`);
    expect(run.stderr).toContain(`${file} is not a valid answers file (2 problems)`);
    expectNoStackTrace(run);
  });
});

describe('colour', () => {
  const score = ['score', TINY_ANSWERS, '--framework', TINY_FRAMEWORK];

  it('FORCE_COLOR=1 alone colours the output (so the checks below can fail)', () => {
    const run = runBin(score, { env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(ANSI);
  });

  it('NO_COLOR=1 gives no ANSI escapes, even with FORCE_COLOR=1', () => {
    const run = runBin(score, { env: { FORCE_COLOR: '1', NO_COLOR: '1' } });
    expect(run.code).toBe(0);
    expect(run.stdout).not.toMatch(ANSI);
    expect(run.stderr).not.toMatch(ANSI);
  });

  it('--no-color gives no ANSI escapes, even with FORCE_COLOR=1', () => {
    for (const args of [['--no-color', ...score], [...score, '--no-color']]) {
      const run = runBin(args, { env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
      expect(run.code).toBe(0);
      expect(run.stdout).toContain('score 31.3');
      expect(run.stdout).not.toMatch(ANSI);
    }
  });

  it('validate with --no-color: no escapes on stderr either', () => {
    const run = runBin(['--no-color', 'validate', TINY_FRAMEWORK], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain(`ok ${TINY_FRAMEWORK}`);
    expect(run.stderr).not.toMatch(ANSI);
  });
});

describe('dma frameworks', () => {
  it('lists the bundled frameworks under a header and exits 0', () => {
    const run = runBin(['frameworks']);
    expect(run.code).toBe(0);
    const lines = run.stdout.split('\n');
    expect(lines[0]).toMatch(/^id\s+title\s+version\s+themes\s+questions$/);
    if (existsSync(join(ROOT, 'frameworks', 'local-digital-leadership.yaml'))) {
      const row = lines.find((l) => l.startsWith('local-digital-leadership '));
      expect(row, 'local-digital-leadership is bundled, so it must be listed').toBeDefined();
      // id, title, version, then two counts
      expect(row).toMatch(/^local-digital-leadership\s+\S.*\s+\S+\s+\d+\s+\d+$/);
    }
    expect(run.stderr).toContain('dma assess <id>');
  });
});
