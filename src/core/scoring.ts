// Scores exactly as section 4 of the contract defines them. Numbers stay unrounded here;
// rounding to one decimal place happens only when a document is written.
import type { Answer, Assessment } from './answers.js';
import { spreadOf, votesRecord } from './answers.js';
import type { Framework, Scale } from './framework.js';

export interface QuestionScore {
  id: string;
  themeId: string;
  level: number | null;
  score: number | null;
  notApplicable: boolean;
  votes: Record<string, number>;
  /** Highest vote minus lowest; 0 for one respondent; null when unanswered. */
  spread: number | null;
  answer?: Answer;
}

export interface ThemeScore {
  id: string;
  score: number | null;
  level: number | null;
  answered: number;
  notApplicable: number;
  total: number;
  questions: QuestionScore[];
}

export interface OverallScore {
  score: number | null;
  level: number | null;
  answered: number;
  notApplicable: number;
  unanswered: number;
  total: number;
}

export interface ScoreResult {
  target: number;
  overall: OverallScore;
  themes: ThemeScore[];
  questions: QuestionScore[];
}

export function levelScore(scale: Scale, level: number): number {
  return (100 * (level - scale.min)) / (scale.max - scale.min);
}

export function equivalentLevel(scale: Scale, score: number): number {
  return scale.min + (score * (scale.max - scale.min)) / 100;
}

/** Weighted mean of the entries that have a score; null when none has. */
export function weightedMean(entries: ReadonlyArray<{ score: number | null; weight: number }>): number | null {
  let sum = 0;
  let weights = 0;
  for (const e of entries) {
    if (e.score === null) continue;
    sum += e.score * e.weight;
    weights += e.weight;
  }
  return weights > 0 ? sum / weights : null;
}

export function scoreAssessment(framework: Framework, assessment: Assessment, target = framework.target): ScoreResult {
  const { scale } = framework;
  const themes: ThemeScore[] = framework.themes.map((theme) => {
    const questions = theme.questions.map((question): QuestionScore => {
      const answer = assessment.answers.get(question.id);
      const level = answer?.level ?? null;
      const votes = answer?.votes ?? votesRecord();
      return {
        id: question.id,
        themeId: theme.id,
        level,
        score: level === null ? null : levelScore(scale, level),
        notApplicable: answer?.notApplicable ?? false,
        votes,
        spread: answer ? spreadOf(Object.values(votes)) : null,
        ...(answer ? { answer } : {}),
      };
    });
    const score = weightedMean(questions.map((q, i) => ({ score: q.score, weight: theme.questions[i]!.weight })));
    const notApplicable = questions.filter((q) => q.notApplicable).length;
    return {
      id: theme.id,
      score,
      level: score === null ? null : equivalentLevel(scale, score),
      answered: questions.filter((q) => q.level !== null).length,
      notApplicable,
      total: questions.length - notApplicable,
      questions,
    };
  });
  const overallScore = weightedMean(themes.map((t, i) => ({ score: t.score, weight: framework.themes[i]!.weight })));
  const answered = sum(themes.map((t) => t.answered));
  const notApplicable = sum(themes.map((t) => t.notApplicable));
  const total = sum(themes.map((t) => t.total));
  return {
    target,
    overall: {
      score: overallScore,
      level: overallScore === null ? null : equivalentLevel(scale, overallScore),
      answered,
      notApplicable,
      unanswered: total - answered,
      total,
    },
    themes,
    questions: themes.flatMap((t) => t.questions),
  };
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}
