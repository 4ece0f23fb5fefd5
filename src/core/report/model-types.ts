// The report model as a whole: the sections types.ts describes, put together.
import type { Horizon } from '../schema.js';
import type { Comparison } from './compare.js';
import type {
  ActionGroup,
  ActionView,
  RankedAction,
  ChartRow,
  DateView,
  DisagreementView,
  EvidenceWarningView,
  LevelChangeView,
  PersonView,
  QuestionMoveView,
  RolesView,
  ScoreView,
  SourceView,
  ThemeBrief,
  ThemeChangeView,
  ThemeView,
} from './types.js';
import type { Completeness } from './rules.js';
import type { Headings, Labels } from './wording/index.js';

export interface ScaleView {
  min: number;
  max: number;
  /** "1 to 5" */
  rangeText: string;
  target: number;
  targetLabel: string;
  /** "4 (Embedded)" */
  targetText: string;
  /** "level 4 (Embedded)" */
  targetPhrase: string;
  /** The target was set with --target instead of the framework's own. */
  targetOverridden: boolean;
  frameworkTarget: number;
  levels: Array<{ level: number; label: string; description: string | null; isTarget: boolean }>;
}

/** A headline figure: "2.8" "of 5", with a note under it. */
export interface Figure {
  value: string;
  /** "of 5"; null when the figure is a count. */
  ofText: string | null;
  /** "2.8 of 5" */
  text: string;
  note: string;
}

export interface SummaryView {
  paragraphs: string[];
  /**
   * "complete" (every question that applies answered), "partial" (some unanswered: the first
   * paragraph says so), "provisional" (fewer than half answered) or "none".
   */
  completeness: Completeness;
  strongest: ThemeBrief[];
  weakest: ThemeBrief[];
  /** The sentence about the strongest and weakest themes (one of `paragraphs`); null with fewer than two scored themes. */
  balance: string | null;
  topActions: RankedAction[];
  /** The sentence before the list of top actions. */
  actionsIntro: string;
  figures: { overall: Figure; target: Figure; answered: Figure; actions: Figure };
}

export interface ChartView {
  min: number;
  max: number;
  target: number;
  levels: Array<{ level: number; label: string }>;
  hasBaseline: boolean;
  currentLabel: string;
  baselineLabel: string | null;
  radar: { available: boolean; note: string | null };
  rows: ChartRow[];
  /** The overall level as a text bar. */
  overallBar: string;
  /** The words the charts carry: titles, their text alternative, the legend. */
  radarTitle: string;
  barsTitle: string;
  description: string;
  targetLegend: string;
  noAnswers: string;
  baselineNoAnswers: string;
}

export interface TeamView {
  size: number;
  isTeam: boolean;
  respondents: PersonView[];
  /** "Sam Jones (Chief Executive), Ali Khan (Chief Information Officer)" or "Not recorded". */
  respondentsText: string;
  hasVotes: boolean;
  threshold: number;
  disagreements: DisagreementView[];
  roles: RolesView | null;
  /** A sentence for when there is no team view to show; null when there is one. */
  note: string | null;
}

export interface ComparisonView extends Omit<Comparison, 'overall' | 'themes' | 'questionsMoved'> {
  overall: LevelChangeView;
  themes: ThemeChangeView[];
  questionsMoved: QuestionMoveView[];
  organisation: string;
  assessed: DateView | null;
  respondents: PersonView[];
  respondentsText: string;
  summary: string;
  /** "The baseline: …, assessed …; taking part: …." */
  baselineText: string;
}

export interface ActionsView {
  count: number;
  /** How many actions each horizon has ("none": no horizon set). */
  byHorizon: Record<Horizon | 'none', number>;
  /** The sentence that opens the action plan. */
  intro: string;
  ordered: ActionView[];
  groups: ActionGroup[];
  priorityRule: string;
  /** The next step of each question below the target, by priority, at most 12 (a committee paper's body). */
  nextSteps: ActionView[];
  /** How many questions have actions. */
  questions: number;
}

/** Sentences of the report as a whole, worked out for these results. */
export interface ReportText {
  /** "Local digital leadership self-assessment, version 1.0.0" */
  frameworkLine: string;
  /** The assessment date, or "Date not recorded". */
  assessed: string;
  /** "dma 0.1.0" */
  tool: string;
  colophon: string;
  /** "assessed 21 November 2026", beside the organisation in a printed footer. */
  footerDate: string;
  documentDescription: string;
  chartIntro: string;
  chartTableNote: string;
  /** "Each theme's level on the scale from 1 to 5." */
  chartScale: string;
  /** "A full bar is level 5; ┃ marks the target, level 4 (Embedded)." */
  barKey: string;
  barsNote: string;
  radarCaption: string;
  barsCaption: string;
  chartTableCaption: string;
  themesIntro: string;
  questionTableIntro: string;
  takingPart: string;
  disagreementsIntro: string;
  disagreementsAdvice: string;
  disagreementsCaption: string;
  noDisagreements: string;
  /** The terminal summary's lines: "Local digital leadership 1.0.0 · assessed 2026-11-21", … */
  terminalFramework: string;
  /** "score 37.9  level 2.5 on 1–5 (Developing)  target 4" */
  terminalOverall: string;
  /** "37 of 38 answered · 1 not applicable · 1 not answered", as `dma validate` counts them too. */
  answeredLine: string;
  /** "Where the team disagreed (votes 2 or more levels apart): 16" */
  terminalDisagreements: string;
  /** "and 11 more in the report": after the widest disagreements a short summary names; null when it names them all. */
  moreDisagreements: string | null;
  rolesIntro: string;
  rolesCaption: string;
  comparisonCaption: string;
  movedCaption: string;
  noneMoved: string;
  noSources: string;
  scaleCaption: string;
}

export interface ReportModel {
  /** "Digital maturity report: Example Borough Council" */
  title: string;
  organisation: string;
  /** The report's language, e.g. "en-GB". */
  locale: string;
  framework: { id: string; title: string; version: string; description: string | null };
  assessed: DateView | null;
  generated: DateView;
  tool: { name: string; version: string };
  scale: ScaleView;
  overall: ScoreView;
  summary: SummaryView;
  chart: ChartView;
  themes: ThemeView[];
  team: TeamView;
  comparison: ComparisonView | null;
  actions: ActionsView;
  evidenceWarnings: EvidenceWarningView[];
  method: {
    paragraphs: string[];
    /** How the agreed levels were reached, from the answers (also in `paragraphs`); null when no votes were recorded. */
    agreement: string | null;
    /** What the report shows of each question's help and where the rest is; null when no help runs past one paragraph. */
    helpNote: string | null;
    /** The same for a report that folds the rest of each help under the question (HTML on screen). */
    helpNoteFolded: string | null;
    sources: SourceView[];
  };
  headings: Headings;
  labels: Labels;
  text: ReportText;
}
