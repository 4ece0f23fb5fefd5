// Broken and mismatched inputs that are not random: each gets a clear message and exit 1.
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { example, fixture, runInProcess } from '../support/cli.js';

const work = mkdtempSync(join(tmpdir(), 'dma-inputs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('mismatched and unwritable', () => {
  it('refuses answers files that name different frameworks as one team', async () => {
    const result = await runInProcess(['score', example('workshop.yaml'), fixture('tiny-answers.yaml')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/these answers files name different frameworks \(.*workshop\.yaml: local-digital-leadership; .*tiny-answers\.yaml: tiny\)/);
    expect(result.stdout).toBe('');
  });

  it('reads a file saved with a byte order mark and Windows line ends', async () => {
    const file = join(work, 'windows.yaml');
    const text = '\uFEFF' + 'schema: 1\nframework: { id: tiny, version: 2.0.0 }\norganisation: Windows Council\nanswers:\n  lead.vision: { level: 3 }\n'.replace(/\n/g, '\r\n');
    writeFileSync(file, text);
    const result = await runInProcess(['score', '--json', file, '--framework', fixture('tiny-framework.yaml')]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).organisation).toBe('Windows Council');
  });

  it('says why a report cannot be written, and leaves nothing behind', async () => {
    const missing = join(work, 'no-such-folder', 'report.html');
    const result = await runInProcess(['report', example('workshop.yaml'), '-o', missing]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`cannot write ${missing}: the folder ${join(work, 'no-such-folder')} does not exist`);
    expect(readdirSync(work).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
