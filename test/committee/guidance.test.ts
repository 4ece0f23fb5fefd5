// The framework's description (for the bundled framework, ~700 words on reading the levels) is
// in the full report's method, in every format; the committee paper, read by councillors, says
// in one sentence where to find it instead, in every format.
import { describe, expect, it } from 'vitest';
import { buildCommitteeView } from '../../src/core/report/index.js';
import { renderDocx } from '../../src/render/docx-report.js';
import { renderTemplate } from '../../src/render/handlebars-render.js';
import { unzip, wordText } from '../support/documents.js';
import { example, modelFor, template } from '../support/fixtures.js';

const { model } = await modelFor([example('workshop.yaml')], { framework: undefined });
const view = buildCommitteeView(model);
const RULES = 'Reading the levels. In the levels, the leadership team is';
const flat = (text: string) => text.replace(/\s+/g, ' ');

async function documents(name: 'report' | 'committee'): Promise<Record<string, string>> {
  const docx = await renderDocx(model, name === 'committee' ? 'committee' : 'report');
  return {
    md: renderTemplate(template(`${name}.md.hbs`), `${name}.md.hbs`, 'md', model),
    html: renderTemplate(template(`${name}.html.hbs`), `${name}.html.hbs`, 'html', model).replace(/&#x27;/g, "'").replace(/&quot;/g, '"'),
    docx: wordText(unzip(docx).get('word/document.xml')!.toString('utf8')),
  };
}

describe("the framework's guidance on reading the levels", () => {
  it('the bundled framework has it, at length', () => {
    expect(model.framework.description).toContain(RULES);
    expect(model.framework.description!.split(/\s+/).length).toBeGreaterThan(900);
  });

  it('the full report prints it in its method, in Markdown, HTML and Word', async () => {
    for (const [format, text] of Object.entries(await documents('report'))) expect(flat(text), format).toContain(RULES);
  });

  it('the committee paper gives one sentence in its place, in Markdown, HTML and Word', async () => {
    expect(view.guidanceNote).toBe(
      'The introduction to the framework, "Local digital leadership self-assessment", with any guidance it gives on choosing and reading its levels, ' +
        'is not repeated here: it is printed in full in the method of the full digital maturity report (dma report).',
    );
    for (const [format, text] of Object.entries(await documents('committee'))) {
      expect(flat(text), format).not.toContain(RULES);
      expect(flat(text), format).toContain(view.guidanceNote!);
    }
  });
});
