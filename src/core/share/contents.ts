// What a share file holds, in words (the wording module's), for the terminal before the file is
// written: the council sees exactly what will leave it.
import { fewerThanHalf } from '../report/rules.js';
import { SHARE_WORDING as W } from '../report/wording/share.js';
import type { ShareQuestion, UnsignedShare } from './schema.js';

export function shareContentsText(share: UnsignedShare): string[] {
  const questions = share.themes.flatMap((t) => t.questions);
  const withNotes = questions.filter((q) => q.notes?.length).length;
  const roles = share.respondents.roles.map((r) => W.role(r.role, r.count));
  const noRole = share.respondents.count - share.respondents.roles.reduce((sum, r) => sum + r.count, 0);
  const lines = [
    share.organisation.anonymous ? W.pseudonym(share.organisation.name) : W.name(share.organisation.name),
    W.framework(share.framework.title, share.framework.id, share.framework.version),
    ...(share.framework.answeredWith === undefined ? [] : [W.answeredWith(share.framework.answeredWith, share.framework.version)]),
    W.dates(share.assessed),
    W.questions(questions.length, answeredCounts(questions)),
    W.scores(share.themes.length, share.overall.score === null ? null : share.overall.score.toFixed(1)),
    share.respondents.count === 0 ? W.noPeople : W.people(share.respondents.count, roles, noRole),
  ];
  if (share.includesNotes) lines.push(W.notes(withNotes));
  return [W.holds, ...lines.map((l) => `  - ${l}`), W.leftOut(share.includesNotes), ...(share.organisation.anonymous ? [W.pseudonymHidesNameOnly] : [])];
}

/** Answered out of the questions that apply, as dma score counts them; provisional below half. */
function answeredCounts(questions: readonly ShareQuestion[]): { answered: number; applicable: number; provisional: boolean } {
  const applicable = questions.filter((q) => !q.notApplicable).length;
  const answered = questions.filter((q) => q.level !== null).length;
  return { answered, applicable, provisional: fewerThanHalf(answered, applicable) };
}
