// `dma validate`: every problem in every file, one per line, on stdout.
import { resolve } from 'node:path';
import type { CommandContext } from '../context.js';
import type { Framework } from '../../core/framework.js';
import { frameworkLintProblems } from '../../core/framework-lint.js';
import { DataError, formatProblem } from '../../core/problems.js';
import type { LocatedProblem } from '../../core/problems.js';
import { COMMON } from '../../core/report/wording/common.js';
import { REPORT_WORDING } from '../../core/report/wording/report.js';
import { scoreAssessment } from '../../core/scoring.js';
import { exists } from '../../io/exists.js';
import { expandFileArguments } from '../../io/file-patterns.js';
import { MAX_PROBLEMS_SHOWN, sortAndCap } from '../../io/problem-list.js';
import type { YamlSource } from '../../io/yaml-source.js';
import { parseYamlText, readText, readYamlFile } from '../../io/yaml-source.js';
import {
  FrameworkResolver,
  bundledFrameworkFiles,
  idOf,
  looksLikePath,
  notBundledReason,
  checkAnswersAgainst,
  checkAnswersShape,
  checkFrameworkSource,
  SHARE_FILE_REASON,
  detectKind,
} from '../../io/load.js';

export async function runValidate(ctx: CommandContext, args: string[], opts: { framework?: string }): Promise<number> {
  const files = expandFileArguments(args, ctx);
  const resolver = new FrameworkResolver(ctx.cwd);
  // Names read as a bundled framework's id rather than as a file: those frameworks are the bundled ones.
  const readAsIds = new Set<string>();
  const read = await Promise.all(files.map((file) => readOrProblem(file, ctx.cwd, readAsIds)));

  // Frameworks given alongside answers files serve those files, so a council can check both at once.
  const givenFrameworks = new Map<string, Framework>();
  const outcomes: Outcome[] = [];
  const answers: YamlSource[] = [];
  const bundled = new Map((await bundledFrameworkFiles()).map((path) => [idOf(path), resolve(path)]));

  for (const entry of read) {
    if ('problems' in entry) {
      outcomes.push({ file: entry.file, problems: entry.problems, warnings: [] });
      continue;
    }
    const kind = detectKind(entry.data);
    if (kind === 'framework') {
      const checked = checkFrameworkSource(entry);
      if (checked.value) givenFrameworks.set(checked.value.id, checked.value);
      const lint = checked.value ? frameworkLintProblems(checked.value).map(entry.locate) : [];
      const warnings = sortAndCap([...entry.textWarnings(), ...lint], MAX_PROBLEMS_SHOWN, 'warning');
      // A file of one's own with a bundled id; not a bundled framework named by its id, nor the bundled file itself.
      const bundledPath = checked.value && bundled.get(checked.value.id);
      const ownFile = bundledPath && !readAsIds.has(entry.file) && bundledPath !== resolve(ctx.cwd, entry.file);
      if (ownFile) warnings.unshift(entry.locate({ path: ['id'], message: sharedIdMessage(checked.value!.id) }));
      const f = checked.value;
      outcomes.push({ file: entry.file, ...checked, warnings, summary: f && `framework ${f.id} ${f.version}: ${COMMON.count.themes(f.themes.length)}, ${COMMON.count.questions(f.questions.size)}` });
    } else if (kind === 'answers') {
      answers.push(entry);
    } else if (kind === 'share') {
      const message = `${SHARE_FILE_REASON}; dma benchmark checks share files`;
      outcomes.push({ file: entry.file, problems: [{ file: entry.file, line: 1, column: 1, message }], warnings: [] });
    } else {
      const message = 'is neither a framework (it has no themes or scale) nor an answers file (it has no framework or answers)';
      outcomes.push({ file: entry.file, problems: [{ file: entry.file, line: 1, column: 1, message }], warnings: [] });
    }
  }

  for (const source of answers) outcomes.push(await checkAnswersFile(source, opts.framework, givenFrameworks, resolver));

  let failed = 0;
  for (const outcome of sortByInput(outcomes, files)) {
    for (const warning of outcome.warnings) ctx.stderr.write(`${formatProblem(warning)} ${ctx.chalk.yellow('(warning)')}\n`);
    if (outcome.problems.length) {
      failed++;
      for (const problem of outcome.problems) ctx.stdout.write(`${formatProblem(problem)}\n`);
    } else {
      ctx.stderr.write(`${ctx.chalk.green('ok')} ${outcome.file}${outcome.summary ? `: ${outcome.summary}` : ''}\n`);
    }
  }
  if (failed) ctx.stderr.write(`${failed} of ${files.length} file${files.length === 1 ? '' : 's'} ha${failed === 1 ? 's' : 've'} problems\n`);
  return failed ? 1 : 0;
}

async function readOrProblem(file: string, cwd: string, readAsIds: Set<string>): Promise<YamlSource | { file: string; problems: LocatedProblem[] }> {
  try {
    return await readYamlFile(file, cwd);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    // Only where nothing is there: a folder or an oversized file of that name is a problem of its own.
    const maybeId = error.code === 'unreadable' && !looksLikePath(file) && !(await exists(resolve(cwd, file)));
    const bundled = maybeId ? await bundledFrameworkFiles() : [];
    const match = bundled.find((path) => idOf(path) === file);
    // As every other command reads it: a name that is no file but is a bundled framework's id means that framework.
    if (match) {
      readAsIds.add(file);
      return parseYamlText(file, await readText(match));
    }
    const notBundled = maybeId ? `; ${notBundledReason(file, bundled.map(idOf), 'give the path of a framework or answers file')}` : '';
    const problems = error.problems.length ? error.problems : [{ file, line: 1, column: 1, message: error.reason + notBundled }];
    return { file, problems };
  }
}

type Outcome = { file: string; problems: LocatedProblem[]; warnings: LocatedProblem[]; summary?: string };

/**
 * An answers file, checked against its framework (one given alongside, or as it names it). With
 * problems only inside some answers, the other answers are checked too, so every problem shows.
 */
async function checkAnswersFile(source: YamlSource, override: string | undefined, given: ReadonlyMap<string, Framework>, resolver: FrameworkResolver): Promise<Outcome> {
  const shape = checkAnswersShape(source);
  const file = shape.value ?? shape.rest?.file;
  if (!file) return { file: source.file, ...shape };
  const ref = override ?? file.framework.id;
  let framework = override === undefined ? given.get(ref) : undefined;
  try {
    framework ??= await resolver.resolve(ref);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    const message = override === undefined && error.code === 'unknown-framework'
      ? `names the framework "${ref}", which is not bundled; give its file too, or use --framework <path>`
      : error.message;
    const problems = error.problems.length ? error.problems : [source.locate({ path: ['framework', 'id'], message })];
    const earlier = (shape.rest?.problems ?? []).map(source.locate);
    return { file: source.file, problems: sortAndCap([...earlier, ...problems]), warnings: [] };
  }
  const checked = checkAnswersAgainst(source, file, framework, shape.rest?.problems);
  if (!shape.value) return { file: source.file, problems: checked.problems, warnings: checked.warnings };
  // Counted as the report counts them: not-applicable answers are not "answered".
  const counts = checked.value ? `: ${REPORT_WORDING.figures.answeredLine(scoreAssessment(framework, checked.value.assessment).overall)}` : '';
  return { file: source.file, ...checked, summary: `answers for ${framework.id}${counts}, organisation "${file.organisation}"` };
}

function sortByInput<T extends { file: string }>(items: T[], order: string[]): T[] {
  return [...items].sort((a, b) => order.indexOf(a.file) - order.indexOf(b.file));
}

/** A framework of one's own that kept a bundled framework's id (a copy made by hand, say). */
function sharedIdMessage(id: string): string {
  return `id "${id}" is a bundled framework's id: an answers file naming it is read against the bundled framework unless --framework names this file; give this framework an id of its own`;
}
