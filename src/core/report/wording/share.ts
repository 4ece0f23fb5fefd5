// en-GB: what `dma share` says a share file holds, on the terminal before it writes the file, so
// the council sees exactly what will leave it. Functions of plain values.
import { COMMON } from './common.js';

const { date, list, plural } = COMMON;

export const SHARE_WORDING = {
  holds: 'The share file holds:',
  pseudonym: (name: string) => `the pseudonym "${name}" in place of the organisation's name`,
  name: (name: string) => `the organisation's name, "${name}"`,
  framework: (title: string, id: string, version: string) => `the framework: ${title}, version ${version} (id ${id}), and a hash of its questions and weights`,
  /** After `framework`, when the answers were written for another version. */
  answeredWith: (answered: string, version: string) =>
    `that the answers were made with version ${answered} of the framework and are read against version ${version}: dma benchmark warns when it compares them with answers made with another version`,
  dates: (assessed: string | null) => (assessed ? `the date of the assessment, ${date(assessed)}, and today's date` : "today's date (the answers have no date of assessment)"),
  /**
   * Questions with no answer in the file, which the share marks as such, counted as dma score and
   * dma validate count them: out of the questions that apply. `provisional`: fewer than half.
   */
  questions: (n: number, c: { answered: number; applicable: number; provisional: boolean }) => {
    const each = `for each of the ${n} questions: the agreed level, whether it is not applicable, and the spread of the votes (highest less lowest)`;
    const unanswered = c.applicable - c.answered;
    if (unanswered === 0) return each;
    const counts = `; ${c.answered} of the ${plural(c.applicable, 'question', 'questions')} that apply ${c.answered === 1 ? 'is' : 'are'} answered and ${unanswered} ${unanswered === 1 ? 'is' : 'are'} not`;
    return `${each}${counts}${c.provisional ? ': fewer than half, so a benchmark will show this council but not rank it' : ''}`;
  },
  scores: (themes: number, overall: string | null) => `the score of each of the ${themes} themes and the overall score${overall === null ? '' : `, ${overall}`}`,
  noPeople: 'the number of people who took part: not recorded in the answers',
  /** `roles`: "Chief Executive (2)", "Leader"; `noRole`: how many gave none. */
  people: (count: number, roles: readonly string[], noRole: number) =>
    `the number of people who took part, ${count}, and their roles: ${roles.length ? list(roles) : 'none given'}` +
    (roles.length && noRole > 0 ? `; ${plural(noRole, 'person', 'people')} gave no role` : ''),
  role: (role: string, count: number) => (count > 1 ? `${role} (${count})` : role),
  notes: (questions: number) =>
    questions
      ? `the notes on ${plural(questions, 'question', 'questions')}, as written but without who wrote them: read them for names and anything confidential before you send the file`
      : 'notes: none were recorded',
  /** After `leftOut`, for an anonymous share. */
  pseudonymHidesNameOnly:
    'The pseudonym hides only the name: the date, the number of people and their roles, and which questions are not applicable can still narrow down which council it is.',
  leftOut: (withNotes: boolean) =>
    withNotes
      ? "It leaves out people's names and ids, their votes, evidence, confidence, and reasons for not applicable."
      : "It leaves out people's names and ids, their votes, notes, evidence, confidence, and reasons for not applicable.",
};

export type ShareWording = typeof SHARE_WORDING;
