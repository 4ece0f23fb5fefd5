// Change since an earlier assessment (the baseline): per theme and overall, up, down or
// unchanged, and the questions that moved. Pure: two analyses in, plain data out.
import type { Analysis } from './analysis.js';
import type { Framework } from './framework.js';
import { labelOf } from './framework.js';
import { reachedLabel, round1 } from './score-document.js';
import type { QuestionScore } from './scoring.js';

/**
 * up / down: the level, rounded to one decimal place as the report shows it, went up or down.
 * unchanged: the same rounded level (or no level either time).
 * new: a level now, none before (newly answered). dropped: a level before, none now.
 */
export type Change = 'up' | 'down' | 'unchanged' | 'new' | 'dropped';

export const CHANGE_TEXT: Record<Change, string> = {
  up: 'Up',
  down: 'Down',
  unchanged: 'Unchanged',
  new: 'Newly scored',
  dropped: 'No longer scored',
};

/** A text symbol for each change, shown beside its word so colour is never the only signal. */
export const CHANGE_SYMBOL: Record<Change, string> = {
  up: '▲',
  down: '▼',
  unchanged: '=',
  new: '+',
  dropped: '×',
};

export interface QuestionRef {
  id: string;
  /** "2.3": theme number, question number within the theme. */
  number: string;
  text: string;
  themeId: string;
  themeTitle: string;
}

export interface LevelChange {
  /** Rounded to one decimal place; null when there was no level. */
  from: number | null;
  to: number | null;
  fromText: string;
  toText: string;
  fromLabel: string | null;
  toLabel: string | null;
  /** to − from, rounded to one decimal place; null unless both have a level. */
  delta: number | null;
  /** "+0.5", "−0.3", "0.0" or "–". */
  deltaText: string;
  change: Change;
  changeText: string;
  symbol: string;
}

export interface QuestionState {
  level: number | null;
  label: string | null;
  notApplicable: boolean;
  /** "2 (Half)", "not applicable" or "not answered". */
  text: string;
}

export interface QuestionMove {
  question: QuestionRef;
  from: QuestionState;
  to: QuestionState;
  /** to − from in whole levels; null unless both have a level. */
  delta: number | null;
  deltaText: string;
  change: Exclude<Change, 'unchanged'>;
  changeText: string;
  symbol: string;
}

export interface ThemeChange extends LevelChange {
  id: string;
  number: number;
  title: string;
  questionsMoved: QuestionMove[];
}

export interface Comparison {
  overall: LevelChange;
  themes: ThemeChange[];
  /** Every question whose state changed, in framework order. */
  questionsMoved: QuestionMove[];
  /** How many themes went each way. */
  counts: Record<Change, number>;
  /** The framework version the baseline files named, when they named one. */
  baselineFrameworkVersion: string | null;
  sameFrameworkVersion: boolean;
}

/** "1.2" style numbers for every question, and theme numbers, in framework order. */
export function questionRefs(framework: Framework): Map<string, QuestionRef> {
  const refs = new Map<string, QuestionRef>();
  framework.themes.forEach((theme, t) => {
    theme.questions.forEach((question, q) => {
      refs.set(question.id, {
        id: question.id,
        number: `${t + 1}.${q + 1}`,
        text: question.text,
        themeId: theme.id,
        themeTitle: theme.title,
      });
    });
  });
  return refs;
}

export function formatLevel(level: number | null): string {
  return level === null ? '–' : level.toFixed(1);
}

/** A signed difference with a real minus sign: "+0.5", "−0.3", "0.0". */
export function formatDelta(delta: number | null, digits = 1): string {
  if (delta === null) return '–';
  if (delta === 0) return (0).toFixed(digits);
  return `${delta > 0 ? '+' : '−'}${Math.abs(delta).toFixed(digits)}`;
}

export function changeBetween(from: number | null, to: number | null): Change {
  if (from === null && to === null) return 'unchanged';
  if (from === null) return 'new';
  if (to === null) return 'dropped';
  // As the report shows them: 2.24 and 2.26 read 2.2 and 2.3, so that is up.
  const delta = round1(round1(to) - round1(from));
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'unchanged';
}

function levelChange(framework: Framework, fromRaw: number | null, toRaw: number | null): LevelChange {
  const from = round1(fromRaw);
  const to = round1(toRaw);
  const change = changeBetween(from, to);
  const delta = from !== null && to !== null ? round1(to - from) : null;
  return {
    from,
    to,
    fromText: formatLevel(from),
    toText: formatLevel(to),
    fromLabel: reachedLabel(framework, from),
    toLabel: reachedLabel(framework, to),
    delta,
    deltaText: formatDelta(delta),
    change,
    changeText: CHANGE_TEXT[change],
    symbol: CHANGE_SYMBOL[change],
  };
}

function questionState(framework: Framework, scores: ReadonlyMap<string, QuestionScore>, id: string): QuestionState {
  const q = scores.get(id);
  const level = q?.level ?? null;
  const notApplicable = q?.notApplicable ?? false;
  const label = level === null ? null : labelOf(framework.scale, level);
  return {
    level,
    label,
    notApplicable,
    text: level !== null ? `${level} (${label})` : notApplicable ? 'not applicable' : 'not answered',
  };
}

/**
 * Compares the current analysis with the baseline. Both must use the same framework (the
 * caller checks the id); questions the baseline's version did not have count as not answered.
 */
export function compareAnalyses(current: Analysis, baseline: Analysis): Comparison {
  const framework = current.framework;
  const refs = questionRefs(framework);
  const baselineThemes = new Map(baseline.result.themes.map((t) => [t.id, t]));

  const before = new Map(baseline.result.questions.map((q) => [q.id, q]));
  const now = new Map(current.result.questions.map((q) => [q.id, q]));
  const questionsMoved: QuestionMove[] = [];
  for (const question of framework.questions.values()) {
    const from = questionState(framework, before, question.id);
    const to = questionState(framework, now, question.id);
    if (from.level === to.level && from.notApplicable === to.notApplicable) continue;
    const change = changeBetween(from.level, to.level);
    const delta = from.level !== null && to.level !== null ? to.level - from.level : null;
    // A question that went from "not answered" to "not applicable" (or back) has no level either
    // time; it still moved, so it is listed (as "dropped": it has no level to count).
    const kind: QuestionMove['change'] = change === 'unchanged' ? 'dropped' : change;
    questionsMoved.push({
      question: refs.get(question.id)!,
      from,
      to,
      delta,
      deltaText: formatDelta(delta, 0),
      change: kind,
      changeText: questionChangeText(kind, from, to),
      symbol: CHANGE_SYMBOL[kind],
    });
  }

  const counts: Record<Change, number> = { up: 0, down: 0, unchanged: 0, new: 0, dropped: 0 };
  const themes: ThemeChange[] = current.result.themes.map((t, i) => {
    const before = baselineThemes.get(t.id);
    const change = levelChange(framework, before?.level ?? null, t.level);
    counts[change.change]++;
    return {
      id: t.id,
      number: i + 1,
      title: framework.themes[i]!.title,
      ...change,
      questionsMoved: questionsMoved.filter((m) => m.question.themeId === t.id),
    };
  });

  const baselineVersion = baseline.assessment.framework.version ?? null;
  return {
    overall: levelChange(framework, baseline.result.overall.level, current.result.overall.level),
    themes,
    questionsMoved,
    counts,
    baselineFrameworkVersion: baselineVersion,
    sameFrameworkVersion: baselineVersion === null || baselineVersion === framework.version,
  };
}

function questionChangeText(change: QuestionMove['change'], from: QuestionState, to: QuestionState): string {
  if (change === 'up') return 'Up';
  if (change === 'down') return 'Down';
  if (to.level !== null) return from.notApplicable ? 'Answered (was not applicable)' : 'Newly answered';
  if (to.notApplicable) return 'Now not applicable';
  return from.notApplicable ? 'No longer marked not applicable' : 'No longer answered';
}
