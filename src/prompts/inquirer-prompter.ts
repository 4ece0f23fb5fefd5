// The real prompter: Inquirer's modern prompts. Loaded only by `dma assess`.
import { confirm, input, select } from '@inquirer/prompts';
import type { ConfirmOptions, InputOptions, Prompter, SelectOptions } from './prompter.js';
import { PromptCancelled } from './prompter.js';
import { wrapText } from '../terminal/wrap.js';

/** Ctrl+C makes Inquirer reject with ExitPromptError; the workshop sees PromptCancelled. */
async function cancellable<T>(pending: Promise<T>): Promise<T> {
  try {
    return await pending;
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new PromptCancelled();
    }
    throw error;
  }
}

/** Inquirer breaks long lines mid-word; wrap choices at word boundaries, indented under the text. */
function fitChoice(name: string, columns: number): string {
  const indent = '     ';
  return wrapText(name, columns - indent.length - 1).split('\n').join(`\n${indent}`);
}

export function createInquirerPrompter(columns: () => number): Prompter {
  return {
    select: <T>(options: SelectOptions<T>) =>
      cancellable(
        select<T>({
          message: wrapText(options.message, columns() - 3),
          choices: options.choices.map((c) => ({ value: c.value, name: fitChoice(c.name, columns()), description: c.description })),
          default: options.default,
          pageSize: 12,
          loop: false,
        }),
      ),
    input: (options: InputOptions) =>
      cancellable(input({ message: wrapText(options.message, columns() - 3), default: options.default, validate: options.validate })),
    confirm: (options: ConfirmOptions) => cancellable(confirm({ message: wrapText(options.message, columns() - 3), default: options.default })),
  };
}
