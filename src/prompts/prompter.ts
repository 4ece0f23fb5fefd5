// The one small interface the workshop talks to. The real one is Inquirer (inquirer-prompter.ts);
// tests use a scripted fake (test/helpers/scripted-prompter.ts).

export interface Choice<T> {
  value: T;
  /** What the list shows. */
  name: string;
  /** Shown under the list when this choice is highlighted. */
  description?: string;
}

export interface SelectOptions<T> {
  message: string;
  choices: Array<Choice<T>>;
  default?: T;
}

export interface InputOptions {
  message: string;
  default?: string;
  /** true when the text is acceptable, else the message to show. */
  validate?: (value: string) => true | string;
  /** Lines shown above the prompt that change while it waits (the live room: who has voted). */
  live?: LiveStatus;
}

/** What a prompt shows live, and when to show it again. */
export interface LiveStatus {
  /** The lines to show now. */
  text: () => string;
  /** Calls `changed` whenever the text may have changed; returns what stops it. */
  subscribe: (changed: () => void) => () => void;
  /** Ends the prompt as Ctrl+C would (the room's server failed, say). */
  signal?: AbortSignal;
  /** What stays on screen once answered, instead of the message and the text typed. */
  done?: (value: string) => string;
}

export interface ConfirmOptions {
  message: string;
  default?: boolean;
}

export interface Prompter {
  select<T>(options: SelectOptions<T>): Promise<T>;
  input(options: InputOptions): Promise<string>;
  confirm(options: ConfirmOptions): Promise<boolean>;
}

/** The person pressed Ctrl+C (or closed the terminal) at a prompt. */
export class PromptCancelled extends Error {
  constructor() {
    super('prompt cancelled');
    this.name = 'PromptCancelled';
  }
}
