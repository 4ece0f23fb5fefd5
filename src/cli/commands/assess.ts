// `dma assess`: builds the workshop's context from the command's and runs its steps
// (src/workshop/run.ts). Everything the workshop does lives in src/workshop.
import type { CommandContext } from '../context.js';
import type { StoreIo } from '../../io/answers-store.js';
import { DEFAULT_STORE_IO } from '../../io/answers-store.js';
import { expandFileArguments } from '../../io/file-patterns.js';
import { FrameworkResolver } from '../../io/load.js';
import { lazyPrompter } from '../../prompts/lazy-prompter.js';
import { wrapText } from '../../terminal/wrap.js';
import type { AssessOptions, RoomOpener, Setup } from '../../workshop/context.js';
import { runSteps } from '../../workshop/run.js';

export type { AssessOptions } from '../../workshop/context.js';

/** The live room's web server, loaded only when --room is given (it is its own bundle entry). */
const loadRoom: RoomOpener = async (options) => (await import('../../server/room.js')).openRoom(options);

/** `io` and `openRoom` are for tests: a disk that fails, another computer's lock, a room without a server. */
export async function runAssess(
  ctx: CommandContext,
  frameworkArg: string | undefined,
  opts: AssessOptions,
  io: StoreIo = DEFAULT_STORE_IO,
  openRoom: RoomOpener = loadRoom,
): Promise<number> {
  // Answers files prepared beforehand may be given as a pattern (team/*.yaml), which dma expands itself.
  const options = opts.votesFrom ? { ...opts, votesFrom: expandFileArguments(opts.votesFrom, ctx) } : opts;
  return runSteps(workshopSetup(ctx, frameworkArg, options, io, openRoom));
}

function workshopSetup(ctx: CommandContext, frameworkArg: string | undefined, options: AssessOptions, io: StoreIo, openRoom: RoomOpener): Setup {
  return {
    options,
    frameworkArg,
    frameworkRef: frameworkArg ?? options.framework,
    cwd: ctx.cwd,
    today: ctx.today,
    chalk: ctx.chalk,
    get columns() {
      return ctx.columns;
    },
    get rows() {
      return ctx.rows;
    },
    interactive: ctx.interactive,
    prompter: lazyPrompter(ctx.prompter),
    say: (text) => ctx.stdout.write(`${wrapText(text, ctx.columns - 1)}\n`),
    // Wrapped, a command would paste as two (the first cut short): the terminal may fold it, never break it.
    sayCommand: (command) => ctx.stdout.write(`  ${command}\n`),
    warn: (text) => ctx.stderr.write(`${text}\n`),
    raw: (text) => ctx.stdout.write(text),
    resolver: new FrameworkResolver(ctx.cwd),
    shell: ctx.shell,
    io,
    openRoom,
  };
}
