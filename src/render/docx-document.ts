// The Word document around a report's content: A4, Arial, the report's language, Word's heading
// styles, numbering, a table of contents and "Page X of Y" in the footer. Pure.
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Tab,
  TabStopType,
  TableOfContents,
  TextRun,
} from 'docx';
import type { PageNumberEstimator, Table } from 'docx';
import { estimatePageNumbersWith } from 'docx/layout';
import type { ReportModel } from '../core/report/index.js';
import { BRAND, FONT, INK, LINE, MUTED, PAGE, TEXT_WIDTH, cleanText, run } from './docx-kit.js';

/**
 * "Contents" and a table of contents field of the headings down to `depth`, written with its
 * entries and page numbers (worked out by docx's page layout), so Word shows it as it is and
 * Word's "Update Table" refreshes it.
 */
export function contents(title: string, depth: 1 | 2): Array<Paragraph | TableOfContents> {
  return [
    new Paragraph({ style: 'TOCHeading', children: [run(title)] }),
    new TableOfContents(cleanText(title), { hyperlink: true, headingStyleRange: `1-${depth}` }),
  ];
}

export interface DocumentInfo {
  title: string;
  subject: string;
  /** Left of the footer, e.g. "Testshire County Council · 21 November 2026". */
  footerText: string;
  toolVersion: string;
  /** "Made with dma, …" */
  description: string;
  /** The language, e.g. "en-GB". */
  locale: string;
  /** "Page" and "of", for "Page X of Y". */
  page: string;
  pageOf: string;
}

// Lay out past what docx cannot yet lay out as Word does, with its best guess, so every entry of
// the table of contents has a page number (Word's "Update Table" makes them exact).
export const estimatePageNumbers = estimatePageNumbersWith({ guess: true });

/** What a report's document says about itself, and its footer. */
export function documentInfo(m: ReportModel, title: string, footerText: string): DocumentInfo {
  return { title, subject: m.framework.title, footerText, toolVersion: m.tool.version, description: m.text.documentDescription, locale: m.locale, page: m.labels.page, pageOf: m.labels.pageOf };
}

/** Bullets (•, –) and numbered lists (1., (a)). */
const NUMBERING = {
  config: [
    {
      reference: 'bullets',
      levels: [
        { level: 0, format: LevelFormat.BULLET, text: '•', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 360 } } } },
        { level: 1, format: LevelFormat.BULLET, text: '–', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 1080, hanging: 360 } } } },
      ],
    },
    {
      reference: 'numbers',
      levels: [
        { level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 720, hanging: 720 } } } },
        { level: 1, format: LevelFormat.LOWER_LETTER, text: '(%2)', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 1440, hanging: 720 } } } },
      ],
    },
  ],
};

/** The document: A4, Arial, the report's language, Word's heading styles, numbering, and "Page X of Y" in the footer. */
export function buildDocument(info: DocumentInfo, children: Array<Paragraph | Table | TableOfContents>, pageNumbers?: PageNumberEstimator): Document {
  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: LINE, space: 4 } },
        children: [
          new TextRun({ text: cleanText(info.footerText), size: 17, color: MUTED }),
          new TextRun({ children: [new Tab(), `${cleanText(info.page)} `, PageNumber.CURRENT, ` ${cleanText(info.pageOf)} `, PageNumber.TOTAL_PAGES], size: 17, color: MUTED }),
        ],
      }),
    ],
  });
  const heading = (size: number, before: number, color = BRAND) => ({
    run: { font: FONT, size, bold: true, color },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true },
  });
  return new Document({
    title: cleanText(info.title),
    subject: cleanText(info.subject),
    creator: `dma ${cleanText(info.toolVersion)}`,
    description: cleanText(info.description),
    pageNumbers,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, color: INK, language: { value: info.locale } },
          paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
        },
        title: { run: { font: FONT, size: 44, bold: true, color: BRAND }, paragraph: { spacing: { after: 200, line: 264, lineRule: LineRuleType.AUTO } } },
        heading1: heading(32, 360),
        heading2: heading(26, 240),
        heading3: heading(23, 200, INK),
        hyperlink: { run: { color: '1D4F91', underline: {} } },
      },
      paragraphStyles: [
        {
          id: 'TOCHeading',
          name: 'TOC Heading',
          basedOn: 'Normal',
          next: 'Normal',
          run: { font: FONT, size: 28, bold: true, color: BRAND },
          paragraph: { spacing: { before: 240, after: 120 } },
        },
        { id: 'Subtitle', name: 'Subtitle', basedOn: 'Normal', next: 'Normal', run: { size: 28, color: MUTED }, paragraph: { spacing: { after: 240 } } },
      ],
    },
    numbering: NUMBERING,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.margin, bottom: PAGE.margin, left: PAGE.margin, right: PAGE.margin, footer: 567, header: 567 },
          },
        },
        footers: { default: footer },
        children,
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function pack(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document));
}
