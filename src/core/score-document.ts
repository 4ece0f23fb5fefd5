// The score document of section 4 of the contract: what `dma score --json` and
// `dma report -f json` print. Extra fields are additions; none of the contract's are renamed.
// The zod schema is the document's definition: its type, and schema/score.schema.json.
import * as z from 'zod/mini';
import type { Assessment } from './answers.js';
import type { Framework } from './framework.js';
import { labelOf } from './framework.js';
import type { PlannedAction } from './planning.js';
import { CONFIDENCES, HORIZONS } from './schema.js';
import type { ScoreResult } from './scoring.js';

/** The schema, built when first asked for (by the build and the tests): a command only needs its type. */
function buildSchema() {
  const nullableNumber = z.nullable(z.number());
  const nullableText = z.nullable(z.string());
  return z.object({
    framework: z.object({ id: z.string(), version: z.string(), title: z.string() }),
    organisation: z.string(),
    date: nullableText,
    respondents: z.array(z.object({ id: z.string(), name: z.optional(z.string()), role: z.optional(z.string()) })),
    scale: z.object({
      min: z.int(),
      max: z.int(),
      target: z.int(),
      levels: z.array(z.object({ level: z.int(), label: z.string() })),
    }),
    overall: z.object({
      score: nullableNumber,
      level: nullableNumber,
      label: nullableText,
      answered: z.int(),
      notApplicable: z.int(),
      unanswered: z.int(),
      total: z.int(),
    }),
    themes: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        weight: z.number(),
        score: nullableNumber,
        level: nullableNumber,
        label: nullableText,
        answered: z.int(),
        notApplicable: z.int(),
        total: z.int(),
      }),
    ),
    questions: z.array(
      z.object({
        id: z.string(),
        theme: z.string(),
        text: z.string(),
        level: z.nullable(z.int()),
        label: nullableText,
        score: nullableNumber,
        notApplicable: z.boolean(),
        votes: z.record(z.string(), z.int()),
        spread: z.nullable(z.int()),
        notes: z.optional(z.string()),
        evidence: z.optional(z.string()),
        confidence: z.optional(z.enum(CONFIDENCES)),
        reason: z.optional(z.string()),
      }),
    ),
    actions: z.array(
      z.object({
        question: z.string(),
        theme: z.string(),
        fromLevel: z.int(),
        toLevel: z.int(),
        text: z.string(),
        owner: nullableText,
        horizon: z.nullable(z.enum(HORIZONS)),
        source: nullableText,
        priority: z.int(),
      }),
    ),
  });
}

let schema: ReturnType<typeof buildSchema> | undefined;

export function scoreDocumentSchema(): ReturnType<typeof buildSchema> {
  return (schema ??= buildSchema());
}

/** The score document: section 4 of the contract, and every field dma adds to it. */
export type ScoreDocument = z.infer<ReturnType<typeof scoreDocumentSchema>>;

export function round1(value: number): number;
export function round1(value: number | null): number | null;
export function round1(value: number | null): number | null {
  return value === null ? null : Math.round(value * 10 + Number.EPSILON * Math.sign(value)) / 10;
}

/**
 * The label of the level reached, as the level is shown (to one decimal place): 2.9 has reached
 * level 2, and 1.97, shown as 2.0, level 2, so a label never contradicts the figure beside it.
 */
export function reachedLabel(framework: Framework, level: number | null): string | null {
  if (level === null) return null;
  // Rounding first also absorbs floating-point noise: 2.9999999 from three answers of 3 is level 3.
  return labelOf(framework.scale, Math.floor(round1(level)));
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
