// Bundled templates are precompiled by the build; rendering with the precompiled copy must give
// exactly what compiling the template at run time gives, for every bundled template.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { hashText } from '../../src/io/content-hash.js';
import { renderTemplate } from '../../src/render/handlebars-render.js';
import type { PrecompiledTemplate } from '../../src/render/handlebars-render.js';
import { formatFromTemplateName } from '../../src/render/formats.js';
import { ROOT, runBin } from '../support/cli.js';
import { BASELINE, TEAM, modelFor } from '../support/fixtures.js';

const templates = readdirSync(join(ROOT, 'templates')).filter((n) => n.endsWith('.hbs'));

describe('precompiled bundled templates', () => {
  it('exist for every bundled template, made from its current source', async () => {
    expect(templates.length).toBeGreaterThanOrEqual(4);
    for (const name of templates) {
      const compiled = (await import(pathToFileURL(join(ROOT, 'dist/templates', `${name}.js`)).href)) as PrecompiledTemplate;
      expect(compiled.sha256, name).toBe(hashText(readFileSync(join(ROOT, 'templates', name), 'utf8')));
    }
  });

  it.each(templates)('%s renders the same precompiled as compiled at run time', async (name) => {
    const format = formatFromTemplateName(name)!;
    const source = readFileSync(join(ROOT, 'templates', name), 'utf8');
    const { spec } = (await import(pathToFileURL(join(ROOT, 'dist/templates', `${name}.js`)).href)) as PrecompiledTemplate;
    const { model } = await modelFor(TEAM, { baseline: BASELINE });
    const compiled = renderTemplate(source, name, format, model);
    expect(compiled.length).toBeGreaterThan(1000);
    expect(renderTemplate(source, name, format, model, spec)).toBe(compiled);
  });

  it('the CLI report is the same whichever way the template was compiled', () => {
    const viaCli = runBin(['report', 'examples/workshop.yaml', '-f', 'md']);
    expect(viaCli.code).toBe(0);
    expect(viaCli.stdout).toContain('# Digital maturity report: Example Borough Council');
  });
});
