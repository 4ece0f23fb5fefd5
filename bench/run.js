#!/usr/bin/env node
// Benchmarks, side by side in one run: start-up against bare node, scoring and reporting,
// a team of 2,000 answers files against merely parsing them, a large synthetic framework,
// a 9 MiB file of unknown ids against the yaml package alone, and teams of 2,000 and 20,000.
// Prints medians of repeated runs and their ratios. Run with `npm run bench` (builds first).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { benchBrokenByTab, benchTeamSizes, benchUnknownIds, writeTeam } from './scale.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'dma.js');
const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TEAM_SIZE = Number(process.env.BENCH_TEAM ?? 2000);
const BIG_TEAM = Number(process.env.BENCH_BIG_TEAM ?? 20000);
const HOSTILE_RUNS = Number(process.env.BENCH_HOSTILE_RUNS ?? 3);
const work = mkdtempSync(join(tmpdir(), 'dma-bench-'));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Wall-clock milliseconds and peak memory of a child process, median of `runs`. */
function time(args, runs = RUNS) {
  const times = [];
  let rss = 0;
  for (let i = 0; i < runs + 1; i++) {
    const started = process.hrtime.bigint();
    const result = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, maxBuffer: 1 << 28 });
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (result.status !== 0) throw new Error(`${args.join(' ')} exited ${result.status}: ${result.stderr}`);
    if (i > 0) times.push(ms); // the first run warms the file cache
  }
  return { ms: median(times), rss };
}

/** Peak resident memory (MiB) of a child process, from /usr/bin/time if present, else null. */
function peakMemory(args) {
  const result = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28 });
  if (result.error || result.status !== 0) return null;
  const kb = Number(result.stderr.trim().split('\n').at(-1));
  return Number.isFinite(kb) ? kb / 1024 : null;
}

const rows = [];
function row(name, ms, base, goal) {
  const ratio = base ? ms / base : null;
  const verdict = goal && ratio ? (ratio <= goal ? 'meets' : 'MISSES') + ` goal ≤ ${goal}x` : '';
  rows.push([name, `${ms.toFixed(1)} ms`, ratio ? `${ratio.toFixed(2)}x` : '', verdict]);
}

// 1. Start-up and single commands.
const node = time(['-e', '0']).ms;
row('node -e 0', node, null);
row('dma --help', time([BIN, '--help']).ms, node, 1.5);
row('dma score (bundled framework)', time([BIN, 'score', 'examples/workshop.yaml']).ms, node, 2.5);
const hasReport = spawnSync(process.execPath, [BIN, 'report', 'examples/workshop.yaml', '-f', 'html'], { cwd: ROOT }).status === 0;
if (hasReport) row('dma report -f html (bundled)', time([BIN, 'report', 'examples/workshop.yaml', '-f', 'html']).ms, node, 3);

// 2. A team of TEAM_SIZE answers files: score them against merely parsing them.
const teamDir = join(work, 'team');
spawnSync('mkdir', ['-p', teamDir]);
const template = parse(readFileSync(join(ROOT, 'examples/team/ceo.yaml'), 'utf8'));
const questionIds = Object.keys(template.answers);
for (let i = 0; i < TEAM_SIZE; i++) {
  const answers = {};
  questionIds.forEach((id, q) => {
    answers[id] = template.answers[id].notApplicable ? { notApplicable: true } : { level: 1 + ((i * 7 + q * 3) % 5) };
  });
  const doc = { ...template, respondents: [{ id: `p${i}`, name: `Person ${i}` }], answers };
  writeFileSync(join(teamDir, `p${i}.yaml`), stringify(doc));
}
const teamFiles = readdirSync(teamDir).map((f) => join(teamDir, f));
const listFile = join(work, 'files.txt');
writeFileSync(listFile, teamFiles.join('\n'));
const parseScript = join(work, 'parse-only.mjs');
writeFileSync(
  parseScript,
  `import { readFileSync } from 'node:fs';\nimport { parse } from ${JSON.stringify(join(ROOT, 'node_modules/yaml/dist/index.js'))};\n` +
    `for (const f of readFileSync(process.argv[2], 'utf8').split('\\n')) parse(readFileSync(f, 'utf8'));\n`,
);
const teamRuns = Math.max(3, Math.round(RUNS / 3));
const parseOnly = time([parseScript, listFile], teamRuns).ms;
row(`parse ${TEAM_SIZE} answers files (yaml only)`, parseOnly, null);
row(`dma score --json, ${TEAM_SIZE} files as one team`, time([BIN, 'score', '--json', ...teamFiles], teamRuns).ms, parseOnly, 1.5);

// 3. Memory against team size: should grow linearly.
const memory = [];
for (const n of [TEAM_SIZE / 4, TEAM_SIZE / 2, TEAM_SIZE]) {
  const mb = peakMemory([BIN, 'score', '--json', ...teamFiles.slice(0, n)]);
  if (mb !== null) memory.push([n, mb]);
}

// 4. A synthetic framework of 40 themes and 500 questions.
const big = { schema: 1, id: 'synthetic', title: 'Synthetic', version: '1.0.0', scale: [1, 2, 3, 4, 5].map((level) => ({ level, label: `L${level}` })), target: 4, themes: [] };
const bigAnswers = { schema: 1, framework: { id: 'synthetic', version: '1.0.0' }, organisation: 'Bench Council', date: '2026-11-21', answers: {} };
for (let t = 0, made = 0; t < 40; t++) {
  const count = t < 20 ? 13 : 12; // 20×13 + 20×12 = 500
  const questions = [];
  for (let q = 0; q < count; q++, made++) {
    questions.push({
      id: `q${q}`,
      text: `Question ${made}?`,
      levels: { 1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five' },
      actions: [2, 3, 4].map((toLevel) => ({ toLevel, text: `Step to ${toLevel}`, owner: 'Chief Executive', horizon: 'next' })),
    });
    bigAnswers.answers[`t${t}.q${q}`] = { level: 1 + (made % 5) };
  }
  big.themes.push({ id: `t${t}`, title: `Theme ${t}`, questions });
}
const bigFramework = join(work, 'synthetic.yaml');
const bigAnswersFile = join(work, 'synthetic-answers.yaml');
writeFileSync(bigFramework, stringify(big));
writeFileSync(bigAnswersFile, stringify(bigAnswers));
row('dma validate, 40 themes / 500 questions', time([BIN, 'validate', bigFramework]).ms, node);
row('dma score, 40 themes / 500 questions', time([BIN, 'score', bigAnswersFile, '--framework', bigFramework]).ms, node);
if (hasReport) row('dma report -f html, 500 questions', time([BIN, 'report', bigAnswersFile, '--framework', bigFramework, '-f', 'html']).ms, node);

// 5. A regional benchmark the size of English local government: 400 councils' share files
// (one in ten anonymous) benchmarked in HTML with --focus, against a goal of 2 seconds.
const COUNCILS = Number(process.env.BENCH_COUNCILS ?? 400);
const shareDir = join(work, 'shares');
spawnSync('mkdir', ['-p', shareDir]);
const baseShare = spawnSync(process.execPath, [BIN, 'share', 'examples/workshop.yaml'], { cwd: ROOT, encoding: 'utf8' });
if (baseShare.status !== 0) throw new Error(`dma share failed: ${baseShare.stderr}`);
const { scoreShare } = await import(join(ROOT, 'dist/core/share/scores.js'));
const { signShare, shareJson } = await import(join(ROOT, 'dist/io/share-file.js'));
const round1 = (v) => (v === null ? null : Math.round(v * 10) / 10);
for (let i = 0; i < COUNCILS; i++) {
  const share = JSON.parse(baseShare.stdout);
  delete share.checksum;
  share.organisation = i % 10 === 9 ? { name: `Council ${(0x10000000 + i * 7919).toString(16).slice(-8)}`, anonymous: true } : { name: `Council number ${i}`, anonymous: false };
  share.assessed = `2026-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
  share.themes.forEach((t, ti) => t.questions.forEach((q, qi) => { if (!q.notApplicable) q.level = 1 + ((i * 31 + ti * 7 + qi * 3 + ((i * qi) % 5)) % 5); }));
  const worked = scoreShare(share);
  share.themes.forEach((t, ti) => { t.score = round1(worked.themes[ti].score); t.answered = t.questions.filter((q) => q.level !== null).length; });
  share.overall.score = round1(worked.overall);
  share.overall.answered = share.themes.reduce((n, t) => n + t.answered, 0);
  writeFileSync(join(shareDir, `council-${i}.json`), shareJson(signShare(share)));
}
const shareFiles = readdirSync(shareDir).map((f) => join(shareDir, f));
const benchmarkArgs = [BIN, 'benchmark', ...shareFiles, '--focus', 'Council number 1', '-f', 'html'];
const benchmarkMs = time(benchmarkArgs, teamRuns).ms;
const benchmarkMemory = peakMemory(benchmarkArgs);
rows.push([`dma benchmark -f html, ${COUNCILS} councils`, `${benchmarkMs.toFixed(1)} ms`, '', benchmarkMs <= 2000 ? 'meets goal ≤ 2000 ms' : 'MISSES goal ≤ 2000 ms']);

// 6. Hostile input: 9 MiB of unknown question ids, against the yaml package parsing the same file.
const unknown = benchUnknownIds({ root: ROOT, bin: BIN, work, runs: HOSTILE_RUNS });
const tabbed = benchBrokenByTab({ root: ROOT, bin: BIN, work, runs: HOSTILE_RUNS });

// 7. Big teams: time and peak memory per file should be the same at 2,000 files and at 20,000.
const bigTeam = benchTeamSizes({
  root: ROOT,
  bin: BIN,
  files: writeTeam({ root: ROOT, dir: join(work, 'big-team'), count: BIG_TEAM }),
  sizes: [...new Set([1, Math.min(2000, BIG_TEAM), BIG_TEAM])],
});

rmSync(work, { recursive: true, force: true });

const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i].length)));
console.log(`dma benchmarks: median of ${RUNS} runs (team: ${teamRuns}), Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
for (const r of rows) console.log(r.map((cell, i) => (i === 1 || i === 2 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join('   ').trimEnd());
if (benchmarkMemory !== null) console.log(`\nPeak memory of dma benchmark -f html on ${COUNCILS} councils: ${benchmarkMemory.toFixed(0)} MiB`);
const mib = (mb) => (mb === null ? 'n/a' : `${mb.toFixed(0)} MiB`);
console.log(`\nHostile input: dma validate on a 9 MiB answers file of ${unknown.keys.toLocaleString('en-GB')} unknown question ids (median of ${HOSTILE_RUNS}; dma refuses it at its entry cap before parsing):`);
console.log(`  yaml parse (uniqueKeys: false)   ${(unknown.yaml.ms / 1000).toFixed(1).padStart(6)} s   peak ${mib(unknown.yaml.mb)}`);
const ratio = unknown.dma.ms / unknown.yaml.ms;
const underLimit = unknown.dma.mb === null ? '' : unknown.dma.mb <= 500 ? ', meets goal ≤ 500 MiB' : ', MISSES goal ≤ 500 MiB';
console.log(
  `  dma validate                     ${(unknown.dma.ms / 1000).toFixed(1).padStart(6)} s   peak ${mib(unknown.dma.mb)}   ` +
    `${ratio.toFixed(2)}x the parse (${ratio <= 3 ? 'meets' : 'MISSES'} goal ≤ 3x${underLimit})`,
);
console.log(`\nA file of ${tabbed.lines.toLocaleString('en-GB')} lines broken by a tab on line 6, every later line a knock-on error (median of ${HOSTILE_RUNS}):`);
console.log(`  yaml parse (uniqueKeys: false)   ${(tabbed.yaml.ms / 1000).toFixed(1).padStart(6)} s   peak ${mib(tabbed.yaml.mb)}`);
console.log(`  dma validate                     ${(tabbed.dma.ms / 1000).toFixed(1).padStart(6)} s   peak ${mib(tabbed.dma.mb)}   ${(tabbed.dma.ms / tabbed.yaml.ms).toFixed(2)}x the parse`);
console.log('\nTeams: dma score --json, one run each; time and memory for each file added (should not grow with the team):');
bigTeam.forEach(({ n, ms, mb }, i) => {
  const size = `${n.toLocaleString('en-GB').padStart(6)} file${n === 1 ? ' ' : 's'}: ${(ms / 1000).toFixed(1).padStart(5)} s, peak ${mib(mb)}`;
  const before = bigTeam[i - 1];
  if (!before) return console.log(`  ${size}`);
  const added = n - before.n;
  const memory = mb === null || before.mb === null ? '' : `, ${(((mb - before.mb) * 1024) / added).toFixed(1)} KiB`;
  console.log(`  ${size}   per file from ${before.n.toLocaleString('en-GB')}: ${((ms - before.ms) / added).toFixed(2)} ms${memory}`);
});
if (memory.length) {
  console.log('\nPeak memory of dma score --json against team size:');
  const [n0, m0] = memory[0];
  for (const [n, mb] of memory) console.log(`  ${String(n).padStart(5)} files: ${mb.toFixed(0)} MiB (${((mb - m0) / ((n - n0) || 1) * 1000).toFixed(1)} MiB per 1,000 more files)`);
}

// 5. The live room: 30 participants voting, to the facilitator and the projector (bench/room.js).
const { benchRoom } = await import('./room.js');
console.log('');
for (const line of await benchRoom()) console.log(line);

// 6. Word on large inputs, against HTML (bench/word.js).
const { benchWord } = await import('./word.js');
console.log('');
for (const line of benchWord()) console.log(line);
