// Long unbroken text (a URL in an action) wraps inside the page: printed on A4, no table of the
// report or of the committee paper is wider than the page, and neither is the page itself.
// Laid out in headless Chromium for print at the width A4 leaves between each template's margins.
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderTemplate } from '../../src/render/handlebars-render.js';
import { ARTIFACTS, SKIP_BROWSER, chromium, openPage, useBrowser } from '../support/browser.js';
import { FRAMEWORK, TEAM, modelFor, template } from '../support/fixtures.js';
import { tempDir } from '../support/temp.js';

if (!chromium) console.warn(SKIP_BROWSER);

const tmp = tempDir('dma-long-text-');
// No hyphen or space in it: nowhere a browser would break the line of its own accord.
const URL_300 = `https://www.example.gov.uk/documents/s12345/${'DigitalStrategyAndDataSharingAgreement2026'.repeat(8)}`.slice(0, 300);

/** A4 is 210 mm wide; each template's @page rule leaves this much between its side margins, in CSS pixels. */
const MM = 96 / 25.4;
const WIDTHS = { 'report.html.hbs': (210 - 2 * 14) * MM, 'committee.html.hbs': (210 - 2 * 18) * MM } as const;

describe.skipIf(!chromium)('long unbroken text on the printed page', () => {
  const browser = useBrowser();

  for (const [name, width] of Object.entries(WIDTHS)) {
    it(`${name}: with a 300-character URL in every action, no table is wider than the A4 page`, async () => {
      // The test framework with the URL after every action's text.
      const source = await readFile(FRAMEWORK, 'utf8');
      const framework = join(tmp(), `long-url-${name}.yaml`);
      await writeFile(framework, source.replace(/(toLevel: \d, text: )([^,}]+)/g, `$1"$2 ${URL_300}"`));
      const { model } = await modelFor(TEAM, { framework });
      expect(model.actions.ordered[0]!.text).toContain(URL_300);
      const path = `${ARTIFACTS}long-url-${name.replace('.html.hbs', '')}.html`;
      await writeFile(path, renderTemplate(template(name), name, 'html', model));

      const { page, context } = await openPage(browser(), path);
      try {
        await page.setViewportSize({ width: Math.floor(width), height: 1100 });
        await page.emulateMedia({ media: 'print' });
        const found = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          tables: [...document.querySelectorAll('table')].map((t) => Math.ceil(t.getBoundingClientRect().right)),
          urls: [...document.querySelectorAll('table td, table th')].filter((td) => td.textContent?.includes('https://www.example.gov.uk/')).length,
        }));
        expect(found.urls, 'the URL is in the tables').toBeGreaterThan(0);
        expect(found.tables.length).toBeGreaterThan(3);
        for (const right of found.tables) expect(right).toBeLessThanOrEqual(Math.floor(width) + 1);
        expect(found.page).toBeLessThanOrEqual(Math.floor(width) + 1);
      } finally {
        await context.close();
      }
    });
  }
});
