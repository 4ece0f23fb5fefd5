#!/usr/bin/env node
// What `dma assess` pays per save, side by side: the bare atomic write (temporary file, fsync,
// rename) against a save through the answers store (the file read and hashed first, to be sure
// nothing else changed it), for a new file and for a resumed file edited in place to keep its
// comments. Medians of repeated saves, with ratios. Run `npm run build` first, then
// `node bench/saving.js`.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnswersText, serialiseAnswers } from '../dist/io/answers-file.js';
import { AnswersStore } from '../dist/io/answers-store.js';
import { writeFileAtomic } from '../dist/io/atomic-write.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const work = mkdtempSync(join(tmpdir(), 'dma-bench-saving-'));

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function timed(run) {
  const times = [];
  for (let i = 0; i <= RUNS; i++) {
    const started = process.hrtime.bigint();
    await run(i);
    if (i > 0) times.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  return median(times);
}

/** A team's answers file with `questions` answers, each with votes and a note. */
function answers(questions) {
  const respondents = ['sam', 'ali', 'jo', 'priya'].map((id) => ({ id, name: id }));
  const all = {};
  for (let q = 0; q < questions; q++) {
    all[`theme-${q % 11}.question-${q}`] = { level: q % 5, votes: { sam: q % 5, ali: (q + 1) % 5, jo: q % 4, priya: 2 }, notes: `Discussed at length, question ${q}.` };
  }
  return { schema: 1, framework: { id: 'bench', version: '1.0.0' }, organisation: 'Bench Council', date: '2026-11-27', respondents, answers: all };
}

const rows = [];
for (const size of [38, 500]) {
  const doc = answers(size);
  const text = serialiseAnswers(doc, 'dma assess --resume a.yaml');
  const changed = (i) => {
    const next = structuredClone(doc);
    next.answers[Object.keys(next.answers)[i % size]].notes = `Changed in save ${i}.`;
    return next;
  };
  const bare = await timed(() => writeFileAtomic(join(work, `bare-${size}.yaml`), text));
  const { store } = await AnswersStore.open(join(work, `store-${size}.yaml`), `store-${size}.yaml`);
  const checked = await timed(() => store.save(text));
  await store.release();
  const fresh = await timed((i) => serialiseAnswers(changed(i), 'dma assess --resume a.yaml'));
  const kept = AnswersText.keeping(`# kept by hand\n${text}`);
  const edited = await timed((i) => kept.render(changed(i), 'dma assess --resume a.yaml'));
  rows.push([`${size} answers (${(text.length / 1024).toFixed(0)} KiB)`, bare, checked, fresh, edited]);
}
rmSync(work, { recursive: true, force: true });

const ms = (value) => `${value.toFixed(2).padStart(7)} ms`;
console.log(`dma assess: one save, median of ${RUNS}, Node ${process.version}\n`);
console.log('file                    write: atomic   checked first (ratio)   text: new file   resumed, comments kept (ratio)');
for (const [name, bare, checked, fresh, edited] of rows) {
  console.log(`${name.padEnd(22)}  ${ms(bare)}     ${ms(checked)} (${(checked / bare).toFixed(2)}x)     ${ms(fresh)}       ${ms(edited)} (${(edited / fresh).toFixed(2)}x)`);
}
