// A team of thousands of answers files keeps what the team needs (votes, notes, respondents),
// not every file's assessment: the memory kept per file stays small and the same at any size.
// Speed and peak memory at 2,000 and 20,000 files are measured in bench/run.js.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { FrameworkResolver, loadTeam } from '../../src/io/load.js';
import { example } from '../support/cli.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const work = mkdtempSync(join(tmpdir(), 'dma-team-memory-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const template = parse(readFileSync(example('team/ceo.yaml'), 'utf8')) as { answers: Record<string, { level?: number; notApplicable?: boolean }> };
const files = Array.from({ length: 600 }, (_, i) => {
  const answers = Object.fromEntries(
    Object.entries(template.answers).map(([id, a], q) => [id, a.notApplicable ? { notApplicable: true } : { level: 1 + ((i * 7 + q * 3) % 5) }]),
  );
  const path = join(work, `p${i}.yaml`);
  writeFileSync(path, stringify({ ...template, respondents: [{ id: `p${i}`, name: `Person ${i}` }], answers }));
  return path;
});

/** Heap bytes still in use, after a full collection, while a team of `count` files is held. */
async function keptFor(count: number): Promise<number> {
  gc();
  const before = process.memoryUsage().heapUsed;
  const team = await loadTeam(files.slice(0, count), undefined, new FrameworkResolver(work));
  gc();
  const kept = process.memoryUsage().heapUsed - before;
  expect(team.assessment.respondents).toHaveLength(count);
  return kept;
}

describe('a big team', () => {
  it("keeps under 4 KB per file: the votes, not each file's assessment", async () => {
    await keptFor(50); // loads the framework and warms up the code
    const small = await keptFor(150);
    const large = await keptFor(600);
    const perFile = (large - small) / 450;
    // Each file adds ~40 votes (with the hash tables' spare room), a respondent and its name:
    // under 2 KB here. Keeping every file's assessment as well cost over 10 KB.
    expect(perFile).toBeLessThan(4_000);
  }, 120_000);
});
