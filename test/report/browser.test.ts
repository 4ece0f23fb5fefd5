// The HTML report in a real browser (headless Chromium, driven by playwright-core): it renders
// with no console errors and no network requests, the charts are visible, and axe-core finds
// no serious or critical WCAG 2.2 AA problems. Skips, saying why, when Chromium is not
// installed (Debian: apt-get install chromium; or set CHROMIUM_PATH).
import { readFile, writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/render/handlebars-render.js';
import { ARTIFACTS, SKIP_BROWSER, chromium, openPage, useBrowser, seriousAccessibilityProblems } from '../support/browser.js';
import { BASELINE, HOSTILE, HOSTILE_FRAMEWORK, SINGLE, TEAM, modelFor } from '../support/fixtures.js';

if (!chromium) console.warn(SKIP_BROWSER);

async function writeReport(name: string, files: string[], opts: Parameters<typeof modelFor>[1] = {}): Promise<string> {
  const { model } = await modelFor(files, opts);
  const source = await readFile(new URL('../../templates/report.html.hbs', import.meta.url), 'utf8');
  const path = `${ARTIFACTS}${name}.html`;
  await writeFile(path, renderTemplate(source, 'report.html.hbs', 'html', model));
  return path;
}


describe('the HTML report in a browser', () => {
  const browser = useBrowser();

  const open = (path: string) => openPage(browser(), path);

  it.skipIf(!chromium)('renders the team report offline: no console errors, no requests, visible charts, no serious axe violations', async () => {
    const path = await writeReport('report-team', TEAM, { baseline: BASELINE });
    const { page, errors, requests, context } = await open(path);
    try {
      const charts = page.locator('svg[role="img"]');
      expect(await charts.count()).toBe(2);
      for (const chart of await charts.all()) {
        const box = await chart.boundingBox();
        expect(box?.width ?? 0).toBeGreaterThan(200);
        expect(box?.height ?? 0).toBeGreaterThan(150);
        expect(await chart.locator('title').count()).toBe(1);
        expect(await chart.locator('desc').count()).toBe(1);
      }
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('header, nav, main, footer').count()).toBe(4);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');

      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      await page.screenshot({ path: `${ARTIFACTS}report-team.png`, fullPage: true });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.skipIf(!chromium)('a single assessment and a hostile one also render cleanly, with nothing run from the data', async () => {
    for (const [name, files, opts] of [
      ['report-single', [SINGLE], {}],
      ['report-hostile', [HOSTILE], { framework: HOSTILE_FRAMEWORK }],
    ] as const) {
      const path = await writeReport(name, [...files], opts);
      const { page, errors, requests, context } = await open(path);
      try {
        expect(await page.locator('script').count()).toBe(0);
        expect(await page.locator('main img, main iframe, main object').count()).toBe(0);
        expect(await page.evaluate(() => document.title)).toMatch(/^Digital maturity report: /);
        const dialogs: string[] = [];
        page.on('dialog', (d) => dialogs.push(d.message()));
        await page.waitForTimeout(100);
        expect(dialogs).toEqual([]);
        expect(errors).toEqual([]);
        expect(requests).toEqual([]);
        await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
      } finally {
        await context.close();
      }
    }
  });

  it.skipIf(!chromium)('prints on A4 with the charts in it', async () => {
    const path = await writeReport('report-print', TEAM, { baseline: BASELINE });
    const { page, context } = await open(path);
    try {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav').isVisible()).toBe(false);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      // Only the report's own A4 size: 595 × 842 points.
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595(\.\d+)? 841\.9|\/MediaBox \[0 0 595(\.\d+)? 842/);
    } finally {
      await context.close();
    }
  });
});
