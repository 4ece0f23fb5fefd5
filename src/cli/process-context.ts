// The context of a real run: this process's streams, folder, environment and clock. What it
// writes to a terminal is made safe there, once: control characters from files are shown as
// escapes, and text is made plain ASCII where the terminal cannot show Unicode.
import { Chalk, supportsColor } from 'chalk';
import type { CommandContext, Output } from './context.js';
import { todayIso, wantsColour } from './context.js';
import type { Charset } from '../terminal/charset.js';
import { terminalCharset, toAscii } from '../terminal/charset.js';
import { terminalSafe } from '../terminal/safe-text.js';
import { wrapText } from '../terminal/wrap.js';
import { detectShell } from '../terminal/shell.js';

/**
 * A stream that writes only safe text: dma's colours pass, other controls become visible escapes.
 * Only a terminal gets ASCII stand-ins, and lines wrapped at word boundaries when `wrapAt` gives
 * its width (so a long error does not break mid-word); a file or a pipe gets the text as it is.
 */
export function safeOutput(
  stream: { write(text: string): unknown; isTTY?: boolean },
  colour: boolean,
  charset: Charset,
  wrapAt: () => number | undefined = () => undefined,
): Output {
  const tty = stream.isTTY === true;
  const ascii = charset === 'ascii' && tty;
  return {
    write(text: string) {
      const safe = terminalSafe(text, colour);
      const shown = ascii ? toAscii(safe) : safe;
      const width = tty ? wrapAt() : undefined;
      stream.write(width ? wrapText(shown, width) : shown);
    },
  };
}

export function processContext(argv: readonly string[]): CommandContext {
  const env = process.env;
  const level = wantsColour(argv, env) && supportsColor ? supportsColor.level : 0;
  const charset = terminalCharset(env, process.platform);
  return {
    stdout: safeOutput(process.stdout, level > 0, charset),
    stderr: safeOutput(process.stderr, level > 0, charset, () => process.stderr.columns),
    chalk: new Chalk({ level }),
    cwd: process.cwd(),
    env,
    today: todayIso(),
    get columns() {
      return process.stdout.columns || 80;
    },
    get rows() {
      return process.stdout.isTTY ? process.stdout.rows : undefined;
    },
    interactive: process.stdin.isTTY === true,
    prompter: async () => {
      const { createInquirerPrompter } = await import('../prompts/inquirer-prompter.js');
      return createInquirerPrompter({ columns: () => process.stdout.columns || 80, rows: () => process.stdout.rows, charset });
    },
    platform: process.platform,
    shell: detectShell(process.platform, env),
    charset,
  };
}
