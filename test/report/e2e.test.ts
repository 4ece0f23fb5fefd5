// The built CLI, spawned as a user runs it: real exit codes, files and streams.
// Needs `npx tsc -p .` first (npm test builds before it runs).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runBin } from '../support/cli.js';
import { BASELINE, FRAMEWORK, TEAM } from '../support/fixtures.js';
import { tempDir } from '../support/temp.js';

const tmp = tempDir('dma-report-e2e-');

describe('dma report (built CLI)', () => {
  it('report -f html -o <file> writes a self-contained HTML report and exits 0', async () => {
    const out = join(tmp(), 'report.html');
    const r = runBin(['report', ...TEAM, '--framework', FRAMEWORK, '--baseline', BASELINE[0]!, '--baseline', BASELINE[1]!, '-f', 'html', '-o', out]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(`Wrote ${out}\n`);
    const html = await readFile(out, 'utf8');
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en-GB">/);
    expect(html).toContain('Change since the baseline');
    expect(html).not.toMatch(/<script|<link |src="http|url\(http/i);
    expect(await readdir(tmp())).toEqual(['report.html']);
  });

  it('writing to a folder that does not exist exits 1 with a clear message and leaves no temporary file', async () => {
    const out = join(tmp(), 'no-such-folder', 'report.html');
    const r = runBin(['report', ...TEAM, '--framework', FRAMEWORK, '-o', out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`error: cannot write ${out}: the folder ${join(tmp(), 'no-such-folder')} does not exist\n`);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect((await readdir(tmp())).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('prints Markdown to stdout, and a usage error exits 2', () => {
    const md = runBin(['report', ...TEAM, '--framework', FRAMEWORK]);
    expect(md.code).toBe(0);
    expect(md.stdout).toMatch(/^# Digital maturity report: Testshire County Council/);
    const usage = runBin(['report', ...TEAM, '--framework', FRAMEWORK, '-f', 'docx']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain('give --out, for example -o report.docx');
  });

  it('loads Handlebars only for Markdown and HTML reports, never for --help', () => {
    const script = `
      import { createRequire } from 'node:module';
      const { main } = await import(${JSON.stringify(join(ROOT, 'dist/cli/main.js'))});
      const require = createRequire(import.meta.url);
      const loaded = () => Object.keys(require.cache).some((k) => k.includes('/node_modules/handlebars/'));
      const quiet = { stdout: { write() {} }, stderr: { write() {} } };
      const ctx = (await import(${JSON.stringify(join(ROOT, 'dist/cli/main.js'))})).processContext([]);
      Object.assign(ctx, quiet);
      await main(['--help'], ctx);
      const afterHelp = loaded();
      await main(['report', ...${JSON.stringify(TEAM)}, '--framework', ${JSON.stringify(FRAMEWORK)}, '-f', 'json'], ctx);
      const afterJson = loaded();
      await main(['report', ...${JSON.stringify(TEAM)}, '--framework', ${JSON.stringify(FRAMEWORK)}, '-f', 'md'], ctx);
      console.log(JSON.stringify({ afterHelp, afterJson, afterMd: loaded() }));
    `;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ afterHelp: false, afterJson: false, afterMd: true });
  });

  it('finds the bundled templates from the built files', () => {
    expect(existsSync(join(ROOT, 'templates', 'report.html.hbs'))).toBe(true);
    expect(existsSync(join(ROOT, 'templates', 'report.md.hbs'))).toBe(true);
  });
});
