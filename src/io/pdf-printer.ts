// Printing an HTML report to an A4 PDF with a headless Chromium: the system's own browser,
// driven by playwright-core, or, when playwright-core is not installed, Chromium's own
// --print-to-pdf. The report command loads this module only for -f pdf.
//
// It needs the outside world (a browser process and a temporary profile folder) and writes
// nothing else; the command writes the PDF. The page is offline: every request other than
// data: and file: URLs is refused. Only what the browser does wrong becomes a 'pdf' data error;
// a mistake in dma's own code stays an internal error.
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DataError } from '../core/problems.js';
import type { PdfFooter } from '../render/pdf-page.js';
import { PDF_MARGIN, pdfFooterTemplate, withCssFooter, withoutCssMarginBoxes } from '../render/pdf-page.js';
import { describeFsError } from './fs-errors.js';
import { CHROMIUM_ARGS, pdfError } from './browser.js';

export interface PrintOptions {
  chromium: string;
  footer: PdfFooter;
  /** "playwright" (the default, when playwright-core is installed) or "cli" (Chromium's --print-to-pdf). */
  driver?: 'playwright' | 'cli';
  /** Milliseconds before giving up; default 60 s. */
  timeout?: number;
}

type Playwright = typeof import('playwright-core');

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
  const timeout = opts.timeout ?? 60_000;
  const playwright = await loadPlaywright(opts.driver);
  // Work out what to print before the browser starts: a mistake here is dma's, not the browser's.
  const page = playwright ? withoutCssMarginBoxes(html) : withCssFooter(html, opts.footer);
  const footer = pdfFooterTemplate(opts.footer);
  const profile = await mkdtemp(join(tmpdir(), 'dma-chromium-')).catch((error: unknown) => {
    throw pdfError(`cannot make a temporary folder for the browser: ${describeFsError(error)}`);
  });
  try {
    return playwright ? await withPlaywright(playwright, page, footer, profile, opts.chromium, timeout) : await withPrintToPdf(page, profile, opts.chromium, timeout);
  } finally {
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function withPlaywright(pw: Playwright, html: string, footer: string, profile: string, chromium: string, timeout: number): Promise<Uint8Array> {
  const context = await inBrowser(chromium, () =>
    pw.chromium.launchPersistentContext(profile, { executablePath: chromium, args: [...CHROMIUM_ARGS], headless: true, timeout, serviceWorkers: 'block', acceptDownloads: false }),
  );
  try {
    const pdf = await inBrowser(chromium, async () => {
      // Offline: nothing is fetched, whatever a custom template asks for.
      await context.route('**', (route) => {
        const url = route.request().url();
        return url.startsWith('data:') || url.startsWith('file:') ? route.continue() : route.abort('blockedbyclient');
      });
      const page = context.pages()[0] ?? (await context.newPage());
      page.setDefaultTimeout(timeout);
      await page.setContent(html, { waitUntil: 'load' });
      await page.emulateMedia({ media: 'print' });
      return page.pdf({
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
    });
    return new Uint8Array(pdf);
  } finally {
    await context.close().catch(() => undefined);
  }
}

/** Runs Chromium's own --print-to-pdf; resolves when it exits 0. */
function runChromium(chromium: string, args: string[], timeout: number): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const child = spawn(chromium, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(pdfError(`Chromium (${chromium}) took more than ${Math.round(timeout / 1000)} seconds`));
    }, timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(pdfError(`Chromium (${chromium}) failed: ${error.message}`));
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(pdfError(`Chromium (${chromium}) failed: it exited with code ${code}${stderr.trim() ? `: ${stderr.trim().split('\n').at(-1)}` : ''}`));
    });
  });
}

async function withPrintToPdf(html: string, profile: string, chromium: string, timeout: number): Promise<Uint8Array> {
  const source = join(profile, 'report.html');
  const out = join(profile, 'report.pdf');
  await writeFile(source, html).catch((error: unknown) => {
    throw pdfError(`cannot write the page for the browser: ${describeFsError(error)}`);
  });
  const args = [
    ...CHROMIUM_ARGS,
    `--user-data-dir=${join(profile, 'profile')}`,
    // Offline: no name resolves, so nothing can be fetched.
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--no-pdf-header-footer',
    `--print-to-pdf=${out}`,
    pathToFileURL(source).href,
  ];
  await runChromium(chromium, args, timeout);
  const pdf = await readFile(out).catch(() => {
    throw pdfError(`Chromium (${chromium}) did not write one`);
  });
  return new Uint8Array(pdf);
}
