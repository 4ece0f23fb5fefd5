// The command line: commander wiring, the one place errors become exit codes.
// Only commander and chalk load here; each command imports what it needs when it runs.
import { Chalk } from 'chalk';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { CommandContext } from './context.js';
import { wantsColour } from './context.js';
import { processContext } from './process-context.js';
import { DataError, InterruptedError, LevelNotOnScaleError, UsageError, formatProblem } from '../core/problems.js';
import { packageVersion } from '../io/paths.js';

export const EXIT = { ok: 0, data: 1, usage: 2, interrupted: 130 } as const;

/** For embedding and end-to-end tests: the context main() makes for a real run. */
export { processContext };

const frameworkOption = () =>
  new Option('--framework <id|path>', "use this framework instead of the one the answers file names (a bundled id or a file)");

const targetOption = (what: string) =>
  new Option('--target <level>', `${what} against this target level instead of the framework's`).argParser(parseLevel);

/** Said of every argument that takes several files (io/file-patterns.ts). */
const expanded = (example: string) => `dma expands * and ? itself, so ${example} works in PowerShell and cmd too`;

/** Builds the program; `setExit` receives the exit code a command's action returns. */
export function buildProgram(ctx: CommandContext, setExit: (code: number) => void = () => {}): Command {
  const program = new Command('dma')
    .description('Digital maturity self-assessment for council leadership teams.')
    .version(packageVersion(), '-V, --version', 'print the version number')
    .helpOption('-h, --help', 'show help')
    .helpCommand(false)
    .option('--no-color', 'plain text without colours (NO_COLOR=1 does the same)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => ctx.stdout.write(s),
      writeErr: (s) => ctx.stderr.write(s),
    })
    .showSuggestionAfterError(true)
    .addHelpText(
      'after',
      `
Start a workshop:      dma assess --organisation "Example Borough Council"
Score answers:         dma score answers.yaml
Write the report:      dma report answers.yaml -o report.html
Compare with peers:    dma share answers.yaml -o ours.json; dma benchmark *.json -o region.html

Exit codes: 0 success, 1 bad data in a file, 2 wrong usage, 130 interrupted (answers saved).
Run "dma <command> --help" for the options of a command.`,
    );

  addAssessCommand(program, ctx, setExit);

  program
    .command('frameworks')
    .description('list the bundled frameworks: id, title, version, theme and question counts')
    .argument('[file]', 'with --copy: the file to write')
    .option('--copy <id>', 'write an editable copy of a bundled framework to [file], with its own id')
    .action(async (file: string | undefined, opts) =>
      setExit(await (await import('./commands/frameworks.js')).runFrameworks(ctx, file, opts)),
    );

  program
    .command('validate')
    .description('check framework and answers files; prints every problem as file:line:column: message')
    .argument('<file...>', `framework or answers files (told apart by their content), or a bundled framework's id; ${expanded('team/*.yaml')}`)
    .addOption(frameworkOption())
    .action(async (files: string[], opts) => setExit(await (await import('./commands/validate.js')).runValidate(ctx, files, opts)));

  program
    .command('score')
    .description('score one or more answers files (several files are one team) and print a summary')
    .argument('<answers...>', `answers files; ${expanded('team/*.yaml')}`)
    .option('--json', 'print the score document as JSON instead of the summary')
    .addOption(targetOption('score'))
    .addOption(frameworkOption())
    .action(async (files: string[], opts) => setExit(await (await import('./commands/score.js')).runScore(ctx, files, opts)));

  program
    .command('report')
    .description('render the report with its action plan (Markdown, HTML, JSON, CSV, Word or PDF)')
    .argument('<answers...>', `answers files (several files are one team); ${expanded('team/*.yaml')}`)
    .option('-f, --format <format>', 'md, html, json, csv, docx or pdf (default: from the --out extension, else md)')
    .option('-o, --out <file>', 'write the report to this file (default: print it)')
    .option('--template <name|path>', 'a bundled template (report, committee) or a Handlebars file of your own')
    .option('--baseline <file>', 'an earlier assessment to compare against (repeat for a team)', collect)
    .addOption(targetOption('report'))
    .option('--chromium <path>', 'the Chromium, Edge or Chrome to print -f pdf with (default: CHROMIUM_PATH, else Edge or Chrome where installed, else one on PATH)')
    .addOption(frameworkOption())
    .action(async (files: string[], opts) => setExit(await (await import('./commands/report.js')).runReport(ctx, files, opts)));

  addSharingCommands(program, ctx, setExit);

  return program;
}

/** dma assess: the workshop, with or without the live room. */
function addAssessCommand(program: Command, ctx: CommandContext, setExit: (code: number) => void): void {
  program
    .command('assess')
    .description('run the workshop: walk the leadership team through the questions, one at a time')
    .argument('[framework]', `a bundled framework id or a framework file (default: local-digital-leadership)`)
    .option('-o, --out <answers.yaml>', 'where to save the answers (default: from the organisation and date)')
    .option('--resume <answers.yaml>', 'carry on with a saved assessment')
    .option('--team <names>', 'workshop mode: comma-separated names, each may add ":role" (e.g. "Sam:Chief Executive,Ali:CIO")')
    .option('--organisation <name>', 'the council or organisation being assessed')
    .addOption(frameworkOption())
    .option('--votes-from <answers...>', "answers files each person filled in alone beforehand: their votes; the questions they disagree on come first")
    .option('--room', 'the live room: everyone votes privately from their own phone, through a web server on this computer')
    .option('--host <address>', "with --room: the address to listen on (default: this computer's address on the local network)")
    .addOption(new Option('--port <number>', 'with --room: the port to listen on (default: a free one)').argParser(parsePort))
    .option('--screen-anywhere', 'with --room: show the projector page on any device with the room code, not only on this computer')
    .addOption(
      new Option('--minutes <n>', 'with --room: the time the room has; shows time used, questions left and whether it will finish on time').argParser(parseMinutes),
    )
    .action(async (framework: string | undefined, opts) =>
      setExit(await (await import('./commands/assess.js')).runAssess(ctx, framework, opts)),
    );
}

/** dma share and dma benchmark: learning from the other councils of a region. */
function addSharingCommands(program: Command, ctx: CommandContext, setExit: (code: number) => void): void {
  program
    .command('share')
    .description("write a share file for your regional group: levels and scores, without people's names, votes or notes")
    .argument('<answers...>', `answers files (several files are one team); ${expanded('team/*.yaml')}`)
    .option('-o, --out <file>', 'write the share file here (default: print it)')
    .option('--anonymous', "leave out the organisation's name: use a pseudonym made from it and a salt you keep")
    .option('--salt-file <file>', 'with --anonymous: the file holding your salt (default: the DMA_SHARE_SALT environment variable)')
    .option('--with-notes', 'include the notes on each question (without who wrote them)')
    .addOption(frameworkOption())
    .action(async (files: string[], opts) => setExit(await (await import('./commands/share.js')).runShare(ctx, files, opts)));

  program
    .command('benchmark')
    .description("compare councils' share files: quartiles per theme, a heatmap, and with --focus one council's ranks")
    .argument('<shares...>', `share files written by dma share, or folders (every .json file directly in each); ${expanded('shares/*.json')}`)
    .option('--focus <organisation>', 'a council (its name or pseudonym): its ranks, distance to the median and whom to ask')
    .option('-f, --format <format>', 'md, html, json or csv (default: from the --out extension, else md)')
    .option('-o, --out <file>', 'write the benchmark to this file (default: print it)')
    .option('--strict', 'stop at any bad share file instead of leaving it out')
    .action(async (files: string[], opts) => setExit(await (await import('./commands/benchmark.js')).runBenchmark(ctx, files, opts)));
}

/** A repeatable option. No default is given, so that help shows no "(default: [])". */
function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

function parsePort(value: string): number {
  return wholeNumber(value, 0, 65535, 'it must be a whole number from 0 to 65535 (0: a free port).');
}

function parseMinutes(value: string): number {
  return wholeNumber(value, 1, 1440, 'it must be a whole number of minutes from 1 to 1440.');
}

/** Digits only (no sign, point or exponent), from `min` to `max`. */
function wholeNumber(value: string, min: number, max: number, message: string): number {
  const number = Number(value.trim());
  if (!/^\d+$/.test(value.trim()) || number < min || number > max) throw new InvalidArgumentError(message);
  return number;
}

function parseLevel(value: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new InvalidArgumentError('it must be a whole number, a level of the scale.');
  return Number(value);
}

/**
 * Runs the command line and returns the exit code; never throws. Colour is decided before
 * parsing, so usage errors are plain too; a context given without colour keeps it off.
 */
export async function main(argv: string[], given?: CommandContext): Promise<number> {
  const base = given ?? processContext(argv);
  const ctx = wantsColour(argv, base.env) ? base : { ...base, chalk: new Chalk({ level: 0 }) };
  let exitCode: number = EXIT.ok;
  const program = buildProgram(ctx, (code) => {
    exitCode = code;
  });
  try {
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT.ok;
    }
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    return reportError(error, ctx);
  }
}

function reportError(error: unknown, ctx: CommandContext): number {
  const { chalk: c } = ctx;
  if (error instanceof CommanderError) {
    if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') {
      return EXIT.ok;
    }
    // commander has already printed its message.
    return EXIT.usage;
  }
  if (error instanceof LevelNotOnScaleError) {
    const { level, scale, frameworkId } = error;
    ctx.stderr.write(`${c.red('error:')} --target ${level} is not a level of the scale of ${frameworkId} (${scale.min} to ${scale.max})\n`);
    return EXIT.usage;
  }
  if (error instanceof UsageError) {
    ctx.stderr.write(`${c.red('error:')} ${error.message}\n`);
    if (error.advice) ctx.stderr.write(`${error.advice}\n`);
    return EXIT.usage;
  }
  if (error instanceof DataError) {
    for (const problem of error.problems) ctx.stderr.write(`${formatProblem(problem)}\n`);
    ctx.stderr.write(`${c.red('error:')} ${error.message}\n`);
    if (error.advice) ctx.stderr.write(`${error.advice}\n`);
    return EXIT.data;
  }
  if (error instanceof InterruptedError) {
    ctx.stderr.write(`\n${error.message}\n`);
    return EXIT.interrupted;
  }
  const detail = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`${c.red('error:')} something went wrong inside dma: ${detail}\n`);
  if (ctx.env.DMA_DEBUG) ctx.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  else ctx.stderr.write('Run again with DMA_DEBUG=1 to see the details, and report it as a bug.\n');
  return EXIT.data;
}
