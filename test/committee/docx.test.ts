// The Word reports (-f docx), read back: Word heading styles, a table of contents field, real
// tables whose header rows repeat on each page, RAG cells in words and colour, "Page X of Y" in
// the footer, well-formed XML with hostile text escaped; then opened by LibreOffice and
// converted to PDF, whose text is checked. The LibreOffice part skips, saying why, when
// LibreOffice or pdftotext is not installed.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../src/render/docx-report.js';
import { SKIP_LIBREOFFICE, libreoffice, libreofficeToPdf, pdfPages, pdfText, pdftotextPath, unzip, wordText } from '../support/documents.js';
import { BASELINE, HOSTILE, HOSTILE_FRAMEWORK, TEAM, committeeFixture, modelFor } from '../support/fixtures.js';

const canConvert = Boolean(libreoffice && pdftotextPath);
if (!canConvert) console.warn(SKIP_LIBREOFFICE);

const { model: team } = await modelFor(TEAM, { baseline: BASELINE });
const { model: hostile } = await modelFor([HOSTILE], { framework: HOSTILE_FRAMEWORK });
const { model: ratings } = await modelFor([committeeFixture('every-rating.yaml')]);

const files = {
  committee: await renderDocx(team, 'committee'),
  report: await renderDocx(team, 'report'),
  hostile: await renderDocx(hostile, 'committee'),
  'hostile-report': await renderDocx(hostile, 'report'),
  ratings: await renderDocx(ratings, 'committee'),
};
const parts = Object.fromEntries(Object.entries(files).map(([name, bytes]) => [name, unzip(bytes)])) as Record<keyof typeof files, Map<string, Buffer>>;
const xml = (name: keyof typeof files, part = 'word/document.xml') => parts[name].get(part)!.toString('utf8');

/** The paragraphs of a document: style and text. */
function paragraphs(doc: string): Array<{ style: string | null; text: string }> {
  return [...doc.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => ({
    style: /<w:pStyle w:val="([^"]+)"\/>/.exec(m[0])?.[1] ?? null,
    text: wordText(m[0]).trim(),
  }));
}

/** Every start tag has its end tag, in order: the XML is well formed. */
function wellFormed(doc: string): boolean {
  const stack: string[] = [];
  for (const m of doc.matchAll(/<(\/?)([A-Za-z_][\w:.-]*)[^>]*?(\/?)>/g)) {
    if (m[3]) continue;
    if (m[1]) {
      if (stack.pop() !== m[2]) return false;
    } else stack.push(m[2]!);
  }
  return stack.length === 0 && !/&(?!(amp|lt|gt|quot|apos|#\d+|#x[0-9a-fA-F]+);)/.test(doc);
}

describe('Word: the committee paper', () => {
  const doc = xml('committee');
  const paras = paragraphs(doc);

  it('uses Word heading styles for the sections, so the navigation pane and the contents work', () => {
    expect(paras.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      '1. Purpose of the report',
      '2. Recommendations',
      '3. Background',
      '4. Summary of findings',
      '5. Action plan',
      '6. Implications',
      '7. Background papers',
      'Appendix A: Full results',
      'Appendix B: The full action plan',
    ]);
    expect(paras.filter((p) => p.style === 'Heading2').map((p) => p.text)).toEqual(
      expect.arrayContaining(['6.1 Financial implications', '6.2 Legal implications, including data protection', '6.5 Climate and environmental implications', 'Theme levels at a glance', 'Team view']),
    );
    expect(paras.find((p) => p.style === 'Title')?.text).toBe('Digital maturity self-assessment: results and action plan');
    const styles = xml('committee', 'word/styles.xml');
    for (const id of ['Heading1', 'Heading2', 'Heading3', 'Title']) expect(styles).toContain(`w:styleId="${id}"`);
  });

  it('has a table of contents field of the section headings, with its entries written', () => {
    expect(doc).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-1&quot;<\/w:instrText>/);
    expect(doc).toContain('w:docPartGallery w:val="Table of Contents"');
    const toc = doc.slice(doc.indexOf('<w:sdtContent>'), doc.indexOf('</w:sdtContent>'));
    expect(wordText(toc)).toContain('1. Purpose of the report');
  });

  // Laying out two long documents takes docx several seconds each.
  it('gives every entry of the table of contents a page number, even after long tables', { timeout: 90_000 }, async () => {
    // The bundled framework's example: an action plan of 51 actions, over several pages.
    const { model } = await modelFor([fileURLToPath(new URL('../../examples/workshop.yaml', import.meta.url))], { framework: 'local-digital-leadership' });
    for (const layout of ['committee', 'report'] as const) {
      const long = unzip(await renderDocx(model, layout)).get('word/document.xml')!.toString('utf8');
      const toc = long.slice(long.indexOf('<w:sdtContent>'), long.indexOf('</w:sdtContent>'));
      const entries = paragraphs(toc).filter((p) => p.style?.startsWith('TOC') && p.text !== '');
      expect(entries.length, layout).toBeGreaterThanOrEqual(8);
      for (const entry of entries) expect(entry.text, `${layout}: ${entry.text}`).toMatch(/\d+$/);
    }
  });

  it('draws every table as a real Word table whose header row repeats on each page', () => {
    const tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
    expect(tables.length).toBeGreaterThan(8);
    const [cover, ...rest] = tables;
    expect(cover).not.toContain('<w:tblHeader/>'); // the cover details have no header row
    for (const table of rest) {
      const firstRow = /<w:tr[ >][\s\S]*?<\/w:tr>/.exec(table)![0];
      expect(firstRow).toMatch(/<w:tblHeader\/>/);
    }
  });

  it('puts the recommendations, with the three priority actions, the RAG ratings and the implications in it', () => {
    const text = wordText(doc);
    expect(text).toContain('That the committee:');
    expect(text).toContain('endorses the action plan in section 5 and, in particular, its three priority actions:');
    for (const action of team.summary.topActions) expect(text).toContain(action.text);
    expect(text.match(/\[To be completed by the report author\]/g)).toHaveLength(5);
    expect(text).toContain('Report of');
    expect(text).toContain('Chief Information Officer');
    // A rating cell: the word, on its colour.
    expect(doc).toMatch(/w:fill="A4161A"[\s\S]{0,800}?<w:t[^>]*>Red<\/w:t>/);
    expect(doc).toMatch(/w:fill="FFBF47"[\s\S]{0,800}?<w:t[^>]*>Amber<\/w:t>/);
  });

  it('writes every rating in words', () => {
    const text = wordText(xml('ratings'));
    for (const words of ['Green', 'Amber (near)', 'Red', 'Not rated']) expect(text).toContain(words);
    expect(text).toContain("[Report author's role]");
  });

  it('has "Page X of Y" in the footer', () => {
    const footers = [...parts.committee.keys()].filter((k) => /^word\/footer\d*\.xml$/.test(k));
    expect(footers.length).toBeGreaterThan(0);
    const footer = footers.map((f) => xml('committee', f)).join('');
    expect(footer).toMatch(/<w:instrText[^>]*>\s*PAGE\s*<\/w:instrText>/);
    expect(footer).toMatch(/<w:instrText[^>]*>\s*NUMPAGES\s*<\/w:instrText>/);
    expect(wordText(footer)).toMatch(/Testshire County Council · Digital maturity self-assessment: results and action plan\tPage .*of/);
  });
});

describe('Word: the report layout', () => {
  const paras = paragraphs(xml('report'));

  it('has the sections of the report as Heading 1, themes as Heading 2 and questions as Heading 3', () => {
    expect(paras.filter((p) => p.style === 'Heading1').map((p) => p.text)).toEqual([
      'Summary',
      'Theme levels at a glance',
      'Theme by theme',
      'Team view',
      'Change since the baseline',
      'Action plan',
      'Method and sources',
    ]);
    expect(paras.filter((p) => p.style === 'Heading2').map((p) => p.text)).toContain('1. Champion digital innovation in your own authority');
    expect(paras.filter((p) => p.style === 'Heading3').map((p) => p.text)).toContain('1.1 Is there a published digital vision that leaders own?');
    expect(xml('report')).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
  });

  it('draws the bar chart as a table of shaded cells, with every level in words', () => {
    const doc = xml('report');
    const chart = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]).find((t) => t.includes('w:fill="1D4F91"'))!;
    expect(chart).toBeDefined();
    const text = wordText(chart);
    for (const row of team.chart.rows) expect(text).toContain(`${row.number}. ${row.title}`);
    expect(text).toContain('2.8');
  });

  it('draws the radar chart as a native Word chart: a spoke per theme, the baseline and the target, with alt text', () => {
    for (const name of ['report', 'committee'] as const) {
      const chart = parts[name].get('word/charts/chart1.xml')?.toString('utf8');
      expect(chart, name).toBeDefined();
      expect(chart).toContain('<c:radarChart>');
      // One series each for this assessment, the baseline and the target.
      expect(chart!.match(/<c:ser>/g)).toHaveLength(3);
      expect(chart).toContain('Target (level 4)');
      for (const row of team.chart.rows) expect(chart).toContain(`${row.number}. `);
      const doc = xml(name);
      expect(doc).toMatch(/<wp:docPr [^>]*title="Radar chart: theme levels against the target"/);
      expect(doc).toContain('target level 4.');
    }
  });
});

describe('Word: hostile text', () => {
  it('keeps every part well-formed XML, with no control characters, and the text as it was', () => {
    for (const name of ['hostile', 'hostile-report'] as const) {
      for (const [part, data] of parts[name]) {
        if (!part.endsWith('.xml') && !part.endsWith('.rels')) continue;
        const text = data.toString('utf8');
        expect(wellFormed(text), `${name} ${part}`).toBe(true);
        expect(text, `${name} ${part}`).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/);
      }
    }
    const doc = xml('hostile');
    expect(doc).not.toMatch(/<script|<img /);
    expect(wordText(doc)).toContain('<script>alert(1)</script> & Co | "Council"');
    // A javascript: link never becomes a hyperlink.
    expect(xml('hostile', 'word/_rels/document.xml.rels')).not.toContain('javascript:');
  });
});

describe.skipIf(!canConvert)('Word: opened by LibreOffice', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'dma-docx-'));
    for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, `${name}.docx`), bytes);
    libreofficeToPdf(Object.keys(files).map((name) => join(dir, `${name}.docx`)), dir);
  }, 90_000);
  afterAll(async () => {
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('converts the committee paper to PDF with its sections, ratings and page numbers', () => {
    const path = join(dir, 'committee.pdf');
    const text = pdfText(path);
    const pages = pdfPages(path);
    expect(pages).toBeGreaterThanOrEqual(6);
    expect(pages).toBeLessThanOrEqual(20);
    let at = 0;
    for (const heading of ['Contents', '1. Purpose of the report', '2. Recommendations', '3. Background', '4. Summary of findings', '5. Action plan', '6. Implications', '7. Background papers', 'Appendix A: Full results']) {
      const found = text.indexOf(`${heading}\n`, at);
      expect(found, heading).toBeGreaterThan(at - 1);
      at = found;
    }
    expect(text).toContain(`Page 1 of ${pages}`);
    expect(text).toContain(`Page ${pages} of ${pages}`);
    expect(text).toContain('Amber (near)');
    expect(text).toContain('[To be completed by the report author]');
    // The contents has page numbers.
    expect(text).toMatch(/1\. Purpose of the report\.{5,}\s*2\b/);
  });

  it('converts the report layout, and the hostile papers, keeping the text as it was', () => {
    const report = pdfText(join(dir, 'report.pdf'));
    expect(report).toContain('Digital maturity report: Testshire County Council');
    expect(report).toMatch(/Page 1 of \d+/);
    const hostileText = pdfText(join(dir, 'hostile.pdf'));
    expect(hostileText).toContain('<script>alert(1)</script> & Co | "Council"');
    expect(pdfPages(join(dir, 'hostile-report.pdf'))).toBeGreaterThan(2);
    expect(pdfPages(join(dir, 'ratings.pdf'))).toBeGreaterThan(2);
  });
});

describe.skipIf(!canConvert)('Word: the bundled example as LibreOffice lays it out', () => {
  it('has the body the README says (a cover page, then at most six pages), and the contents gives its real page for Appendix A', { timeout: 120_000 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'dma-docx-example-'));
    try {
      const { model } = await modelFor([fileURLToPath(new URL('../../examples/workshop.yaml', import.meta.url))], { framework: 'local-digital-leadership' });
      await writeFile(join(dir, 'paper.docx'), await renderDocx(model, 'committee'));
      libreofficeToPdf([join(dir, 'paper.docx')], dir);
      const pages = pdfText(join(dir, 'paper.pdf')).split('\f');
      const heading = 'Appendix A: Full results';
      // Page 1 is the cover and contents; the body runs from page 2 to the page before Appendix A.
      const appendix = pages.findIndex((page, i) => i > 0 && page.split('\n').some((line) => line.trim() === heading)) + 1;
      expect(pages[0]).toContain('Contents');
      expect(pages[1]).toMatch(/^\s*1\. Purpose of the report/);
      // The README promises a cover page and six pages after it for the bundled example.
      expect(appendix - 2, 'body pages after the cover').toBeLessThanOrEqual(6);
      expect(pages[0]).toMatch(new RegExp(`${heading}\\.{5,}\\s*${appendix}\\b`));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
