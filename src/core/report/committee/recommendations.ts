// Who the committee paper is from, and the recommendations drafted from the results: note the
// results, endorse the action plan naming its priority actions, and ask for a report back.
import type { ReportModel } from '../model-types.js';
import { RAG_AMBER } from '../rules.js';
import type { ActionView, PersonView } from '../types.js';
import type { Wording } from '../wording/index.js';
import type { CommitteeView, RagRow, Recommendation } from './types.js';

/**
 * "Report of": the first respondent whose role names a chief information officer (a CIO, or a
 * Chief Digital and Information Officer), else a chief digital or technology officer (CDO, CTO),
 * else the chief executive (CEO), else a placeholder for the author to fill in. The patterns
 * are the wording's, so a translation can name the roles in its own language.
 */
export function reportOf(respondents: PersonView[], w: Wording): CommitteeView['reportOf'] {
  for (const pattern of w.committee.reportOfRoles) {
    const person = respondents.find((p) => p.role !== null && pattern.test(p.role));
    if (person) return { text: spelledOut(w, person.role!), person, placeholder: false };
  }
  return { text: w.committee.reportOfPlaceholder, person: null, placeholder: true };
}

/** "CIO" → "Chief Information Officer"; any other role as it is written. */
function spelledOut(w: Wording, role: string): string {
  const key = role.replace(/[.\s]/g, '').toLowerCase();
  return Object.hasOwn(w.committee.roleSpelledOut, key) ? w.committee.roleSpelledOut[key]! : role;
}

/** Recommendation 1: note the results, saying how many questions are answered when not all are. */
function notesTheResults(m: ReportModel, w: Wording, c: { overall: RagRow; red: RagRow[]; findings: string }): string {
  const r = w.committee.recommendations;
  const o = m.overall;
  const result = {
    change: m.comparison ? r.sinceBaseline(m.comparison.assessed?.text ?? null) : '',
    levelText: o.levelText,
    label: o.label ?? '',
    target: m.scale.targetPhrase,
    rating: c.overall.ratingText,
    red: c.red.map((row) => row.title),
    redGap: RAG_AMBER,
    section: c.findings,
  };
  if (m.summary.completeness === 'complete') return r.notes(result);
  return r.notesSoFar({ ...result, answered: o.answered, total: o.total, notApplicable: o.notApplicable, unanswered: o.unanswered, provisional: m.summary.completeness === 'provisional' });
}

function actionLine(w: Wording, a: ActionView): string {
  return w.committee.recommendations.actionLine(a.text, a.owner, a.horizon ? a.horizonText : null);
}

export function recommendations(
  m: ReportModel,
  w: Wording,
  c: { author: CommitteeView['reportOf']; overall: RagRow; red: RagRow[]; findings: string; actions: string },
): Recommendation[] {
  const r = w.committee.recommendations;
  if (m.overall.level === null) return [{ number: 1, text: r.notCompleted, items: [] }];
  const out: Recommendation[] = [{ number: 1, text: notesTheResults(m, w, c), items: [] }];
  if (m.actions.count === 0) return [...out, { number: 2, text: r.noActions, items: [] }];
  const priority = m.summary.topActions;
  return [
    ...out,
    { number: 2, text: r.endorse(c.actions, priority.length), items: priority.map((a) => actionLine(w, a)) },
    { number: 3, text: r.reportBack(c.author.placeholder ? w.committee.reportOfPlaceholder : c.author.text), items: [] },
  ];
}
