// Break opportunities inside long unbroken runs of text (a URL, a file path), for HTML table
// cells. Cells wrap with `overflow-wrap: break-word`, which never breaks an ordinary word but
// leaves a table as wide as its longest run; a <wbr> every few characters of a long run lets
// the run wrap, so a 300-character URL keeps its table on the page. Shorter words are left whole.
import { escapeXml } from './svg-charts.js';

/** A run of this many characters with no space gets break opportunities; shorter ones are words. */
export const LONG_RUN = 25;
/** Most text has no long run and needs nothing but escaping. */
const HAS_LONG_RUN = new RegExp(`\\S{${LONG_RUN}}`);
/** In a long run, at most this many characters between two break opportunities. */
const PIECE = 12;
/** In a long run, a break is allowed after each of these (the joints of a URL or a path). */
const JOINTS = new Set(['/', '\\', '?', '&', '=', '_', '.', '-', ',', ';', ':', '@', '#', '~', '+', '|']);

/** A character that belongs with the one before it: a combining mark, a joiner, a variation selector. */
const CLINGS = /^[\p{M}\u200d\ufe00-\ufe0f]$/u;

/** One run of text, escaped, with <wbr> in it when it is long. */
function breakRun(run: string): string {
  if (run.length < LONG_RUN) return escapeXml(run);
  const chars = [...run];
  if (chars.length < LONG_RUN) return escapeXml(run);
  const pieces: string[] = [];
  let piece = '';
  let length = 0;
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i]!;
    piece += char;
    length++;
    const next = chars[i + 1];
    if (next !== undefined && (CLINGS.test(next) || char === '\u200d')) continue;
    if (JOINTS.has(char) || length >= PIECE) {
      pieces.push(piece);
      piece = '';
      length = 0;
    }
  }
  if (piece) pieces.push(piece);
  return pieces.map(escapeXml).join('<wbr>');
}

/** Text, HTML-escaped, with a break opportunity every few characters of each long unbroken run. */
export function escapeWithBreaks(text: string): string {
  if (!HAS_LONG_RUN.test(text)) return escapeXml(text);
  return text
    .split(/(\s+)/)
    .map((part, i) => (i % 2 === 1 ? escapeXml(part) : breakRun(part)))
    .join('');
}
