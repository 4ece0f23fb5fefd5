// The action plan as the report shows it: every action in priority order, grouped by horizon,
// the few the summary names, and the next step of each question for a committee paper's body.
import { labelOf } from '../framework.js';
import type { PlannedAction } from '../planning.js';
import { HORIZONS } from '../schema.js';
import type { BuildContext } from './context.js';
import type { ActionsView } from './model-types.js';
import { NEXT_STEPS, SUMMARY_ACTIONS, firstStepEach } from './rules.js';
import type { ActionGroup, ActionView, RankedAction } from './types.js';

function actionView(ctx: BuildContext, a: PlannedAction): ActionView {
  const { w, scale } = ctx;
  const wa = w.actions;
  const fromLabel = labelOf(scale, a.fromLevel);
  const toLabel = labelOf(scale, a.toLevel);
  const question = ctx.refs.get(a.question)!;
  const horizonText = wa.horizons[a.horizon ?? 'none'].title;
  const ownerText = a.owner ?? wa.ownerNotSet;
  const stepText = wa.step(a.fromLevel, fromLabel, a.toLevel, toLabel);
  const priorityText = wa.priority(a.priority);
  const ownerLine = wa.owner(ownerText);
  const questionLine = wa.question(question.number);
  const stepLine = wa.fromLevel(stepText);
  const planPriorityText = wa.planPriority(a.priority);
  return {
    priority: a.priority,
    text: a.text,
    owner: a.owner ?? null,
    ownerText,
    horizon: a.horizon ?? null,
    horizonText,
    question,
    fromLevel: a.fromLevel,
    fromLabel,
    toLevel: a.toLevel,
    toLabel,
    stepText,
    source: ctx.sourceOf(a.source),
    priorityText,
    ownerLine,
    questionLine,
    stepLine,
    planPriorityText,
    summaryText: [planPriorityText, horizonText, ownerLine, `${questionLine}, ${question.text}`, stepLine].join(' · '),
  };
}

export interface ActionsSection {
  actions: ActionsView;
  topActions: RankedAction[];
  /** The sentence before the summary's most important actions. */
  topIntro: string;
}

export function actionsSection(ctx: BuildContext): ActionsSection {
  const { w } = ctx;
  const ordered = ctx.analysis.actions.map((a) => actionView(ctx, a));
  const keys = [...HORIZONS, 'none'] as const;
  // Each horizon's actions in priority order, sorted into them in one pass.
  const inHorizon = new Map<string, ActionView[]>(keys.map((key) => [key, []]));
  for (const a of ordered) inHorizon.get(a.horizon ?? 'none')?.push(a);
  const groups: ActionGroup[] = keys
    .map((key) => {
      const actions = inHorizon.get(key)!;
      return { key, horizon: key === 'none' ? null : key, ...w.actions.horizons[key], actions, countText: w.count.actions(actions.length) };
    })
    .filter((g) => g.actions.length > 0);
  const byHorizon = Object.fromEntries(keys.map((key) => [key, inHorizon.get(key)!.length])) as ActionsView['byHorizon'];
  const topActions = firstStepEach(ordered, SUMMARY_ACTIONS).map((a, i) => ({ ...a, rank: i + 1 }));
  const answered = ctx.analysis.result.overall.answered > 0;
  const count = ordered.length;
  const topIntro = count === 0 ? (answered ? w.actions.none : w.actions.noneYet) : w.actions.top(count, topActions.length);
  return {
    topActions,
    topIntro,
    actions: {
      count,
      byHorizon,
      intro: count ? w.actions.intro(count) : topIntro,
      ordered,
      groups,
      priorityRule: w.actions.priorityRule,
      nextSteps: firstStepEach(ordered, NEXT_STEPS),
      questions: new Set(ordered.map((a) => a.question.id)).size,
    },
  };
}

