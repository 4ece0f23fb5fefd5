// How the agreed levels were reached, from the answers themselves: a team of separate answers
// files (each level the median of the files'), a workshop file (votes, then a level the room
// agreed, the median by default), or neither (levels with no votes). The method section and the
// committee paper say only what these facts support.
import { medianRoundedDown } from '../answers.js';
import type { BuildContext } from './context.js';
import type { AgreementFacts } from './wording/method.js';

export function agreementFacts(ctx: BuildContext): AgreementFacts {
  const { assessment, result } = ctx.analysis;
  const people = assessment.respondents.map((r) => r.id);
  const facts: AgreementFacts = {
    answersFiles: assessment.answersFiles,
    unanswered: result.overall.unanswered,
    withVotes: 0,
    agreed: 0,
    notMedian: 0,
    votesOnly: 0,
    levelWithoutVotes: 0,
    notEveryone: 0,
  };
  for (const q of result.questions) {
    const answer = q.answer;
    if (!answer || answer.level === null) continue;
    const votes = Object.values(answer.votes);
    if (votes.length === 0) {
      facts.levelWithoutVotes++;
      continue;
    }
    facts.withVotes++;
    if (people.some((id) => !Object.hasOwn(answer.votes, id))) facts.notEveryone++;
    if (answer.levelFrom === 'given') {
      facts.agreed++;
      if (answer.level !== medianRoundedDown(votes)) facts.notMedian++;
    } else facts.votesOnly++;
  }
  return facts;
}
