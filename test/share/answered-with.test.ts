// A share of answers written for an older version of the framework says so
// (`framework.answeredWith`), and dma benchmark warns when a council's trend, or the group,
// mixes answers made with different versions, naming them: the bundled 2025 baseline was
// answered on version 1.0.0, the 2026 workshop on 2.1.0, for the same council.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBenchmarkModel } from '../../src/core/benchmark/model.js';
import type { ShareDocument } from '../../src/core/share/schema.js';
import { readShareFile } from '../../src/io/share-file.js';
import { ROOT, example, runInProcess } from '../support/cli.js';
import { shareOf, variant } from '../support/shares.js';

const work = mkdtempSync(join(tmpdir(), 'dma-answered-with-'));
const out = (name: string) => join(work, name);
const read = (name: string) => JSON.parse(readFileSync(out(name), 'utf8')) as ShareDocument;

describe('a share of answers made with an older version of the framework', () => {
  let shared: { code: number; stdout: string; stderr: string };

  beforeAll(async () => {
    shared = await runInProcess(['share', example('baseline-2025.yaml'), '-o', out('2025.json')]);
    await runInProcess(['share', example('workshop.yaml'), '-o', out('2026.json')]);
  });

  it('records the version the answers were made with beside the one they were read against', () => {
    expect(shared.code).toBe(0);
    expect(read('2025.json').framework).toMatchObject({ id: 'local-digital-leadership', version: '2.1.0', answeredWith: '1.0.0' });
    // Answers of the current version: no such field, so older readers still read the file.
    expect(Object.keys(read('2026.json').framework)).toEqual(['id', 'version', 'title', 'hash']);
  });

  it('says so in what dma share prints, and the file reads back, valid against the committed schema', () => {
    expect(shared.stderr).toContain(
      '  - that the answers were made with version 1.0.0 of the framework and are read against version 2.1.0: dma benchmark warns when it compares them with answers made with another version',
    );
    expect(readShareFile(out('2025.json')).ok).toBe(true);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schema', 'share.schema.json'), 'utf8')) as Record<string, unknown>;
    const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);
    expect(validate(read('2025.json')), JSON.stringify(validate.errors)).toBe(true);
  });

  it("dma benchmark warns that the council's trend mixes versions: in the notices, on stderr and in the focus trend", async () => {
    const result = await runInProcess(['benchmark', out('2025.json'), out('2026.json'), '--focus', 'Example Borough Council', '-o', out('trend.md')]);
    expect(result.code).toBe(0);
    const notice =
      "Example Borough Council's trend compares answers made with different versions of local-digital-leadership: 1.0.0 (20 November 2025) and 2.1.0 (21 November 2026).";
    expect(result.stderr).toContain(`warning: ${notice}`);
    const md = readFileSync(out('trend.md'), 'utf8');
    expect(md).toContain(`- ${notice}`);
    expect(md).toMatch(/Its overall score went from [\d.]+ to [\d.]+ \([^)]+\)\. Its answers were made with versions 1\.0\.0 and 2\.1\.0 of the framework/);

    const json = await runInProcess(['benchmark', out('2025.json'), out('2026.json'), '-f', 'json']);
    const trend = (JSON.parse(json.stdout) as { trends: Array<{ points: Array<{ answeredWith: string }> }> }).trends[0]!;
    expect(trend.points.map((p) => p.answeredWith)).toEqual(['1.0.0', '2.1.0']);
  });

  it('warns when the councils compared answered on different versions, naming them; not when all answered on one', async () => {
    const old = await shareOf([example('baseline-2025.yaml')]);
    const current = await shareOf([example('workshop.yaml')]);
    const model = (...shares: ShareDocument[]) =>
      buildBenchmarkModel({ entries: shares.map((share, i) => ({ file: `${i}.json`, share })), leftOut: [], generated: '2026-11-21', toolVersion: '0.0.0' });
    const mixed = model(old, variant(current, { name: 'Felpersham Council' }), variant(current, { name: 'Llareggub Council' }));
    expect(mixed.notices).toContain(
      "The councils' latest answers were made with different versions of local-digital-leadership: 1.0.0 (Example Borough Council) and 2.1.0 (Felpersham Council and Llareggub Council). " +
        'A share says so when its answers were written for an older version and read against a newer one; the level descriptions may differ between versions, so compare those councils with care.',
    );
    // Only the note that the example left one question unanswered: no version warning.
    expect(model(current, variant(current, { name: 'Felpersham Council' })).notices).toEqual([
      'Not every question that applies was answered by Example Borough Council (37 of 38) and Felpersham Council (37 of 38): their scores are on the questions answered.',
    ]);
  });
});
