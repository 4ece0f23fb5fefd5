// The committee paper's HTML in a real browser (headless Chromium, driven by playwright-core),
// as test/report/browser.test.ts does for the report: it renders offline with no console
// errors, the charts are visible, and axe-core finds no serious or critical WCAG 2.2 AA
// problems. Skips, saying why, when Chromium is not installed.
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/render/handlebars-render.js';
import { ARTIFACTS, SKIP_BROWSER, openPage, useBrowser, seriousAccessibilityProblems } from '../support/browser.js';
import { chromium } from '../support/documents.js';
import { BASELINE, HOSTILE, HOSTILE_FRAMEWORK, TEAM, committeeFixture, modelFor, template } from '../support/fixtures.js';

if (!chromium) console.warn(`committee ${SKIP_BROWSER}`);

async function writePaper(name: string, files: string[], opts: Parameters<typeof modelFor>[1] = {}): Promise<string> {
  const { model } = await modelFor(files, opts);
  const path = `${ARTIFACTS}${name}.html`;
  await writeFile(path, renderTemplate(template('committee.html.hbs'), 'committee.html.hbs', 'html', model));
  return path;
}

describe.skipIf(!chromium)('the committee paper in a browser', () => {
  const browser = useBrowser();

  it.each([
    ['committee-team', TEAM, { baseline: BASELINE }],
    ['committee-ratings', [committeeFixture('every-rating.yaml')], {}],
    ['committee-hostile', [HOSTILE], { framework: HOSTILE_FRAMEWORK }],
  ] as const)('%s: offline, no console errors, visible charts, no serious axe violations', async (name, files, opts) => {
    const path = await writePaper(name, [...files], opts);
    const { page, context, errors, requests } = await openPage(browser(), path);
    try {
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

      expect(await seriousAccessibilityProblems(page)).toEqual([]);
      await page.screenshot({ path: `${ARTIFACTS}${name}.png`, fullPage: true });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
