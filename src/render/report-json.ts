// The JSON report: the contract's score document, every field unchanged, plus a `report`
// object with what the report adds (comparison, disagreements, roles, evidence warnings, RAG
// ratings, the summary's actions and the next steps). Role names and people are values in
// lists, never object keys, so no text from an answers file can collide with a key.
// The zod schema is the definition: its type, and schema/report.schema.json.
import * as z from 'zod/mini';
import { CHANGES, RAG_RATINGS } from '../core/report/index.js';
import type { ReportModel } from '../core/report/index.js';
import { CONFIDENCES } from '../core/schema.js';
import { scoreDocumentSchema } from '../core/score-document.js';
import type { ScoreDocument } from '../core/score-document.js';

/** The schema, built when first asked for (by the build and the tests): rendering needs only its type. */
function buildSchema() {
  const nullableNumber = z.nullable(z.number());
  const level = z.nullable(z.number());
  const change = z.enum(CHANGES);
  const rating = z.enum(RAG_RATINGS);
  const questionState = z.object({ level: z.nullable(z.int()), notApplicable: z.boolean() });

  return z.extend(scoreDocumentSchema(), {
    report: z.object({
      toolVersion: z.string(),
      generated: z.string(),
      target: z.object({ level: z.int(), label: z.string(), overridden: z.boolean() }),
      summary: z.object({
        paragraphs: z.array(z.string()),
        strongest: z.array(z.object({ theme: z.string(), level: z.number() })),
        weakest: z.array(z.object({ theme: z.string(), level: z.number() })),
        /** Priorities (into `actions`) of the actions the summary names. */
        topActions: z.array(z.int()),
      }),
      /** Priorities (into `actions`) of the next step of each question below the target, at most 12: a committee paper's body. */
      nextSteps: z.array(z.int()),
      disagreements: z.array(
        z.object({
          question: z.string(),
          level: z.nullable(z.int()),
          spread: z.int(),
          lowest: z.int(),
          highest: z.int(),
          votes: z.array(z.object({ respondent: z.string(), level: z.int() })),
        }),
      ),
      roles: z.nullable(
        z.object({
          roles: z.array(z.object({ role: z.string(), respondents: z.array(z.string()) })),
          themes: z.array(
            z.object({
              theme: z.nullable(z.string()),
              means: z.array(z.object({ role: z.string(), mean: nullableNumber, votes: z.int() })),
              gap: nullableNumber,
            }),
          ),
        }),
      ),
      evidenceWarnings: z.array(z.object({ question: z.string(), level: z.int(), confidence: z.nullable(z.enum(CONFIDENCES)) })),
      /** The red/amber/green rating of each theme and overall against the target (README, "Committee papers"). */
      ratings: z.object({
        themes: z.array(z.object({ theme: z.string(), level, gap: nullableNumber, rating, ratingText: z.string() })),
        overall: z.object({ level, gap: nullableNumber, rating, ratingText: z.string() }),
      }),
      baseline: z.nullable(
        z.object({
          organisation: z.string(),
          date: z.nullable(z.string()),
          respondents: z.array(z.string()),
          frameworkVersion: z.nullable(z.string()),
          overall: z.object({ from: level, to: level, delta: nullableNumber, change }),
          themes: z.array(z.object({ theme: z.string(), from: level, to: level, delta: nullableNumber, change })),
          questions: z.array(z.object({ question: z.string(), from: questionState, to: questionState, change: z.enum(['up', 'down', 'new', 'dropped']) })),
        }),
      ),
    }),
  });
}

let schema: ReturnType<typeof buildSchema> | undefined;

export function jsonReportSchema(): ReturnType<typeof buildSchema> {
  return (schema ??= buildSchema());
}

export type JsonReport = z.infer<ReturnType<typeof jsonReportSchema>>;
type Report = JsonReport['report'];

function baseline(model: ReportModel): Report['baseline'] {
  const c = model.comparison;
  if (!c) return null;
  return {
    organisation: c.organisation,
    date: c.assessed?.iso ?? null,
    respondents: c.respondents.map((p) => p.id),
    frameworkVersion: c.baselineFrameworkVersion,
    overall: { from: c.overall.from, to: c.overall.to, delta: c.overall.delta, change: c.overall.change },
    themes: c.themes.map((t) => ({ theme: t.id, from: t.from, to: t.to, delta: t.delta, change: t.change })),
    questions: c.questionsMoved.map((m) => ({
      question: m.question.id,
      from: { level: m.from.level, notApplicable: m.from.notApplicable },
      to: { level: m.to.level, notApplicable: m.to.notApplicable },
      change: m.change,
    })),
  };
}

function roles(model: ReportModel): Report['roles'] {
  const r = model.team.roles;
  if (!r) return null;
  return {
    roles: r.roles.map((role) => ({ role: role.role, respondents: role.people.map((p) => p.id) })),
    themes: [...r.themes, r.overall].map((row) => ({
      theme: row.themeId,
      means: row.cells.map((cell) => ({ role: cell.role, mean: cell.mean, votes: cell.votes })),
      gap: row.gap,
    })),
  };
}

export function buildJsonReport(document: ScoreDocument, model: ReportModel): JsonReport {
  const o = model.overall;
  return {
    ...document,
    report: {
      toolVersion: model.tool.version,
      generated: model.generated.iso,
      target: { level: model.scale.target, label: model.scale.targetLabel, overridden: model.scale.targetOverridden },
      summary: {
        paragraphs: model.summary.paragraphs,
        strongest: model.summary.strongest.map((t) => ({ theme: t.id, level: t.level })),
        weakest: model.summary.weakest.map((t) => ({ theme: t.id, level: t.level })),
        topActions: model.summary.topActions.map((a) => a.priority),
      },
      nextSteps: model.actions.nextSteps.map((a) => a.priority),
      disagreements: model.team.disagreements.map((d) => ({
        question: d.question.id,
        level: d.level,
        spread: d.spread,
        lowest: d.lowest,
        highest: d.highest,
        votes: d.votes.map((v) => ({ respondent: v.respondent.id, level: v.level })),
      })),
      roles: roles(model),
      evidenceWarnings: model.evidenceWarnings.map((w) => ({ question: w.question.id, level: w.level, confidence: w.confidence })),
      ratings: {
        themes: model.themes.map((t) => ({ theme: t.id, level: t.level, gap: t.gap, rating: t.rating, ratingText: t.ratingText })),
        overall: { level: o.level, gap: o.gap, rating: o.rating, ratingText: o.ratingText },
      },
      baseline: baseline(model),
    },
  };
}

export function renderJson(document: ScoreDocument, model: ReportModel): string {
  return `${JSON.stringify(buildJsonReport(document, model), null, 2)}\n`;
}
