// en-GB: how the report explains its method.
import { COMMON } from './common.js';

export interface MethodFacts {
  min: number;
  minLabel: string;
  max: number;
  maxLabel: string;
  target: number;
  targetLabel: string;
  /** The framework's own target, when --target set another; else null. */
  frameworkTarget: number | null;
  threshold: number;
  /** The framework's rule for choosing a level (dma's unless the framework sets its own). */
  choosingRule: string;
}

export interface AgreementFacts {
  /** Answers files the assessment was made from (more than 1: a team of separate files). */
  answersFiles: number;
  /** Questions with no answer at all. */
  unanswered: number;
  /** Answered questions (a level, not "not applicable") with at least one vote. */
  withVotes: number;
  /** Of those, the ones whose level was given in the file: agreed in the room. */
  agreed: number;
  /** Of the agreed ones, those whose level is not the median of the votes, rounded down. */
  notMedian: number;
  /** Answered questions whose level is the median of their votes, none agreed (a votes-only answer). */
  votesOnly: number;
  /** Answered questions with a level but no votes, in an assessment that has votes elsewhere. */
  levelWithoutVotes: number;
  /** Answered questions on which not every respondent voted. */
  notEveryone: number;
}

const { capitalise } = COMMON;
const questions = COMMON.count.questions;
const has = (n: number) => (n === 1 ? 'has' : 'have');

/**
 * How the agreed levels were reached, as far as the answers show it; null when no votes were
 * recorded. Says "every question" only when everyone answered every question.
 */
function agreement(f: AgreementFacts): string | null {
  if (f.answersFiles > 1) {
    return f.unanswered === 0 && f.notEveryone === 0
      ? 'Each person answered every question on their own, in a separate answers file; where their answers differed, the agreed level is the median of their answers, rounded down.'
      : 'Each person answered on their own, in a separate answers file, though not everyone answered every question; where their answers differed, the agreed level is the median of the answers given, rounded down.';
  }
  if (f.withVotes === 0) return null;
  const sentences =
    f.agreed > 0
      ? [
          'Each person voted before the votes were shown; the room then agreed a level, starting from the median of the votes, rounded down.',
          ...(f.notMedian ? [`On ${f.notMedian} of the ${questions(f.agreed)} agreed this way, the room settled on a level other than the median.`] : []),
        ]
      : ['Each person voted before the votes were shown; the room has not yet agreed a level, so each level is the median of the votes, rounded down.'];
  if (f.agreed > 0 && f.votesOnly > 0) {
    sentences.push(`${capitalise(questions(f.votesOnly))} ${has(f.votesOnly)} votes but no agreed level yet; ${f.votesOnly === 1 ? 'its' : 'their'} level is the median of the votes, rounded down.`);
  }
  if (f.notEveryone > 0) sentences.push(`On ${questions(f.notEveryone)}, not everyone voted.`);
  if (f.levelWithoutVotes > 0) sentences.push(`${capitalise(questions(f.levelWithoutVotes))} ${has(f.levelWithoutVotes)} a level but no votes recorded.`);
  return sentences.join(' ');
}

export const METHOD_WORDING = {
  agreement,
  helpNote: "Under each question, this report gives the first paragraph of the question's help; the rest is in the framework file and on screen in the workshop.",
  helpNoteFolded: (fold: string) =>
    `Under each question, this report gives the first paragraph of the question's help; the rest is folded under “${fold}” (it is not printed).`,
  paragraphs: (f: MethodFacts, agreed: string | null): string[] => [
    `Each question is answered with a level from ${f.min} (${f.minLabel}) to ${f.max} (${f.maxLabel}); the framework describes what every level looks like for every question. ` +
      `Each level is chosen by one rule: “${f.choosingRule}”${agreed === null ? '' : ` ${agreed}`}`,
    `A question's score is its place on the scale out of 100: 100 × (level − ${f.min}) ÷ (${f.max} − ${f.min}). ` +
      "A theme's score is the weighted average of its answered questions' scores; questions marked not applicable and questions not answered are left out. " +
      'The overall score is the weighted average of the themes that have at least one answer.',
    `Scores are shown as equivalent levels, ${f.min} + score × (${f.max} − ${f.min}) ÷ 100, so a theme at level 2.5 is halfway between levels 2 and 3. ` +
      'Scores and levels are rounded to one decimal place. A label, such as the overall label, is that of the whole level at or below the level as shown: 2.9 has level 2’s label, and 2.96, shown as 3.0, level 3’s.',
    f.frameworkTarget === null
      ? `The target is level ${f.target} (${f.targetLabel}), as the framework sets it.`
      : `The target for this report is level ${f.target} (${f.targetLabel}), set in place of the framework's level ${f.frameworkTarget}.`,
    'The gap to the target is the target less the level as shown, to one decimal place; at or above the target, the gap is 0. ' +
      'Actions come from the framework: for each answered question below the target, the steps that lead from its level up to the target. ' +
      'The most important come first: the further below the target, and the heavier the question and its theme, the higher the priority.',
    `Votes ${f.threshold} or more levels apart are shown as a disagreement. A level at or above the target with no evidence recorded is flagged. ` +
      'Against a baseline, a level has gone up or down when it changed once rounded to one decimal place.',
  ],
};
