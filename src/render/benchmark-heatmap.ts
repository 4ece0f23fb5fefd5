// The benchmark's heatmap as inline SVG: councils in rows, themes in columns, every cell
// coloured by its band of ten points and showing its score. The palette is viridis, which
// people with the common colour-vision deficiencies read in the same order; the text in each
// cell is black or white, whichever contrasts more with the cell (at least 4.5 : 1).
import type { BenchmarkModel } from '../core/benchmark/types.js';
import { escapeXml, wrapText } from './svg-charts.js';

/** Viridis in ten steps, dark purple (low) to yellow (high). */
export const PALETTE = ['#440154', '#482878', '#3e4a89', '#31688e', '#26828e', '#1f9e89', '#35b779', '#6dcd59', '#b4de2c', '#fde725'] as const;
const NO_SCORE_FILL = '#ffffff';
const INK = '#1b1b1b';
const MUTED = '#4b5358';
const FONT = "'Segoe UI', Arial, 'Helvetica Neue', Helvetica, sans-serif";

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + i * 2, 3 + i * 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2);
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Black or white text, whichever contrasts more with the fill. */
export function textColourFor(fill: string): '#000000' | '#ffffff' {
  return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
}

type Heatmap = BenchmarkModel['heatmap'];

const LAYOUT = { label: 360, cell: 52, gap: 10, row: 20, legend: 58, right: 120, bottom: 10 };
/** Column headings are cut to this many characters and slanted at 50°. */
const HEADING_CHARS = 26;

/** Room for the slanted headings: about 6.4 units a character, slanted. */
function headingHeight(columns: readonly string[]): number {
  const longest = Math.max(...columns.map((c) => Math.min(c.length, HEADING_CHARS + 1)));
  return Math.ceil(24 + longest * 6.4 * Math.sin((50 * Math.PI) / 180));
}

export function heatmapSvg(model: BenchmarkModel, idPrefix = 'benchmark'): string {
  const map = model.heatmap;
  const columns = [...model.themes.map((t) => `${t.number}. ${t.title}`), model.labels.overall];
  const x0 = LAYOUT.label;
  const xOf = (i: number) => x0 + i * LAYOUT.cell + (i === columns.length - 1 ? LAYOUT.gap : 0);
  const top = LAYOUT.legend + headingHeight(columns);
  const width = xOf(columns.length - 1) + LAYOUT.cell + LAYOUT.right;
  const height = top + map.rows.length * LAYOUT.row + LAYOUT.bottom;
  const id = `${idPrefix}-heatmap`;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-heatmap" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
      `role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${escapeXml(FONT)}" font-size="12" fill="${INK}">`,
    `<title id="${id}-title">${escapeXml(map.title)}</title><desc id="${id}-desc">${escapeXml(map.description)}</desc>`,
    legend(map),
    columnHeadings(columns, xOf, top),
    ...map.rows.map((row, r) => councilRow(row, top + r * LAYOUT.row, xOf, width)),
    '</svg>',
  ];
  return parts.join('');
}

function legend(map: Heatmap): string {
  const swatch = 30;
  // Under the names, so that it fits however few themes there are.
  const x0 = 90;
  const parts = [`<g font-size="11.5"><text x="${x0 - 8}" y="24" text-anchor="end" font-weight="700">${escapeXml(map.legendTitle)}</text>`];
  map.bands.forEach((band, i) => {
    parts.push(`<rect x="${x0 + i * swatch}" y="12" width="${swatch}" height="16" fill="${PALETTE[i]}"/>`);
    parts.push(`<text x="${x0 + i * swatch}" y="42" text-anchor="middle" fill="${MUTED}">${band.from}</text>`);
  });
  const end = x0 + map.bands.length * swatch;
  parts.push(`<text x="${end}" y="42" text-anchor="middle" fill="${MUTED}">100</text>`);
  parts.push(`<rect x="${end + 24}" y="12" width="${swatch}" height="16" fill="${NO_SCORE_FILL}" stroke="${MUTED}"/>`);
  parts.push(`<text x="${end + 24 + swatch / 2}" y="24.5" text-anchor="middle" fill="${MUTED}">–</text>`);
  parts.push(`<text x="${end + 30 + swatch}" y="24.5" fill="${MUTED}">${escapeXml(map.noScoreText)}</text></g>`);
  return parts.join('');
}

function columnHeadings(columns: string[], xOf: (i: number) => number, top: number): string {
  const labels = columns.map((title, i) => {
    const x = xOf(i) + LAYOUT.cell / 2;
    const y = top - 8;
    const text = wrapText(title, HEADING_CHARS, 1)[0] ?? '';
    const weight = i === columns.length - 1 ? ' font-weight="700"' : '';
    return `<text x="${x}" y="${y}" transform="rotate(-50 ${x} ${y})"${weight}>${escapeXml(text)}</text>`;
  });
  return `<g font-size="11.5">${labels.join('')}</g>`;
}

function councilRow(row: Heatmap['rows'][number], y: number, xOf: (i: number) => number, width: number): string {
  const h = LAYOUT.row;
  const name = wrapText(`${row.isFocus ? '▶ ' : ''}${row.name}`, 50, 1)[0] ?? '';
  const weight = row.isFocus ? ' font-weight="700"' : '';
  const parts = [
    `<text x="34" y="${y + 14}" text-anchor="end" fill="${MUTED}">${escapeXml(row.provisional ? '–' : row.rankText)}</text>`,
    `<text x="42" y="${y + 14}"${weight}>${escapeXml(name)}</text>`,
  ];
  [...row.themes, row.overall].forEach((cell, i) => {
    const x = xOf(i);
    const fill = cell.band === null ? NO_SCORE_FILL : PALETTE[cell.band]!;
    const ink = cell.band === null ? MUTED : textColourFor(fill);
    parts.push(`<rect class="cell" x="${x}" y="${y}" width="${LAYOUT.cell}" height="${h}" fill="${fill}" stroke="#ffffff" stroke-width="1"/>`);
    parts.push(`<text x="${x + LAYOUT.cell / 2}" y="${y + 14}" text-anchor="middle" fill="${ink}"${weight}>${escapeXml(cell.text)}</text>`);
  });
  if (row.isFocus) {
    const right = xOf(row.themes.length) + LAYOUT.cell;
    parts.push(`<rect x="1.5" y="${y + 0.5}" width="${Math.min(right, width) - 2}" height="${h - 1}" fill="none" stroke="${INK}" stroke-width="2.5"/>`);
  }
  return parts.join('');
}
