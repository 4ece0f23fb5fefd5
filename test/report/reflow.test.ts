// WCAG 2.2 AA reflow (1.4.10): at a phone's width the report and the committee paper scroll
// only up and down. A table too wide for the screen (the views by role: a column per role)
// scrolls sideways inside its own region, which has a name and can be reached and scrolled with
// the keyboard; the page itself never does. Laid out in headless Chromium at 320 px (the width
// WCAG names) and 380 px (a common phone), with the bundled example and its baseline.
import { writeFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/render/handlebars-render.js';
import { ARTIFACTS, SKIP_BROWSER, chromium, openPage, useBrowser, seriousAccessibilityProblems } from '../support/browser.js';
import { example, modelFor, template } from '../support/fixtures.js';

if (!chromium) console.warn(SKIP_BROWSER);

const WIDTHS = [320, 380];

interface Layout {
  page: number;
  viewport: number;
  /** Tables wider than the screen, and how the page holds each. */
  wide: Array<{ caption: string; scrolls: boolean; focusable: boolean; role: string | null; name: string | null; fitsRegion: boolean }>;
  rolesTable: boolean;
  /** Captions whose text runs past the right edge of the screen. */
  captionsCut: string[];
}

async function layout(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const wide = [...document.querySelectorAll('table')]
      .filter((t) => t.getBoundingClientRect().width > viewport)
      .map((t) => {
        const region = t.closest<HTMLElement>('[role="region"]');
        const style = region ? getComputedStyle(region) : null;
        const labelledBy = region?.getAttribute('aria-labelledby');
        return {
          caption: (t.caption?.textContent ?? '').trim(),
          scrolls: style !== null && ['auto', 'scroll'].includes(style.overflowX) && region!.scrollWidth > region!.clientWidth,
          focusable: region?.tabIndex === 0,
          role: region?.getAttribute('role') ?? null,
          name: labelledBy ? (document.getElementById(labelledBy)?.textContent ?? '').trim() : (region?.getAttribute('aria-label') ?? null),
          fitsRegion: region !== null && region.getBoundingClientRect().right <= viewport + 1,
        };
      });
    const rolesTable = [...document.querySelectorAll('caption')].some((c) => /by role/i.test(c.textContent ?? ''));
    const captionsCut = [...document.querySelectorAll('caption')]
      .filter((c) => {
        const range = document.createRange();
        range.selectNodeContents(c);
        return [...range.getClientRects()].some((r) => r.right > viewport + 1);
      })
      .map((c) => (c.textContent ?? '').trim().slice(0, 50));
    return { page: document.documentElement.scrollWidth, viewport, wide, rolesTable, captionsCut };
  });
}

describe.skipIf(!chromium)('reflow at a phone width', () => {
  const browser = useBrowser();

  for (const name of ['report.html.hbs', 'committee.html.hbs']) {
    it(`${name}: the page never scrolls sideways; a wide table scrolls in its own named, focusable region`, async () => {
      const { model } = await modelFor([example('workshop.yaml')], { framework: undefined, baseline: [example('baseline-2025.yaml')] });
      const path = `${ARTIFACTS}reflow-${name.replace('.html.hbs', '')}.html`;
      await writeFile(path, renderTemplate(template(name), name, 'html', model));
      const { page, context } = await openPage(browser(), path);
      try {
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 800 });
          const found = await layout(page);
          expect(found.rolesTable, 'the example has a table of views by role').toBe(true);
          expect(found.page, `the page at ${width} px`).toBeLessThanOrEqual(found.viewport);
          expect(found.captionsCut, `captions cut off at ${width} px`).toEqual([]);
          for (const table of found.wide) {
            expect(table, `${table.caption} at ${width} px`).toMatchObject({ scrolls: true, focusable: true, role: 'region', fitsRegion: true });
            expect(table.name, `${table.caption} at ${width} px`).toBeTruthy();
          }
        }
        expect(await seriousAccessibilityProblems(page)).toEqual([]);
      } finally {
        await context.close();
      }
    });
  }
});
