// The benchmark model: every figure and every sentence of a benchmark report. Markdown, HTML,
// JSON and CSV only lay it out. Plain data; null where there is nothing.
import type { BenchmarkLabels } from '../report/wording/benchmark.js';
import type { ShareEntry, VersionGroup } from './versions.js';

export interface BenchmarkInput {
  entries: readonly ShareEntry[];
  /** Files that could not be read, with why; they are named in the report. */
  leftOut: ReadonlyArray<{ file: string; reason: string }>;
  /** --focus: a council's name or pseudonym. */
  focus?: string;
  /** Today, YYYY-MM-DD. */
  generated: string;
  toolVersion: string;
}

export interface DateText {
  iso: string;
  /** "21 November 2026" */
  text: string;
}

export interface ThemeColumn {
  id: string;
  /** 1-based, in the framework's order. */
  number: number;
  title: string;
}

export interface Cell {
  score: number | null;
  /** "62.5", or "–" when there is no score. */
  text: string;
  /** The colour band (an index into heatmap.bands); null when there is no score. */
  band: number | null;
}

export interface CouncilRow {
  name: string;
  anonymous: boolean;
  isFocus: boolean;
  /** Overall rank, 1 = highest; null without an overall score. */
  rank: number | null;
  /** "3", "=3" when tied, "not ranked" with fewer than half the questions answered, "–" without a score. */
  rankText: string;
  /** Fewer than half the questions that apply answered: not ranked, and left out of the figures. */
  provisional: boolean;
  /** Questions compared that the latest share answered, and those that apply; "33 of 37". */
  answered: number;
  applicable: number;
  answeredText: string;
  /** Date of the latest share: of the assessment, else of sharing. */
  date: DateText;
  /** "21 November 2026", or "shared 2 December 2026" when the assessment has no date. */
  dateText: string;
  shares: number;
  file: string;
  themes: Cell[];
  overall: Cell;
}

export interface StatsRow {
  /** Null for the overall score. */
  id: string | null;
  /** "1. Lead from the top", or "Overall". */
  title: string;
  councils: number;
  min: number | null;
  lowerQuartile: number | null;
  median: number | null;
  upperQuartile: number | null;
  max: number | null;
  /**
   * The figures as shown: one decimal place (42.725 → "42.7"), "–" when none. The numbers above
   * are exact (QUARTILE.INC gives up to three decimal places), for JSON and CSV.
   */
  texts: { min: string; lowerQuartile: string; median: string; upperQuartile: string; max: string };
}

export interface Band {
  from: number;
  to: number;
  /** "40 to 49.9" */
  text: string;
}

export interface FocusRow {
  id: string | null;
  title: string;
  score: number | null;
  scoreText: string;
  rank: number | null;
  /** Councils with a score in this theme. */
  of: number;
  /** "3rd of 40", "joint 3rd of 40", or "no score". */
  rankText: string;
  /** Exact, as QUARTILE.INC gives it. */
  median: number | null;
  /** One decimal place, as every figure shown. */
  medianText: string;
  /** Score less the exact median, to three decimal places (for JSON). */
  fromMedian: number | null;
  /** "4.2 above", "3.1 below", "at the median" or "–": the score less the median as shown. */
  fromMedianText: string;
}

export interface PeerView {
  name: string;
  score: number;
  scoreText: string;
  dateText: string;
}

export interface WhomToAskView {
  theme: ThemeColumn;
  scoreText: string;
  /** The sentence that introduces the list (or says there is no one). */
  text: string;
  peers: PeerView[];
  /** Whether the councils named are at or above the target (else, none is: they score higher than the council). */
  atTarget: boolean;
  /** How many more councils (at or above the target, or else higher) are not named. */
  moreCount: number;
  /** "and 7 more (see the heatmap)", "and 12 more, 3 of them also scoring 75.0 (…)", or null. */
  moreText: string | null;
}

export interface TrendRow {
  name: string;
  anonymous: boolean;
  isFocus: boolean;
  /** `answeredWith`: the version of the framework the share's answers were made with. */
  points: Array<{ date: DateText; dateText: string; overall: number | null; overallText: string; answeredWith: string }>;
  change: number | null;
  /** "up 6.3", "down 2.0", "no change" or "–". */
  changeText: string;
}

export interface FocusView {
  name: string;
  anonymous: boolean;
  heading: string;
  paragraphs: string[];
  caption: string;
  /** Every theme, then the overall score. */
  rows: FocusRow[];
  whomToAsk: { heading: string; intro: string; themes: WhomToAskView[] };
  trend: { text: string; caption: string; rows: Array<{ title: string; fromText: string; toText: string; changeText: string }> } | null;
}

export interface BenchmarkModel {
  title: string;
  subtitle: string;
  framework: { id: string; title: string; versions: VersionGroup[]; versionsText: string; questionsCompared: number };
  generated: DateText;
  tool: { name: string; version: string };
  /** The words of the tables and the page around them, from the wording module. */
  labels: BenchmarkLabels;
  /** `files` given = `shares` compared + `duplicates` (the same share as another file) + `leftOut`. */
  counts: { councils: number; shares: number; files: number; duplicates: number; leftOut: number; anonymous: number };
  /** Label and value pairs for the top of the report. */
  frontMatter: Array<{ label: string; value: string }>;
  summary: string[];
  /** Warnings: versions compared on common questions, duplicates. Also printed on the terminal. */
  notices: string[];
  leftOut: { text: string; files: Array<{ file: string; reason: string }> } | null;
  themes: ThemeColumn[];
  statistics: { heading: string; intro: string; caption: string; rows: StatsRow[] };
  heatmap: {
    heading: string;
    intro: string;
    /** What the colours mean (for the drawn heatmap). */
    colourNote: string;
    /** The chart's title and its text alternative, for screen readers. */
    title: string;
    description: string;
    caption: string;
    legendTitle: string;
    noScoreText: string;
    bands: Band[];
    rows: CouncilRow[];
  };
  focus: FocusView | null;
  trends: { heading: string; intro: string; caption: string; rows: TrendRow[] } | null;
  method: { heading: string; paragraphs: string[] };
}
