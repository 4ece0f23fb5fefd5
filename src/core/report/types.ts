// The shape of the report model (model.ts builds it): plain data, every field present, null
// when there is nothing. docs/templates.md documents each field for template authors.
import type { Analysis } from '../analysis.js';
import type { Confidence, Horizon } from '../schema.js';
import type { Change, MoveKind, QuestionRef } from './compare.js';
import type { RagRating, TargetStatus } from './rules.js';

export type { QuestionRef } from './compare.js';
export type { RagRating, TargetStatus } from './rules.js';

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

export interface QuestionBaseline {
  level: number | null;
  label: string | null;
  /** "2 (Developing)", "Not applicable" or "Not answered". */
  text: string;
  moved: boolean;
  /** How it moved; null when it did not. */
  change: Exclude<Change, 'unchanged'> | null;
  changeText: string | null;
  symbol: string | null;
}

export interface QuestionView {
  id: string;
  number: string;
  text: string;
  /** The question's whole help, as the framework gives it. */
  help: string | null;
  /** The help's first paragraph (up to its first blank line): why the question matters. */
  helpIntro: string | null;
  /** The rest of the help, such as "Counts:" and "Choosing:", for choosing a level; null when it has one paragraph. */
  helpDetail: string | null;
  weight: number;
  status: 'answered' | 'not-applicable' | 'unanswered';
  statusText: string;
  level: number | null;
  label: string | null;
  /** The framework's descriptor for the agreed level. */
  descriptor: string | null;
  /** "2 (Half)", "Not applicable" or "Not answered". */
  levelText: string;
  /** Whether the room gave the level (false: it is the median of the votes); null without a level. */
  levelAgreed: boolean | null;
  /** What to call the level: "Agreed level", or that it is the votes' median, not agreed. */
  levelLabel: string;
  /** `levelText` for a table headed "Agreed level": with "median of the votes, not agreed" where it is. */
  levelCellText: string;
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
  /** "spread 3"; null without votes that differ. */
  spreadText: string | null;
  disagreement: boolean;
  flags: FlagView[];
  source: SourceView | null;
  /** Where this question stood in the baseline; null without a baseline. */
  baseline: QuestionBaseline | null;
}

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
  /** "5 of 6 answered" */
  answeredText: string;
  /** "5 of 6 answered, 1 not applicable" */
  countsText: string;
  status: TargetStatus;
  statusText: string;
  /** Levels still to climb to the target, from the level as shown; 0 when met; null when unscored. */
  gap: number | null;
  /** "1.2", "0.0" or "–". */
  gapText: string;
  rating: RagRating;
  /** "Green", "Amber (near)", "Amber", "Red" or "Not rated": always print the words, never colour alone. */
  ratingText: string;
  /** "At or above the target", "0.3 levels below the target" or "No answers". */
  ratingMeaning: string;
}

export interface LevelChangeView {
  from: number | null;
  to: number | null;
  fromText: string;
  toText: string;
  fromLabel: string | null;
  toLabel: string | null;
  delta: number | null;
  /** "+0.5", "−0.3", "0.0" or "–". */
  deltaText: string;
  change: Change;
  changeText: string;
  symbol: string;
  /** "▲ Up since the baseline (+0.5)" */
  sinceText: string;
}

export interface QuestionStateView {
  level: number | null;
  label: string | null;
  notApplicable: boolean;
  /** "2 (Half)", "Not applicable" or "Not answered". */
  text: string;
}

export interface QuestionMoveView {
  question: QuestionRef;
  from: QuestionStateView;
  to: QuestionStateView;
  delta: number | null;
  deltaText: string;
  change: Exclude<Change, 'unchanged'>;
  kind: MoveKind;
  changeText: string;
  symbol: string;
}

export interface ThemeChangeView extends LevelChangeView {
  id: string;
  number: number;
  title: string;
  questionsMoved: QuestionMoveView[];
}

export interface ThemeView extends ScoreView {
  id: string;
  number: number;
  title: string;
  description: string | null;
  weight: number;
  /** "Score 43.8 of 100" */
  scoreLine: string;
  /** "Questions in theme 2": the caption of a table of its questions. */
  questionsCaption: string;
  source: SourceView | null;
  questions: QuestionView[];
  disagreements: number;
  evidenceWarnings: number;
  baseline: ThemeChangeView | null;
}

export interface ThemeBrief {
  id: string;
  number: number;
  title: string;
  level: number;
  levelText: string;
  label: string | null;
}

/** One of the summary's few actions: numbered 1, 2, 3 (`rank`) in its own list. */
export interface RankedAction extends ActionView {
  rank: number;
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
  /** "Priority 1" */
  priorityText: string;
  /** "Priority 4 in the action plan": beside the action in a short list numbered on its own. */
  planPriorityText: string;
  /** "Owner: Director of HR" */
  ownerLine: string;
  /** "Question 1.3" */
  questionLine: string;
  /** "From level 1 (Some) to 2 (Half)" */
  stepLine: string;
  /** Everything about it on one line: priority, horizon, owner, question, step. */
  summaryText: string;
}

export interface ActionGroup {
  /** "now", "next", "later" or "none". */
  key: Horizon | 'none';
  horizon: Horizon | null;
  title: string;
  description: string;
  actions: ActionView[];
  /** "3 actions" */
  countText: string;
}

export interface DisagreementView {
  question: QuestionRef;
  level: number | null;
  label: string | null;
  spread: number;
  lowest: number;
  highest: number;
  votes: VoteView[];
  /** The level for the table: "3", "2, median of the votes, not agreed" when the room did not agree one, or "–". */
  levelText: string;
  /** "votes 1, 3, 2, 4, agreed 3" */
  votesLine: string;
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
  rating: RagRating;
  ratingText: string;
  /** A text bar, e.g. "████████░░░░░░┃░░░░░" (┃ marks the target; "" when unscored). */
  bar: string;
  baselineBar: string | null;
  /** "level 2.8" or "no answers" */
  valueText: string;
  /** "was 2.3", "was –"; null without a baseline. */
  wasText: string | null;
}
