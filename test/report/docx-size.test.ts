// Long Word reports: docx numbers the contents' pages by laying the pages out, which takes time
// with the square of a long paragraph's lines. Past a budget the page numbers are left for Word,
// so a Word report's time grows with its size (bench/run.js measures it).
import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/core/report/index.js';
import { Paragraph, TextRun } from 'docx';
import { PAGE_LAYOUT_BUDGET, documentSize, estimatePageNumbers, pageLayout } from '../../src/render/docx-pages.js';
import { renderDocx } from '../../src/render/docx-report.js';
import { unzip, wordText } from '../support/documents.js';
import { TEAM, modelFor } from '../support/fixtures.js';

const { model } = await modelFor(TEAM);

/** The model with one question's notes replaced. */
function withNotes(notes: string): ReportModel {
  const copy = structuredClone(model);
  copy.themes[0]!.questions[0]!.notes = notes;
  return copy;
}

/** The table of contents' entries and the paragraph after it. */
function contentsOf(bytes: Uint8Array): { entries: string[]; after: string } {
  const doc = unzip(bytes).get('word/document.xml')!.toString('utf8');
  const toc = doc.slice(doc.indexOf('<w:sdtContent>'), doc.indexOf('</w:sdtContent>'));
  const entries = [...toc.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => wordText(m[0]).trim()).filter((t) => t !== '');
  const rest = doc.slice(doc.indexOf('</w:sdt>'));
  return { entries, after: wordText(/<w:p[ >][\s\S]*?<\/w:p>/.exec(rest)![0]).trim() };
}

describe('Word: the contents are numbered within a budget', () => {
  it('measures a document, and its longest paragraph', () => {
    const short = new Paragraph({ children: [new TextRun('abc')] });
    const long = new Paragraph({ children: [new TextRun('x'.repeat(5000))] });
    const size = documentSize([short, long]);
    expect(size.paragraph).toBeGreaterThanOrEqual(5000);
    expect(size.paragraph).toBeLessThan(5200);
    expect(size.document).toBeGreaterThan(size.paragraph + 3);
    expect(documentSize([long, long]).document).toBe(documentSize([long]).document);
  });

  it('lays out the pages of a report of ordinary size, and not of one past the budget', () => {
    const note = new Paragraph({ children: [new TextRun('note')] });
    const ordinary = pageLayout([new Paragraph('a'), new Paragraph('b')], note);
    expect(ordinary.pageNumbers).toBe(estimatePageNumbers);
    expect(ordinary.children).toHaveLength(2);
    const longParagraph = pageLayout([new Paragraph('x'.repeat(PAGE_LAYOUT_BUDGET.paragraph + 1))], note);
    expect(longParagraph.pageNumbers).toBeUndefined();
    const many = pageLayout(Array.from({ length: 40 }, () => new Paragraph('y'.repeat(1000))), note, { document: 20_000, paragraph: PAGE_LAYOUT_BUDGET.paragraph });
    expect(many.pageNumbers).toBeUndefined();
  });

  it('numbers the contents of an ordinary report', async () => {
    const { entries, after } = contentsOf(await renderDocx(model, 'report'));
    expect(entries.length).toBeGreaterThan(5);
    for (const entry of entries) expect(entry).toMatch(/\d+$/);
    expect(after).not.toContain(model.labels.contentsUnnumbered);
  });

  it('writes a report with a 256 KiB note whole, its contents listed without page numbers and a note on how to number them', async () => {
    const line = 'The council agreed a plan for digital services and data sharing across the region with its partners. ';
    const notes = Array.from({ length: Math.ceil((256 * 1024) / line.length) }, (_, i) => `${i}: ${line}`).join('\n');
    for (const layout of ['report', 'committee'] as const) {
      const bytes = await renderDocx(withNotes(notes), layout);
      const { entries, after } = contentsOf(bytes);
      expect(entries.length, layout).toBeGreaterThan(5);
      for (const entry of entries) expect(entry, layout).not.toMatch(/\d+$/);
      expect(after, layout).toBe(model.labels.contentsUnnumbered);
      const text = wordText(unzip(bytes).get('word/document.xml')!.toString('utf8'));
      expect(text, layout).toContain(`0: ${line.trim()}`);
      expect(text, layout).toContain(`${Math.ceil((256 * 1024) / line.length) - 1}: ${line.trim()}`);
    }
  });
});
