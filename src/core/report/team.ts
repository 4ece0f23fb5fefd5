// The team view: who took part, where their votes were far apart, and each role's mean vote.
import { DISAGREEMENT_SPREAD } from '../answers.js';
import { round1 } from '../score-document.js';
import type { QuestionScore } from '../scoring.js';
import type { BuildContext } from './context.js';
import { peopleText } from './context.js';
import { formatLevel } from './format.js';
import type { TeamView } from './model-types.js';
import type { DisagreementView, PersonView, RoleCell, RoleRow, RolesView } from './types.js';

export function teamSection(ctx: BuildContext, disagreements: DisagreementView[]): TeamView {
  const { w } = ctx;
  const respondents = ctx.respondents;
  const hasVotes = ctx.analysis.result.questions.some((q) => Object.keys(q.votes).length > 0);
  return {
    size: respondents.length,
    isTeam: respondents.length > 1,
    respondents,
    respondentsText: peopleText(w, respondents),
    hasVotes,
    threshold: DISAGREEMENT_SPREAD,
    disagreements,
    roles: rolesView(ctx),
    note: hasVotes ? null : respondents.length > 1 ? w.team.noVotes : w.team.noVotesOne,
  };
}

function roleRow(
  byRole: Map<string, PersonView[]>,
  row: { themeId: string | null; number: number | null; title: string },
  questions: readonly QuestionScore[],
): RoleRow {
  const cells: RoleCell[] = [...byRole].map(([role, people]) => {
    const votes = questions
      .filter((q) => !q.notApplicable)
      .flatMap((q) => people.filter((p) => Object.hasOwn(q.votes, p.id)).map((p) => q.votes[p.id]!));
    const mean = votes.length ? round1(votes.reduce((a, b) => a + b, 0) / votes.length) : null;
    return { role, mean, meanText: formatLevel(mean), votes: votes.length };
  });
  const means = cells.map((c) => c.mean).filter((m): m is number => m !== null);
  const gap = means.length >= 2 ? round1(Math.max(...means) - Math.min(...means)) : null;
  return { ...row, cells, gap, gapText: formatLevel(gap) };
}

function rolesView(ctx: BuildContext): RolesView | null {
  const { respondents, analysis } = ctx;
  const roleNames = [...new Set(respondents.map((p) => p.role).filter((r): r is string => r !== null))];
  if (roleNames.length === 0) return null;
  const anyRoleVote = analysis.result.questions.some((q) => respondents.some((p) => p.role !== null && Object.hasOwn(q.votes, p.id)));
  if (!anyRoleVote) return null;
  const byRole = new Map(roleNames.map((role) => [role, respondents.filter((p) => p.role === role)]));
  return {
    roles: roleNames.map((role) => {
      const people = byRole.get(role)!;
      return { role, people, peopleText: people.map((p) => p.name).join(', ') };
    }),
    themes: analysis.result.themes.map((t, i) => roleRow(byRole, { themeId: t.id, number: i + 1, title: ctx.framework.themes[i]!.title }, t.questions)),
    overall: roleRow(byRole, { themeId: null, number: null, title: ctx.w.team.allThemes }, analysis.result.questions),
    withoutRole: respondents.filter((p) => p.role === null),
  };
}
