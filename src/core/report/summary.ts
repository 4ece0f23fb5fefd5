// The executive summary: the overall level against the target, the strongest and weakest
// themes, what was answered, the team's disagreements, evidence warnings and the change since
// the baseline, each in a sentence; and the headline figures.
import type { BuildContext } from './context.js';
import type { ActionsSection } from './actions.js';
import type { ComparisonView, ScaleView, SummaryView, TeamView } from './model-types.js';
import { completeness, extremes } from './rules.js';
import type { Completeness } from './rules.js';
import type { ScoreView, ThemeBrief, ThemeView } from './types.js';

export interface SummaryParts {
  organisation: string;
  scale: ScaleView;
  overall: ScoreView;
  themes: ThemeView[];
  team: TeamView;
  evidenceWarnings: number;
  comparison: ComparisonView | null;
  actions: ActionsSection;
}

function brief(t: ThemeView): ThemeBrief {
  return { id: t.id, number: t.number, title: t.title, level: t.level!, levelText: t.levelText, label: t.label };
}

/** The sentence about the strongest and weakest themes; null when there is nothing to compare. */
function balance(ctx: BuildContext, p: SummaryParts, strongest: ThemeBrief[], weakest: ThemeBrief[]): string | null {
  const w = ctx.w.summary;
  if (strongest.length && weakest.length) {
    if (strongest[0]!.levelText === weakest[0]!.levelText) return w.allSame(strongest[0]!.levelText);
    return w.balance(strongest.map((t) => t.title), strongest[0]!.levelText, weakest.map((t) => t.title), weakest[0]!.levelText);
  }
  const only = p.themes.filter((t) => t.level !== null);
  return only.length === 1 && p.themes.length > 1 ? w.onlyOne(only[0]!.title, only[0]!.levelText) : null;
}

function opening(ctx: BuildContext, p: SummaryParts, done: Completeness): string {
  const w = ctx.w.summary;
  const { overall: o, scale } = p;
  if (o.level === null) return w.nothingAnswered(scale.targetPhrase);
  const lowest = scale.levels[0]!;
  const highest = scale.levels.at(-1)!;
  const where = w.where({
    organisation: p.organisation,
    levelText: o.levelText,
    label: o.label ?? '',
    lowest: ctx.w.levelWithLabel(lowest.level, lowest.label),
    highest: ctx.w.levelWithLabel(highest.level, highest.label),
  });
  const soFar = done === 'complete' ? null : w.soFar({ answered: o.answered, total: o.total, notApplicable: o.notApplicable, provisional: done === 'provisional' });
  const meets = soFar === null ? w.meets(scale.targetPhrase) : w.meetsSoFar(scale.targetPhrase);
  return [soFar, where, o.status === 'met' ? meets : w.below(scale.targetPhrase, o.gap!, o.gapText)].filter((s) => s !== null).join(' ');
}

function teamSentence(ctx: BuildContext, t: TeamView): string | null {
  const w = ctx.w.summary;
  if (t.isTeam && t.hasVotes) return t.disagreements.length ? w.teamDisagreed(t.size, t.threshold, t.disagreements.length, ctx.w.headings.team) : w.teamAgreed(t.size, t.threshold);
  return t.isTeam ? w.teamTookPart(t.size) : null;
}

function figures(ctx: BuildContext, p: SummaryParts): SummaryView['figures'] {
  const { w } = ctx;
  const { overall: o, scale } = p;
  const actions = p.actions.actions;
  const max = String(scale.max);
  return {
    overall: { value: o.levelText, ofText: w.ofMax(max), text: w.outOf(o.levelText, max), note: o.label ?? w.figures.noLevel },
    target: { value: String(scale.target), ofText: w.ofMax(max), text: w.outOf(scale.target, max), note: scale.targetLabel },
    answered: { value: String(o.answered), ofText: w.ofMax(o.total), text: w.outOf(o.answered, o.total), note: w.figures.questions(o.notApplicable, o.unanswered) },
    actions: { value: String(actions.count), ofText: null, text: String(actions.count), note: w.figures.horizons(actions.byHorizon) },
  };
}

export function summarySection(ctx: BuildContext, p: SummaryParts): SummaryView {
  const w = ctx.w.summary;
  const { strongest, weakest } = extremes(p.themes);
  const strong = strongest.map(brief);
  const weak = weakest.map(brief);
  const sentence = balance(ctx, p, strong, weak);
  const o = p.overall;
  const done = completeness(o.answered, o.total);
  const paragraphs = [
    opening(ctx, p, done),
    sentence,
    w.questions({ questionCount: o.questionCount, answered: o.answered, notApplicable: o.notApplicable, unanswered: o.unanswered }),
    teamSentence(ctx, p.team),
    p.evidenceWarnings ? w.evidenceWarnings(p.evidenceWarnings, ctx.w.headings.themes) : null,
    p.comparison?.summary ?? null,
  ].filter((s): s is string => s !== null);
  return {
    paragraphs,
    completeness: done,
    strongest: strong,
    weakest: weak,
    balance: sentence,
    topActions: p.actions.topActions,
    actionsIntro: p.actions.topIntro,
    figures: figures(ctx, p),
  };
}
