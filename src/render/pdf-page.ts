// What a printed report's pages carry besides the report: the margins, and the footer with the
// organisation, the date and "Page X of Y", as Chromium's footer template or, for Chromium's
// own --print-to-pdf, as CSS page-margin boxes. Pure: text in, HTML out; the printing itself
// is src/io/pdf-printer.ts.
import { escapeXml } from './svg-charts.js';

export interface PdfFooter {
  organisation: string;
  /** "assessed 21 November 2026" */
  date: string;
  /** "Page" and "of", for "Page X of Y". */
  page: string;
  pageOf: string;
}

/** Page margins: room at the foot for the footer. */
export const PDF_MARGIN = { top: '16mm', right: '14mm', bottom: '20mm', left: '14mm' } as const;

/**
 * The footer Chromium draws on each page: the organisation and date on the left, "Page X of Y"
 * on the right. The organisation comes from an answers file, so it is escaped for HTML.
 */
export function pdfFooterTemplate(footer: PdfFooter): string {
  const text = `${footer.organisation} · ${footer.date}`;
  return (
    '<div style="box-sizing:border-box;width:100%;padding:0 14mm;display:flex;justify-content:space-between;gap:8mm;' +
    'font:8pt Arial,Helvetica,sans-serif;color:#484949">' +
    `<span style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap">${escapeXml(text)}</span>` +
    `<span style="white-space:nowrap">${escapeXml(footer.page)} <span class="pageNumber"></span> ${escapeXml(footer.pageOf)} <span class="totalPages"></span></span>` +
    '</div>'
  );
}

/** A CSS string literal: quotes, backslashes, line breaks and "<" escaped, so it cannot end the string or the style element. */
function cssString(text: string): string {
  return `"${[...text.replace(/[\u0000-\u001f\u007f]/g, ' ')].map((c) => (/["\\<>&]/.test(c) ? `\\${c.codePointAt(0)!.toString(16)} ` : c)).join('')}"`;
}

/**
 * The same footer as CSS page-margin boxes, for Chromium's own --print-to-pdf, which has no
 * footer template. Added just before </head> (or at the start when there is no head).
 */
export function withCssFooter(html: string, footer: PdfFooter): string {
  const style =
    `<style>@page { margin: ${PDF_MARGIN.top} ${PDF_MARGIN.right} ${PDF_MARGIN.bottom} ${PDF_MARGIN.left};` +
    ` @bottom-left { content: ${cssString(`${footer.organisation} · ${footer.date}`)}; font: 8pt Arial, sans-serif; color: #484949; }` +
    ` @bottom-right { content: ${cssString(`${footer.page} `)} counter(page) ${cssString(` ${footer.pageOf} `)} counter(pages); font: 8pt Arial, sans-serif; color: #484949; } }</style>`;
  const at = html.search(/<\/head\s*>/i);
  return at === -1 ? style + html : html.slice(0, at) + style + html.slice(at);
}

/**
 * Page-margin boxes of the template's own (the bundled report prints "Page X of Y" with one)
 * would stop Chromium drawing the footer template: switched off when playwright prints.
 */
export function withoutCssMarginBoxes(html: string): string {
  const boxes = ['top-left', 'top-center', 'top-right', 'bottom-left', 'bottom-center', 'bottom-right'];
  const style = `<style>@page { ${boxes.map((b) => `@${b} { content: none; }`).join(' ')} }</style>`;
  const at = html.search(/<\/head\s*>/i);
  return at === -1 ? style + html : html.slice(0, at) + style + html.slice(at);
}
