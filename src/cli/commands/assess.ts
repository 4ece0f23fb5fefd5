// `dma assess`: the shell around the workshop flow. It decides where answers are saved,
// checks a resumed file, runs the flow with the real prompter and prints the summary.
import { basename, extname, join, relative, resolve } from 'node:path';
import type { CommandContext } from '../context.js';
import { analyse } from '../../core/analysis.js';
import { toAssessment } from '../../core/answers.js';
import {
  defaultAnswersFileName,
  firstUnanswered,
  newAnswersDocument,
  parseTeamOption,
  respondentsFromNames,
} from '../../core/answers-document.js';
import type { Framework } from '../../core/framework.js';
import { DataError, InterruptedError, UsageError, formatProblem } from '../../core/problems.js';
import type { AnswersFile } from '../../core/schema.js';
import { saveAnswers } from '../../io/answers-file.js';
import { exists } from '../../io/exists.js';
import { DEFAULT_FRAMEWORK_ID, FrameworkResolver, checkAnswersAgainst, checkAnswersShape, detectKind, looksLikePath } from '../../io/load.js';
import { readYamlFile } from '../../io/yaml-source.js';
import type { Prompter } from '../../prompts/prompter.js';
import { PromptCancelled } from '../../prompts/prompter.js';
import { renderTerminalSummary } from '../../render/terminal.js';
import { shellQuote } from '../../terminal/shell.js';
import { wrapText } from '../../terminal/wrap.js';
import { introduction, runWorkshop } from '../../workshop/flow.js';

export interface AssessOptions {
  out?: string;
  resume?: string;
  team?: string;
  organisation?: string;
  framework?: string;
}

export const NO_TERMINAL_MESSAGE =
  'dma assess asks questions one at a time, so it needs an interactive terminal. ' +
  'To work with answers files instead, use "dma score <answers.yaml>" or "dma report <answers.yaml>".';

export async function runAssess(ctx: CommandContext, frameworkArg: string | undefined, opts: AssessOptions): Promise<number> {
  if (frameworkArg !== undefined && opts.framework !== undefined && frameworkArg !== opts.framework) {
    throw new UsageError(`two frameworks were given ("${frameworkArg}" and --framework "${opts.framework}"); give one`);
  }
  const frameworkRef = frameworkArg ?? opts.framework;
  if (!ctx.interactive) throw new UsageError(NO_TERMINAL_MESSAGE);
  const say = (text: string) => ctx.stdout.write(`${wrapText(text, ctx.columns - 1)}\n`);
  const resolver = new FrameworkResolver(ctx.cwd);
  const prompter = await ctx.prompter();

  try {
    const session = opts.resume
      ? await resumeSession(opts, frameworkRef, resolver, ctx)
      : await newSession(opts, frameworkRef, resolver, ctx, prompter);
    if (!session) return 0;
    const { framework, out } = session;
    let doc = session.doc;
    const team = (doc.respondents?.length ?? 0) >= 2;
    // A framework given as a file must be named again to resume or report; a bundled one is found by id.
    const frameworkFile = frameworkRef !== undefined && looksLikePath(frameworkRef) ? shellQuote(frameworkRef, ctx.shell) : undefined;
    const resumeHint = `dma assess ${frameworkFile ? `${frameworkFile} ` : ''}--resume ${shellQuote(displayPath(ctx, out), ctx.shell)}`;
    const save = (next: AnswersFile) => saveAnswers(out, next, resumeHint);
    await save(doc);

    say(introduction(framework, doc, team, ctx.chalk));
    const startAt = firstUnanswered(doc, framework);
    const answered = Object.keys(doc.answers ?? {}).length;
    if (session.resumed) {
      say(startAt === -1 ? 'Every question already has an answer; you can review the skipped ones or finish.' : `Carrying on: ${answered} of ${framework.questions.size} questions already answered.`);
    }
    say(ctx.chalk.dim(`Saving to ${displayPath(ctx, out)}`));

    try {
      doc = await runWorkshop({ framework, prompter, say, save, chalk: ctx.chalk }, doc, startAt === -1 ? framework.questions.size : startAt, team);
    } catch (error) {
      if (!(error instanceof PromptCancelled)) throw error;
      throw new InterruptedError(
        `Stopped. Every confirmed answer is saved in ${displayPath(ctx, out)}.\nTo carry on where you left off: ${resumeHint}`,
      );
    }
    say('');
    say(renderTerminalSummary(analyse(framework, toAssessment(doc, framework)).document, ctx.chalk, ctx.columns));
    const beside = (suffix: string) => join(relative(ctx.cwd, resolve(ctx.cwd, out)).replace(/[^/\\]*$/, ''), `${basename(out, extname(out))}${suffix}`);
    const withFramework = frameworkFile ? ` --framework ${frameworkFile}` : '';
    const answers = shellQuote(displayPath(ctx, out), ctx.shell);
    say(ctx.chalk.bold(`Answers saved in ${displayPath(ctx, out)}. For the report, run:`));
    say(`  dma report ${answers} -o ${shellQuote(beside('-report.html'), ctx.shell)}${withFramework}`);
    say(ctx.chalk.bold('For a committee paper in Word:'));
    say(`  dma report ${answers} --template committee -o ${shellQuote(beside('-paper.docx'), ctx.shell)}${withFramework}`);
    return 0;
  } catch (error) {
    if (error instanceof PromptCancelled) throw new InterruptedError('Stopped before any answer was given; nothing was saved.');
    throw error;
  }
}

interface Session {
  framework: Framework;
  doc: AnswersFile;
  out: string;
  resumed: boolean;
}

async function resumeSession(opts: AssessOptions, frameworkRef: string | undefined, resolver: FrameworkResolver, ctx: CommandContext): Promise<Session> {
  const path = resolve(ctx.cwd, opts.resume!);
  const source = await readYamlFile(path);
  const file = opts.resume;
  if (detectKind(source.data) === 'framework') throw new DataError({ code: 'wrong-kind', file, reason: 'is a framework, not an answers file to resume' });
  const unfixed = 'cannot be resumed until these problems are fixed';
  const shape = checkAnswersShape(source);
  if (!shape.value) throw new DataError({ code: 'invalid-file', file, reason: unfixed, problems: shape.problems });
  const framework = await resolver.resolve(frameworkRef ?? shape.value.framework.id);
  const checked = checkAnswersAgainst(source, shape.value, framework);
  if (!checked.value) throw new DataError({ code: 'invalid-file', file, reason: unfixed, problems: checked.problems });
  for (const warning of checked.warnings) ctx.stderr.write(`${formatProblem(warning)} (warning)\n`);

  let doc = shape.value;
  if (opts.team) {
    const names = parseTeamOption(opts.team).map((e) => e.name);
    if (names.length < 2) throw new UsageError(TEAM_TOO_SMALL);
    const listed = (doc.respondents ?? []).map((r) => r.name ?? r.id);
    if (listed.length && names.join(',') !== listed.join(',')) {
      throw new UsageError(`${opts.resume} already lists its team (${listed.join(', ')}); leave out --team to carry on with them`);
    }
    if (!listed.length) doc = { ...doc, respondents: respondentsFromNames(parseTeamOption(opts.team)) };
  }
  if (opts.organisation && opts.organisation !== doc.organisation) {
    throw new UsageError(`${opts.resume} is for ${doc.organisation}; leave out --organisation to carry on with it`);
  }
  let out = path;
  if (opts.out && resolve(ctx.cwd, opts.out) !== path) {
    out = resolve(ctx.cwd, opts.out);
    if (await exists(out)) throw new UsageError(`${opts.out} already exists; choose another --out, or leave it out to save back to ${opts.resume}`);
  }
  return { framework, doc, out, resumed: true };
}

const TEAM_TOO_SMALL = '--team needs at least two names separated by commas, for example --team "Sam,Ali,Jo"';

async function newSession(
  opts: AssessOptions,
  frameworkRef: string | undefined,
  resolver: FrameworkResolver,
  ctx: CommandContext,
  prompter: Prompter,
): Promise<Session | undefined> {
  const team = opts.team ? parseTeamOption(opts.team) : [];
  if (opts.team && team.length < 2) throw new UsageError(TEAM_TOO_SMALL);
  const framework = await resolver.resolve(frameworkRef ?? DEFAULT_FRAMEWORK_ID);
  const askOrganisation = async () =>
    opts.organisation?.trim() ||
    (await prompter.input({
      message: 'Which organisation is this assessment for?',
      validate: (value) => (value.trim() ? true : 'Please enter the name of the council or organisation.'),
    })).trim();

  let out: string;
  let organisation: string;
  if (opts.out) {
    out = resolve(ctx.cwd, opts.out);
    if (await exists(out)) {
      const choice = await prompter.select<'resume' | 'replace' | 'stop'>({
        message: `${opts.out} already exists. What would you like to do?`,
        choices: [
          { value: 'resume', name: 'Carry on with the answers saved in it' },
          { value: 'replace', name: 'Start again and replace it' },
          { value: 'stop', name: 'Stop, and choose another file name' },
        ],
        default: 'resume',
      });
      if (choice === 'stop') {
        ctx.stderr.write('Nothing was changed.\n');
        return undefined;
      }
      if (choice === 'resume') return resumeSession({ ...opts, resume: opts.out, out: undefined, organisation: undefined }, frameworkRef, resolver, ctx);
      const sure = await prompter.confirm({ message: `Replace ${opts.out}? The answers in it will be lost.`, default: false });
      if (!sure) {
        ctx.stderr.write('Nothing was changed.\n');
        return undefined;
      }
    }
    organisation = await askOrganisation();
  } else {
    organisation = await askOrganisation();
    out = await freeName(join(ctx.cwd, defaultAnswersFileName(organisation, ctx.today)));
  }
  const doc = newAnswersDocument(framework, organisation, ctx.today, respondentsFromNames(team));
  return { framework, doc, out, resumed: false };
}


/** The default file name, with -2, -3… added when it is taken: never overwrite silently. */
async function freeName(path: string): Promise<string> {
  const ext = extname(path);
  const stem = path.slice(0, -ext.length);
  let candidate = path;
  for (let n = 2; await exists(candidate); n++) candidate = `${stem}-${n}${ext}`;
  return candidate;
}

function displayPath(ctx: CommandContext, path: string): string {
  const rel = relative(ctx.cwd, path);
  return rel && !rel.startsWith('..') ? rel : path;
}
