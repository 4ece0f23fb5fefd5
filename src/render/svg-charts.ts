// The report's charts as inline SVG, drawn by pure functions from the report model: no
// browser, no network and no script needed to see them. Every piece of text is escaped.
// Colour is never the only signal: each series also has its own line pattern and marker,
// and a legend in words.
import type { ChartRow, ChartView } from '../core/report/index.js';

type Chart = ChartView;

const FONT = "'Segoe UI', Arial, 'Helvetica Neue', Helvetica, sans-serif";
const INK = '#1b1b1b';
const MUTED = '#505a5f';
const GRID = '#c9ced1';
const CURRENT = '#1d4f91';
const CURRENT_FILL = 'rgba(29, 112, 184, 0.16)';
const BASELINE = '#9a4d00';
const TARGET = '#3a3a3a';

const XML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
// One pass over the text: a report escapes thousands of values, and five chained replaces
// each copy the string.
const XML_SPECIAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f&<>"']/g;

/** Text and attribute values for SVG (XML): & < > " ' become entities; control characters are dropped. */
export function escapeXml(value: unknown): string {
  const text = String(value ?? '');
  XML_SPECIAL.lastIndex = 0;
  if (!XML_SPECIAL.test(text)) return text;
  return text.replace(XML_SPECIAL, (char) => XML_ENTITIES[char] ?? '');
}

const n = (value: number): string => String(Math.round(value * 10) / 10);

/** Splits text into at most `maxLines` lines of about `width` characters, with "…" when cut. */
export function wrapText(text: string, width: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const out: string[] = [];
  let line = '';
  for (const word of words) {
    const candidate = line ? `${line} ${word}` : word;
    if (candidate.length <= width || line === '') {
      line = candidate;
    } else {
      out.push(line);
      line = word;
    }
  }
  if (line) out.push(line);
  const lines = out.map((l) => (l.length > width ? `${l.slice(0, width - 1)}…` : l));
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    const last = kept[maxLines - 1]!;
    kept[maxLines - 1] = last.length >= width ? `${last.slice(0, width - 1)}…` : `${last}…`;
    return kept;
  }
  return lines;
}

function textLines(lines: string[], x: number, y: number, lineHeight: number, attrs: string): string {
  const spans = lines.map((l, i) => `<tspan x="${n(x)}" dy="${i === 0 ? 0 : lineHeight}">${escapeXml(l)}</tspan>`).join('');
  return `<text x="${n(x)}" y="${n(y)}" ${attrs}>${spans}</text>`;
}

function svgOpen(kind: string, width: number, height: number, idPrefix: string, title: string, desc: string): string {
  const id = `${idPrefix}-${kind}`;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart chart-${kind}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" ` +
    `role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${escapeXml(FONT)}" font-size="13" fill="${INK}">` +
    `<title id="${id}-title">${escapeXml(title)}</title><desc id="${id}-desc">${escapeXml(desc)}</desc>`
  );
}

interface LegendItem {
  label: string;
  swatch: (x: number, y: number) => string;
}

function legend(items: LegendItem[], width: number, y: number): string {
  const widths = items.map((i) => 34 + i.label.length * 6.9 + 24);
  const total = widths.reduce((a, b) => a + b, 0);
  let x = Math.max(8, (width - total) / 2);
  return items
    .map((item, i) => {
      const out = `${item.swatch(x, y)}<text x="${n(x + 34)}" y="${n(y + 4.5)}" fill="${INK}">${escapeXml(item.label)}</text>`;
      x += widths[i]!;
      return out;
    })
    .join('');
}

const currentSwatch = (x: number, y: number) =>
  `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + 26)}" y2="${n(y)}" stroke="${CURRENT}" stroke-width="3"/>` +
  `<circle cx="${n(x + 13)}" cy="${n(y)}" r="4.5" fill="${CURRENT}" stroke="#ffffff" stroke-width="1.5"/>`;
const baselineSwatch = (x: number, y: number) =>
  `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + 26)}" y2="${n(y)}" stroke="${BASELINE}" stroke-width="2.5" stroke-dasharray="2 4" stroke-linecap="round"/>` +
  `<rect x="${n(x + 9.5)}" y="${n(y - 3.5)}" width="7" height="7" fill="#ffffff" stroke="${BASELINE}" stroke-width="2"/>`;
const targetSwatch = (x: number, y: number) =>
  `<line x1="${n(x)}" y1="${n(y)}" x2="${n(x + 26)}" y2="${n(y)}" stroke="${TARGET}" stroke-width="2" stroke-dasharray="7 5"/>`;

interface RadarGeometry {
  cx: number;
  cy: number;
  radius: number;
  angle(i: number): number;
  fraction(level: number | null): number;
  point(i: number, f: number): readonly [number, number];
  polygon(fractions: number[]): string;
}

function radarGeometry(chart: Chart, width: number, radius: number): RadarGeometry {
  const cx = width / 2;
  const cy = 96 + radius;
  const span = chart.max - chart.min;
  const angle = (i: number) => -Math.PI / 2 + (2 * Math.PI * i) / chart.rows.length;
  const fraction = (level: number | null) => (level === null ? 0 : Math.max(0, Math.min(1, (level - chart.min) / span)));
  const point = (i: number, f: number) => [cx + radius * f * Math.cos(angle(i)), cy + radius * f * Math.sin(angle(i))] as const;
  const polygon = (fractions: number[]) => fractions.map((f, i) => point(i, f).map(n).join(',')).join(' ');
  return { cx, cy, radius, angle, fraction, point, polygon };
}

/** Rings, one per level above the lowest, the spokes, and the level numbers. */
function radarGrid(chart: Chart, g: RadarGeometry): string[] {
  const parts = [`<g fill="none" stroke="${GRID}" stroke-width="1">`];
  for (let level = chart.min + 1; level <= chart.max; level++) parts.push(`<polygon points="${g.polygon(chart.rows.map(() => g.fraction(level)))}"/>`);
  chart.rows.forEach((_, i) => {
    const [x, y] = g.point(i, 1);
    parts.push(`<line x1="${n(g.cx)}" y1="${n(g.cy)}" x2="${n(x)}" y2="${n(y)}"/>`);
  });
  parts.push('</g>', `<g font-size="11" fill="${MUTED}" aria-hidden="true">`);
  for (let level = chart.min; level <= chart.max; level++) parts.push(`<text x="${n(g.cx + 5)}" y="${n(g.cy - g.radius * g.fraction(level) - 3)}">${level}</text>`);
  parts.push('</g>');
  return parts;
}

/** The target, the baseline, then this assessment on top. */
function radarSeries(chart: Chart, g: RadarGeometry): string[] {
  const parts = [`<polygon points="${g.polygon(chart.rows.map(() => g.fraction(chart.target)))}" fill="none" stroke="${TARGET}" stroke-width="2" stroke-dasharray="7 5"/>`];
  if (chart.hasBaseline) {
    const fractions = chart.rows.map((r) => g.fraction(r.baselineLevel));
    parts.push(`<polygon points="${g.polygon(fractions)}" fill="none" stroke="${BASELINE}" stroke-width="2.5" stroke-dasharray="2 4" stroke-linecap="round" stroke-linejoin="round"/>`);
    fractions.forEach((f, i) => {
      const [x, y] = g.point(i, f);
      parts.push(`<rect x="${n(x - 3.5)}" y="${n(y - 3.5)}" width="7" height="7" fill="#ffffff" stroke="${BASELINE}" stroke-width="2"/>`);
    });
  }
  const current = chart.rows.map((r) => g.fraction(r.level));
  parts.push(`<polygon points="${g.polygon(current)}" fill="${CURRENT_FILL}" stroke="${CURRENT}" stroke-width="3" stroke-linejoin="round"/>`);
  chart.rows.forEach((r, i) => {
    const [x, y] = g.point(i, current[i]!);
    parts.push(
      r.level === null
        ? `<circle cx="${n(x)}" cy="${n(y)}" r="4.5" fill="#ffffff" stroke="${CURRENT}" stroke-width="2"/>`
        : `<circle cx="${n(x)}" cy="${n(y)}" r="4.5" fill="${CURRENT}" stroke="#ffffff" stroke-width="1.5"/>`,
    );
  });
  return parts;
}

/** A spoke's label, outside the rim: number, title and level. */
function radarLabel(r: ChartRow, i: number, g: RadarGeometry): string {
  const cos = Math.cos(g.angle(i));
  const sin = Math.sin(g.angle(i));
  const [x, y] = [g.cx + (g.radius + 16) * cos, g.cy + (g.radius + 16) * sin];
  const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
  const all = [...wrapText(`${r.number}. ${r.title}`, 22, 3), `${r.valueText}${r.wasText === null ? '' : ` (${r.wasText})`}`];
  const lineHeight = 15;
  const blockHeight = lineHeight * (all.length - 1);
  // Above the spokes near the top, below those near the bottom, centred beside all the others
  // (a diagonal label pushed up or down would run into its neighbour).
  const nearVertical = Math.abs(cos) < 0.35;
  const top = nearVertical && sin < 0 ? y - blockHeight - 4 : nearVertical ? y + 12 : y - blockHeight / 2 + 4;
  const spans = all
    .map((line, j) => {
      const weight = j === all.length - 1 ? ` font-weight="700" fill="${CURRENT}"` : '';
      return `<tspan x="${n(x)}" dy="${j === 0 ? 0 : lineHeight}"${weight}>${escapeXml(line)}</tspan>`;
    })
    .join('');
  return `<text x="${n(x)}" y="${n(top)}" text-anchor="${anchor}">${spans}</text>`;
}

/**
 * A radar (spider) chart of theme levels against the target, with the baseline when there is
 * one. Null when the framework has too few themes for a radar (chart.radar.available).
 */
export function radarChartSvg(chart: Chart, idPrefix = 'dma'): string | null {
  if (!chart.radar.available) return null;
  const width = 720;
  const g = radarGeometry(chart, width, 165);
  const legendY = g.cy + g.radius + 112;
  return [
    svgOpen('radar', width, legendY + 24, idPrefix, chart.radarTitle, chart.description),
    ...radarGrid(chart, g),
    ...radarSeries(chart, g),
    ...chart.rows.map((r, i) => radarLabel(r, i, g)),
    legendFor(chart, width, legendY),
    '</svg>',
  ].join('');
}

function legendFor(chart: Chart, width: number, y: number): string {
  const items: LegendItem[] = [{ label: chart.currentLabel, swatch: currentSwatch }];
  if (chart.hasBaseline && chart.baselineLabel) items.push({ label: chart.baselineLabel, swatch: baselineSwatch });
  items.push({ label: chart.targetLegend, swatch: targetSwatch });
  return `<g font-size="12.5">${legend(items, width, y)}</g>`;
}

/** A horizontal bar per theme, against the target; with a baseline, a hatched bar under each. */
export function barChartSvg(chart: Chart, idPrefix = 'dma'): string {
  const width = 720;
  const labelWidth = 250;
  const x0 = labelWidth + 10;
  const x1 = width - 80;
  const span = chart.max - chart.min;
  const xOf = (level: number) => x0 + ((level - chart.min) / span) * (x1 - x0);
  const rowHeight = chart.hasBaseline ? 58 : 44;
  const top = 70;
  const height = top + chart.rows.length * rowHeight + 16;
  const hatch = `${idPrefix}-bar-hatch`;

  const parts: string[] = [];
  parts.push(svgOpen('bars', width, height, idPrefix, chart.barsTitle, chart.description));
  parts.push(
    `<defs><pattern id="${hatch}" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">` +
      `<rect width="6" height="6" fill="#ffffff"/><line x1="0" y1="0" x2="0" y2="6" stroke="${BASELINE}" stroke-width="2.5"/></pattern></defs>`,
  );

  // Legend.
  const items: LegendItem[] = [
    { label: chart.currentLabel, swatch: (x, y) => `<rect x="${n(x + 3)}" y="${n(y - 6)}" width="20" height="12" fill="${CURRENT}"/>` },
  ];
  if (chart.hasBaseline && chart.baselineLabel) {
    items.push({
      label: chart.baselineLabel,
      swatch: (x, y) => `<rect x="${n(x + 3)}" y="${n(y - 6)}" width="20" height="12" fill="url(#${hatch})" stroke="${BASELINE}" stroke-width="1.5"/>`,
    });
  }
  items.push({ label: chart.targetLegend, swatch: (x, y) => `<line x1="${n(x + 13)}" y1="${n(y - 9)}" x2="${n(x + 13)}" y2="${n(y + 9)}" stroke="${TARGET}" stroke-width="2" stroke-dasharray="5 3"/>` });
  parts.push(`<g font-size="12.5">${legend(items, width, 16)}</g>`);

  // Level axis: gridlines and labels.
  const spacing = (x1 - x0) / span;
  parts.push(`<g font-size="11.5" fill="${MUTED}" text-anchor="middle">`);
  for (const { level, label } of chart.levels) {
    const x = xOf(level);
    parts.push(`<line x1="${n(x)}" y1="${top - 6}" x2="${n(x)}" y2="${height - 12}" stroke="${GRID}" stroke-width="1"/>`);
    const short = spacing >= 70 ? wrapText(label, Math.floor(spacing / 7), 1)[0] : undefined;
    parts.push(`<text x="${n(x)}" y="${top - 26}" font-weight="700">${level}</text>`);
    if (short) parts.push(`<text x="${n(x)}" y="${top - 12}">${escapeXml(short)}</text>`);
  }
  parts.push('</g>');

  chart.rows.forEach((r: ChartRow, i) => {
    const y = top + i * rowHeight;
    const barHeight = chart.hasBaseline ? 20 : 22;
    const barY = y + 6;
    const lines = wrapText(`${r.number}. ${r.title}`, 36, 2);
    const labelY = lines.length === 1 ? barY + barHeight / 2 + 4.5 : barY + barHeight / 2 - 3;
    parts.push(textLines(lines, 0, labelY, 15, `fill="${INK}"`));
    if (r.level === null) {
      parts.push(`<text x="${n(x0 + 6)}" y="${n(barY + barHeight / 2 + 4.5)}" fill="${MUTED}" font-style="italic">${escapeXml(chart.noAnswers)}</text>`);
    } else {
      const w = Math.max(2, xOf(r.level) - x0);
      parts.push(`<rect x="${n(x0)}" y="${n(barY)}" width="${n(w)}" height="${barHeight}" fill="${CURRENT}"/>`);
      parts.push(`<text x="${n(x0 + w + 6)}" y="${n(barY + barHeight / 2 + 4.5)}" font-weight="700">${escapeXml(r.levelText)}</text>`);
    }
    if (chart.hasBaseline) {
      const by = barY + barHeight + 4;
      const bh = 14;
      if (r.baselineLevel === null) {
        parts.push(`<text x="${n(x0 + 6)}" y="${n(by + bh / 2 + 4)}" fill="${MUTED}" font-size="11.5" font-style="italic">${escapeXml(chart.baselineNoAnswers)}</text>`);
      } else {
        const w = Math.max(2, xOf(r.baselineLevel) - x0);
        parts.push(`<rect x="${n(x0)}" y="${n(by)}" width="${n(w)}" height="${bh}" fill="url(#${hatch})" stroke="${BASELINE}" stroke-width="1.5"/>`);
        parts.push(`<text x="${n(x0 + w + 6)}" y="${n(by + bh / 2 + 4)}" font-size="11.5" fill="${BASELINE}">${escapeXml(r.wasText ?? '')}</text>`);
      }
    }
  });

  const tx = xOf(chart.target);
  // A white halo keeps the dashed target line visible where it crosses a dark bar.
  parts.push(`<line x1="${n(tx)}" y1="${top - 6}" x2="${n(tx)}" y2="${height - 12}" stroke="#ffffff" stroke-width="4"/>`);
  parts.push(`<line x1="${n(tx)}" y1="${top - 6}" x2="${n(tx)}" y2="${height - 12}" stroke="${TARGET}" stroke-width="2" stroke-dasharray="5 3"/>`);
  parts.push('</svg>');
  return parts.join('');
}
