// A scripted fake Prompter: the test writes down, in order, every prompt the workshop should
// show and what the room answers, and the fake plays it back. Any prompt that does not match
// the next expected step, or comes after the script has run out, fails loudly with the
// transcript so far. Every prompt is recorded (message, choice names, default) for assertions.
//
//   const room = scripted(
//     { select: 'Is there a written vision?', answer: choose('2 Half') },
//     { select: 'Anything to record', answer: choose('Next question') },
//     { input: 'Votes for Sam, Ali, Jo', answer: '3 4 2', rejects: ['3 4', { text: 'x y z', message: /not a level/ }] },
//     { confirm: 'Replace the saved answer', answer: true },
//     { cancel: true }, // Ctrl+C at whatever prompt comes next
//   );
import { isDeepStrictEqual } from 'node:util';
import type { Choice, ConfirmOptions, InputOptions, Prompter, SelectOptions } from '../../src/prompts/prompter.js';
import { PromptCancelled } from '../../src/prompts/prompter.js';

/** A message matcher: a substring, a regular expression or a predicate. */
export type Matcher = string | RegExp | ((message: string) => boolean);

export type PromptKind = 'select' | 'input' | 'confirm';

/** Picks a value from the choices a select offers (see `choose` and `pick`). */
export type ChoicePicker = (choices: ReadonlyArray<Choice<unknown>>, options: SelectOptions<unknown>) => unknown;

export interface SelectStep {
  select: Matcher;
  /** A choice's value, or a function (e.g. `choose('Skip')`) that picks one from the choices. */
  answer: unknown;
  /** Optional: a check on the prompt before it is answered (throw or use expect inside). */
  check?: (options: SelectOptions<unknown>) => void;
}

export interface Rejection {
  text: string;
  /** What the validation message should say. */
  message?: Matcher;
}

export interface InputStep {
  input: Matcher;
  /**
   * What the person types before Enter. '' means "just Enter": the prompt's default, as Inquirer does.
   * A function may be async: at a live prompt (the room's), the test can make phones vote first.
   */
  answer: string | ((options: InputOptions) => string | Promise<string>);
  /** Typed first, each must be refused by the prompt's validate (the real prompt would show the message). */
  rejects?: Array<string | Rejection>;
  /** With answer '', clear the default first (Backspace in Inquirer) so the answer really is ''. */
  clearDefault?: boolean;
  check?: (options: InputOptions) => void;
}

export interface ConfirmStep {
  confirm: Matcher;
  answer: boolean;
  check?: (options: ConfirmOptions) => void;
}

export interface CancelStep {
  /** Ctrl+C at the next prompt, whatever it is (or only at a prompt of this kind / message). */
  cancel: true;
  at?: PromptKind;
  message?: Matcher;
}

export type Step = SelectStep | InputStep | ConfirmStep | CancelStep;

/** One prompt as the person saw it, and what was answered. */
export interface PromptRecord {
  kind: PromptKind;
  message: string;
  /** The names shown in a select's list, in order. */
  choices?: string[];
  /** The raw default (a select's default is a choice value). */
  default?: unknown;
  /** For a select: the name of the choice the default points at, if any. */
  defaultName?: string;
  /** What was answered: a value, the typed text, true/false, or 'cancelled'. */
  answer?: unknown;
  /** For a select: the name of the chosen choice. */
  answerName?: string;
  /** For a live input: its status lines when it was shown, and when it was answered. */
  status?: { shown: string; answered?: string };
  /** For an input: validation messages shown for the rejected entries, in order. */
  rejected?: Array<{ text: string; message: string }>;
  cancelled?: boolean;
}

/** Thrown when the workshop shows a prompt the script did not expect: a test failure, never caught by the flow. */
export class ScriptMismatch extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ScriptMismatch';
  }
}

function describeMatcher(m: Matcher): string {
  if (typeof m === 'string') return JSON.stringify(m);
  if (m instanceof RegExp) return String(m);
  return m.name ? `<${m.name}>` : '<predicate>';
}

export function matches(m: Matcher, text: string): boolean {
  if (typeof m === 'string') return text.includes(m);
  if (m instanceof RegExp) return m.test(text);
  return m(text);
}

function kindOf(step: Step): PromptKind | 'cancel' {
  if ('cancel' in step) return 'cancel';
  if ('select' in step) return 'select';
  if ('input' in step) return 'input';
  return 'confirm';
}

function describeStep(step: Step): string {
  if ('cancel' in step) return `Ctrl+C${step.at ? ` at a ${step.at}` : ''}${step.message ? ` ${describeMatcher(step.message)}` : ''}`;
  if ('select' in step) return `select ${describeMatcher(step.select)}`;
  if ('input' in step) return `input ${describeMatcher(step.input)}`;
  return `confirm ${describeMatcher(step.confirm)}`;
}

/** Picks the one choice whose name contains `text` (or matches the RegExp); fails when none or several do. */
export function choose(text: string | RegExp): ChoicePicker {
  const picker: ChoicePicker = (choices) => {
    const found = choices.filter((c) => matches(text, c.name));
    if (found.length === 1) return found[0]!.value;
    throw new ScriptMismatch(
      `${found.length === 0 ? 'no' : `${found.length}`} choice${found.length === 1 ? '' : 's'} match ${describeMatcher(text)}; the choices were:\n` +
        choices.map((c) => `  - ${c.name}`).join('\n'),
    );
  };
  return Object.defineProperty(picker, 'name', { value: `choose(${describeMatcher(text)})` });
}

/** Picks the choice whose value deep-equals `value`; fails when there is none. */
export function pick(value: unknown): ChoicePicker {
  const picker: ChoicePicker = (choices) => {
    const found = choices.find((c) => isDeepStrictEqual(c.value, value));
    if (!found) {
      throw new ScriptMismatch(`no choice has the value ${JSON.stringify(value)}; the choices were:\n${choices.map((c) => `  - ${c.name} = ${JSON.stringify(c.value)}`).join('\n')}`);
    }
    return found.value;
  };
  return Object.defineProperty(picker, 'name', { value: `pick(${JSON.stringify(value)})` });
}

/** Presses Enter on a select: takes its default (the first choice when it has none, as Inquirer does). */
export const acceptDefault: ChoicePicker = (choices, options) => {
  if (options.default !== undefined) {
    const found = choices.find((c) => isDeepStrictEqual(c.value, options.default));
    if (found) return found.value;
  }
  if (!choices.length) throw new ScriptMismatch('a select with no choices');
  return choices[0]!.value;
};

export class ScriptedPrompter implements Prompter {
  /** Every prompt shown so far, in order. */
  readonly prompts: PromptRecord[] = [];
  private readonly steps: Step[];
  private failure: ScriptMismatch | undefined;

  constructor(steps: Step[]) {
    this.steps = [...steps];
  }

  /** Adds more steps at the end of the script. (Not called `then`: that would make the prompter a thenable.) */
  append(...steps: Array<Step | Step[]>): this {
    this.steps.push(...steps.flat());
    return this;
  }

  /** Steps not yet played. */
  get remaining(): number {
    return this.steps.length;
  }

  /** Fails unless every step was played and no mismatch happened (even one the code under test swallowed). */
  assertDone(): void {
    if (this.failure) throw this.failure;
    if (this.steps.length) {
      throw new ScriptMismatch(
        `the workshop finished with ${this.steps.length} scripted step${this.steps.length === 1 ? '' : 's'} left, the next being ${describeStep(this.steps[0]!)}.\n${this.transcript()}`,
      );
    }
  }

  /** The prompts of one kind, or whose message matches. */
  find(kindOrMessage: PromptKind | RegExp | string): PromptRecord[] {
    if (kindOrMessage === 'select' || kindOrMessage === 'input' || kindOrMessage === 'confirm') {
      return this.prompts.filter((p) => p.kind === kindOrMessage);
    }
    return this.prompts.filter((p) => matches(kindOrMessage, p.message));
  }

  /** The messages of every prompt, in order: handy for asserting the walk's order. */
  get messages(): string[] {
    return this.prompts.map((p) => p.message);
  }

  /** The prompts so far, one line each, like the room would have seen them. */
  transcript(): string {
    if (!this.prompts.length) return '(no prompts were shown)';
    return [
      'prompts so far:',
      ...this.prompts.map((p, i) => {
        const answered = p.cancelled ? 'Ctrl+C' : p.kind === 'select' ? (p.answerName ?? '?') : JSON.stringify(p.answer);
        return `  ${i + 1}. ${p.kind} "${p.message}" → ${answered}`;
      }),
    ].join('\n');
  }

  async select<T>(options: SelectOptions<T>): Promise<T> {
    const opts = options as SelectOptions<unknown>;
    const defaultChoice = opts.default === undefined ? undefined : opts.choices.find((c) => isDeepStrictEqual(c.value, opts.default));
    const record: PromptRecord = {
      kind: 'select',
      message: opts.message,
      choices: opts.choices.map((c) => c.name),
      default: opts.default,
      ...(defaultChoice ? { defaultName: defaultChoice.name } : {}),
    };
    const step = this.next(record) as SelectStep;
    step.check?.(opts);
    let value: unknown;
    try {
      value = typeof step.answer === 'function' ? (step.answer as ChoicePicker)(opts.choices, opts) : step.answer;
    } catch (error) {
      throw this.fail(error instanceof Error ? `at select "${opts.message}": ${error.message}` : String(error));
    }
    const chosen = opts.choices.find((c) => isDeepStrictEqual(c.value, value));
    if (!chosen) {
      throw this.fail(`at select "${opts.message}": the scripted answer ${JSON.stringify(value)} is not one of the choices:\n${opts.choices.map((c) => `  - ${c.name}`).join('\n')}`);
    }
    record.answer = chosen.value;
    record.answerName = chosen.name;
    return chosen.value as T;
  }

  async input(options: InputOptions): Promise<string> {
    const record: PromptRecord = {
      kind: 'input',
      message: options.message,
      default: options.default,
      ...(options.live ? { status: { shown: options.live.text() } } : {}),
    };
    const step = this.next(record) as InputStep;
    step.check?.(options);
    const rejected: Array<{ text: string; message: string }> = [];
    for (const rejection of step.rejects ?? []) {
      const { text, message } = typeof rejection === 'string' ? { text: rejection, message: undefined } : rejection;
      const result = options.validate ? options.validate(text) : true;
      if (result === true) {
        throw this.fail(`at input "${options.message}": expected ${JSON.stringify(text)} to be refused, but validate accepted it`);
      }
      if (message !== undefined && !matches(message, result)) {
        throw this.fail(`at input "${options.message}": ${JSON.stringify(text)} was refused with "${result}", which does not match ${describeMatcher(message)}`);
      }
      rejected.push({ text, message: result });
    }
    if (rejected.length) record.rejected = rejected;
    const typed = typeof step.answer === 'function' ? await step.answer(options) : step.answer;
    if (record.status && options.live) record.status.answered = options.live.text();
    // The program ended the prompt while it waited (the room failed): as Ctrl+C would.
    if (options.live?.signal?.aborted) {
      record.cancelled = true;
      record.answer = 'cancelled';
      throw new PromptCancelled();
    }
    // Inquirer: Enter on an empty line gives the default, unless it was cleared with Backspace.
    const value = typed === '' && !step.clearDefault && options.default !== undefined ? options.default : typed;
    const verdict = options.validate ? options.validate(value) : true;
    if (verdict !== true) {
      throw this.fail(`at input "${options.message}": the scripted answer ${JSON.stringify(value)} would be refused ("${verdict}"); put it in rejects if that is intended`);
    }
    record.answer = value;
    return value;
  }

  async confirm(options: ConfirmOptions): Promise<boolean> {
    const record: PromptRecord = { kind: 'confirm', message: options.message, default: options.default };
    const step = this.next(record) as ConfirmStep;
    step.check?.(options);
    record.answer = step.answer;
    return step.answer;
  }

  /** Records the prompt and returns the step that answers it; throws PromptCancelled for a cancel step. */
  private next(record: PromptRecord): Step {
    if (this.failure) throw this.failure;
    this.prompts.push(record);
    const step = this.steps[0];
    if (!step) {
      throw this.fail(`the script ran out: nothing scripted for ${record.kind} "${record.message}"${record.choices ? ` (choices: ${record.choices.join(' | ')})` : ''}`);
    }
    const kind = kindOf(step);
    if (kind === 'cancel') {
      const cancel = step as CancelStep;
      if ((cancel.at && cancel.at !== record.kind) || (cancel.message && !matches(cancel.message, record.message))) {
        throw this.fail(`expected ${describeStep(step)}, but the workshop showed ${record.kind} "${record.message}"`);
      }
      this.steps.shift();
      record.cancelled = true;
      record.answer = 'cancelled';
      throw new PromptCancelled();
    }
    const matcher = (step as unknown as Record<string, unknown>)[kind] as Matcher;
    if (kind !== record.kind || !matches(matcher, record.message)) {
      throw this.fail(
        `expected ${describeStep(step)}, but the workshop showed ${record.kind} "${record.message}"${record.choices ? `\n  choices: ${record.choices.join(' | ')}` : ''}`,
      );
    }
    this.steps.shift();
    return step;
  }

  private fail(message: string): ScriptMismatch {
    const last = this.prompts.at(-1);
    if (last) last.answer ??= 'mismatch';
    this.failure = new ScriptMismatch(`${message}\n${this.transcript()}`);
    return this.failure;
  }
}

/** A scripted prompter from steps, read top to bottom like a transcript of the workshop. */
export function scripted(...steps: Array<Step | Step[]>): ScriptedPrompter {
  return new ScriptedPrompter(steps.flat());
}
