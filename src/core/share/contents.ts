// What a share file holds, in words, for the terminal before the file is written: the council
// sees exactly what will leave it.
import { formatDate, listText, plural } from '../report-text.js';
import type { UnsignedShare } from './schema.js';

export function shareContentsText(share: UnsignedShare): string[] {
  const questions = share.themes.flatMap((t) => t.questions);
  const withNotes = questions.filter((q) => q.notes?.length).length;
  const roles = share.respondents.roles.map((r) => (r.count > 1 ? `${r.role} (${r.count})` : r.role));
  const noRole = share.respondents.count - share.respondents.roles.reduce((sum, r) => sum + r.count, 0);
  const people =
    share.respondents.count === 0
      ? 'the number of people who took part: not recorded in the answers'
      : `the number of people who took part, ${share.respondents.count}, and their roles: ${roles.length ? listText(roles) : 'none given'}` +
        (roles.length && noRole > 0 ? `; ${plural(noRole, 'person', 'people')} gave no role` : '');
  const lines = [
    share.organisation.anonymous
      ? `the pseudonym "${share.organisation.name}" in place of the organisation's name`
      : `the organisation's name, "${share.organisation.name}"`,
    `the framework: ${share.framework.title} (${share.framework.id}, version ${share.framework.version}) and a hash of its questions and weights`,
    share.assessed ? `the date of the assessment, ${formatDate(share.assessed)}, and today's date` : "today's date (the answers have no date of assessment)",
    `for each of the ${questions.length} questions: the agreed level, whether it is not applicable, and the spread of the votes (highest less lowest)`,
    `the score of each of the ${share.themes.length} themes and the overall score${share.overall.score === null ? '' : `, ${share.overall.score.toFixed(1)}`}`,
    people,
  ];
  if (share.includesNotes) {
    lines.push(
      withNotes
        ? `the notes on ${plural(withNotes, 'question', 'questions')}, as written but without who wrote them: read them for names and anything confidential before you send the file`
        : 'notes: none were recorded',
    );
  }
  const leftOut = share.includesNotes
    ? "people's names and ids, their votes, evidence, confidence, and reasons for not applicable"
    : "people's names and ids, their votes, notes, evidence, confidence, and reasons for not applicable";
  return ['The share file holds:', ...lines.map((l) => `  - ${l}`), `It leaves out ${leftOut}.`];
}
