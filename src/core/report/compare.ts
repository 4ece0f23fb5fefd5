// Change since an earlier assessment (the baseline): per theme and overall, up, down or
// unchanged, and the questions that moved. Pure: two analyses in, plain data out; the words
// for each change are the report's (comparison.ts).
import type { Analysis } from '../analysis.js';
import type { Framework } from '../framework.js';
import { round1 } from '../score-document.js';
import type { QuestionScore } from '../scoring.js';

/**
 * up / down: the level, rounded to one decimal place as the report shows it, went up or down.
 * unchanged: the same rounded level (or no level either time).
 * new: a level now, none before (newly answered). dropped: a level before, none now.
 */
export const CHANGES = ['up', 'down', 'unchanged', 'new', 'dropped'] as const;
export type Change = (typeof CHANGES)[number];

/** How a question moved, in more detail than its change: what the report says about it. */
export type MoveKind = 'up' | 'down' | 'newly-answered' | 'answered-was-not-applicable' | 'now-not-applicable' | 'no-longer-not-applicable' | 'no-longer-answered';

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
  /** to − from, rounded to one decimal place; null unless both have a level. */
  delta: number | null;
  change: Change;
}

export interface QuestionState {
  level: number | null;
  notApplicable: boolean;
}

export interface QuestionMove {
  question: QuestionRef;
  from: QuestionState;
  to: QuestionState;
  /** to − from in whole levels; null unless both have a level. */
  delta: number | null;
  change: Exclude<Change, 'unchanged'>;
  kind: MoveKind;
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
      refs.set(question.id, { id: question.id, number: `${t + 1}.${q + 1}`, text: question.text, themeId: theme.id, themeTitle: theme.title });
    });
  });
  return refs;
}

export function changeBetween(from: number | null, to: number | null): Change {
  if (from === null && to === null) return 'unchanged';
  if (from === null) return 'new';
  if (to === null) return 'dropped';
  // As the report shows them: 2.24 and 2.26 read 2.2 and 2.3, so that is up.
  const delta = round1(round1(to) - round1(from));
  return delta > 0 ? 'up' : delta < 0 ? 'down' : 'unchanged';
}

function levelChange(fromRaw: number | null, toRaw: number | null): LevelChange {
  const from = round1(fromRaw);
  const to = round1(toRaw);
  return { from, to, delta: from !== null && to !== null ? round1(to - from) : null, change: changeBetween(from, to) };
}

function questionState(scores: ReadonlyMap<string, QuestionScore>, id: string): QuestionState {
  const q = scores.get(id);
  return { level: q?.level ?? null, notApplicable: q?.notApplicable ?? false };
}

function moveKind(change: QuestionMove['change'], from: QuestionState, to: QuestionState): MoveKind {
  if (change === 'up' || change === 'down') return change;
  if (to.level !== null) return from.notApplicable ? 'answered-was-not-applicable' : 'newly-answered';
  if (to.notApplicable) return 'now-not-applicable';
  return from.notApplicable ? 'no-longer-not-applicable' : 'no-longer-answered';
}

function questionsMoved(current: Analysis, baseline: Analysis, refs: ReadonlyMap<string, QuestionRef>): QuestionMove[] {
  const before = new Map(baseline.result.questions.map((q) => [q.id, q]));
  const now = new Map(current.result.questions.map((q) => [q.id, q]));
  const moved: QuestionMove[] = [];
  for (const question of current.framework.questions.values()) {
    const from = questionState(before, question.id);
    const to = questionState(now, question.id);
    if (from.level === to.level && from.notApplicable === to.notApplicable) continue;
    const change = changeBetween(from.level, to.level);
    // A question that went from "not answered" to "not applicable" (or back) has no level either
    // time; it still moved, so it is listed (as "dropped": it has no level to count).
    const kind: QuestionMove['change'] = change === 'unchanged' ? 'dropped' : change;
    const delta = from.level !== null && to.level !== null ? to.level - from.level : null;
    moved.push({ question: refs.get(question.id)!, from, to, delta, change: kind, kind: moveKind(kind, from, to) });
  }
  return moved;
}

/**
 * Compares the current analysis with the baseline. Both must use the same framework (the
 * caller checks the id); questions the baseline's version did not have count as not answered.
 * `refs`: the current framework's question references, when the caller has them already.
 */
export function compareAnalyses(current: Analysis, baseline: Analysis, refs: ReadonlyMap<string, QuestionRef> = questionRefs(current.framework)): Comparison {
  const framework = current.framework;
  const baselineThemes = new Map(baseline.result.themes.map((t) => [t.id, t]));
  const moved = questionsMoved(current, baseline, refs);
  const counts: Record<Change, number> = { up: 0, down: 0, unchanged: 0, new: 0, dropped: 0 };
  const themes: ThemeChange[] = current.result.themes.map((t, i) => {
    const change = levelChange(baselineThemes.get(t.id)?.level ?? null, t.level);
    counts[change.change]++;
    return { id: t.id, number: i + 1, title: framework.themes[i]!.title, ...change, questionsMoved: moved.filter((m) => m.question.themeId === t.id) };
  });
  const baselineVersion = baseline.assessment.framework.version ?? null;
  return {
    overall: levelChange(baseline.result.overall.level, current.result.overall.level),
    themes,
    questionsMoved: moved,
    counts,
    baselineFrameworkVersion: baselineVersion,
    sameFrameworkVersion: baselineVersion === null || baselineVersion === framework.version,
  };
}
