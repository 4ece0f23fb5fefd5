// docs/templates.md documents every top-level field of the template data and every helper.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HELPER_NAMES, createReportHandlebars, templateData } from '../../src/render/handlebars-render.js';
import { BASELINE, TEAM, modelFor } from '../support/fixtures.js';

const docs = readFileSync(fileURLToPath(new URL('../../docs/templates.md', import.meta.url)), 'utf8');

describe('docs/templates.md', () => {
  it('documents every top-level field of the template data', async () => {
    const { model } = await modelFor(TEAM, { baseline: BASELINE });
    const data = templateData(model, 'html', createReportHandlebars('html'));
    for (const key of Object.keys(data)) {
      expect(docs, key).toMatch(new RegExp(`\\| \`${key}(\\.\\w+)?\` \\|`));
    }
  });

  it('documents every helper, and registers no other', () => {
    for (const name of HELPER_NAMES) expect(docs, name).toMatch(new RegExp(`\`${name}\``));
    const hb = createReportHandlebars('md');
    const own = Object.keys(hb.helpers).filter((h) => !['helperMissing', 'blockHelperMissing', 'each', 'if', 'unless', 'with', 'lookup', 'log'].includes(h));
    expect(own.sort()).toEqual([...HELPER_NAMES].sort());
  });
});
