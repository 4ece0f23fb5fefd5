// The command line: commander wiring, the one place errors become exit codes.
// Only commander and chalk load here; each command imports what it needs when it runs.
import { readFileSync } from 'node:fs';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import chalk from 'chalk';
import type { CommandContext } from './context.js';
import { todayIso } from './context.js';
import { DataError, InterruptedError, UsageError, formatProblem } from '../core/problems.js';

export const EXIT = { ok: 0, data: 1, usage: 2, interrupted: 130 } as const;

export function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export function defaultContext(): CommandContext {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    chalk,
    cwd: process.cwd(),
    today: todayIso(),
    stdin: process.stdin,
    columns: process.stdout.columns || 80,
    env: process.env,
  };
}

const frameworkOption = () =>
  new Option('--framework <id|path>', "use this framework instead of the one the answers file names (a bundled id or a file)");

type ExitCode = number | void;

/** Builds the program; `setExit` receives the exit code a command's action returns. */
export function buildProgram(ctx: CommandContext, setExit: (code: number) => void = () => {}): Command {
  const run = (code: ExitCode) => setExit(code ?? EXIT.ok);
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
Compare with peers:    dma share answers.yaml -o our.share.json, then dma benchmark *.share.json -o group.html

Exit codes: 0 success, 1 bad data in a file, 2 wrong usage, 130 interrupted (answers saved).
Run "dma <command> --help" for the options of a command.`,
    );

  program
    .command('assess')
    .description('run the workshop: walk the leadership team through the questions, one at a time')
    .argument('[framework]', `a bundled framework id or a framework file (default: local-digital-leadership)`)
    .option('-o, --out <answers.yaml>', 'where to save the answers (default: from the organisation and date)')
    .option('--resume <answers.yaml>', 'carry on with a saved assessment')
    .option('--team <names>', 'workshop mode: comma-separated names, each may add ":role" (e.g. "Sam:Chief Executive,Ali:CIO")')
    .option('--organisation <name>', 'the council or organisation being assessed')
    .addOption(frameworkOption())
    .action(
      async (framework: string | undefined, opts: { out?: string; resume?: string; team?: string; organisation?: string; framework?: string }) => {
        if (framework !== undefined && opts.framework !== undefined && framework !== opts.framework) {
          throw new UsageError(`two frameworks were given ("${framework}" and --framework "${opts.framework}"); give one`);
        }
        run(await (await import('./commands/assess.js')).runAssess(framework ?? opts.framework, opts, ctx));
      },
    );

  program
    .command('frameworks')
    .description('list the bundled frameworks: id, title, version, theme and question counts')
    .argument('[file]', 'with --copy: the file to write')
    .option('--copy <id>', 'write an editable copy of a bundled framework to [file], with its own id')
    .action(async (file: string | undefined, opts: { copy?: string }) =>
      run(await (await import('./commands/frameworks.js')).runFrameworks(ctx, opts, file)),
    );

  program
    .command('validate')
    .description('check framework and answers files; prints every problem as file:line:column: message')
    .argument('<file...>', 'framework or answers files (told apart by their content)')
    .addOption(frameworkOption())
    .action(async (files: string[], opts: { framework?: string }) =>
      run(await (await import('./commands/validate.js')).runValidate(files, opts, ctx)),
    );

  program
    .command('score')
    .description('score one or more answers files (several files are one team) and print a summary')
    .argument('<answers...>', 'answers files')
    .option('--json', 'print the score document as JSON instead of the summary')
    .option('--target <level>', "score against this target level instead of the framework's", parseLevel)
    .addOption(frameworkOption())
    .action(async (files: string[], opts: { json?: boolean; framework?: string; target?: number }) =>
      run(await (await import('./commands/score.js')).runScore(files, opts, ctx)),
    );

  program
    .command('report')
    .description('render the report with its action plan (Markdown, HTML, JSON, CSV, Word or PDF)')
    .argument('<answers...>', 'answers files (several files are one team)')
    .option('-f, --format <format>', 'md, html, json, csv, docx or pdf (default: from the --out extension, else md)')
    .option('-o, --out <file>', 'write the report to this file (default: print it)')
    .option('--template <name|path>', 'a bundled template (report, committee) or a Handlebars file of your own')
    .option('--baseline <file>', 'an earlier assessment to compare against (repeat for a team)', collect, [] as string[])
    .option('--target <level>', "report against this target level instead of the framework's", parseLevel)
    .option('--chromium <path>', 'the Chromium or Chrome to print -f pdf with (default: CHROMIUM_PATH, else one on PATH)')
    .addOption(frameworkOption())
    .action(async (files: string[], opts: ReportCliOptions) =>
      run(await (await import('./commands/report.js')).runReport(files, opts, ctx)),
    );

  program
    .command('share')
    .description("write a share file for your regional group: levels and scores, without people's names, votes or notes")
    .argument('<answers...>', 'answers files (several files are one team)')
    .option('-o, --out <file>', 'write the share file here (default: print it)')
    .option('--anonymous', 'leave out the organisation\'s name: use a pseudonym made from it and a salt you keep')
    .option('--salt-file <file>', 'with --anonymous: the file holding your salt (default: the DMA_SHARE_SALT environment variable)')
    .option('--with-notes', 'include the notes on each question (without who wrote them)')
    .addOption(frameworkOption())
    .action(async (files: string[], opts: ShareCliOptions) => run(await (await import('./commands/share.js')).runShare(files, opts, ctx)));

  program
    .command('benchmark')
    .description("compare councils' share files: quartiles per theme, a heatmap, and with --focus one council's ranks")
    .argument('<shares...>', 'share files written by dma share')
    .option('--focus <organisation>', 'a council (its name or pseudonym): its ranks, distance to the median and whom to ask')
    .option('-f, --format <format>', 'md, html, json or csv (default: from the --out extension, else md)')
    .option('-o, --out <file>', 'write the benchmark to this file (default: print it)')
    .option('--strict', 'stop at any bad share file instead of leaving it out')
    .action(async (files: string[], opts: BenchmarkCliOptions) =>
      run(await (await import('./commands/benchmark.js')).runBenchmark(files, opts, ctx)),
    );

  return program;
}

export interface ShareCliOptions {
  out?: string;
  anonymous?: boolean;
  saltFile?: string;
  withNotes?: boolean;
  framework?: string;
}

export interface BenchmarkCliOptions {
  focus?: string;
  format?: string;
  out?: string;
  strict?: boolean;
}

export interface ReportCliOptions {
  format?: string;
  out?: string;
  template?: string;
  baseline: string[];
  target?: number;
  framework?: string;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseLevel(value: string): number {
  if (!/^-?\d+$/.test(value.trim())) throw new InvalidArgumentError('it must be a whole number, a level of the scale.');
  return Number(value);
}

/** Runs the command line and returns the exit code; never throws. */
export async function main(argv: string[], ctx: CommandContext = defaultContext()): Promise<number> {
  // chalk does not read NO_COLOR itself. Decided before parsing, so usage errors are plain too.
  const untilSeparator = argv.includes('--') ? argv.slice(0, argv.indexOf('--')) : argv;
  if (untilSeparator.includes('--no-color') || (process.env.NO_COLOR ?? '') !== '') ctx.chalk.level = 0;
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
  if (error instanceof UsageError) {
    ctx.stderr.write(`${c.red('error:')} ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof DataError) {
    for (const problem of error.problems) ctx.stderr.write(`${formatProblem(problem)}\n`);
    ctx.stderr.write(`${c.red('error:')} ${error.message}\n`);
    return EXIT.data;
  }
  if (error instanceof InterruptedError) {
    ctx.stderr.write(`\n${error.message}\n`);
    return EXIT.interrupted;
  }
  const detail = error instanceof Error ? error.message : String(error);
  ctx.stderr.write(`${c.red('error:')} something went wrong inside dma: ${detail}\n`);
  if (process.env.DMA_DEBUG) ctx.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
  else ctx.stderr.write('Run again with DMA_DEBUG=1 to see the details, and report it as a bug.\n');
  return EXIT.data;
}
