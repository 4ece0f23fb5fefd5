// The change since the baseline, in the report's words: each theme and the overall level up,
// down or unchanged, the questions that moved, and a sentence that sums it up.
import { labelOf } from '../framework.js';
import { reachedLabel } from '../score-document.js';
import type { LevelChange, MoveKind, QuestionMove, QuestionState, ThemeChange } from './compare.js';
import type { BuildContext } from './context.js';
import { dateView, peopleText, personView } from './context.js';
import { CHANGE_SYMBOL, formatDelta, formatLevel } from './format.js';
import type { ComparisonView } from './model-types.js';
import type { LevelChangeView, QuestionMoveView, QuestionStateView, ThemeChangeView } from './types.js';
import type { Wording } from './wording/index.js';

const MOVE_WORDS: Record<MoveKind, keyof Wording['comparison']['moved'] | 'up' | 'down'> = {
  up: 'up',
  down: 'down',
  'newly-answered': 'newlyAnswered',
  'answered-was-not-applicable': 'answeredWasNotApplicable',
  'now-not-applicable': 'nowNotApplicable',
  'no-longer-not-applicable': 'noLongerNotApplicable',
  'no-longer-answered': 'noLongerAnswered',
};

export function moveText(w: Wording, kind: MoveKind): string {
  const key = MOVE_WORDS[kind];
  return key === 'up' || key === 'down' ? w.comparison.change[key] : w.comparison.moved[key];
}

/** "2 (Developing)", "Not applicable" or "Not answered". */
export function stateText(ctx: BuildContext, state: QuestionState): string {
  if (state.level !== null) return ctx.levelText(state.level);
  return ctx.w.questions.status[state.notApplicable ? 'not-applicable' : 'unanswered'];
}

function levelChangeView(ctx: BuildContext, c: LevelChange): LevelChangeView {
  const { w } = ctx;
  const changeText = w.comparison.change[c.change];
  const symbol = CHANGE_SYMBOL[c.change];
  const deltaText = formatDelta(c.delta);
  return {
    from: c.from,
    to: c.to,
    fromText: formatLevel(c.from),
    toText: formatLevel(c.to),
    fromLabel: reachedLabel(ctx.framework, c.from),
    toLabel: reachedLabel(ctx.framework, c.to),
    delta: c.delta,
    deltaText,
    change: c.change,
    changeText,
    symbol,
    sinceText: w.comparison.sinceBaseline(symbol, changeText, c.delta ? deltaText : null),
  };
}

function stateView(ctx: BuildContext, state: QuestionState): QuestionStateView {
  return { ...state, label: state.level === null ? null : labelOf(ctx.scale, state.level), text: stateText(ctx, state) };
}

function moveView(ctx: BuildContext, m: QuestionMove): QuestionMoveView {
  return {
    question: m.question,
    from: stateView(ctx, m.from),
    to: stateView(ctx, m.to),
    delta: m.delta,
    deltaText: formatDelta(m.delta, 0),
    change: m.change,
    kind: m.kind,
    changeText: moveText(ctx.w, m.kind),
    symbol: CHANGE_SYMBOL[m.change],
  };
}

export function themeChangeView(ctx: BuildContext, t: ThemeChange): ThemeChangeView {
  return { ...levelChangeView(ctx, t), id: t.id, number: t.number, title: t.title, questionsMoved: t.questionsMoved.map((m) => moveView(ctx, m)) };
}

export function comparisonSection(ctx: BuildContext): ComparisonView | null {
  const c = ctx.comparison;
  const before = ctx.baseline?.assessment;
  if (!c || !before) return null;
  const { w } = ctx;
  const assessed = dateView(w, before.date);
  const respondents = before.respondents.map(personView);
  const overall = levelChangeView(ctx, c.overall);
  const respondentsText = peopleText(w, respondents);
  return {
    ...c,
    overall,
    themes: c.themes.map((t) => themeChangeView(ctx, t)),
    questionsMoved: c.questionsMoved.map((m) => moveView(ctx, m)),
    organisation: before.organisation,
    assessed,
    respondents,
    respondentsText,
    summary: w.comparison.sentence({
      date: assessed?.text ?? null,
      change: c.overall.change,
      fromText: overall.fromText,
      toText: overall.toText,
      hasLevelNow: c.overall.to !== null,
      counts: c.counts,
      questionsMoved: c.questionsMoved.length,
    }),
    baselineText: w.comparison.baseline({
      organisation: before.organisation,
      date: assessed?.text ?? null,
      people: respondentsText,
      version: c.sameFrameworkVersion ? null : c.baselineFrameworkVersion,
    }),
  };
}
