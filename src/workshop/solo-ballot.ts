// One person answering alone: each question is a list of its levels (with their full
// descriptors) and the commands; the level chosen is the answer, with no vote to reveal.
import type { Framework, Question } from '../core/framework.js';
import type { Choice, Prompter } from '../prompts/prompter.js';
import type { BallotBox, Collected, Round } from './ballot-box.js';
import { verdict } from './verdict.js';

export interface SoloBallotDeps {
  prompter: Prompter;
  framework: Framework;
}

type SoloChoice = { kind: 'level'; level: number } | { kind: 'na' } | { kind: 'help' } | { kind: 'skip' } | { kind: 'back' };

const COMMAND = { na: 'not-applicable', help: 'help', skip: 'skip', back: 'back' } as const;

export class SoloBallot implements BallotBox {
  private showing: { question: Question; round: Round } | undefined;

  constructor(private readonly deps: SoloBallotDeps) {}

  async open(question: Question, round: Round): Promise<void> {
    this.showing = { question, round };
  }

  async collect(): Promise<Collected> {
    if (!this.showing) throw new Error('collect() before open()');
    const { question, round } = this.showing;
    const choices = this.choices(question, round);
    const saved = round.saved;
    const defaultChoice = saved?.notApplicable
      ? choices.find((c) => c.value.kind === 'na')?.value
      : choices.find((c) => c.value.kind === 'level' && c.value.level === saved?.level)?.value;
    const choice = await this.deps.prompter.select({ message: question.text, choices, default: defaultChoice });
    return choice.kind === 'level' ? { kind: 'level', level: choice.level } : { kind: 'command', command: COMMAND[choice.kind] };
  }

  private choices(question: Question, round: Round): Array<Choice<SoloChoice>> {
    const { framework } = this.deps;
    const choices: Array<Choice<SoloChoice>> = framework.scale.levels.map((l) => ({
      value: { kind: 'level', level: l.level },
      name: `${l.level} ${l.label}: ${(question.levels.get(l.level) ?? '').trim()}`,
    }));
    if (round.allowed.notApplicable) choices.push({ value: { kind: 'na' }, name: 'Not applicable to our council' });
    if (round.allowed.help) choices.push({ value: { kind: 'help' }, name: 'Help: why this matters and what evidence shows' });
    choices.push({ value: { kind: 'skip' }, name: round.saved ? `Keep the saved answer (${verdict(framework, round.saved)})` : 'Skip for now' });
    if (round.allowed.back) choices.push({ value: { kind: 'back' }, name: 'Back to the previous question' });
    return choices;
  }

  async revealed(): Promise<void> {}
  async agreed(): Promise<void> {}
  async close(): Promise<void> {
    this.showing = undefined;
  }
  async end(): Promise<void> {}
}
