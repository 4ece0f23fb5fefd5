// The committee paper's HTML in a real browser (headless Chromium, driven by playwright-core),
// as test/report/browser.test.ts does for the report: it renders offline with no console
// errors, the charts are visible, and axe-core finds no serious or critical WCAG 2.2 AA
// problems. Skips, saying why, when Chromium is not installed.
import { mkdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS } from '../../src/render/pdf-print.js';
import { renderTemplate } from '../../src/render/handlebars-render.js';
import { BASELINE, HOSTILE, HOSTILE_FRAMEWORK, TEAM, chromium, committeeFixture, modelFor, template } from './helpers.js';

if (!chromium) console.warn('committee browser tests skipped: no Chromium found (install Debian\'s "chromium" package, or set CHROMIUM_PATH)');

const ARTIFACTS = fileURLToPath(new URL('../artifacts/', import.meta.url));
const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: unknown[] }>;
}

async function writePaper(name: string, files: string[], opts: Parameters<typeof modelFor>[1] = {}): Promise<string> {
  const { model } = await modelFor(files, opts);
  const path = `${ARTIFACTS}${name}.html`;
  await writeFile(path, renderTemplate(template('committee.html.hbs'), 'committee.html.hbs', 'html', model));
  return path;
}

describe.skipIf(!chromium)('the committee paper in a browser', () => {
  let browser: Browser;

  beforeAll(async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    const { chromium: driver } = await import('playwright-core');
    browser = await driver.launch({ executablePath: chromium, args: [...CHROMIUM_ARGS] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it.each([
    ['committee-team', TEAM, { baseline: BASELINE }],
    ['committee-ratings', [committeeFixture('every-rating.yaml')], {}],
    ['committee-hostile', [HOSTILE], { framework: HOSTILE_FRAMEWORK }],
  ] as const)('%s: offline, no console errors, visible charts, no serious axe violations', async (name, files, opts) => {
    const path = await writePaper(name, [...files], opts);
    const context = await browser.newContext({ viewport: { width: 1200, height: 900 }, bypassCSP: true });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    const url = pathToFileURL(path).href;
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => {
      if (r.url() !== url) requests.push(r.url());
    });
    try {
      await page.goto(url, { waitUntil: 'load' });
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
      expect(await page.locator('script').count()).toBe(0);
      for (const chart of await page.locator('svg[role="img"]').all()) {
        const box = await chart.boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(200);
      }
      // Every rating is in words, whatever its colour.
      const ratings = await page.locator('.rag').allTextContents();
      expect(ratings.length).toBeGreaterThan(0);
      for (const words of ratings) expect(['Green', 'Amber (near)', 'Amber', 'Red', 'Not rated']).toContain(words);

      await page.addScriptTag({ path: AXE });
      const violations = (await page.evaluate(async () => {
        const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: unknown[] }> } }).axe;
        const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } });
        return result.violations;
      })) as AxeViolation[];
      const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`)).toEqual([]);
      await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
