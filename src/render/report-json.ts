// The JSON report: the contract's score document, every field unchanged, plus a `report`
// object with what the report adds (comparison, disagreements, roles, evidence warnings).
// Role names and people are values in lists, never object keys, so no text from an answers
// file can collide with a key.
import type { ScoreDocument } from '../core/score-document.js';
import type { ReportModel } from '../core/report-model.js';

export interface JsonReport extends ScoreDocument {
  report: {
    toolVersion: string;
    generated: string;
    target: { level: number; label: string; overridden: boolean };
    summary: {
      paragraphs: string[];
      strongest: Array<{ theme: string; level: number }>;
      weakest: Array<{ theme: string; level: number }>;
      /** Priorities (into `actions`) of the actions the summary names. */
      topActions: number[];
    };
    disagreements: Array<{
      question: string;
      level: number | null;
      spread: number;
      lowest: number;
      highest: number;
      votes: Array<{ respondent: string; level: number }>;
    }>;
    roles: {
      roles: Array<{ role: string; respondents: string[] }>;
      themes: Array<{ theme: string | null; means: Array<{ role: string; mean: number | null; votes: number }>; gap: number | null }>;
    } | null;
    evidenceWarnings: Array<{ question: string; level: number; confidence: string | null }>;
    /** The committee paper's red/amber/green rating of each theme against the target (README, "Committee papers"). */
    ratings: {
      themes: Array<{ theme: string; level: number | null; gap: number | null; rating: string; ratingText: string }>;
      overall: { level: number | null; gap: number | null; rating: string; ratingText: string };
    };
    baseline: {
      organisation: string;
      date: string | null;
      respondents: string[];
      frameworkVersion: string | null;
      overall: { from: number | null; to: number | null; delta: number | null; change: string };
      themes: Array<{ theme: string; from: number | null; to: number | null; delta: number | null; change: string }>;
      questions: Array<{
        question: string;
        from: { level: number | null; notApplicable: boolean };
        to: { level: number | null; notApplicable: boolean };
        change: string;
      }>;
    } | null;
  };
}

export function buildJsonReport(document: ScoreDocument, model: ReportModel): JsonReport {
  const c = model.comparison;
  const roles = model.team.roles;
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
      disagreements: model.team.disagreements.map((d) => ({
        question: d.question.id,
        level: d.level,
        spread: d.spread,
        lowest: d.lowest,
        highest: d.highest,
        votes: d.votes.map((v) => ({ respondent: v.respondent.id, level: v.level })),
      })),
      roles: roles && {
        roles: roles.roles.map((r) => ({ role: r.role, respondents: r.people.map((p) => p.id) })),
        themes: [...roles.themes, roles.overall].map((row) => ({
          theme: row.themeId,
          means: row.cells.map((cell) => ({ role: cell.role, mean: cell.mean, votes: cell.votes })),
          gap: row.gap,
        })),
      },
      evidenceWarnings: model.evidenceWarnings.map((w) => ({ question: w.question.id, level: w.level, confidence: w.confidence })),
      ratings: {
        themes: model.committee.findings.themes.map((r) => ({ theme: r.id!, level: r.level, gap: r.gap, rating: r.rating, ratingText: r.ratingText })),
        overall: (({ level, gap, rating, ratingText }) => ({ level, gap, rating, ratingText }))(model.committee.findings.overall),
      },
      baseline: c && {
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
      },
    },
  };
}

export function renderJson(document: ScoreDocument, model: ReportModel): string {
  return `${JSON.stringify(buildJsonReport(document, model), null, 2)}\n`;
}
