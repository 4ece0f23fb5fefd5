// Snapshots of every format for three inputs: one file, a team of three, and the team against
// a baseline. Files under __snapshots__/ can be opened to see the report itself. The tool
// version and the date are fixed, so the snapshots change only when the report does.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderCsvCombined } from '../../src/render/csv-report.js';
import { renderTemplate } from '../../src/render/handlebars-render.js';
import { renderJson } from '../../src/render/report-json.js';
import { BASELINE, SINGLE, TEAM, modelFor } from '../support/fixtures.js';

const template = (name: string) => readFileSync(fileURLToPath(new URL(`../../templates/${name}`, import.meta.url)), 'utf8');

const inputs = {
  single: () => modelFor([SINGLE]),
  team: () => modelFor(TEAM),
  baseline: () => modelFor(TEAM, { baseline: BASELINE }),
};

describe.each(Object.entries(inputs))('%s', (name, load) => {
  it('Markdown', async () => {
    const { model } = await load();
    await expect(renderTemplate(template('report.md.hbs'), 'report.md.hbs', 'md', model)).toMatchFileSnapshot(`__snapshots__/${name}.md`);
  });

  it('HTML', async () => {
    const { model } = await load();
    await expect(renderTemplate(template('report.html.hbs'), 'report.html.hbs', 'html', model)).toMatchFileSnapshot(`__snapshots__/${name}.html`);
  });

  it('JSON', async () => {
    const { analysis, model } = await load();
    await expect(renderJson(analysis.document, model)).toMatchFileSnapshot(`__snapshots__/${name}.json`);
  });

  it('CSV', async () => {
    const { model } = await load();
    await expect(renderCsvCombined(model)).toMatchFileSnapshot(`__snapshots__/${name}.csv`);
  });
});
