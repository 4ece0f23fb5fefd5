// The score document of section 4 of the contract: what `dma score --json` and
// `dma report -f json` print. Extra fields are additions; none of the contract's are renamed.
import type { Assessment, Respondent } from './answers.js';
import type { Framework } from './framework.js';
import { labelOf } from './framework.js';
import type { PlannedAction } from './planning.js';
import type { ScoreResult } from './scoring.js';

export interface ScoreDocument {
  framework: { id: string; version: string; title: string };
  organisation: string;
  date: string | null;
  respondents: Respondent[];
  scale: { min: number; max: number; target: number; levels: Array<{ level: number; label: string }> };
  overall: {
    score: number | null;
    level: number | null;
    label: string | null;
    answered: number;
    notApplicable: number;
    unanswered: number;
    total: number;
  };
  themes: Array<{
    id: string;
    title: string;
    weight: number;
    score: number | null;
    level: number | null;
    label: string | null;
    answered: number;
    notApplicable: number;
    total: number;
  }>;
  questions: Array<{
    id: string;
    theme: string;
    text: string;
    level: number | null;
    label: string | null;
    score: number | null;
    notApplicable: boolean;
    votes: Record<string, number>;
    spread: number | null;
    notes?: string;
    evidence?: string;
    confidence?: string;
    reason?: string;
  }>;
  actions: Array<{
    question: string;
    theme: string;
    fromLevel: number;
    toLevel: number;
    text: string;
    owner: string | null;
    horizon: string | null;
    source: string | null;
    priority: number;
  }>;
}

export function round1(value: number): number;
export function round1(value: number | null): number | null;
export function round1(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10 + Number.EPSILON * Math.sign(value)) / 10;
}

/** The label of the level reached: an equivalent level of 2.9 has reached level 2. */
export function reachedLabel(framework: Framework, level: number | null): string | null {
  if (level === null) return null;
  // Tolerate floating-point noise: 2.9999999 computed from 3 exact answers is level 3.
  return labelOf(framework.scale, Math.floor(level + 1e-9));
}

export function buildScoreDocument(
  framework: Framework,
  assessment: Assessment,
  result: ScoreResult,
  actions: PlannedAction[],
): ScoreDocument {
  const themeTitles = new Map(framework.themes.map((t) => [t.id, t]));
  return {
    framework: { id: framework.id, version: framework.version, title: framework.title },
    organisation: assessment.organisation,
    date: assessment.date ?? null,
    respondents: assessment.respondents,
    scale: {
      min: framework.scale.min,
      max: framework.scale.max,
      target: result.target,
      levels: framework.scale.levels.map((l) => ({ level: l.level, label: l.label })),
    },
    overall: {
      score: round1(result.overall.score),
      level: round1(result.overall.level),
      label: reachedLabel(framework, result.overall.level),
      answered: result.overall.answered,
      notApplicable: result.overall.notApplicable,
      unanswered: result.overall.unanswered,
      total: result.overall.total,
    },
    themes: result.themes.map((t) => {
      const theme = themeTitles.get(t.id)!;
      return {
        id: t.id,
        title: theme.title,
        weight: theme.weight,
        score: round1(t.score),
        level: round1(t.level),
        label: reachedLabel(framework, t.level),
        answered: t.answered,
        notApplicable: t.notApplicable,
        total: t.total,
      };
    }),
    questions: result.questions.map((q) => ({
      id: q.id,
      theme: q.themeId,
      text: framework.questions.get(q.id)!.text,
      level: q.level,
      label: q.level === null ? null : labelOf(framework.scale, q.level),
      score: round1(q.score),
      notApplicable: q.notApplicable,
      votes: q.votes,
      spread: q.spread,
      ...(q.answer?.notes ? { notes: q.answer.notes } : {}),
      ...(q.answer?.evidence ? { evidence: q.answer.evidence } : {}),
      ...(q.answer?.confidence ? { confidence: q.answer.confidence } : {}),
      ...(q.answer?.reason ? { reason: q.answer.reason } : {}),
    })),
    actions: actions.map((a) => ({
      question: a.question,
      theme: a.themeId,
      fromLevel: a.fromLevel,
      toLevel: a.toLevel,
      text: a.text,
      owner: a.owner ?? null,
      horizon: a.horizon ?? null,
      source: a.source ?? null,
      priority: a.priority,
    })),
  };
}
