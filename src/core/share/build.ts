// Building a share from an analysed assessment: the council's levels, spreads and scores, with
// people's names, ids, votes, evidence and (unless asked for) notes left out.
import type { Analysis } from '../analysis.js';
import type { Respondent, TeamMember } from '../answers.js';
import { round1 } from '../score-document.js';
import type { UnsignedShare } from './schema.js';
import { SHARE_FORMAT, SHARE_SCHEMA_VERSION } from './schema.js';

export interface ShareInput {
  analysis: Analysis;
  /** The real name, or the pseudonym when anonymous. */
  organisation: { name: string; anonymous: boolean };
  /** From io: the hash of frameworkStructureText(analysis.framework). */
  frameworkHash: string;
  /** Today, YYYY-MM-DD. */
  shared: string;
  toolVersion: string;
  /** With --with-notes: each question's notes, without who wrote them. */
  notes?: ReadonlyMap<string, string[]>;
}

export function buildShare(input: ShareInput): UnsignedShare {
  const { framework, assessment, result } = input.analysis;
  const themeScores = new Map(result.themes.map((t) => [t.id, t]));
  const questionScores = new Map(result.questions.map((q) => [q.id, q]));
  return {
    format: SHARE_FORMAT,
    schema: SHARE_SCHEMA_VERSION,
    organisation: { name: input.organisation.name.trim(), anonymous: input.organisation.anonymous },
    framework: {
      id: framework.id,
      version: framework.version,
      title: framework.title,
      hash: input.frameworkHash,
      ...(assessment.framework.id === framework.id ? answeredWith(assessment.framework.version, framework.version) : {}),
    },
    assessed: assessment.date ?? null,
    shared: input.shared,
    producedWith: `dma ${input.toolVersion}`,
    // The framework's own target: a share is compared with others on the same footing.
    scale: { min: framework.scale.min, max: framework.scale.max, target: framework.target },
    respondents: { count: assessment.respondents.length, roles: rolesOf(assessment.respondents) },
    includesNotes: input.notes !== undefined,
    overall: {
      score: round1(result.overall.score),
      answered: result.overall.answered,
      notApplicable: result.overall.notApplicable,
      total: result.overall.total,
    },
    themes: framework.themes.map((theme) => {
      const scored = themeScores.get(theme.id)!;
      return {
        id: theme.id,
        title: theme.title,
        weight: theme.weight,
        score: round1(scored.score),
        answered: scored.answered,
        notApplicable: scored.notApplicable,
        total: scored.total,
        questions: theme.questions.map((question) => {
          const q = questionScores.get(question.id)!;
          const notes = input.notes?.get(question.id) ?? [];
          return {
            id: question.id,
            weight: question.weight,
            level: q.level,
            notApplicable: q.notApplicable,
            spread: q.spread,
            ...(notes.length ? { notes } : {}),
          };
        }),
      };
    }),
  };
}

/**
 * The version the answers name, when it is not the one they are read against: a share of
 * last year's answers after an upgrade says so, and dma benchmark warns about its trend.
 */
function answeredWith(named: string | undefined, used: string): { answeredWith?: string } {
  return named !== undefined && named !== used ? { answeredWith: named } : {};
}

/** Each role once, with how many people had it, in the order they were listed. */
export function rolesOf(respondents: readonly Respondent[]): Array<{ role: string; count: number }> {
  const counts = new Map<string, number>();
  for (const r of respondents) {
    const role = r.role?.trim();
    if (role) counts.set(role, (counts.get(role) ?? 0) + 1);
  }
  return [...counts].map(([role, count]) => ({ role, count }));
}

/**
 * Every question's notes, one entry per file that has any, without the name of who wrote them
 * (a team's combined notes start with each person's name; these do not).
 */
export function notesWithoutNames(members: readonly TeamMember[]): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  for (const member of members) {
    for (const [questionId, answer] of member.assessment.answers) {
      const text = answer.notes?.trim();
      if (!text) continue;
      const list = notes.get(questionId) ?? [];
      list.push(text);
      notes.set(questionId, list);
    }
  }
  return notes;
}
