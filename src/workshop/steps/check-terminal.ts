// Check the terminal: before any file or prompt, a terminal to ask in, and options that make
// sense together.
import { parseTeamOption } from '../../core/answers-document.js';
import { UsageError } from '../../core/problems.js';
import { SHOW_CURSOR } from '../../terminal/safe-text.js';
import type { Setup } from '../context.js';

export const NO_TERMINAL_MESSAGE =
  'dma assess asks questions one at a time, so it needs an interactive terminal. ' +
  'To work with answers files instead, use "dma score <answers.yaml>" or "dma report <answers.yaml>".';

export const TEAM_TOO_SMALL = '--team needs at least two names separated by commas, for example --team "Sam,Ali,Jo"';


export async function checkTerminal(ctx: Pick<Setup, 'options' | 'frameworkArg' | 'interactive' | 'raw'>): Promise<void> {
  const { options, frameworkArg } = ctx;
  if (frameworkArg !== undefined && options.framework !== undefined && frameworkArg !== options.framework) {
    throw new UsageError(`two frameworks were given ("${frameworkArg}" and --framework "${options.framework}"); give one`);
  }
  if (!ctx.interactive) throw new UsageError(NO_TERMINAL_MESSAGE);
  if (options.team !== undefined && parseTeamOption(options.team).length < 2) throw new UsageError(TEAM_TOO_SMALL);
  if (!options.room) {
    const roomOnly = [options.host !== undefined && '--host', options.port !== undefined && '--port', options.screenAnywhere && '--screen-anywhere', options.minutes !== undefined && '--minutes'];
    const given = roomOnly.filter((o): o is string => typeof o === 'string');
    if (given.length) throw new UsageError(`${given.join(', ')} ${given.length === 1 ? 'is' : 'are'} for the live room: add --room`);
  }
  // A session killed with `kill -9` at a list leaves the terminal's cursor hidden.
  ctx.raw(SHOW_CURSOR);
}
