// Building blocks for the Word reports: headings, paragraphs, lists, links, and tables whose
// header rows repeat across pages. Pure: report data in, docx objects out. Loaded (with the
// docx library) only for -f docx.
import {
  AlignmentType,
  BorderStyle,
  ExternalHyperlink,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { IBorderOptions, ParagraphChild } from 'docx';
import type { RagRating } from '../core/report/index.js';

/** A4 with 2 cm margins: the width text can take, in twentieths of a point. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

export const FONT = 'Arial';
export const INK = '0B0C0C';
export const MUTED = '484949';
export const BRAND = '0B2F55';
export const HEADER_FILL = 'E8EAEC';
export const LINE = 'B1B4B6';

/** Background and text colours of each RAG rating (the rating is always written in words too). */
export const RAG_COLOURS: Record<RagRating, { fill: string; text: string }> = {
  green: { fill: '00703C', text: 'FFFFFF' },
  'amber-near': { fill: 'FFE9A8', text: INK },
  amber: { fill: 'FFBF47', text: INK },
  red: { fill: 'A4161A', text: 'FFFFFF' },
  none: { fill: 'E6E6E6', text: INK },
};

/**
 * Text that is safe in the document's XML: no control characters, no lone surrogates, no
 * characters XML 1.0 forbids (the docx library escapes & < > but does not remove these, and
 * Word refuses a file that has them).
 */
export function cleanText(value: unknown): string {
  return String(value ?? '')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** The lines of a text: \r\n, \r, \n and the Unicode separators all break a line. */
export function textLines(value: unknown): string[] {
  return cleanText(value)
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .trim()
    .split('\n')
    .map((l) => l.trim());
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  color?: string;
  size?: number;
  highlight?: 'yellow';
}

/** Runs for a text, keeping its line breaks. */
export function runs(value: unknown, style: RunStyle = {}): TextRun[] {
  return textLines(value).map((line, i) => new TextRun({ text: line, break: i === 0 ? undefined : 1, ...style }));
}

/** One run, on one line, spaces at its ends kept (for labels such as "Notes: "). */
export function run(value: unknown, style: RunStyle = {}): TextRun {
  return new TextRun({ text: cleanText(value).replace(/\s*(?:\r\n?|[\n\u2028\u2029\u0085])\s*/g, ' '), ...style });
}

export function heading(level: 1 | 2 | 3, text: string, opts: { pageBreakBefore?: boolean } = {}): Paragraph {
  const headingLevel = level === 1 ? HeadingLevel.HEADING_1 : level === 2 ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_3;
  return new Paragraph({ heading: headingLevel, children: [run(text)], pageBreakBefore: opts.pageBreakBefore, keepNext: true });
}

export function para(children: ParagraphChild[] | string, opts: { keepNext?: boolean; style?: string; spacingAfter?: number } = {}): Paragraph {
  return new Paragraph({
    children: typeof children === 'string' ? runs(children) : children,
    keepNext: opts.keepNext,
    style: opts.style,
    spacing: opts.spacingAfter === undefined ? undefined : { after: opts.spacingAfter },
  });
}

/** A muted note, e.g. under a table. */
export function note(text: string): Paragraph {
  return new Paragraph({ children: runs(text, { color: MUTED, size: 18 }) });
}

/** A numbered paragraph, "4.2  text", with the number hanging in the margin of the text. */
export function numberedPara(number: string, text: string): Paragraph {
  return new Paragraph({
    indent: { left: 720, hanging: 720 },
    tabStops: [{ type: TabStopType.LEFT, position: 720 }],
    children: [new TextRun({ text: number, bold: true }), new TextRun({ children: [new Tab()] }), ...runs(text)],
  });
}

/** A bullet (level 0) or sub-bullet (level 1). */
export function bullet(children: ParagraphChild[] | string, level = 0): Paragraph {
  return new Paragraph({ numbering: { reference: 'bullets', level }, children: typeof children === 'string' ? runs(children) : children });
}

/** An item of a numbered list (1., 2., …) or, at level 1, a lettered sub-list ((a), (b), …). */
export function numberedItem(instance: number, children: ParagraphChild[] | string, level = 0): Paragraph {
  return new Paragraph({
    numbering: { reference: 'numbers', level, instance },
    children: typeof children === 'string' ? runs(children) : children,
  });
}

/** A web or mail link, or the text alone when there is no safe link. */
/** A plain space between runs (run() would keep it too; this says so). */
export function space(): TextRun {
  return new TextRun({ text: ' ' });
}

export function link(text: string, href: string | null): ParagraphChild {
  if (!href) return run(text);
  return new ExternalHyperlink({ link: href, children: [new TextRun({ text: cleanText(text), style: 'Hyperlink' })] });
}

export interface Column {
  header: string;
  /** Share of the text width. */
  width: number;
  align?: 'right';
}

export type CellValue =
  | string
  | {
      text?: string;
      children?: ParagraphChild[];
      bold?: boolean;
      fill?: string;
      color?: string;
      /** Several paragraphs in one cell. */
      paragraphs?: Paragraph[];
    };

export const border: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: LINE };
const BORDERS = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };
const CELL_MARGINS = { top: 60, bottom: 60, left: 100, right: 100 };
/** Text in tables: 10 pt. */
export const TABLE_TEXT = 20;

function widths(columns: Column[]): number[] {
  const total = columns.reduce((s, c) => s + c.width, 0);
  const out = columns.map((c) => Math.floor((c.width / total) * TEXT_WIDTH));
  out[out.length - 1]! += TEXT_WIDTH - out.reduce((s, w) => s + w, 0);
  return out;
}

function cell(value: CellValue, width: number, opts: { header?: boolean; align?: 'right'; rowHeader?: boolean } = {}): TableCell {
  const v = typeof value === 'string' ? { text: value } : value;
  const alignment = opts.align === 'right' ? AlignmentType.RIGHT : undefined;
  const style: RunStyle = { bold: opts.header || opts.rowHeader || v.bold, color: v.color, size: TABLE_TEXT };
  const children = v.paragraphs ?? [
    new Paragraph({ alignment, keepNext: opts.header, spacing: { after: 0 }, children: v.children ?? runs(v.text ?? '', style) }),
  ];
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: CELL_MARGINS,
    shading: v.fill || opts.header ? { type: ShadingType.CLEAR, color: 'auto', fill: v.fill ?? HEADER_FILL } : undefined,
    children,
  });
}

/**
 * A table with a header row that Word repeats at the top of each page the table runs onto
 * (tableHeader), fixed column widths, and the first column's text in bold when `rowHeaders`.
 */
export function table(columns: Column[], rows: CellValue[][], opts: { rowHeaders?: boolean; header?: boolean } = {}): Table {
  const w = widths(columns);
  const header =
    opts.header === false
      ? []
      : [new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.header, w[i]!, { header: true, align: c.align })) })];
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: w,
    layout: TableLayoutType.FIXED,
    borders: BORDERS,
    rows: [
      ...header,
      ...rows.map(
        (row) =>
          new TableRow({
            // A row is never split across pages: a reader never has to join half a row.
            cantSplit: true,
            children: row.map((value, i) => cell(value, w[i]!, { align: columns[i]?.align, rowHeader: opts.rowHeaders && i === 0 })),
          }),
      ),
    ],
  });
}

/** A table cell showing a RAG rating: shaded, and the rating in words. */
export function ragCell(rating: RagRating, text: string): CellValue {
  const colours = RAG_COLOURS[rating];
  return { text, bold: true, fill: colours.fill, color: colours.text };
}

/** Space after a table, so the next paragraph does not touch it. */
export function gap(): Paragraph {
  return new Paragraph({ spacing: { after: 120 }, children: [] });
}
