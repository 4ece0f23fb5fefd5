// QR codes of the join address: as text for the terminal and as SVG for the projector page.
// uqr draws both with no dependencies of its own.
import { renderSVG, renderUnicodeCompact } from 'uqr';

/**
 * The QR code as lines of half-block characters. By default light modules are drawn as blocks,
 * which reads right on a dark terminal; `lightBackground` swaps them for a light one.
 */
export function terminalQr(text: string, options: { lightBackground?: boolean } = {}): string {
  return renderUnicodeCompact(text, { ecc: 'M', border: 2, invert: options.lightBackground === true });
}

/** The QR code as SVG markup, hidden from screen readers (the page names it in text). */
export function svgQr(text: string): string {
  return renderSVG(text, { ecc: 'M', border: 2 }).replace('<svg ', '<svg aria-hidden="true" focusable="false" ');
}
