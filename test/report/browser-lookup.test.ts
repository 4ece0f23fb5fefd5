// Finding the browser to print PDFs with, for every platform, on this machine: the platform and
// the environment are the command context's, and which paths exist is the test's to say.
import { readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHANNELS, findChromium, noBrowserHelp } from '../../src/io/browser.js';
import { tempDir } from '../support/temp.js';

const tmp = tempDir('dma-browser-');

/** A file system where only these programs exist; it records every path asked about. */
function only(...present: string[]): { canRun: (path: string) => Promise<boolean>; asked: string[] } {
  const asked: string[] = [];
  return { asked, canRun: async (path) => (asked.push(path), present.includes(path)) };
}

const WINDOWS_ENV = {
  LOCALAPPDATA: 'C:\\Users\\clerk\\AppData\\Local',
  ProgramFiles: 'C:\\Program Files',
  'ProgramFiles(x86)': 'C:\\Program Files (x86)',
  HOMEDRIVE: 'C:',
  Path: 'C:\\Windows\\system32;C:\\Tools',
};
const EDGE_X86 = 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application\\msedge.exe';
const CHROME_USER = 'C:\\Users\\clerk\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe';
const EDGE_MAC = '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge';
const CHROME_MAC = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';

describe('Windows: Edge, then Chrome, in the install folders, then the PATH', () => {
  it('finds Edge where Windows installs it, before Chrome', async () => {
    const fs = only(EDGE_X86, CHROME_USER);
    expect(await findChromium({ platform: 'win32', env: WINDOWS_ENV, canRun: fs.canRun })).toBe(EDGE_X86);
    // Per user before per machine, as playwright-core looks.
    expect(fs.asked.slice(0, 3)).toEqual([
      'C:\\Users\\clerk\\AppData\\Local\\Microsoft\\Edge\\Application\\msedge.exe',
      'C:\\Program Files\\Microsoft\\Edge\\Application\\msedge.exe',
      EDGE_X86,
    ]);
  });

  it('finds Chrome in the user\'s own folder (LOCALAPPDATA) when there is no Edge', async () => {
    expect(await findChromium({ platform: 'win32', env: WINDOWS_ENV, canRun: only(CHROME_USER).canRun })).toBe(CHROME_USER);
  });

  it('reads the environment without regard to case, as Windows does', async () => {
    const env = { localappdata: 'D:\\Apps', PATH: '' };
    const edge = 'D:\\Apps\\Microsoft\\Edge\\Application\\msedge.exe';
    expect(await findChromium({ platform: 'win32', env, canRun: only(edge).canRun })).toBe(edge);
  });

  it('then looks on the PATH (split at ";") for msedge.exe, chrome.exe and chromium.exe', async () => {
    const onPath = 'C:\\Tools\\chromium.exe';
    expect(await findChromium({ platform: 'win32', env: WINDOWS_ENV, canRun: only(onPath).canRun })).toBe(onPath);
  });

  it('lists what it tried, for Windows, and how to get a browser there', async () => {
    const error = await findChromium({ platform: 'win32', env: WINDOWS_ENV, canRun: only().canRun }).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'DataError', code: 'pdf' });
    const message = (error as Error).message;
    expect(message).toMatch(/^cannot make a PDF: no Chromium-based browser was found\. Looked for Microsoft Edge at C:\\Users\\clerk/);
    expect(message).toContain(EDGE_X86);
    expect(message).toContain('Google Chrome at C:\\Users\\clerk\\AppData\\Local\\Google\\Chrome\\Application\\chrome.exe');
    expect(message).toContain('msedge.exe, chrome.exe or chromium.exe on the PATH');
    expect(message).toContain('Microsoft Edge comes with Windows');
    expect(message).not.toMatch(/apt-get|\/usr\/bin|\/Applications/);
  });
});

describe('macOS: Edge, then Chrome, in /Applications', () => {
  it('finds Edge, then Chrome, then Chromium.app', async () => {
    const env = { PATH: '/usr/bin:/bin' };
    expect(await findChromium({ platform: 'darwin', env, canRun: only(CHROME_MAC, EDGE_MAC).canRun })).toBe(EDGE_MAC);
    expect(await findChromium({ platform: 'darwin', env, canRun: only(CHROME_MAC).canRun })).toBe(CHROME_MAC);
    const chromiumApp = '/Applications/Chromium.app/Contents/MacOS/Chromium';
    expect(await findChromium({ platform: 'darwin', env, canRun: only(chromiumApp).canRun })).toBe(chromiumApp);
  });

  it('takes an app named by its folder: --chromium "/Applications/Google Chrome.app"', async () => {
    expect(await findChromium({ flag: '/Applications/Google Chrome.app', platform: 'darwin', env: {}, canRun: only(CHROME_MAC).canRun })).toBe(CHROME_MAC);
  });

  it('lists what it tried, for macOS', async () => {
    const message = await findChromium({ platform: 'darwin', env: { PATH: '/usr/local/bin' }, canRun: only().canRun }).catch((e: Error) => e.message);
    expect(message).toContain(`Microsoft Edge at ${EDGE_MAC}; Google Chrome at ${CHROME_MAC}`);
    expect(message).toContain('Install Google Chrome or Microsoft Edge');
    expect(message).not.toMatch(/apt-get|msedge\.exe|\/usr\/bin\/chromium/);
  });
});

describe('Linux: Edge and Chrome where their packages put them, then the PATH, then /usr/bin/chromium', () => {
  it('looks in that order', async () => {
    const env = { PATH: '/usr/local/bin:/usr/bin' };
    const fs = only('/usr/bin/chromium', '/usr/bin/google-chrome', '/opt/google/chrome/chrome', '/opt/microsoft/msedge/msedge');
    expect(await findChromium({ platform: 'linux', env, canRun: fs.canRun })).toBe('/opt/microsoft/msedge/msedge');
    expect(await findChromium({ platform: 'linux', env, canRun: only('/opt/google/chrome/chrome', '/usr/bin/chromium').canRun })).toBe('/opt/google/chrome/chrome');
    expect(await findChromium({ platform: 'linux', env, canRun: only('/usr/bin/chromium', '/usr/bin/google-chrome').canRun })).toBe('/usr/bin/chromium');
    expect(await findChromium({ platform: 'linux', env, canRun: only('/usr/local/bin/google-chrome-stable').canRun })).toBe('/usr/local/bin/google-chrome-stable');
    expect(await findChromium({ platform: 'linux', env: {}, canRun: only('/usr/bin/chromium').canRun })).toBe('/usr/bin/chromium');
  });

  it('finds a real program on the PATH, and not a folder or a file that cannot be run', async () => {
    const dir = tmp();
    await writeFile(join(dir, 'chromium-browser'), 'not a program', { mode: 0o644 });
    await writeFile(join(dir, 'google-chrome'), '#!/bin/sh\nexit 0\n', { mode: 0o755 });
    const found = await findChromium({ platform: 'linux', env: { PATH: `/nowhere:${dir}` } });
    // Edge or Chrome in /opt would come first, where this machine has them.
    expect([join(dir, 'google-chrome'), '/opt/microsoft/msedge/msedge', '/opt/google/chrome/chrome']).toContain(found);
  });

  it('lists what it tried, for Linux, with how to install Chromium', async () => {
    const message = await findChromium({ platform: 'linux', env: { PATH: '/usr/bin' }, canRun: only().canRun }).catch((e: Error) => e.message);
    expect(message).toBe(
      'cannot make a PDF: no Chromium-based browser was found. Looked for Microsoft Edge at /opt/microsoft/msedge/msedge; ' +
        'Google Chrome at /opt/google/chrome/chrome; chromium, chromium-browser, google-chrome or google-chrome-stable on the PATH; and /usr/bin/chromium. ' +
        `${noBrowserHelp('linux')}`,
    );
    expect(noBrowserHelp('linux')).toMatch(/apt-get install chromium.*--chromium PATH.*CHROMIUM_PATH.*-f html/);
    // Other systems look where Linux does.
    expect(noBrowserHelp('freebsd')).toBe(noBrowserHelp('linux'));
  });
});

describe('--chromium and CHROMIUM_PATH win on every platform', () => {
  for (const platform of ['win32', 'darwin', 'linux']) {
    it(`on ${platform}: --chromium, then CHROMIUM_PATH, before any installed browser; a named browser that is not there is an error`, async () => {
      const installed = platform === 'win32' ? EDGE_X86 : platform === 'darwin' ? EDGE_MAC : '/opt/microsoft/msedge/msedge';
      const env = { ...WINDOWS_ENV, CHROMIUM_PATH: '/my/chromium' };
      const fs = only(installed, '/my/chromium', '/flag/chromium');
      expect(await findChromium({ flag: '/flag/chromium', platform, env, canRun: fs.canRun })).toBe('/flag/chromium');
      expect(await findChromium({ platform, env, canRun: fs.canRun })).toBe('/my/chromium');
      await expect(findChromium({ flag: '/no/such', platform, env, canRun: fs.canRun })).rejects.toThrow(/^cannot make a PDF: --chromium names \/no\/such, which is not a program that can be run/);
      await expect(findChromium({ platform, env: { ...env, CHROMIUM_PATH: '/gone' }, canRun: fs.canRun })).rejects.toThrow(/CHROMIUM_PATH names \/gone/);
      // An empty CHROMIUM_PATH is as good as none.
      expect(await findChromium({ platform, env: { ...env, CHROMIUM_PATH: ' ' }, canRun: fs.canRun })).toBe(installed);
    });
  }
});

describe("the install locations are playwright-core's own", () => {
  it('playwright-core still names each of them for its msedge and chrome channels', () => {
    const require = createRequire(import.meta.url);
    const bundle = readFileSync(join(require.resolve('playwright-core/package.json'), '..', 'lib', 'coreBundle.js'), 'utf8');
    for (const channel of CHANNELS) {
      const at = bundle.indexOf(`_createChromiumChannel("${channel.channel}", {`);
      expect(at, channel.channel).toBeGreaterThan(0);
      const table = bundle.slice(at, bundle.indexOf('}', at));
      expect(table).toContain(`"linux": "${channel.at.linux}"`);
      expect(table).toContain(`"darwin": "${channel.at.darwin}"`);
      expect(table).toContain(`"win32": \`${channel.at.win32.replace(/\\/g, '\\\\')}\``);
    }
  });
});
