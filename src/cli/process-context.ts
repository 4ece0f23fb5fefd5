// The context of a real run: this process's streams, folder, environment and clock.
import { Chalk, supportsColor } from 'chalk';
import type { CommandContext } from './context.js';
import { todayIso, wantsColour } from './context.js';

export function processContext(argv: readonly string[]): CommandContext {
  const colour = wantsColour(argv, process.env);
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    chalk: new Chalk({ level: colour && supportsColor ? supportsColor.level : 0 }),
    cwd: process.cwd(),
    env: process.env,
    today: todayIso(),
    get columns() {
      return process.stdout.columns || 80;
    },
    interactive: process.stdin.isTTY === true,
    prompter: async () => {
      const { createInquirerPrompter } = await import('../prompts/inquirer-prompter.js');
      return createInquirerPrompter(() => process.stdout.columns || 80);
    },
  };
}
