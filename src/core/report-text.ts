// Words and small pieces of text the report model is made of: dates, people, sources, bars,
// lists. Pure functions.
import type { Respondent } from './answers.js';
import type { Source } from './framework.js';
import type { DateView, PersonView, SourceView } from './report-types.js';
import type { Confidence, Horizon } from './schema.js';

/** Cells in a text bar (the Markdown chart). */
export const TEXT_BAR_WIDTH = 20;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2026-11-21" → "21 November 2026"; anything else is returned as it is. */
export function formatDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month || Number(m[3]) < 1 || Number(m[3]) > 31) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

export function dateView(iso: string | null | undefined): DateView | null {
  return iso ? { iso, text: formatDate(iso) } : null;
}

export function personView(r: Respondent): PersonView {
  const name = r.name?.trim() || r.id;
  const role = r.role?.trim() || null;
  return { id: r.id, name, role, display: role ? `${name} (${role})` : name };
}

export function peopleText(people: PersonView[]): string {
  return people.length ? people.map((p) => p.display).join(', ') : 'Not recorded';
}

/** Only web and mail links become links; anything else (javascript:, data:, file:) stays text. */
export function safeHref(url: string | undefined): string | null {
  if (!url) return null;
  return /^(https?:\/\/|mailto:)/i.test(url.trim()) ? url.trim() : null;
}

export function sourceView(source: Source): SourceView {
  const by = [source.publisher, source.year !== undefined ? `(${source.year})` : undefined].filter(Boolean).join(' ');
  return {
    id: source.id,
    title: source.title,
    publisher: source.publisher ?? null,
    year: source.year ?? null,
    url: source.url ?? null,
    href: safeHref(source.url),
    citation: `${by ? `${by}. ` : ''}${source.title}${/[.!?]$/.test(source.title) ? '' : '.'}`,
  };
}

/**
 * A text bar of `width` cells from `min` to `max`: "██████░░░░┃░░░". With a target, "┃"
 * marks it where the bar has not reached it. "" when there is no level.
 */
export function textBar(level: number | null, min: number, max: number, target?: number, width = TEXT_BAR_WIDTH): string {
  if (level === null) return '';
  const cellsFor = (value: number) => Math.max(0, Math.min(width, Math.round(((value - min) / (max - min)) * width)));
  const filled = cellsFor(level);
  const cells: string[] = Array.from({ length: width }, (_, i) => (i < filled ? '█' : '░'));
  if (target !== undefined) {
    const at = Math.max(0, cellsFor(target) - 1);
    if (at >= filled) cells[at] = '┃';
  }
  return cells.join('');
}

export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** "A", "A and B", "A, B and C" */
export function listText(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

export const HORIZON_TEXT: Record<Horizon | 'none', { title: string; description: string }> = {
  now: { title: 'Now', description: 'Start these now.' },
  next: { title: 'Next', description: 'Start these once the actions for now are under way.' },
  later: { title: 'Later', description: 'Plan these for later.' },
  none: { title: 'No horizon set', description: 'The framework does not say when to do these.' },
};

export const CONFIDENCE_TEXT: Record<Confidence, string> = { low: 'Low', medium: 'Medium', high: 'High' };

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
