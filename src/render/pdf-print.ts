// Printing an HTML report to an A4 PDF with a headless Chromium: the system's own browser,
// driven by playwright-core, or, when playwright-core is not installed, Chromium's own
// --print-to-pdf. The report command loads this module only for -f pdf.
//
// This is the one renderer that needs the outside world (a browser process and a temporary
// profile folder); it writes nothing else, and the command writes the PDF. The page is offline:
// every request other than data: and file: URLs is refused.
import { spawn } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DataError } from '../core/problems.js';
import { escapeXml } from './svg-charts.js';

/** Chromium's switches for a headless run as root in a container, with nothing fetched in the background. */
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
] as const;

/** Names to look for on PATH, in order, then the usual Debian path. */
export const CHROMIUM_NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'] as const;
export const CHROMIUM_FALLBACK_PATHS = ['/usr/bin/chromium'] as const;

export const NO_CHROMIUM_HELP =
  'cannot make a PDF: no Chromium browser was found. Install one (on Debian or Ubuntu: apt-get install chromium), ' +
  'or name it with --chromium PATH or the CHROMIUM_PATH environment variable. ' +
  'Or write the report as HTML (-f html) and print it to PDF from any browser.';

export interface PdfFooter {
  organisation: string;
  /** "assessed 21 November 2026" */
  date: string;
}

function pdfError(reason: string): DataError {
  return new DataError({ code: 'pdf', reason, message: `cannot make a PDF: ${reason}` });
}

/** Page margins: room at the foot for the footer. */
export const PDF_MARGIN = { top: '16mm', right: '14mm', bottom: '20mm', left: '14mm' } as const;

/**
 * The footer Chromium draws on each page: the organisation and date on the left, "Page X of Y"
 * on the right. The organisation comes from an answers file, so it is escaped for HTML.
 */
export function pdfFooterTemplate(footer: PdfFooter): string {
  const text = `${footer.organisation} · ${footer.date}`;
  return (
    '<div style="box-sizing:border-box;width:100%;padding:0 14mm;display:flex;justify-content:space-between;gap:8mm;' +
    'font:8pt Arial,Helvetica,sans-serif;color:#484949">' +
    `<span style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap">${escapeXml(text)}</span>` +
    '<span style="white-space:nowrap">Page <span class="pageNumber"></span> of <span class="totalPages"></span></span>' +
    '</div>'
  );
}

/** A CSS string literal: quotes, backslashes, line breaks and "<" escaped, so it cannot end the string or the style element. */
function cssString(text: string): string {
  return `"${[...text.replace(/[\u0000-\u001f\u007f]/g, ' ')].map((c) => (/["\\<>&]/.test(c) ? `\\${c.codePointAt(0)!.toString(16)} ` : c)).join('')}"`;
}

/**
 * The same footer as CSS page-margin boxes, for Chromium's own --print-to-pdf, which has no
 * footer template. Added just before </head> (or at the start when there is no head).
 */
export function withCssFooter(html: string, footer: PdfFooter): string {
  const style =
    `<style>@page { margin: ${PDF_MARGIN.top} ${PDF_MARGIN.right} ${PDF_MARGIN.bottom} ${PDF_MARGIN.left};` +
    ` @bottom-left { content: ${cssString(`${footer.organisation} · ${footer.date}`)}; font: 8pt Arial, sans-serif; color: #484949; }` +
    ' @bottom-right { content: "Page " counter(page) " of " counter(pages); font: 8pt Arial, sans-serif; color: #484949; } }</style>';
  const at = html.search(/<\/head\s*>/i);
  return at === -1 ? style + html : html.slice(0, at) + style + html.slice(at);
}

/**
 * Page-margin boxes of the template's own (the bundled report prints "Page X of Y" with one)
 * would stop Chromium drawing the footer template: switched off when playwright prints.
 */
export function withoutCssMarginBoxes(html: string): string {
  const boxes = ['top-left', 'top-center', 'top-right', 'bottom-left', 'bottom-center', 'bottom-right'];
  const style = `<style>@page { ${boxes.map((b) => `@${b} { content: none; }`).join(' ')} }</style>`;
  const at = html.search(/<\/head\s*>/i);
  return at === -1 ? style + html : html.slice(0, at) + style + html.slice(at);
}

async function isExecutable(path: string): Promise<boolean> {
  try {
    const info = await stat(path);
    if (!info.isFile()) return false;
    await access(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The Chromium to use: --chromium, else CHROMIUM_PATH, else chromium, chromium-browser,
 * google-chrome or google-chrome-stable on PATH, else /usr/bin/chromium. A path that was named
 * but is not there is an error of its own; none at all is an error that says how to get one.
 */
export async function findChromium(opts: { flag?: string; env?: string; path?: string; fallbacks?: readonly string[] }): Promise<string> {
  for (const [given, how] of [
    [opts.flag, '--chromium'],
    [opts.env, 'CHROMIUM_PATH'],
  ] as const) {
    if (given === undefined || given.trim() === '') continue;
    if (await isExecutable(given)) return given;
    throw pdfError(`${how} names ${given}, which is not a program that can be run. ${NO_CHROMIUM_HELP.replace(/^cannot make a PDF: [^.]*\. /, '')}`);
  }
  const dirs = (opts.path ?? '').split(delimiter).filter((d) => d !== '');
  for (const name of CHROMIUM_NAMES) {
    for (const dir of dirs) {
      const candidate = join(dir, name);
      if (await isExecutable(candidate)) return candidate;
    }
  }
  for (const candidate of opts.fallbacks ?? CHROMIUM_FALLBACK_PATHS) if (await isExecutable(candidate)) return candidate;
  throw pdfError(NO_CHROMIUM_HELP.replace(/^cannot make a PDF: /, ''));
}

export interface PrintOptions {
  chromium: string;
  footer: PdfFooter;
  /** "playwright" (the default, when playwright-core is installed) or "cli" (Chromium's --print-to-pdf). */
  driver?: 'playwright' | 'cli';
  /** Milliseconds before giving up; default 60 s. */
  timeout?: number;
}

/** Prints the HTML to an A4 PDF and returns its bytes. */
export async function printPdf(html: string, opts: PrintOptions): Promise<Uint8Array> {
  const timeout = opts.timeout ?? 60_000;
  let driver = opts.driver;
  let playwright: typeof import('playwright-core') | undefined;
  if (driver !== 'cli') {
    try {
      playwright = await import('playwright-core');
      driver = 'playwright';
    } catch {
      if (driver === 'playwright') throw pdfError('the playwright-core package is not installed');
      driver = 'cli';
    }
  }
  const profile = await mkdtemp(join(tmpdir(), 'dma-chromium-'));
  try {
    return driver === 'playwright'
      ? await withPlaywright(playwright!, html, profile, opts, timeout)
      : await withPrintToPdf(html, profile, opts, timeout);
  } catch (error) {
    if (error instanceof DataError) throw error;
    const detail = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw pdfError(`Chromium (${opts.chromium}) failed: ${detail}`);
  } finally {
    await rm(profile, { recursive: true, force: true }).catch(() => undefined);
  }
}

async function withPlaywright(pw: typeof import('playwright-core'), html: string, profile: string, opts: PrintOptions, timeout: number): Promise<Uint8Array> {
  const context = await pw.chromium.launchPersistentContext(profile, {
    executablePath: opts.chromium,
    args: [...CHROMIUM_ARGS],
    headless: true,
    timeout,
    serviceWorkers: 'block',
    acceptDownloads: false,
  });
  try {
    // Offline: nothing is fetched, whatever a custom template asks for.
    await context.route('**', (route) => {
      const url = route.request().url();
      return url.startsWith('data:') || url.startsWith('file:') ? route.continue() : route.abort('blockedbyclient');
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.setDefaultTimeout(timeout);
    await page.setContent(withoutCssMarginBoxes(html), { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: pdfFooterTemplate(opts.footer),
      margin: { ...PDF_MARGIN },
      preferCSSPageSize: false,
      outline: true,
      tagged: true,
    });
    return new Uint8Array(pdf);
  } finally {
    await context.close().catch(() => undefined);
  }
}

async function withPrintToPdf(html: string, profile: string, opts: PrintOptions, timeout: number): Promise<Uint8Array> {
  const source = join(profile, 'report.html');
  const out = join(profile, 'report.pdf');
  await writeFile(source, withCssFooter(html, opts.footer));
  const args = [
    ...CHROMIUM_ARGS,
    `--user-data-dir=${join(profile, 'profile')}`,
    // Offline: no name resolves, so nothing can be fetched.
    '--host-resolver-rules=MAP * ~NOTFOUND',
    '--no-pdf-header-footer',
    `--print-to-pdf=${out}`,
    pathToFileURL(source).href,
  ];
  await new Promise<void>((resolve, reject) => {
    const child = spawn(opts.chromium, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-4000);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(pdfError(`Chromium (${opts.chromium}) took more than ${Math.round(timeout / 1000)} seconds`));
    }, timeout);
    child.on('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code === 0) resolve();
      else reject(new Error(`it exited with code ${code}${stderr.trim() ? `: ${stderr.trim().split('\n').at(-1)}` : ''}`));
    });
  });
  const pdf = await readFile(out).catch(() => {
    throw pdfError(`Chromium (${opts.chromium}) did not write one`);
  });
  return new Uint8Array(pdf);
}
