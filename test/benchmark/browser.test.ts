// The HTML benchmark in a real browser, held to the same checks as the report: no console
// errors, no requests, a visible heatmap with its text alternative, and no serious or critical
// WCAG 2.2 AA problems found by axe-core. Skips, saying why, when Chromium is not installed.
import { writeFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildBenchmarkModel } from '../../src/core/benchmark/model.js';
import type { ShareEntry } from '../../src/core/benchmark/versions.js';
import { renderBenchmarkHtml } from '../../src/render/benchmark-html.js';
import { ARTIFACTS, SKIP_BROWSER, brokenWords, chromium, openPage, useBrowser, seriousAccessibilityProblems } from '../support/browser.js';
import { TINY_ANSWERS, TINY_FRAMEWORK, shareOf, variant } from '../support/shares.js';

if (!chromium) console.warn(SKIP_BROWSER);

/** 30 councils with every level of every question, one anonymous, one hostile, one with two shares. */
async function group(): Promise<ShareEntry[]> {
  const base = await shareOf([TINY_ANSWERS], TINY_FRAMEWORK);
  const entries: ShareEntry[] = [];
  for (let i = 0; i < 30; i++) {
    const name = i === 7 ? '<img src=x onerror=alert(1)> "Council" & Co' : i === 9 ? 'Council 0a1b2c3d' : `Council of the Borough of Somewhere Rather Long Number ${i}`;
    const levels = { 'lead.vision': i % 5, 'lead.cabinet': (i * 3) % 5, 'data.protocol': i % 3 === 0 ? null : (i * 7) % 5 };
    entries.push({ file: `c${i}.json`, share: variant(base, { name, anonymous: i === 9, assessed: `2026-0${1 + (i % 9)}-15`, levels }) });
  }
  entries.push({ file: 'c3-old.json', share: variant(base, { name: entries[3]!.share.organisation.name, assessed: '2025-01-15', levels: { 'lead.vision': 0 } }) });
  return entries;
}

async function writeBenchmark(name: string, focus?: string): Promise<string> {
  const model = buildBenchmarkModel({
    entries: await group(),
    leftOut: [{ file: 'broken.json', reason: 'the JSON ends too soon <b>here</b>' }],
    generated: '2026-11-21',
    toolVersion: '0.0.0',
    ...(focus ? { focus } : {}),
  });
  const path = `${ARTIFACTS}${name}.html`;
  await writeFile(path, renderBenchmarkHtml(model));
  return path;
}

describe('the HTML benchmark in a browser', () => {
  const browser = useBrowser();

  it.skipIf(!chromium)('renders offline with a visible heatmap and no serious axe violations', async () => {
    const path = await writeBenchmark('benchmark-focus', 'Council of the Borough of Somewhere Rather Long Number 3');
    const { page, errors, requests, context } = await openPage(browser(), path);
    try {
      const heatmap = page.locator('svg[role="img"]');
      expect(await heatmap.count()).toBe(1);
      const box = await heatmap.boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(600);
      expect(box?.height ?? 0).toBeGreaterThan(500);
      expect(await heatmap.locator('title').textContent()).toBe('Heatmap: 30 councils by 2 themes');
      expect(await heatmap.locator('desc').textContent()).toContain('The table after the heatmap gives the same figures.');
      // Every cell of the heatmap shows its number: 30 councils × (2 themes + overall).
      expect(await heatmap.locator('rect.cell + text').count()).toBe(30 * 3);
      expect(await page.locator('table.wide tbody tr').count()).toBe(30);
      expect(await page.locator('table.wide tr.focus th').textContent()).toBe('▶ Council of the Borough of Somewhere Rather Long Number 3');
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.locator('header, nav, main, footer').count()).toBe(4);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('en-GB');
      expect(await page.locator('script, img, iframe, object').count()).toBe(0);

      expect(await seriousAccessibilityProblems(page)).toEqual([]);

      await page.screenshot({ path: `${ARTIFACTS}benchmark-focus.png`, fullPage: true });
      expect(errors).toEqual([]);
      expect(requests).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.skipIf(!chromium)('on a phone: the page scrolls only up and down, a wide table scrolls in its region, and no word is broken', async () => {
    const path = await writeBenchmark('benchmark-phone', 'Council of the Borough of Somewhere Rather Long Number 3');
    const { page, context } = await openPage(browser(), path);
    try {
      for (const width of [320, 380]) {
        await page.setViewportSize({ width, height: 800 });
        const layout = await page.evaluate(() => ({
          page: document.documentElement.scrollWidth,
          viewport: document.documentElement.clientWidth,
          unscrolled: [...document.querySelectorAll('table')].filter((t) => !t.closest('[role="region"][tabindex="0"]')).length,
        }));
        expect(layout.page, `the page at ${width} px`).toBeLessThanOrEqual(layout.viewport);
        expect(layout.unscrolled, 'tables outside a scrolling region').toBe(0);
        expect(await brokenWords(page, 15), `words broken at ${width} px`).toEqual([]);
      }
      expect(await seriousAccessibilityProblems(page)).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it.skipIf(!chromium)('prints on A4', async () => {
    const path = await writeBenchmark('benchmark-print');
    const { page, context } = await openPage(browser(), path);
    try {
      await page.emulateMedia({ media: 'print' });
      expect(await page.locator('nav').isVisible()).toBe(false);
      const pdf = await page.pdf({ format: 'A4', printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 595(\.\d+)? 841\.9|\/MediaBox \[0 0 595(\.\d+)? 842/);
    } finally {
      await context.close();
    }
  });
});
