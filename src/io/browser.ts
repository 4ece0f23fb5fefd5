// Finding a Chromium-based browser to print PDFs with, on Windows, macOS and Linux: --chromium,
// then CHROMIUM_PATH, then Microsoft Edge and Google Chrome where their installers put them, then
// the PATH, then the usual Chromium paths. The platform and the environment come from the
// command's context, so every platform's lookup can be tested on any machine.
import { constants } from 'node:fs';
import { access, stat } from 'node:fs/promises';
import { basename, posix, win32 } from 'node:path';
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

type Platform = 'win32' | 'darwin' | 'linux';

/**
 * Where Edge and Chrome are installed, as playwright-core knows them for its "msedge" and
 * "chrome" channels (playwright-core 1.64.1, lib/coreBundle.js: the Registry's
 * _createChromiumChannel("msedge" | "chrome", …); in Playwright's source,
 * packages/playwright-core/src/server/registry/index.ts). playwright-core keeps these to itself
 * (chromium.executablePath() is only for its own downloads) and reads process.platform and
 * process.env directly, so they are repeated here; test/report/browser-lookup.test.ts checks
 * that playwright-core still has them. On Windows each is under each of the folders of
 * WINDOWS_PREFIXES.
 */
export const CHANNELS = [
  {
    channel: 'msedge',
    name: 'Microsoft Edge',
    at: {
      win32: '\\Microsoft\\Edge\\Application\\msedge.exe',
      darwin: '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
      linux: '/opt/microsoft/msedge/msedge',
    },
  },
  {
    channel: 'chrome',
    name: 'Google Chrome',
    at: {
      win32: '\\Google\\Chrome\\Application\\chrome.exe',
      darwin: '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      linux: '/opt/google/chrome/chrome',
    },
  },
] as const;

/** The folders playwright-core looks in on Windows, in its order: per user, then per machine. */
const WINDOWS_PREFIXES = (env: Lookup): string[] => {
  const drive = env('HOMEDRIVE');
  return [env('LOCALAPPDATA'), env('PROGRAMFILES'), env('PROGRAMFILES(X86)'), drive && `${drive}\\Program Files`, drive && `${drive}\\Program Files (x86)`].filter(
    (p): p is string => typeof p === 'string' && p !== '',
  );
};

/** Programs to look for on the PATH, in order. */
const PATH_NAMES: Record<Platform, readonly string[]> = {
  win32: ['msedge.exe', 'chrome.exe', 'chromium.exe'],
  darwin: ['chromium', 'google-chrome', 'google-chrome-stable'],
  linux: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
};

/** The last places to look: Debian's chromium package; Chromium.app (Homebrew's cask puts it there). */
const FALLBACKS: Record<Platform, readonly string[]> = {
  win32: [],
  darwin: ['/Applications/Chromium.app/Contents/MacOS/Chromium'],
  linux: ['/usr/bin/chromium'],
};

/** What to install, by platform, when nothing is found. */
const INSTALL: Record<Platform, string> = {
  win32: 'Microsoft Edge comes with Windows 10 and 11; install it, or Google Chrome, if it has been removed',
  darwin: 'Install Google Chrome or Microsoft Edge (into /Applications)',
  linux: 'Install one (on Debian or Ubuntu: apt-get install chromium)',
};

const OTHERWISE =
  'or name one with --chromium PATH or the CHROMIUM_PATH environment variable. ' +
  'Or write the report as HTML (-f html) and print it to PDF from any browser.';

/** A PDF that cannot be made: no browser, or the browser failed. Exit code 1. */
export function pdfError(reason: string): DataError {
  return new DataError({ code: 'pdf', reason, message: `cannot make a PDF: ${reason}` });
}

export interface BrowserSearch {
  /** --chromium, resolved against the working folder. */
  flag?: string | undefined;
  /** The operating system, as Node names it (the command context's platform). */
  platform: string;
  /** The command context's environment: CHROMIUM_PATH, PATH and, on Windows, the install folders. */
  env: Readonly<Record<string, string | undefined>>;
  /** Whether a path is a program that can be run; tests give their own. */
  canRun?: (path: string) => Promise<boolean>;
}

type Lookup = (name: string) => string | undefined;

/** A variable of the environment; on Windows its name is not case-sensitive ("Path", "ProgramFiles"). */
function lookup(env: BrowserSearch['env'], platform: Platform): Lookup {
  if (platform !== 'win32') return (name) => env[name];
  const upper = new Map(Object.entries(env).map(([k, v]) => [k.toUpperCase(), v]));
  return (name) => upper.get(name.toUpperCase());
}

/** Windows and macOS as they are; every other system looks where Linux does. */
function platformOf(name: string): Platform {
  return name === 'win32' || name === 'darwin' ? name : 'linux';
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

/** One place to look, and how the error names it if nothing is found. */
interface Place {
  paths: string[];
  described: string;
}

/** Where to look on this platform, in order, after --chromium and CHROMIUM_PATH. */
function browserPlaces(platformName: string, env: BrowserSearch['env']): Place[] {
  const platform = platformOf(platformName);
  const get = lookup(env, platform);
  const path = platform === 'win32' ? win32 : posix;
  const places: Place[] = CHANNELS.map((c) => {
    const paths = platform === 'win32' ? WINDOWS_PREFIXES(get).map((prefix) => win32.join(prefix, c.at.win32)) : [c.at[platform]];
    return { paths, described: `${c.name} at ${paths.join(', ') || `${c.at.win32} (no install folders are set)`}` };
  });
  const dirs = (get('PATH') ?? '').split(path.delimiter).filter((d) => d !== '');
  const names = PATH_NAMES[platform];
  places.push({
    paths: names.flatMap((name) => dirs.map((dir) => path.join(dir, name))),
    described: `${names.slice(0, -1).join(', ')} or ${names.at(-1)} on the PATH`,
  });
  for (const fallback of FALLBACKS[platform]) places.push({ paths: [fallback], described: fallback });
  return places;
}

/** Everything that was tried, for the error message: "A; B; C and D". */
function tried(places: Place[]): string {
  const parts = places.map((p) => p.described);
  return parts.length > 1 ? `${parts.slice(0, -1).join('; ')}; and ${parts.at(-1)}` : parts.join('');
}

/** What to do when no browser is found, for this platform. */
export function noBrowserHelp(platformName: string): string {
  return `${INSTALL[platformOf(platformName)]}, ${OTHERWISE}`;
}

/** A macOS app named by its folder ("/Applications/Google Chrome.app"): the program inside it. */
function programInApp(given: string, platform: Platform): string | undefined {
  if (platform !== 'darwin' || !/\.app\/?$/.test(given)) return undefined;
  const app = given.replace(/\/$/, '');
  return `${app}/Contents/MacOS/${basename(app, '.app')}`;
}

/**
 * The browser to print with: --chromium, else CHROMIUM_PATH, else Edge, else Chrome where their
 * installers put them, else a Chromium or Chrome on the PATH, else the usual Chromium path. A
 * browser that was named but is not there is an error of its own; none at all is an error that
 * lists where it looked and says how to get one.
 */
export async function findChromium(search: BrowserSearch): Promise<string> {
  const platform = platformOf(search.platform);
  const canRun = search.canRun ?? isExecutable;
  const named: Array<[string | undefined, string]> = [
    [search.flag, '--chromium'],
    [lookup(search.env, platform)('CHROMIUM_PATH'), 'CHROMIUM_PATH'],
  ];
  for (const [given, how] of named) {
    if (given === undefined || given.trim() === '') continue;
    if (await canRun(given)) return given;
    const inApp = programInApp(given, platform);
    if (inApp && (await canRun(inApp))) return inApp;
    throw pdfError(`${how} names ${given}, which is not a program that can be run. ${noBrowserHelp(platform)}`);
  }
  const places = browserPlaces(platform, search.env);
  for (const place of places) for (const candidate of place.paths) if (await canRun(candidate)) return candidate;
  throw pdfError(`no Chromium-based browser was found. Looked for ${tried(places)}. ${noBrowserHelp(platform)}`);
}
