// The charts of the Word reports. Word has no way to show the SVG charts without a PNG copy,
// and a PNG needs a browser or an image library, so the bar chart is a table of shaded cells
// and the radar a native Word chart (Word and LibreOffice draw it from its data). Every figure
// is also written as text. Pure: the model's chart in, docx objects out.
import { AlignmentType, BorderStyle, HeightRule, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableRow, TextRun, VerticalAlignTable, WidthType } from 'docx';
import type { IBorderOptions } from 'docx';
import { ChartRun } from 'docx/charts';
import type { RadarChartSeries } from 'docx/charts';
import type { ChartRow, ChartView, RagRating } from '../core/report/index.js';
import { FONT, HEADER_FILL, INK, RAG_COLOURS, TABLE_TEXT, TEXT_WIDTH, border, cleanText } from './docx-kit.js';

const PER_LEVEL = 4;
const THEME_WIDTH = 3300;
const LEVEL_WIDTH = 800;
const RATING_WIDTH = 1500;
const THICK: IBorderOptions = { style: BorderStyle.SINGLE, size: 18, color: INK };
const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'auto' };
const HAIR: IBorderOptions = { style: BorderStyle.SINGLE, size: 2, color: 'FFFFFF' };

interface BarLayout {
  /** The width of each bar cell, four to a level. */
  widths: number[];
  /** How many bar cells lie left of the target line. */
  targetCell: number;
  withRatings: boolean;
}

function barLayout(chart: ChartView, withRatings: boolean): BarLayout {
  const cells = (chart.max - chart.min) * PER_LEVEL;
  const barWidth = TEXT_WIDTH - THEME_WIDTH - LEVEL_WIDTH - (withRatings ? RATING_WIDTH : 0);
  const cellWidth = Math.floor(barWidth / cells);
  const last = barWidth - cellWidth * (cells - 1);
  return { widths: Array.from({ length: cells }, (_, i) => (i === cells - 1 ? last : cellWidth)), targetCell: (chart.target - chart.min) * PER_LEVEL, withRatings };
}

function textCell(text: string, width: number, opts: { bold?: boolean; align?: 'right'; header?: boolean; rating?: RagRating } = {}): TableCell {
  const fill = opts.header ? HEADER_FILL : opts.rating ? RAG_COLOURS[opts.rating].fill : undefined;
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    verticalAlign: VerticalAlignTable.CENTER,
    shading: fill ? { type: ShadingType.CLEAR, color: 'auto', fill } : undefined,
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
}

/** The header row: the column names, and the scale's levels over the bar cells. */
function barHeader(chart: ChartView, labels: { theme: string; level: string; rating: string }, layout: BarLayout): TableRow {
  const scaleCells: TableCell[] = [];
  for (let level = chart.min; level < chart.max; level++) {
    const i = (level - chart.min) * PER_LEVEL;
    scaleCells.push(
      new TableCell({
        width: { size: layout.widths.slice(i, i + PER_LEVEL).reduce((s, w) => s + w, 0), type: WidthType.DXA },
        columnSpan: PER_LEVEL,
        margins: { top: 40, bottom: 40, left: 30, right: 90 },
        verticalAlign: VerticalAlignTable.CENTER,
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: HEADER_FILL },
        borders: { top: border, bottom: border, left: NONE, right: i + PER_LEVEL === layout.targetCell ? THICK : NONE },
        children: [new Paragraph({ alignment: AlignmentType.RIGHT, spacing: { after: 0 }, children: [new TextRun({ text: String(level + 1), bold: true, size: 18 })] })],
      }),
    );
  }
  return new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      textCell(labels.theme, THEME_WIDTH, { header: true }),
      textCell(labels.level, LEVEL_WIDTH, { header: true, align: 'right' }),
      ...scaleCells,
      ...(layout.withRatings ? [textCell(labels.rating, RATING_WIDTH, { header: true })] : []),
    ],
  });
}

function barRow(chart: ChartView, row: ChartRow, layout: BarLayout): TableRow {
  const filled = row.level === null ? 0 : Math.round((row.level - chart.min) * PER_LEVEL);
  const bars = layout.widths.map(
    (width, i) =>
      new TableCell({
        width: { size: width, type: WidthType.DXA },
        margins: { top: 0, bottom: 0, left: 30, right: 30 },
        shading: { type: ShadingType.CLEAR, color: 'auto', fill: i < filled ? '1D4F91' : 'F3F2F1' },
        borders: { top: HAIR, bottom: HAIR, left: NONE, right: i + 1 === layout.targetCell ? THICK : NONE },
        children: [new Paragraph({ spacing: { after: 0 }, children: [new TextRun({ text: '', size: 14 })] })],
      }),
  );
  return new TableRow({
    cantSplit: true,
    height: { value: 400, rule: HeightRule.ATLEAST },
    children: [
      textCell(`${row.number}. ${row.title}`, THEME_WIDTH),
      textCell(row.levelText, LEVEL_WIDTH, { bold: true, align: 'right' }),
      ...bars,
      ...(layout.withRatings ? [textCell(row.ratingText, RATING_WIDTH, { bold: true, rating: row.rating })] : []),
    ],
  });
}

/**
 * The bar chart as a table: one row per theme, the bar drawn as shaded cells from the lowest
 * level (left) to the highest (right), four cells to a level, with a thick line at the target,
 * and each theme's rating beside it when `withRatings`.
 */
export function barChart(chart: ChartView, labels: { theme: string; level: string; rating: string }, withRatings: boolean): Table {
  const layout = barLayout(chart, withRatings);
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: [THEME_WIDTH, LEVEL_WIDTH, ...layout.widths, ...(withRatings ? [RATING_WIDTH] : [])],
    layout: TableLayoutType.FIXED,
    rows: [barHeader(chart, labels, layout), ...chart.rows.map((row) => barRow(chart, row, layout))],
  });
}

/**
 * A theme on a spoke of the radar: its number and the first words of its title. Word cannot
 * wrap these labels, and long ones shrink the plot; the table below gives the full titles.
 */
function spokeLabel(row: ChartRow): string {
  const words = row.title.split(/\s+/);
  let short = words[0] ?? '';
  for (const word of words.slice(1)) {
    if (`${short} ${word}`.length > 18) return cleanText(`${row.number}. ${short}…`);
    short = `${short} ${word}`;
  }
  return cleanText(`${row.number}. ${short}`);
}

/**
 * The radar chart as a native Word chart (Word's "Edit Data" opens it). The series differ in
 * markers and dashes as well as colour, and the alt text gives every figure.
 */
export function radarChart(chart: ChartView): Paragraph {
  const series: RadarChartSeries[] = [
    { name: cleanText(chart.currentLabel), values: chart.rows.map((r) => r.level), color: '1D4F91', markers: { shape: 'circle', size: 6 }, line: { width: 2.25 } },
  ];
  if (chart.hasBaseline) {
    series.push({
      name: cleanText(chart.baselineLabel ?? ''),
      values: chart.rows.map((r) => r.baselineLevel),
      color: '9A4D00',
      markers: { shape: 'square', size: 5 },
      line: { width: 1.5, dash: 'dash' },
    });
  }
  series.push({ name: cleanText(chart.targetLegend), values: chart.rows.map(() => chart.target), color: '505A5F', markers: false, line: { width: 1.25, dash: 'shortDot' } });
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
        altText: { title: cleanText(chart.radarTitle), description: cleanText(chart.description) },
      }),
    ],
  });
}
