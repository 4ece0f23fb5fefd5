// Finding a Chromium to print PDFs with: --chromium, CHROMIUM_PATH, the PATH, then Debian's.
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { delimiter, join } from 'node:path';
import { DataError } from '../core/problems.js';

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

/** A PDF that cannot be made: no browser, or the browser failed. Exit code 1. */
export function pdfError(reason: string): DataError {
  return new DataError({ code: 'pdf', reason, message: `cannot make a PDF: ${reason}` });
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
