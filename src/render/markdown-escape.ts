// Making any text safe to put in GitHub-flavoured Markdown (and pandoc's Markdown): no raw
// HTML, no accidental formatting, links, lists or headings, and tables that keep their
// columns whatever the text contains. Readable as plain text: only what could be read as
// Markdown is escaped, with a backslash, which CommonMark and pandoc both accept before any
// ASCII punctuation.
import { paragraphs } from '../core/plain-text.js';

/** Characters that start or end inline formatting, links, raw HTML, code or maths anywhere. */
const ALWAYS = /[\\`*[\]<>|~^$]/g;
/** "_" only matters at a word's edge: snake_case stays readable. */
const UNDERSCORE = /(?<![A-Za-z0-9])_|_(?![A-Za-z0-9])/g;
/** "&" only matters where it would start an entity such as &amp; or &#60;. */
const ENTITY = /&(?=#[0-9]{1,7};|#[xX][0-9a-fA-F]{1,6};|[A-Za-z][A-Za-z0-9]{0,31};)/g;
/** "#" after a space could close an ATX heading; at a line's start it opens one. */
const HASH = /(^|\s)#/g;
/** At a line's start, before a space: a bullet ("- ", "+ ") or pandoc's definition (": "). */
const BULLET = /^([-+:])(?=\s|$)/;
/** A line of only "-" or "=" underlines the line before it as a heading, or rules it off. */
const UNDERLINE = /^([-=])(?=[-=\s]*$)/;
/** At a line's start, before a space: "1." or "1)" starts a numbered list ("1.2.0" does not). */
const NUMBERED = /^(\d{1,9})([.)])(?=\s|$)/;

/** Every line break (and the control characters that are not), as "\n". */
function normalise(text: string): string {
  return text
    .replace(/\r\n?|[\u2028\u2029\u0085]/g, '\n')
    .replace(/\t/g, ' ')
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');
}

function escapeLine(line: string): string {
  return line
    .trim()
    .replace(ALWAYS, '\\$&')
    .replace(UNDERSCORE, '\\_')
    .replace(ENTITY, '\\&')
    .replace(HASH, '$1\\#')
    .replace(BULLET, '\\$1')
    .replace(UNDERLINE, '\\$1')
    .replace(NUMBERED, '$1\\$2');
}

function lines(value: unknown): string[] {
  if (value === null || value === undefined) return [];
  return normalise(String(value))
    .split('\n')
    .map(escapeLine)
    .filter((line) => line !== '');
}

/** One line of Markdown-safe text: line breaks become spaces. Safe in headings, lists and table cells. */
export function mdInline(value: unknown): string {
  return lines(value).join(' ');
}

/**
 * Markdown-safe text that keeps its line breaks, as hard line breaks (a backslash at the end
 * of the line), and its paragraphs (a blank line), as paragraphs. For paragraphs and list
 * items; continuation lines are indented two spaces so they stay inside a list item.
 */
export function mdMultiline(value: unknown): string {
  if (value === null || value === undefined) return '';
  return paragraphs(normalise(String(value)))
    .map((paragraph) => lines(paragraph).join('\\\n  '))
    .filter((paragraph) => paragraph !== '')
    .join('\n\n  ');
}

/** A table cell: Markdown-safe, pipes escaped, line breaks as <br> so the row stays one line. */
export function mdCell(value: unknown): string {
  return lines(value).join('<br>');
}
