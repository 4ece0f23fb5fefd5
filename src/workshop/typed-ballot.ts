// The typed ballot: the room votes privately (a show of cards, a slip of paper), then the
// facilitator types everyone's votes in one line, in the team's order: "3 4 2", "-" for no vote.
import type { ChalkInstance } from 'chalk';
import type { Framework, Question } from '../core/framework.js';
import type { AnswerFile, RespondentFile } from '../core/schema.js';
import type { Prompter } from '../prompts/prompter.js';
import type { BallotBox, Collected, Round } from './ballot-box.js';
import { isAgreed, savedAnswerLine } from './verdict.js';
import { ABSTAIN, commandHints, formatVoteLine, parseVoteEntry } from './votes.js';

export interface TypedBallotDeps {
  prompter: Prompter;
  say: (text: string) => void;
  chalk: ChalkInstance;
  framework: Framework;
  respondents: readonly RespondentFile[];
}

/**
 * The question and every level's descriptor, for the room to read, and the answer already
 * saved for it, if any.
 */
export function showQuestion(
  deps: Pick<TypedBallotDeps, 'say' | 'chalk' | 'framework'> & { respondents: readonly RespondentFile[] },
  question: Question,
  saved?: AnswerFile,
): void {
  const { say, chalk: c, framework } = deps;
  say(c.bold(question.text));
  say(framework.scale.levels.map((l) => `  ${c.bold(String(l.level))} ${l.label}: ${question.levels.get(l.level) ?? ''}`).join('\n'));
  if (saved) say(c.cyan(savedAnswerLine(framework, deps.respondents, saved)));
}

export class TypedBallot implements BallotBox {
  private round: Round | undefined;
  private question: Question | undefined;
  /** The last vote line asked for the help, which has pushed the levels up the screen. */
  private helpShown = false;

  constructor(private readonly deps: TypedBallotDeps) {}

  async open(question: Question, round: Round): Promise<void> {
    this.round = round;
    this.question = question;
    this.helpShown = false;
    showQuestion(this.deps, question, round.saved);
  }

  async collect(): Promise<Collected> {
    const { prompter, respondents } = this.deps;
    const { scale } = this.deps.framework;
    const round = this.round;
    if (!round || !this.question) throw new Error('collect() before open()');
    // The room votes on the levels, so they are put back under the help before the next vote line.
    if (this.helpShown) showQuestion(this.deps, this.question, round.saved);
    this.helpShown = false;
    const { allowed } = round;
    const names = respondents.map((r) => r.name ?? r.id).join(', ');
    // An agreed answer's votes are offered again, as prepared votes are: Enter puts them to the room.
    const start = isAgreed(round.saved) && round.saved!.votes ? round.saved!.votes : round.prepared;
    for (;;) {
      const text = await prompter.input({
        message: `Votes for ${names} (${scale.min}–${scale.max} each, ${ABSTAIN} for none; ${commandHints(allowed, isAgreed(round.saved))})`,
        ...(start ? { default: formatVoteLine(start, respondents) } : {}),
        validate: (value) => {
          const entry = parseVoteEntry(value, respondents, scale, allowed);
          return entry.kind === 'invalid' ? entry.message : true;
        },
      });
      const entry = parseVoteEntry(text, respondents, scale, allowed);
      if (entry.kind === 'command') {
        this.helpShown = entry.command === 'help';
        return { kind: 'command', command: entry.command };
      }
      if (entry.kind === 'votes') return { kind: 'votes', votes: entry.votes };
    }
  }

  async revealed(): Promise<void> {}
  async agreed(): Promise<void> {}
  async close(): Promise<void> {
    this.round = undefined;
    this.question = undefined;
  }
  async end(): Promise<void> {}
}
