// The real prompter: Inquirer's modern prompts. Loaded only by `dma assess`.
import { stripVTControlCharacters, styleText } from 'node:util';
import { confirm, input, select } from '@inquirer/prompts';
import { liveInput } from './live-input.js';
import type { ConfirmOptions, InputOptions, Prompter, SelectOptions } from './prompter.js';
import { PromptCancelled } from './prompter.js';
import { onCancellingSignal } from '../io/signals.js';
import type { Charset } from '../terminal/charset.js';
import { toAscii } from '../terminal/charset.js';
import { terminalSafe } from '../terminal/safe-text.js';
import { wrapText } from '../terminal/wrap.js';

/**
 * Runs one prompt. Ctrl+C makes Inquirer reject with ExitPromptError, a cancelling signal aborts
 * it (AbortPromptError): either way the workshop sees PromptCancelled, saves nothing half-done,
 * releases its lock and prints how to carry on; Inquirer restores the cursor. The signal
 * handlers are there only while a prompt waits, so a signal at any other moment still ends the
 * process at once (every save is atomic).
 */
async function ask<T>(run: (context: { signal: AbortSignal }) => Promise<T>, onSignal: SignalWatch, also?: AbortSignal): Promise<T> {
  const controller = new AbortController();
  const stopWatching = onSignal(() => controller.abort());
  const abort = () => controller.abort();
  if (also?.aborted) abort();
  also?.addEventListener('abort', abort);
  try {
    return await run({ signal: controller.signal });
  } catch (error) {
    if (error instanceof Error && (error.name === 'ExitPromptError' || error.name === 'AbortPromptError')) {
      throw new PromptCancelled();
    }
    throw error;
  } finally {
    stopWatching();
    also?.removeEventListener('abort', abort);
  }
}

/** Inquirer breaks long lines mid-word; wrap choices at word boundaries, indented under the text. */
function fitChoice(name: string, columns: number): string {
  const indent = '     ';
  return wrapText(name, columns - indent.length - 1).split('\n').join(`\n${indent}`);
}

/**
 * What the done line shows after the question once a choice is made: on the question's last line
 * when it fits there, else on lines of its own under it, so no word is split at the edge.
 */
export function answerAfter(message: string, answer: string, columns: number): string {
  if (answer === '') return '';
  const lines = message.split('\n');
  const PREFIX = 2; // "✔ " on the first line only
  const lastLine = stripVTControlCharacters(lines.at(-1) ?? '').length + (lines.length === 1 ? PREFIX : 0);
  if (!answer.includes('\n') && lastLine + 1 + answer.length <= columns - 1) return answer;
  const indent = '  ';
  return `\n${wrapText(answer.replace(/\s*\n\s*/g, ' '), columns - indent.length - 1).split('\n').map((l) => indent + l).join('\n')}`;
}

/**
 * How many lines a list shows: what the screen has room for under the question and above the
 * highlighted choice's description, so that every level shows at once where it can.
 */
export function listLines(rows: number | undefined): number {
  const DEFAULT = 12;
  const AROUND = 10; // progress, the question, a description and the key hint
  return rows ? Math.max(7, rows - AROUND) : DEFAULT;
}

/** Calls its argument on a cancelling signal until the function it returns is called. */
export type SignalWatch = (handler: () => void) => () => void;

/** Inquirer's own marks in plain ASCII, for a terminal that cannot show Unicode. */
const ASCII_THEME = { prefix: { idle: '?', done: 'v' }, icon: { cursor: '>' } };

export interface PrompterOptions {
  columns: () => number;
  /** The terminal's height, when known: a list shows as many lines as fit. */
  rows?: () => number | undefined;
  charset: Charset;
  onSignal?: SignalWatch;
}

/**
 * Inquirer writes to the terminal itself, not through the command's streams, so the text it is
 * given is made safe here: control characters from files shown as escapes, ASCII where needed.
 */
export function createInquirerPrompter({ columns, rows = () => undefined, charset, onSignal = onCancellingSignal }: PrompterOptions): Prompter {
  const ascii = charset === 'ascii';
  const safe = (text: string) => (ascii ? toAscii(terminalSafe(text, true)) : terminalSafe(text, true));
  const theme = ascii ? ASCII_THEME : {};
  const message = (text: string) => wrapText(safe(text), columns() - 3);
  const validating = (validate: InputOptions['validate']) => validate && ((value: string) => {
    const verdict = validate(value);
    // Wrapped here, not by Inquirer, so that a quoted example ("Jo 3") stays on one line.
    return verdict === true ? true : message(verdict);
  });
  return {
    select: <T>(options: SelectOptions<T>) => {
      const shown = message(options.message);
      return ask((context) =>
        select<T>(
          {
            message: shown,
            choices: options.choices.map((c) => {
              const name = safe(c.name);
              return {
                value: c.value,
                name: fitChoice(name, columns()),
                short: answerAfter(shown, name, columns()),
                ...(c.description === undefined ? {} : { description: safe(c.description) }),
              };
            }),
            default: options.default,
            pageSize: listLines(rows()),
            loop: false,
            theme,
          },
          context,
        ),
        onSignal,
      );
    },
    input: (options: InputOptions) => {
      const { live } = options;
      if (live) {
        const status = () => wrapText(safe(live.text()), columns() - 1);
        const done = live.done && ((value: string) => safe(live.done!(value)));
        const config = { message: message(options.message), status, subscribe: live.subscribe, validate: validating(options.validate), done, theme };
        return ask((context) => liveInput(config, context), onSignal, live.signal);
      }
      const shown = message(options.message);
      // Once entered, a long answer (a note, a link) goes under the question, wrapped at words.
      const transformer = (value: string, { isFinal }: { isFinal: boolean }) => (isFinal ? styleText('cyan', answerAfter(shown, value, columns())) : value);
      return ask(
        (context) =>
          input({ message: shown, default: options.default && safe(options.default), validate: validating(options.validate), transformer, theme }, context),
        onSignal,
      );
    },
    confirm: (options: ConfirmOptions) => ask((context) => confirm({ message: message(options.message), default: options.default, theme }, context), onSignal),
  };
}
