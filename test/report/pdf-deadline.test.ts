// A PDF's one deadline: starting the browser, the page, the printing and closing it. Past it the
// browser is killed with every process it started, and no temporary folder is left, on either
// driver; and Ctrl+C or SIGTERM while printing ends dma (130, 143) the same way. Every browser
// these tests start carries a mark in its environment, and the temporary folders go into a
// folder of the test's own, so what is left behind can be found. Linux only (it reads /proc).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { printPdf } from '../../src/io/pdf-printer.js';
import type { PrintOptions } from '../../src/io/pdf-printer.js';
import { BIN } from '../support/cli.js';
import { SKIP_CHROMIUM, chromium } from '../support/documents.js';
import { FRAMEWORK, TEAM } from '../support/fixtures.js';

const canRun = Boolean(chromium) && process.platform === 'linux' && existsSync('/proc/self/environ');
if (!canRun) console.warn(SKIP_CHROMIUM);

const MARK = `DMA_PDF_DEADLINE_TEST=${process.pid}-${Date.now()}`;
const FOOTER = { organisation: 'Deadline Council', date: 'assessed 1 May 2026', page: 'Page', pageOf: 'of' };
/** A page that never finishes loading: its script never ends. */
const HUNG = '<!DOCTYPE html><html lang="en-GB"><head><title>Hung</title></head><body><p>Never loads</p><script>for (;;) {}</script></body></html>';

let temp = '';
let savedTmp: string | undefined;

beforeAll(() => {
  temp = mkdtempSync(join(tmpdir(), 'dma-deadline-'));
  savedTmp = process.env.TMPDIR;
  // Every temporary folder of the printer and of playwright goes in here; and the browsers carry the mark.
  process.env.TMPDIR = join(temp, 'tmp');
  spawnSync('mkdir', ['-p', process.env.TMPDIR]);
  process.env.DMA_PDF_DEADLINE_TEST = MARK.split('=')[1];
});

afterAll(() => {
  if (savedTmp === undefined) delete process.env.TMPDIR;
  else process.env.TMPDIR = savedTmp;
  delete process.env.DMA_PDF_DEADLINE_TEST;
  rmSync(temp, { recursive: true, force: true });
});

/** The processes still running that these tests started (they carry MARK in their environment). */
function markedProcesses(): number[] {
  const found: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry) || Number(entry) === process.pid) continue;
    try {
      const environ = readFileSync(`/proc/${entry}/environ`, 'latin1');
      const state = /^State:\s+(\w)/m.exec(readFileSync(`/proc/${entry}/status`, 'latin1'))?.[1];
      if (state !== 'Z' && environ.split('\0').includes(MARK)) found.push(Number(entry));
    } catch {
      // Gone, or not ours to read.
    }
  }
  return found;
}

/** Waits until no marked process is left (they take a moment to go once killed); returns those still there. */
async function leftProcesses(): Promise<number[]> {
  for (let i = 0; i < 50; i++) {
    const left = markedProcesses();
    if (left.length === 0) return left;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return markedProcesses();
}

const leftFolders = () => readdirSync(process.env.TMPDIR!);

async function printOver(html: string, opts: Partial<PrintOptions>): Promise<{ error: unknown; ms: number }> {
  const started = Date.now();
  const error = await printPdf(html, { chromium: chromium!, footer: FOOTER, ...opts }).then(
    () => new Error('printed when it should have stopped'),
    (e: unknown) => e,
  );
  return { error, ms: Date.now() - started };
}

describe.skipIf(!canRun)('PDF: the deadline is real', () => {
  for (const driver of ['playwright', 'cli'] as const) {
    it(`${driver}: a page that never loads is stopped at the deadline, its browser killed and its folders removed`, { timeout: 60_000 }, async () => {
      const { error, ms } = await printOver(HUNG, { driver, timeout: 3000 });
      expect(error).toMatchObject({ name: 'DataError', code: 'pdf' });
      expect((error as Error).message).toMatch(/^cannot make a PDF: Chromium \(.*\) did not finish printing within 3 seconds, so it was stopped/);
      expect(ms).toBeGreaterThanOrEqual(2900);
      // The deadline, then at most the few seconds killing takes: not the minutes a hung browser would.
      expect(ms).toBeLessThan(3000 + 8000);
      expect(await leftProcesses()).toEqual([]);
      expect(leftFolders()).toEqual([]);
    });

    it(`${driver}: a tiny deadline stops the browser as it starts, and leaves nothing`, { timeout: 60_000 }, async () => {
      const { error } = await printOver('<p>x</p>', { driver, timeout: 1 });
      expect(error).toMatchObject({ name: 'DataError', code: 'pdf' });
      expect((error as Error).message).toMatch(/did not finish printing within 1 ms/);
      expect(await leftProcesses()).toEqual([]);
      expect(leftFolders()).toEqual([]);
    });
  }

  it('playwright: a page too long to print in time is stopped at the deadline too (page.pdf has no timeout of its own)', { timeout: 120_000 }, async () => {
    const rows = Array.from({ length: 60_000 }, (_, i) => `<tr><td>Person ${i}</td><td>${i % 5}</td><td>A note about digital services</td></tr>`).join('');
    const long = `<!DOCTYPE html><html lang="en-GB"><head><title>Long</title></head><body><table>${rows}</table></body></html>`;
    const { error, ms } = await printOver(long, { driver: 'playwright', timeout: 3000 });
    expect(error).toMatchObject({ name: 'DataError', code: 'pdf' });
    expect(ms).toBeLessThan(3000 + 8000);
    expect(await leftProcesses()).toEqual([]);
    expect(leftFolders()).toEqual([]);
  });
});

describe.skipIf(!canRun)('PDF: interrupted while printing', () => {
  for (const [signal, code] of [
    ['SIGINT', 130],
    ['SIGTERM', 143],
  ] as const) {
    it(`${signal}: dma kills the browser, removes its folders and exits ${code}`, { timeout: 60_000 }, async () => {
      const dir = mkdtempSync(join(temp, 'run-'));
      const template = join(dir, 'hung.html.hbs');
      writeFileSync(template, HUNG.replace('<p>Never loads</p>', '<h1>{{organisation}}</h1>'));
      const out = join(dir, 'hung.pdf');
      const child = spawn(process.execPath, [BIN, 'report', ...TEAM, '--framework', FRAMEWORK, '--template', template, '-o', out, '--chromium', chromium!], {
        env: { ...process.env, NO_COLOR: '1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      const exited = new Promise<number | null>((resolve) => child.on('exit', (exitCode) => resolve(exitCode)));
      // Wait for the browser to be running, then interrupt dma.
      for (let i = 0; i < 200 && markedProcesses().filter((pid) => pid !== child.pid).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(markedProcesses().filter((pid) => pid !== child.pid).length, 'the browser started').toBeGreaterThan(0);
      child.kill(signal);
      expect(await exited, stderr).toBe(code);
      expect(await leftProcesses()).toEqual([]);
      expect(leftFolders()).toEqual([]);
      expect(existsSync(out)).toBe(false);
    });
  }
});
