#!/usr/bin/env node
// Word reports on large inputs, against HTML on the same input: the bundled example with 1 MiB of
// notes (in one note, the worst case for docx's page layout), and a framework of 2,000 questions.
// Each is one run of `dma report` in a child process: wall time and peak memory (from
// /usr/bin/time when it is there). Goal: Word at most 10 s, and 4 times the input at most 4 times
// the time. Run on its own with `node bench/word.js` (after `npm run build`), or as part of `npm run bench`.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parse, stringify } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin', 'dma.js');
const SENTENCE = 'The council agreed a plan for digital services and data sharing across the region with its partners. ';

/** Peak memory (MiB) of one `dma` run, from /usr/bin/time; null without it. */
function peakMemory(args) {
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.error || r.status !== 0) return null;
  const kb = Number(r.stderr.trim().split('\n').at(-1));
  return Number.isFinite(kb) ? kb / 1024 : null;
}

/** Seconds of a run, timed here (so /usr/bin/time's own start is not counted). */
function time(args) {
  const started = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
  if (r.status !== 0) throw new Error(`dma ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return Number(process.hrtime.bigint() - started) / 1e9;
}

/** The bundled example with one note of `bytes` characters. */
function noteFile(work, bytes) {
  const doc = parse(readFileSync(join(ROOT, 'examples/workshop.yaml'), 'utf8'));
  const first = Object.keys(doc.answers)[0];
  doc.answers[first].notes = Array.from({ length: Math.ceil(bytes / SENTENCE.length) }, () => SENTENCE).join('').slice(0, bytes);
  const file = join(work, `note-${bytes}.yaml`);
  writeFileSync(file, stringify(doc, { lineWidth: 0 }));
  return [file];
}

/** A framework of `count` questions in 40 themes, and answers with a short note to each. */
function frameworkFiles(work, count) {
  const framework = { schema: 1, id: 'word-bench', title: 'Word bench', version: '1.0.0', scale: [1, 2, 3, 4, 5].map((level) => ({ level, label: `L${level}` })), target: 4, themes: [] };
  const answers = { schema: 1, framework: { id: 'word-bench', version: '1.0.0' }, organisation: 'Bench Council', date: '2026-11-21', answers: {} };
  for (let t = 0, made = 0; t < 40; t++) {
    const questions = [];
    for (let q = 0; q < Math.floor(count / 40) + (t < count % 40 ? 1 : 0); q++, made++) {
      questions.push({
        id: `q${q}`,
        text: `Question ${made}: is there a plan for digital services across the region?`,
        levels: { 1: 'one', 2: 'two', 3: 'three', 4: 'four', 5: 'five' },
        actions: [2, 3, 4].map((toLevel) => ({ toLevel, text: `Step ${made} to level ${toLevel}`, owner: 'Chief Executive', horizon: 'next' })),
      });
      answers.answers[`t${t}.q${q}`] = { level: 1 + (made % 5), notes: SENTENCE };
    }
    framework.themes.push({ id: `t${t}`, title: `Theme ${t}`, questions });
  }
  const fw = join(work, `framework-${count}.yaml`);
  const file = join(work, `answers-${count}.yaml`);
  writeFileSync(fw, stringify(framework));
  writeFileSync(file, stringify(answers));
  return [file, '--framework', fw];
}

/** Lines for the bench's report: Word against HTML on each large input, and how Word's time grows with the input. */
export function benchWord() {
  const work = mkdtempSync(join(tmpdir(), 'dma-bench-word-'));
  const lines = ['Word on large inputs: one run each, against HTML on the same input; goal: Word at most 10 s, its time growing no faster than the input:'];
  try {
    const pairs = [
      ['one note', [['the example, one note of 256 KiB', noteFile(work, 256 * 1024)], ['the example, one note of 1 MiB', noteFile(work, 1024 * 1024)]]],
      ['questions', [['a framework of 500 questions', frameworkFiles(work, 500)], ['a framework of 2,000 questions', frameworkFiles(work, 2000)]]],
    ];
    const growth = [];
    for (const [what, inputs] of pairs) {
      const words = inputs.map(([name, args]) => {
        const html = time(['report', ...args, '-o', join(work, 'out.html')]);
        const word = time(['report', ...args, '-o', join(work, 'out.docx')]);
        const mb = peakMemory(['report', ...args, '-o', join(work, 'out.docx')]);
        const memory = mb === null ? '' : `   peak ${mb.toFixed(0).padStart(4)} MiB`;
        const verdict = word <= 10 ? 'meets' : 'MISSES';
        lines.push(`  ${name.padEnd(34)} html ${html.toFixed(1).padStart(5)} s   docx ${word.toFixed(1).padStart(5)} s (${verdict} goal ≤ 10 s)${memory}`);
        return word;
      });
      const ratio = words[1] / words[0];
      growth.push(`${what}: 4x the input, ${ratio.toFixed(1)}x the time (${ratio <= 4 ? 'meets' : 'MISSES'} goal ≤ 4x)`);
    }
    lines.push(`  Word's growth, ${growth.join('; ')}`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
  return lines;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) for (const line of benchWord()) console.log(line);
