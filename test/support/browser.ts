// Opening a report in headless Chromium (Debian's chromium, driven by playwright-core), for the
// report and committee browser tests: the page, its console errors, the requests it tried, and
// the serious accessibility problems axe-core finds.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { delimiter, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/io/browser.js';

/** A program on the PATH, or undefined. */
export function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(delimiter)) {
    if (dir && existsSync(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** The Chromium to test with, or undefined (the browser tests then skip, saying why). */
export const chromium = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', onPath('chromium'), onPath('google-chrome')].find(
  (path): path is string => typeof path === 'string' && path !== '' && existsSync(path),
);

export const SKIP_BROWSER = 'browser tests skipped: no Chromium found (install Debian\'s "chromium" package, or set CHROMIUM_PATH)';

/** Screenshots and rendered pages for people to look at (ignored by git). */
export const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

export async function launchBrowser(): Promise<Browser> {
  const { chromium: driver } = await import('playwright-core');
  return driver.launch({ executablePath: chromium, args: [...CHROMIUM_ARGS] });
}

/**
 * One browser for the tests of a describe block: launched before them (when there is a
 * Chromium) and closed after them. Call what it returns to get the browser.
 */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!chromium) return;
    await mkdir(ARTIFACTS, { recursive: true });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('no browser: the tests that use one must skip when there is no Chromium');
    return browser;
  };
}

export interface OpenedPage {
  page: Page;
  context: BrowserContext;
  /** Console errors and uncaught exceptions. */
  errors: string[];
  /** Every request other than the file itself. */
  requests: string[];
}

/** Opens a report file in a fresh context. */
export async function openPage(browser: Browser, path: string): Promise<OpenedPage> {
  // bypassCSP: the report forbids every script, axe included; the page itself is unchanged.
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  const errors: string[] = [];
  const requests: string[] = [];
  const url = pathToFileURL(path).href;
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('request', (request) => {
    if (request.url() !== url) requests.push(request.url());
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, context, errors, requests };
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

/** The serious and critical WCAG 2.2 AA problems axe-core finds, one line each. */
export async function seriousAccessibilityProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE });
  const violations = (await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
    return result.violations;
  })) as AxeViolation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

/** "Chief Execut|ive (row 3)": every word of a table cell whose characters sit on two lines. */
export async function brokenWords(page: Page, shortWord: number): Promise<string[]> {
  return page.evaluate((limit) => {
    const found: string[] = [];
    const cells = [...document.querySelectorAll('table th, table td')];
    for (const cell of cells) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/[\p{L}\p{N}]+/gu)) {
          if (match[0].length >= limit) continue;
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) found.push(`"${match[0]}" in "${(cell.textContent ?? '').trim().slice(0, 60)}"`);
        }
      }
    }
    return found;
  }, shortWord);
}
