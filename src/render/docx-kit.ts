// Building blocks for the Word reports: styles, headings, paragraphs, tables with header rows
// that repeat across pages, the bar chart drawn as shaded table cells, and the page footer.
// Pure: report data in, docx objects out. Loaded (with the docx library) only for -f docx.
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  Footer,
  HeadingLevel,
  HeightRule,
  LevelFormat,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableLayoutType,
  TableOfContents,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { IBorderOptions, PageNumberEstimator, ParagraphChild } from 'docx';
import { ChartRun } from 'docx/charts';
import type { RadarChartSeries } from 'docx/charts';
import { describeChart } from './svg-charts.js';
import type { ReportModel } from '../core/report-model.js';
import type { RagRating } from '../core/committee-model.js';

/** A4 with 2 cm margins: the width text can take, in twentieths of a point. */
export const PAGE = { width: 11906, height: 16838, margin: 1134 } as const;
export const TEXT_WIDTH = PAGE.width - 2 * PAGE.margin;

const FONT = 'Arial';
const INK = '0B0C0C';
const MUTED = '484949';
const BRAND = '0B2F55';
const HEADER_FILL = 'E8EAEC';
const LINE = 'B1B4B6';

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

const border: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: LINE };
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

type Chart = ReportModel['chart'];

/**
 * The bar chart as a table: one row per theme, the bar drawn as shaded cells from the lowest
 * level (left) to the highest (right), four cells to a level, with a thick line at the target.
 * Word has no way to show the SVG charts without a PNG copy, and a PNG needs a browser or an
 * image library, so the chart is drawn with what Word draws itself. Every figure is also
 * written as text in the rows.
 */
export function barChart(chart: Chart, ratings: Array<{ rating: RagRating; ratingText: string }> | null): Table {
  const perLevel = 4;
  const cells = (chart.max - chart.min) * perLevel;
  const targetCell = (chart.target - chart.min) * perLevel; // the bar cells left of the target line
  const themeWidth = 3300;
  const levelWidth = 800;
  const ratingWidth = ratings ? 1500 : 0;
  const barWidth = TEXT_WIDTH - themeWidth - levelWidth - ratingWidth;
  const cellWidth = Math.floor(barWidth / cells);
  const last = barWidth - cellWidth * (cells - 1);
  const barWidths = Array.from({ length: cells }, (_, i) => (i === cells - 1 ? last : cellWidth));
  const thick: IBorderOptions = { style: BorderStyle.SINGLE, size: 18, color: INK };
  const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
  const hair: IBorderOptions = { style: BorderStyle.SINGLE, size: 2, color: 'FFFFFF' };
  const small = 14;

  const textCell = (text: string, width: number, opts: { bold?: boolean; align?: 'right'; header?: boolean; rating?: RagRating } = {}) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      verticalAlign: VerticalAlignTable.CENTER,
      shading: opts.header
        ? { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL }
        : opts.rating
          ? { type: ShadingType.CLEAR, color: 'auto', fill: RAG_COLOURS[opts.rating].fill }
          : undefined,
      borders: { top: border, bottom: border, left: border, right: border },
      children: [
        new Paragraph({
          alignment: opts.align === 'right' ? AlignmentType.RIGHT : undefined,
          spacing: { after: 0 },
          children: [
            new TextRun({
              text: cleanText(text),
              bold: opts.bold || opts.header,
              size: opts.header ? 18 : TABLE_TEXT,
              color: opts.rating ? RAG_COLOURS[opts.rating].text : undefined,
            }),
          ],
        }),
      ],
    });

  const scaleCells: TableCell[] = [];
  for (let level = chart.min; level < chart.max; level++) {
    const i = (level - chart.min) * perLevel;
    scaleCells.push(
      new TableCell({
        width: { size: barWidths.slice(i, i + perLevel).reduce((s, w) => s + w, 0), type: WidthType.DXA },
        columnSpan: perLevel,
        margins: { top: 40, bottom: 40, left: 30, right: 90 },
        verticalAlign: VerticalAlignTable.CENTER,
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
        borders: { top: border, bottom: border, left: none, right: i + perLevel === targetCell ? thick : none },
        children: [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 0 }, children: [new TextRun({ text: String(level + 1), bold: true, size: 18 })] })],
      }),
    );
  }
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      textCell('Theme', themeWidth, { header: true }),
      textCell('Level', levelWidth, { header: true, align: 'right' }),
      ...scaleCells,
      ...(ratings ? [textCell('Rating', ratingWidth, { header: true })] : []),
    ],
  });

  const rows = chart.rows.map((row, r) => {
    const filled = row.level === null ? 0 : Math.round((row.level - chart.min) * perLevel);
    const bars = barWidths.map(
      (width, i) =>
        new TableCell({
          width: { size: width, type: WidthType.DXA },
          margins: { top: 0, bottom: 0, left: 30, right: 30 },
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: i < filled ? '1D4F91' : 'F3F2F1' },
          borders: { top: hair, bottom: hair, left: none, right: i + 1 === targetCell ? thick : none },
          children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: '', size: small })] })],
        }),
    );
    return new TableRow({
      cantSplit: true,
      height: { value: 400, rule: HeightRule.ATLEAST },
      children: [
        textCell(`${row.number}. ${row.title}`, themeWidth),
        textCell(row.levelText, levelWidth, { bold: true, align: 'right' }),
        ...bars,
        ...(ratings ? [textCell(ratings[r]?.ratingText ?? '', ratingWidth, { bold: true, rating: ratings[r]?.rating })] : []),
      ],
    });
  });

  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [themeWidth, levelWidth, ...barWidths, ...(ratings ? [ratingWidth] : [])],
    layout: TableLayoutType.FIXED,
    rows: [header, ...rows],
  });
}

/**
 * A theme on a spoke of the radar: its number and the first words of its title. Word cannot
 * wrap these labels, and long ones shrink the plot; the table below gives the full titles.
 */
function spokeLabel(row: Chart['rows'][number]): string {
  const words = row.title.split(/\s+/);
  let short = words[0] ?? '';
  for (const word of words.slice(1)) {
    if (`${short} ${word}`.length > 18) return cleanText(`${row.number}. ${short}…`);
    short = `${short} ${word}`;
  }
  return cleanText(`${row.number}. ${short}`);
}

/**
 * The radar chart as a native Word chart, which Word and LibreOffice draw from its data (and
 * Word's "Edit Data" opens). The series differ in markers and dashes as well as colour, and
 * the alt text gives every figure.
 */
export function radarChart(chart: Chart): Paragraph {
  const series: RadarChartSeries[] = [
    {
      name: cleanText(chart.currentLabel),
      values: chart.rows.map((r) => r.level),
      color: '1D4F91',
      markers: { shape: 'circle', size: 6 },
      line: { width: 2.25 },
    },
  ];
  if (chart.hasBaseline) {
    series.push({
      name: cleanText(chart.baselineLabel ?? 'Baseline'),
      values: chart.rows.map((r) => r.baselineLevel),
      color: '9A4D00',
      markers: { shape: 'square', size: 5 },
      line: { width: 1.5, dash: 'dash' },
    });
  }
  series.push({
    name: `Target (level ${chart.target})`,
    values: chart.rows.map(() => chart.target),
    color: '505A5F',
    markers: false,
    line: { width: 1.25, dash: 'shortDot' },
  });
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    keepNext: true,
    children: [
      new ChartRun({
        type: 'radar',
        categories: chart.rows.map(spokeLabel),
        series,
        markers: true,
        valueAxis: { minimum: chart.min, maximum: chart.max, interval: 1 },
        legend: { position: 'bottom' },
        font: { name: FONT, color: INK },
        transformation: { width: 620, height: 500 },
        altText: { title: 'Radar chart: theme levels against the target', description: cleanText(describeChart(chart)) },
      }),
    ],
  });
}

/** The words under the bar chart that say how to read it. */
export function barChartNote(chart: Chart): string {
  const min = chart.levels[0]!;
  const max = chart.levels.at(-1)!;
  const target = chart.levels.find((l) => l.level === chart.target);
  return (
    `Each bar runs from level ${min.level} (${min.label}) at the left to level ${max.level} (${max.label}) at the right; ` +
    `the numbers above the bars mark where each level ends, and the thick line marks the target, level ${chart.target}${target ? ` (${target.label})` : ''}.` +
    (chart.hasBaseline ? ' The baseline is shown in the table that follows.' : '')
  );
}

/**
 * "Contents" and a table of contents field of the headings down to `depth`, written with its
 * entries and page numbers (worked out by docx's page layout), so Word shows it as it is and
 * Word's "Update Table" refreshes it.
 */
export function contents(depth: 1 | 2): Array<Paragraph | TableOfContents> {
  return [
    new Paragraph({ style: 'TOCHeading', children: [run('Contents')] }),
    new TableOfContents('Contents', { hyperlink: true, headingStyleRange: `1-${depth}` }),
  ];
}

export interface DocumentInfo {
  title: string;
  subject: string;
  /** Left of the footer, e.g. "Testshire County Council · 21 November 2026". */
  footerText: string;
  toolVersion: string;
}

/** The document: A4, Arial, UK English, Word's heading styles, numbering, and "Page X of Y" in the footer. */
export function buildDocument(info: DocumentInfo, children: Array<Paragraph | Table | TableOfContents>, pageNumbers?: PageNumberEstimator): Document {
  const footer = new Footer({
    children: [
      new Paragraph({
        tabStops: [{ type: TabStopType.RIGHT, position: TEXT_WIDTH }],
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: LINE, space: 4 } },
        children: [
          new TextRun({ text: cleanText(info.footerText), size: 17, color: MUTED }),
          new TextRun({ children: [new Tab(), 'Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES], size: 17, color: MUTED }),
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
    description: 'Made with dma, the digital maturity assessment tool.',
    pageNumbers,
    styles: {
      default: {
        document: {
          run: { font: FONT, size: 22, color: INK, language: { value: 'en-GB' } },
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
    numbering: {
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
    },
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
