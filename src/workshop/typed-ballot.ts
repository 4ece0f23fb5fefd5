// The typed ballot: the room votes privately (a show of cards, a slip of paper), then the
// facilitator types everyone's votes in one line, in the team's order: "3 4 2", "-" for no vote.
import type { ChalkInstance } from 'chalk';
import type { Question, Scale } from '../core/framework.js';
import type { RespondentFile } from '../core/schema.js';
import type { Prompter } from '../prompts/prompter.js';
import type { BallotBox, Collected, Round } from './ballot-box.js';
import { ABSTAIN, formatVoteLine, parseVoteEntry } from './votes.js';

export interface TypedBallotDeps {
  prompter: Prompter;
  say: (text: string) => void;
  chalk: ChalkInstance;
  scale: Scale;
  respondents: readonly RespondentFile[];
}

/** The question and every level's descriptor, for the room to read. */
export function showQuestion(deps: Pick<TypedBallotDeps, 'say' | 'chalk' | 'scale'>, question: Question): void {
  const { say, chalk: c, scale } = deps;
  say(c.bold(question.text));
  say(scale.levels.map((l) => `  ${c.bold(String(l.level))} ${l.label}: ${question.levels.get(l.level) ?? ''}`).join('\n'));
}

export class TypedBallot implements BallotBox {
  private round: Round | undefined;

  constructor(private readonly deps: TypedBallotDeps) {}

  async open(question: Question, round: Round): Promise<void> {
    this.round = round;
    showQuestion(this.deps, question);
  }

  async collect(): Promise<Collected> {
    const { prompter, scale, respondents } = this.deps;
    const round = this.round;
    if (!round) throw new Error('collect() before open()');
    const { allowed } = round;
    const extras = [allowed.notApplicable && 'n = not applicable', 's = skip', allowed.back && 'b = back', allowed.help && '? = help'].filter(Boolean);
    const names = respondents.map((r) => r.name ?? r.id).join(', ');
    for (;;) {
      const text = await prompter.input({
        message: `Votes for ${names} (${scale.min}–${scale.max} each, ${ABSTAIN} for none; ${extras.join(', ')})`,
        ...(round.prepared ? { default: formatVoteLine(round.prepared, respondents) } : {}),
        validate: (value) => {
          const entry = parseVoteEntry(value, respondents, scale, allowed);
          return entry.kind === 'invalid' ? entry.message : true;
        },
      });
      const entry = parseVoteEntry(text, respondents, scale, allowed);
      if (entry.kind === 'command') return { kind: 'command', command: entry.command };
      if (entry.kind === 'votes') return { kind: 'votes', votes: entry.votes };
    }
  }

  async revealed(): Promise<void> {}
  async agreed(): Promise<void> {}
  async close(): Promise<void> {
    this.round = undefined;
  }
  async end(): Promise<void> {}
}
