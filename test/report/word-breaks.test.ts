// No table cell breaks an ordinary word across two lines ("Chief Execut|ive", "Ho|riz|on"):
// the bundled example's report and committee paper, laid out in headless Chromium on screen at
// 1200 px, on phones at 380 and 320 px (where a table too wide scrolls in its region), and for print at the width A4 leaves between each template's margins. A word is
// broken when the range of its characters has boxes on two lines. (Long unbroken runs, such as
// a URL, may still wrap: test/report/long-text.test.ts checks they keep tables on the page.)
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/render/handlebars-render.js';
import { ARTIFACTS, SKIP_BROWSER, brokenWords, chromium, openPage, useBrowser } from '../support/browser.js';
import { example, modelFor, template } from '../support/fixtures.js';

if (!chromium) console.warn(SKIP_BROWSER);

/** Words shorter than this must never be split between lines. */
const SHORT_WORD = 15;
const MM = 96 / 25.4;
const LAYOUTS = {
  'report.html.hbs': [
    { media: 'screen', width: 1200 },
    { media: 'screen', width: 380 },
    { media: 'screen', width: 320 },
    { media: 'print', width: Math.floor((210 - 2 * 14) * MM) },
  ],
  'committee.html.hbs': [
    { media: 'screen', width: 1200 },
    { media: 'screen', width: 380 },
    { media: 'screen', width: 320 },
    { media: 'print', width: Math.floor((210 - 2 * 18) * MM) },
  ],
} as const;

describe.skipIf(!chromium)('no ordinary word is broken in a table', () => {
  const browser = useBrowser();

  for (const [name, layouts] of Object.entries(LAYOUTS)) {
    it(`${name}: the bundled example with its baseline, on screen and printed on A4`, async () => {
      const { model } = await modelFor([example('workshop.yaml')], { framework: undefined, baseline: [example('baseline-2025.yaml')] });
      const path = `${ARTIFACTS}word-breaks-${name.replace('.html.hbs', '')}.html`;
      await writeFile(path, renderTemplate(template(name), name, 'html', model));
      const { page, context } = await openPage(browser(), path);
      try {
        for (const layout of layouts) {
          await page.setViewportSize({ width: layout.width, height: 1100 });
          await page.emulateMedia({ media: layout.media });
          const cells = await page.locator('table td, table th').count();
          expect(cells, 'the page has tables').toBeGreaterThan(100);
          expect(await brokenWords(page, SHORT_WORD), `${layout.media} at ${layout.width} px`).toEqual([]);
        }
      } finally {
        await context.close();
      }
    });
  }
});
