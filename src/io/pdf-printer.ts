// Printing an HTML report to an A4 PDF with a headless Chromium: the system's own browser,
// driven by playwright-core, or, when playwright-core is not installed, Chromium's own
// --print-to-pdf. The report command loads this module only for -f pdf.
//
// It needs the outside world (a browser process and a temporary profile folder) and writes
// nothing else; the command writes the PDF. The page is offline: every request other than
// data: and file: URLs is refused. One deadline covers everything: starting the browser, the
// page, the printing and closing it; past it the browser's processes are killed. Its temporary
// folders are removed afterwards, on failure too, and when dma is interrupted. Only what the
// browser does wrong becomes a 'pdf' data error; a mistake in dma's own code stays an internal error.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { BrowserServer } from 'playwright-core';
import { DataError } from '../core/problems.js';
import type { PdfFooter } from '../render/pdf-page.js';
import { PDF_MARGIN, pdfFooterTemplate, withCssFooter, withoutCssMarginBoxes } from '../render/pdf-page.js';
import { describeFsError } from './fs-errors.js';
import { CHROMIUM_ARGS, pdfError } from './browser.js';
import { killProcessTree, whileRunning } from './process-tree.js';

export interface PrintOptions {
  chromium: string;
  footer: PdfFooter;
  /** "playwright" (the default, when playwright-core is installed) or "cli" (Chromium's --print-to-pdf). */
  driver?: 'playwright' | 'cli';
  /** Milliseconds for the whole print, from starting the browser to closing it; default 60 s. */
  timeout?: number;
}

type Playwright = typeof import('playwright-core');

/** How long a browser that has printed gets to close before it is killed. */
const CLOSE_GRACE_MS = 5_000;

/** The one deadline of a print: how long is left, and the error when it has passed. */
class Deadline {
  private readonly ends: number;
  constructor(
    private readonly ms: number,
    private readonly chromium: string,
  ) {
    this.ends = Date.now() + ms;
  }
  /** Milliseconds left, at least 1 (0 means "no timeout" to playwright). */
  left(): number {
    return Math.max(1, this.ends - Date.now());
  }
  error(): DataError {
    const seconds = this.ms >= 1000 ? `${Math.round(this.ms / 1000)} seconds` : `${this.ms} ms`;
    return pdfError(
      `Chromium (${this.chromium}) did not finish printing within ${seconds}, so it was stopped. ` +
        'A very long report may print faster as HTML (-f html, then print from a browser) or as Word (-f docx)',
    );
  }
  /** The work's result, or the deadline's error when it passes first (the work is then left to fail on its own). */
  async race<T>(work: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(this.error()), this.left());
    });
    // A step that fails because the deadline passed (playwright's own timeouts are the same deadline) fails with its error.
    const done = work.catch((error: unknown) => {
      throw Date.now() >= this.ends - 100 ? this.error() : error;
    });
    done.catch(() => undefined);
    try {
      return await Promise.race([done, late]);
    } finally {
      clearTimeout(timer);
    }
  }
}

/** Runs a step that only the browser can fail: its errors become a 'pdf' data error. */
async function inBrowser<T>(chromium: string, step: () => Promise<T>): Promise<T> {
  try {
    return await step();
  } catch (error) {
    if (error instanceof DataError) throw error;
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw pdfError(`Chromium (${chromium}) failed: ${detail}`);
  }
}

async function loadPlaywright(driver: PrintOptions['driver']): Promise<Playwright | undefined> {
  if (driver === 'cli') return undefined;
  try {
    return await import('playwright-core');
  } catch {
    if (driver === 'playwright') throw pdfError('the playwright-core package is not installed');
    return undefined;
  }
}

/** Prints the HTML to an A4 PDF and returns its bytes. */
export async function printPdf(html: string, opts: PrintOptions): Promise<Uint8Array> {
  const playwright = await loadPlaywright(opts.driver);
  // Work out what to print before the browser starts: a mistake here is dma's, not the browser's.
  const page = playwright ? withoutCssMarginBoxes(html) : withCssFooter(html, opts.footer);
  const footer = pdfFooterTemplate(opts.footer);
  const deadline = new Deadline(opts.timeout ?? 60_000, opts.chromium);
  const folder = await mkdtemp(join(tmpdir(), 'dma-chromium-')).catch((error: unknown) => {
    throw pdfError(`cannot make a temporary folder for the browser: ${describeFsError(error)}`);
  });
  const remove = () => rmSync(folder, { recursive: true, force: true, maxRetries: 3 });
  const browser: Browser = { chromium: opts.chromium, folder, deadline, started: (pid) => (running = pid) };
  let running: number | undefined;
  // The browser killed and the folder removed however the print ends: below, or if dma is interrupted or exits first.
  const stopWatching = whileRunning(() => running, remove);
  try {
    return playwright ? await withPlaywright(playwright, page, footer, browser) : await withPrintToPdf(page, browser);
  } finally {
    try {
      remove();
    } catch {
      // Left for the system's own clean-up of its temporary folder; nothing else can be done.
    }
    stopWatching();
  }
}

/** The browser of one print: its program, its folder (its temporary files go there too), the deadline, and where to say its process id. */
interface Browser {
  chromium: string;
  folder: string;
  deadline: Deadline;
  started: (pid: number | undefined) => void;
}

/** The browser's environment: its temporary files (Chromium's shared memory, among others) in its own folder, removed with it. */
function browserEnv(folder: string): Record<string, string | undefined> {
  return { ...process.env, TMPDIR: folder, TMP: folder, TEMP: folder };
}

/**
 * playwright-core's browser server, rather than a browser it drives over a pipe: the server has
 * the browser's process, so a browser that hangs can be killed (with its child processes, on
 * every platform), and playwright removes the temporary profile it made for it when it ends,
 * also when dma exits. It listens on 127.0.0.1 only, at a path no one can guess.
 */
async function withPlaywright(pw: Playwright, html: string, footer: string, browser: Browser): Promise<Uint8Array> {
  const { chromium, deadline } = browser;
  const launching = inBrowser(chromium, () =>
    pw.chromium.launchServer({
      executablePath: chromium,
      args: [...CHROMIUM_ARGS],
      headless: true,
      host: '127.0.0.1',
      env: browserEnv(browser.folder),
      timeout: deadline.left(),
      // dma handles these itself (whileRunning): it kills the browser, then ends as the signal asks.
      handleSIGINT: false,
      handleSIGTERM: false,
      handleSIGHUP: false,
    }),
  );
  let server: BrowserServer | undefined;
  try {
    return await deadline.race(
      (async () => {
        server = await launching;
        browser.started(server.process().pid);
        return printWith(pw, server, html, footer, chromium, deadline);
      })(),
    );
  } finally {
    // A launch still under way stops at its own timeout, the deadline's; then it is killed too.
    const started = server ?? (await launching.catch(() => undefined));
    if (started) await closeOrKill(started, deadline);
    browser.started(undefined);
  }
}

/** Closes the browser while the deadline lasts (a few seconds at least), and kills it if it is still there. */
async function closeOrKill(server: BrowserServer, deadline: Deadline): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const grace = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, Math.min(deadline.left(), CLOSE_GRACE_MS));
  });
  await Promise.race([server.close().catch(() => undefined), grace]);
  clearTimeout(timer);
  await server.kill().catch(() => undefined);
}

async function printWith(pw: Playwright, server: BrowserServer, html: string, footer: string, chromium: string, deadline: Deadline): Promise<Uint8Array> {
  return inBrowser(chromium, async () => {
    const browser = await pw.chromium.connect(server.wsEndpoint(), { timeout: deadline.left() });
    const context = await browser.newContext({ serviceWorkers: 'block', acceptDownloads: false });
    // Offline: nothing is fetched, whatever a custom template asks for.
    await context.route('**', (route) => {
      const url = route.request().url();
      return url.startsWith('data:') || url.startsWith('file:') ? route.continue() : route.abort('blockedbyclient');
    });
    const page = await context.newPage();
    page.setDefaultTimeout(deadline.left());
    await page.setContent(html, { waitUntil: 'load', timeout: deadline.left() });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footer,
      margin: { ...PDF_MARGIN },
      preferCSSPageSize: false,
      outline: true,
      tagged: true,
    });
    return new Uint8Array(pdf);
  });
}

/** Runs Chromium's own --print-to-pdf in its own process group; resolves when it exits 0. */
function runChromium(args: string[], browser: Browser): Promise<void> {
  const { chromium, deadline, started } = browser;
  let child: ChildProcess | undefined;
  const run = new Promise<void>((resolve, reject) => {
    // detached: its own process group, so killing it kills the renderers it starts too.
    child = spawn(chromium, args, { stdio: ['ignore', 'ignore', 'pipe'], env: browserEnv(browser.folder), detached: process.platform !== 'win32' });
    started(child.pid);
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    child.on('error', (error) => reject(pdfError(`Chromium (${chromium}) failed: ${error.message}`)));
    child.on('close', (code) => {
      started(undefined);
      if (code === 0) resolve();
      else reject(pdfError(`Chromium (${chromium}) failed: it exited with code ${code}${stderr.trim() ? `: ${stderr.trim().split('\n').at(-1)}` : ''}`));
    });
  });
  return deadline.race(run).finally(async () => {
    if (child?.pid !== undefined && child.exitCode === null && child.signalCode === null) {
      killProcessTree(child.pid);
      // Wait for it to go before its folder is removed (it would write into it).
      await Promise.race([run.catch(() => undefined), new Promise((resolve) => setTimeout(resolve, CLOSE_GRACE_MS))]);
    }
  });
}

async function withPrintToPdf(html: string, browser: Browser): Promise<Uint8Array> {
  const { chromium, folder } = browser;
  const source = join(folder, 'report.html');
  const out = join(folder, 'report.pdf');
  await writeFile(source, html).catch((error: unknown) => {
    throw pdfError(`cannot write the page for the browser: ${describeFsError(error)}`);
  });
  const args = [
    ...CHROMIUM_ARGS,
    `--user-data-dir=${join(folder, 'profile')}`,
    // Offline: no name resolves, so nothing can be fetched.
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--no-pdf-header-footer',
    `--print-to-pdf=${out}`,
    pathToFileURL(source).href,
  ];
  await runChromium(args, browser);
  const pdf = await readFile(out).catch(() => {
    throw pdfError(`Chromium (${chromium}) did not write one`);
  });
  return new Uint8Array(pdf);
}
