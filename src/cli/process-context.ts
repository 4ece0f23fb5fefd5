// The context of a real run: this process's streams, folder, environment and clock. What it
// writes to a terminal is made safe there, once: control characters from files are shown as
// escapes, and text is made plain ASCII where the terminal cannot show Unicode.
import { Chalk, supportsColor } from 'chalk';
import type { CommandContext, Output } from './context.js';
import { todayIso, wantsColour } from './context.js';
import type { Charset } from '../terminal/charset.js';
import { terminalCharset, toAscii } from '../terminal/charset.js';
import { terminalSafe } from '../terminal/safe-text.js';
import { detectShell } from '../terminal/shell.js';

/**
 * A stream that writes only safe text: dma's colours pass, other controls become visible escapes.
 * Only a terminal gets ASCII stand-ins; a file or a pipe gets the text as it is.
 */
export function safeOutput(stream: { write(text: string): unknown; isTTY?: boolean }, colour: boolean, charset: Charset): Output {
  const ascii = charset === 'ascii' && stream.isTTY === true;
  return {
    write(text: string) {
      const safe = terminalSafe(text, colour);
      stream.write(ascii ? toAscii(safe) : safe);
    },
  };
}

export function processContext(argv: readonly string[]): CommandContext {
  const env = process.env;
  const level = wantsColour(argv, env) && supportsColor ? supportsColor.level : 0;
  const charset = terminalCharset(env, process.platform);
  return {
    stdout: safeOutput(process.stdout, level > 0, charset),
    stderr: safeOutput(process.stderr, level > 0, charset),
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
