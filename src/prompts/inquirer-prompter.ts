// The real prompter: Inquirer's modern prompts. Loaded only by `dma assess`.
import { confirm, input, select } from '@inquirer/prompts';
import type { ConfirmOptions, InputOptions, Prompter, SelectOptions } from './prompter.js';
import { PromptCancelled } from './prompter.js';
import { onCancellingSignal } from '../io/signals.js';
import { wrapText } from '../terminal/wrap.js';

/**
 * Runs one prompt. Ctrl+C makes Inquirer reject with ExitPromptError, a cancelling signal aborts
 * it (AbortPromptError): either way the workshop sees PromptCancelled, saves nothing half-done,
 * releases its lock and prints how to carry on; Inquirer restores the cursor. The signal
 * handlers are there only while a prompt waits, so a signal at any other moment still ends the
 * process at once (every save is atomic).
 */
async function ask<T>(run: (context: { signal: AbortSignal }) => Promise<T>, onSignal: SignalWatch): Promise<T> {
  const controller = new AbortController();
  const stopWatching = onSignal(() => controller.abort());
  try {
    return await run({ signal: controller.signal });
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new PromptCancelled();
    }
    throw error;
  } finally {
    stopWatching();
  }
}

/** Inquirer breaks long lines mid-word; wrap choices at word boundaries, indented under the text. */
function fitChoice(name: string, columns: number): string {
  const indent = '     ';
  return wrapText(name, columns - indent.length - 1).split('\n').join(`\n${indent}`);
}

/** Calls its argument on a cancelling signal until the function it returns is called. */
export type SignalWatch = (handler: () => void) => () => void;

export function createInquirerPrompter(columns: () => number, onSignal: SignalWatch = onCancellingSignal): Prompter {
  return {
    select: <T>(options: SelectOptions<T>) =>
      ask((context) =>
        select<T>(
          {
            message: wrapText(options.message, columns() - 3),
            choices: options.choices.map((c) => ({ value: c.value, name: fitChoice(c.name, columns()), description: c.description })),
            default: options.default,
            pageSize: 12,
            loop: false,
          },
          context,
        ),
        onSignal,
      ),
    input: (options: InputOptions) =>
      ask((context) => input({ message: wrapText(options.message, columns() - 3), default: options.default, validate: options.validate }, context), onSignal),
    confirm: (options: ConfirmOptions) => ask((context) => confirm({ message: wrapText(options.message, columns() - 3), default: options.default }, context), onSignal),
  };
}
