// Benchmarks at hostile and large scale, for bench/run.js: `dma validate` on a 9 MiB answers
// file of unknown question ids against the yaml package parsing the same file, and scoring a
// team of 2,000 and of 20,000 answers files (time and peak memory per file, which should be flat).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';

const HAS_TIME = existsSync('/usr/bin/time');

/** Wall-clock ms and peak resident MiB of one run (MiB only where /usr/bin/time exists). */
export function measure(args, { cwd, okCodes = [0] }) {
  const command = HAS_TIME ? ['/usr/bin/time', ['-f', '%M', process.execPath, ...args]] : [process.execPath, args];
  const started = process.hrtime.bigint();
  const result = spawnSync(command[0], command[1], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 30 });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (!okCodes.includes(result.status)) throw new Error(`${args.slice(0, 3).join(' ')} exited ${result.status}: ${result.stderr.slice(-500)}`);
  const kb = HAS_TIME ? Number(result.stderr.trim().split('\n').at(-1)) : NaN;
  return { ms, mb: Number.isFinite(kb) ? kb / 1024 : null };
}

/** The median run by time, with the highest peak memory seen. */
function repeat(runs, once) {
  const results = Array.from({ length: runs }, once);
  const byTime = [...results].sort((a, b) => a.ms - b.ms);
  const peaks = results.map((r) => r.mb).filter((mb) => mb !== null);
  return { ms: byTime[Math.floor(runs / 2)].ms, mb: peaks.length ? Math.max(...peaks) : null };
}

/**
 * A script that parses the file it is given with the yaml package alone: `parse` as dma reads a
 * valid file, or `parseDocument`, which collects syntax errors instead of stopping at the first.
 */
function parseOneScript(root, work, call = 'parse') {
  const script = join(work, `${call}-one.mjs`);
  writeFileSync(
    script,
    `import { readFileSync } from 'node:fs';\nimport { ${call} } from ${JSON.stringify(join(root, 'node_modules/yaml/dist/index.js'))};\n` +
      `${call}(readFileSync(process.argv[2], 'utf8'), { uniqueKeys: false });\n`,
  );
  return script;
}

/** A 9 MiB answers file whose every answer is to a question the framework does not have. */
export function benchUnknownIds({ root, bin, work, runs }) {
  const lines = ['schema: 1', 'framework: { id: tiny, version: 2.0.0 }', 'organisation: Bench Council', 'answers:'];
  for (let i = 0, size = 0; size < 9 * 1024 * 1024; i++) {
    const line = `  t${i}.q${i}: { level: 1 }`;
    lines.push(line);
    size += line.length + 1;
  }
  const file = join(work, 'unknown-ids.yaml');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const parseScript = parseOneScript(root, work);
  const framework = join(root, 'test/fixtures/tiny-framework.yaml');
  const yaml = repeat(runs, () => measure([parseScript, file], { cwd: root }));
  const dma = repeat(runs, () => measure([bin, 'validate', file, '--framework', framework], { cwd: root, okCodes: [1] }));
  return { keys: lines.length - 4, yaml, dma };
}

/**
 * The largest answers file dma parses (just under its entry cap), broken by a tab on its first
 * answer, so that every later line is a knock-on error: dma parses it a second time with that line
 * blanked, to tell knock-ons from independent problems.
 */
export function benchBrokenByTab({ root, bin, work, runs }) {
  const lines = ['schema: 1', 'framework: { id: tiny, version: 2.0.0 }', 'organisation: Bench Council', 'answers:'];
  for (let i = 0; i < 99_000; i++) lines.push(`  t${i}.q${i}: { level: 1 }`);
  lines[5] = `\t${lines[5].trimStart()}`;
  const file = join(work, 'broken-by-tab.yaml');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const parseScript = parseOneScript(root, work, 'parseDocument');
  const framework = join(root, 'test/fixtures/tiny-framework.yaml');
  const yaml = repeat(runs, () => measure([parseScript, file], { cwd: root }));
  const dma = repeat(runs, () => measure([bin, 'validate', file, '--framework', framework], { cwd: root, okCodes: [1] }));
  return { lines: lines.length, yaml, dma };
}

/** Answers files like examples/team/ceo.yaml, one respondent each, levels varied. */
export function writeTeam({ root, dir, count }) {
  mkdirSync(dir, { recursive: true });
  const template = parse(readFileSync(join(root, 'examples/team/ceo.yaml'), 'utf8'));
  const ids = Object.keys(template.answers);
  const files = [];
  for (let i = 0; i < count; i++) {
    const answers = {};
    ids.forEach((id, q) => {
      answers[id] = template.answers[id].notApplicable ? { notApplicable: true } : { level: 1 + ((i * 7 + q * 3) % 5) };
    });
    const file = join(dir, `p${i}.yaml`);
    writeFileSync(file, stringify({ ...template, respondents: [{ id: `p${i}`, name: `Person ${i}` }], answers }));
    files.push(file);
  }
  return files;
}

/** `dma score --json` on the first n of the files for each size: time and peak memory, in all and per file. */
export function benchTeamSizes({ root, bin, files, sizes }) {
  return sizes.map((n) => {
    // Relative names keep 20,000 arguments well within the system's limit on a command line.
    const { ms, mb } = measure([bin, 'score', '--json', ...files.slice(0, n).map((f) => basename(f))], { cwd: dirname(files[0]) });
    return { n, ms, mb };
  });
}
