// The committee paper's view of the report: what a UK council committee report needs on top of
// the report model. Built from the model (view.ts) only when a committee paper is made.
import type { ActionView, PersonView, RagRating, SourceView } from '../types.js';

/** A numbered paragraph: "4.2". */
export interface NumberedParagraph {
  number: string;
  text: string;
}

export interface CommitteeSection {
  /** "4" */
  number: string;
  title: string;
}

export interface Appendix {
  letter: string;
  title: string;
  /** "Appendix A: Full results" */
  heading: string;
}

export interface RagRow {
  /** The theme's number, or null for the overall row. */
  number: number | null;
  id: string | null;
  title: string;
  level: number | null;
  levelText: string;
  label: string | null;
  target: number;
  /** Levels below the target, from the level as shown (0 when at or above it); null when unscored. */
  gap: number | null;
  /** "0.5", "0.0" or "–". */
  gapText: string;
  rating: RagRating;
  ratingText: string;
  ratingMeaning: string;
}

export interface Recommendation {
  number: number;
  text: string;
  /** Sub-items: the priority actions, for instance. */
  items: string[];
}

export interface Implication {
  id: 'financial' | 'legal' | 'equalities' | 'risk' | 'climate';
  number: string;
  title: string;
  /** "[To be completed by the report author]" */
  placeholder: string;
  /** What the author should cover. */
  guidance: string;
  /** Facts from the results that bear on it (may be empty). */
  facts: string[];
}

export interface CommitteeView {
  /** "Digital maturity self-assessment: results and action plan" */
  title: string;
  /** The cover table: label and value, placeholders in square brackets. */
  cover: Array<{ label: string; value: string; placeholder: boolean }>;
  /** "Placeholders in square brackets are for the report author to complete …" */
  placeholderNote: string;
  reportOf: {
    /** The role, or "[Report author's role]". */
    text: string;
    /** The respondent whose role it is, or null. */
    person: PersonView | null;
    placeholder: boolean;
  };
  placeholder: string;
  sections: {
    purpose: CommitteeSection;
    recommendations: CommitteeSection;
    background: CommitteeSection;
    findings: CommitteeSection;
    actions: CommitteeSection;
    implications: CommitteeSection;
    papers: CommitteeSection;
  };
  purpose: NumberedParagraph[];
  /** The sentence before the recommendations. */
  recommendationsIntro: string;
  recommendations: Recommendation[];
  background: NumberedParagraph[];
  /** The framework's sources, listed after the last background paragraph. */
  sources: SourceView[];
  findings: {
    paragraphs: NumberedParagraph[];
    /** One row per theme, in framework order. */
    themes: RagRow[];
    overall: RagRow;
    counts: Record<RagRating, number>;
    /** The caption of the table of ratings. */
    caption: string;
    /** The heading of the table's gap column: "Below the target by". */
    gapLabel: string;
    /** "4.9": the number of the paragraph that explains the ratings. */
    thresholdsParagraph: NumberedParagraph;
    thresholds: Array<{ rating: RagRating; ratingText: string; rule: string }>;
  };
  actionPlan: {
    paragraphs: NumberedParagraph[];
    /** The priority actions the recommendations name (up to three). */
    priority: ActionView[];
    /** The body's table: the next step of each question below the target, by priority (at most 12). */
    nextSteps: ActionView[];
    nextStepsCaption: string;
  };
  implications: Implication[];
  /** "From the results:" before an implication's facts. */
  fromResults: string;
  backgroundPapers: string[];
  /** The full results (Appendix A). */
  appendix: Appendix;
  /** The full action plan (Appendix B). */
  planAppendix: Appendix;
  /** The sentence that opens Appendix A. */
  appendixIntro: string;
  /** Where to read the framework's full description, which the paper leaves out; null when it has none. */
  guidanceNote: string | null;
  /** "Produced 21 November 2026 with dma 0.1.0." */
  colophon: string;
  /** The page footer of a printed paper: organisation and title. */
  footer: string;
}
