// en-GB: the small words every other part of the wording is made of (dates, lists, counts,
// a level with its label). A translation replaces this file and its neighbours, nothing else.

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];

/** "2026-11-21" → "21 November 2026"; anything else is returned as it is. */
function date(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  const month = m ? MONTHS[Number(m[2]) - 1] : undefined;
  if (!m || !month || Number(m[3]) < 1 || Number(m[3]) > 31) return iso;
  return `${Number(m[3])} ${month} ${m[1]}`;
}

/** "A", "A and B", "A, B and C" */
function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** A count in words up to twelve ("three"), in figures above. */
function inWords(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export const COMMON = {
  /** The language of the report, for `lang` attributes and Word's proofing language. */
  locale: 'en-GB',
  date,
  list,
  plural,
  inWords,
  capitalise,
  count: {
    themes: (n: number) => plural(n, 'theme', 'themes'),
    questions: (n: number) => plural(n, 'question', 'questions'),
    actions: (n: number) => plural(n, 'action', 'actions'),
    levels: (n: number) => plural(n, 'level', 'levels'),
  },
  /** A gap to the target as shown: "1.2 levels", "1 level" (the gap itself decides the plural). */
  levelGap: (gap: number, gapText: string) => `${gapText} ${gap === 1 ? 'level' : 'levels'}`,
  /** "2 (Developing)" */
  levelWithLabel: (level: number | string, label: string) => `${level} (${label})`,
  /** "level 4 (Embedded)" */
  levelPhrase: (level: number | string, label: string) => `level ${level} (${label})`,
  /** "1 to 5" */
  range: (min: number, max: number) => `${min} to ${max}`,
  /** "2.8 of 5" */
  outOf: (value: string | number, max: string | number) => `${value} of ${max}`,
  /** "of 5" (beside a figure shown large) */
  ofMax: (max: string | number) => `of ${max}`,
  /** "Local digital leadership self-assessment, version 1.0.0" */
  frameworkVersion: (title: string, version: string) => `${title}, version ${version}`,
  /** "dma 0.1.0" */
  tool: (name: string, version: string) => `${name} ${version}`,
  notRecorded: 'Not recorded',
  dateNotRecorded: 'Date not recorded',
  /** What a table cell shows where there is nothing. */
  none: '–',
};
