// The shape of the report model (report-model.ts builds it): plain data, every field present,
// null when there is nothing. docs/templates.md documents each field for template authors.
import type { Analysis } from './analysis.js';
import type { CommitteeModel } from './committee-model.js';
import type { Comparison, QuestionMove, QuestionRef, ThemeChange } from './compare.js';
import type { Confidence, Horizon } from './schema.js';

export interface ReportInput {
  analysis: Analysis;
  /** The earlier assessment, analysed against the same framework and target. */
  baseline?: Analysis | null;
  toolVersion: string;
  /** When the report is made, YYYY-MM-DD. */
  generated: string;
}

export interface DateView {
  iso: string;
  /** "21 November 2026" */
  text: string;
}

export interface PersonView {
  id: string;
  name: string;
  role: string | null;
  /** "Sam Jones (Chief Executive)" or "Sam Jones". */
  display: string;
}

export interface SourceView {
  id: string;
  title: string;
  publisher: string | null;
  year: number | null;
  url: string | null;
  /** The url when it is a safe web or mail link (http, https, mailto); else null. */
  href: string | null;
  /** "LGA, Socitm (2016). Digital innovation and local leadership." */
  citation: string;
}

export interface VoteView {
  respondent: PersonView;
  level: number;
  label: string;
}

export type FlagKind = 'no-evidence' | 'low-confidence' | 'disagreement';

export interface FlagView {
  kind: FlagKind;
  /** A short label, e.g. "No evidence". */
  title: string;
  /** A sentence saying why. */
  text: string;
}

export interface QuestionView {
  id: string;
  number: string;
  text: string;
  help: string | null;
  weight: number;
  status: 'answered' | 'not-applicable' | 'unanswered';
  statusText: string;
  level: number | null;
  label: string | null;
  /** The framework's descriptor for the agreed level. */
  descriptor: string | null;
  /** "2 (Half)", "Not applicable" or "Not answered". */
  levelText: string;
  score: number | null;
  scoreText: string;
  atOrAboveTarget: boolean | null;
  reason: string | null;
  notes: string | null;
  evidence: string | null;
  confidence: Confidence | null;
  /** "Low", "Medium", "High" or "Not stated". */
  confidenceText: string;
  votes: VoteView[];
  /** "Sam Jones 1, Ali Khan 3" or "". */
  votesText: string;
  spread: number | null;
  disagreement: boolean;
  flags: FlagView[];
  source: SourceView | null;
  /** Where this question stood in the baseline; null without a baseline. */
  baseline: {
    level: number | null;
    label: string | null;
    /** "2 (Developing)", "Not applicable" or "Not answered". */
    text: string;
    moved: boolean;
    /** How it moved; null when it did not. */
    change: QuestionMove['change'] | null;
    changeText: string | null;
    symbol: string | null;
  } | null;
}

export type TargetStatus = 'met' | 'below' | 'none';

/** A score as the report shows it: a theme's, or the overall one. */
export interface ScoreView {
  score: number | null;
  scoreText: string;
  level: number | null;
  levelText: string;
  label: string | null;
  answered: number;
  notApplicable: number;
  unanswered: number;
  /** Questions less those answered not applicable. */
  total: number;
  questionCount: number;
  status: TargetStatus;
  statusText: string;
  /** Levels still to climb to the target; null when met or unscored. */
  gap: number | null;
}

export interface ThemeView extends ScoreView {
  id: string;
  number: number;
  title: string;
  description: string | null;
  weight: number;
  source: SourceView | null;
  questions: QuestionView[];
  disagreements: number;
  evidenceWarnings: number;
  baseline: ThemeChange | null;
}

export interface ThemeBrief {
  id: string;
  number: number;
  title: string;
  level: number;
  levelText: string;
  label: string | null;
}

export interface ActionView {
  priority: number;
  text: string;
  owner: string | null;
  /** The owner, or "Not set". */
  ownerText: string;
  horizon: Horizon | null;
  /** "Now", "Next", "Later" or "No horizon set". */
  horizonText: string;
  question: QuestionRef;
  fromLevel: number;
  fromLabel: string;
  toLevel: number;
  toLabel: string;
  /** "1 (Some) to 2 (Half)" */
  stepText: string;
  source: SourceView | null;
}

export interface ActionGroup {
  /** "now", "next", "later" or "none". */
  key: Horizon | 'none';
  horizon: Horizon | null;
  title: string;
  description: string;
  actions: ActionView[];
}

export interface DisagreementView {
  question: QuestionRef;
  level: number | null;
  label: string | null;
  spread: number;
  lowest: number;
  highest: number;
  votes: VoteView[];
}

export interface RoleCell {
  role: string;
  /** Mean of the role's votes, rounded to one decimal place; null when the role cast none. */
  mean: number | null;
  meanText: string;
  votes: number;
}

export interface RoleRow {
  themeId: string | null;
  number: number | null;
  title: string;
  cells: RoleCell[];
  /** Highest role mean less the lowest; null with fewer than two roles voting. */
  gap: number | null;
  gapText: string;
}

export interface RolesView {
  roles: Array<{ role: string; people: PersonView[]; peopleText: string }>;
  themes: RoleRow[];
  overall: RoleRow;
  /** People who gave no role: their votes are not in this view. */
  withoutRole: PersonView[];
}

export interface EvidenceWarningView {
  question: QuestionRef;
  level: number;
  label: string;
  confidence: Confidence | null;
  text: string;
}

export interface ChartRow {
  number: number;
  id: string;
  title: string;
  level: number | null;
  levelText: string;
  baselineLevel: number | null;
  baselineLevelText: string;
  status: TargetStatus;
  statusText: string;
  /** A text bar, e.g. "████████░░░░░░┃░░░░░" (┃ marks the target; "" when unscored). */
  bar: string;
  baselineBar: string | null;
}

export interface ReportModel {
  /** "Digital maturity report: Example Borough Council" */
  title: string;
  organisation: string;
  framework: { id: string; title: string; version: string; description: string | null };
  assessed: DateView | null;
  generated: DateView;
  tool: { name: string; version: string };
  scale: {
    min: number;
    max: number;
    /** "1 to 5" */
    rangeText: string;
    target: number;
    targetLabel: string;
    /** The target was set with --target instead of the framework's own. */
    targetOverridden: boolean;
    frameworkTarget: number;
    levels: Array<{ level: number; label: string; description: string | null; isTarget: boolean }>;
  };
  overall: ScoreView;
  summary: {
    paragraphs: string[];
    strongest: ThemeBrief[];
    weakest: ThemeBrief[];
    topActions: ActionView[];
    /** The sentence before the list of top actions. */
    actionsIntro: string;
  };
  chart: {
    min: number;
    max: number;
    target: number;
    levels: Array<{ level: number; label: string }>;
    hasBaseline: boolean;
    currentLabel: string;
    baselineLabel: string | null;
    radar: { available: boolean; note: string | null };
    rows: ChartRow[];
  };
  themes: ThemeView[];
  team: {
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
  };
  comparison: (Comparison & {
    organisation: string;
    assessed: DateView | null;
    respondents: PersonView[];
    respondentsText: string;
    summary: string;
  }) | null;
  actions: {
    count: number;
    /** How many actions each horizon has ("none": no horizon set). */
    byHorizon: Record<Horizon | 'none', number>;
    /** The sentence that opens the action plan. */
    intro: string;
    ordered: ActionView[];
    groups: ActionGroup[];
    priorityRule: string;
  };
  evidenceWarnings: EvidenceWarningView[];
  method: {
    paragraphs: string[];
    sources: SourceView[];
  };
  /** What a committee paper adds: RAG ratings, recommendations, implications (core/committee-model.ts). */
  committee: CommitteeModel;
}
