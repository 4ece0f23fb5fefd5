// Loading frameworks and answers files from disk: YAML, then shape, then rules, with every
// problem placed at its file:line:column.
import { readdir } from 'node:fs/promises';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Assessment, TeamMember } from '../core/answers.js';
import { TeamBuilder, answersRuleProblems, namesOtherVersion, toAssessment } from '../core/answers.js';
import { answersWithoutBroken } from '../core/answers-rest.js';
import type { Framework } from '../core/framework.js';
import { compileFramework, frameworkRuleProblems } from '../core/framework.js';
import { DataError } from '../core/problems.js';
import type { LocatedProblem, Problem } from '../core/problems.js';
import type { AnswersFile } from '../core/schema.js';
import { answersFileSchema, frameworkFileSchema } from '../core/schema.js';
import { checkShape, closest } from '../core/shape.js';
import { slugify } from '../core/slug.js';
import type { YamlSource } from './yaml-source.js';
import { parseYamlText, readText, readYamlFile } from './yaml-source.js';
import { readCachedFramework } from './framework-cache.js';
import { BUNDLED_FRAMEWORKS_DIR } from './paths.js';
import { MAX_PROBLEMS_SHOWN, andMore, sortAndCap } from './problem-list.js';

export const DEFAULT_FRAMEWORK_ID = 'local-digital-leadership';

export type FileKind = 'framework' | 'answers' | 'share';

/** What a share file is, for the messages that meet one where an answers file was expected. */
export const SHARE_FILE_REASON = 'is a share file (made by dma share, for dma benchmark), not an answers file';

export interface Checked<T> {
  value?: T;
  /** In file order, at most MAX_PROBLEMS_SHOWN and a last line that counts the rest. */
  problems: LocatedProblem[];
  warnings: LocatedProblem[];
  /** How many problems there are in all, shown or not. */
  problemCount?: number;
}

/** Places, sorts and caps a file's problems and warnings. */
function located<T>(source: YamlSource, problems: Problem[], warnings: Problem[] = []): Checked<T> {
  return {
    problems: sortAndCap(problems.map(source.locate)),
    warnings: sortAndCap(warnings.map(source.locate), MAX_PROBLEMS_SHOWN, 'warning'),
    problemCount: problems.length,
  };
}

/** Tells a framework from an answers file by its content. */
export function detectKind(data: unknown): FileKind | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  const keys = Object.keys(data);
  if ((data as { format?: unknown }).format === 'dma-share') return 'share';
  if (keys.includes('themes') || keys.includes('scale')) return 'framework';
  if (keys.includes('answers') || keys.includes('framework') || keys.includes('respondents')) return 'answers';
  return undefined;
}

/** With the YAML traps in its texts as warnings, whether or not it has problems: a dropped " #" can explain one. */
export function checkFrameworkSource(source: YamlSource): Checked<Framework> {
  const shape = checkShape(frameworkFileSchema, source.data);
  const problems = [...(shape.ok ? [] : shape.problems), ...frameworkRuleProblems(source.data)];
  const warnings = sortAndCap(source.textWarnings(), MAX_PROBLEMS_SHOWN, 'warning');
  if (!shape.ok || problems.length) return { ...located(source, problems), warnings };
  return { value: compileFramework(shape.value), problems: [], warnings };
}

export interface CheckedAnswers {
  file: AnswersFile;
  assessment: Assessment;
}

/** An answers file read without the parts that have shape problems, and those problems. */
export interface AnswersRest {
  file: AnswersFile;
  problems: Problem[];
}

/**
 * The shape alone, for finding which framework an answers file names. With problems only where
 * the rest can be read without them, `rest` is the file without them, to check against the
 * framework too (see checkAnswersAgainst's `earlier`).
 */
export function checkAnswersShape(source: YamlSource): Checked<AnswersFile> & { rest?: AnswersRest } {
  const shape = checkShape(answersFileSchema, source.data);
  if (!shape.ok) {
    const rest = answersWithoutBroken(source.data, shape.problems);
    return { ...located(source, shape.problems), ...(rest ? { rest: { file: rest, problems: shape.problems } } : {}) };
  }
  return { value: shape.value, problems: [], warnings: [] };
}

/** `earlier`: shape problems of the parts left out of `file`, listed and counted with the rest. */
export function checkAnswersAgainst(source: YamlSource, file: AnswersFile, framework: Framework, earlier: readonly Problem[] = []): Checked<CheckedAnswers> {
  const rules = answersRuleProblems(file, framework);
  const { warnings } = rules;
  const problems = [...earlier, ...rules.problems];
  if (namesOtherVersion(file, framework)) {
    const named = [file.framework.id, file.framework.version].filter(Boolean).join(' ');
    const answered = new Set(Object.keys(file.answers ?? {}));
    const leftOut = [...answered].filter((id) => !framework.questions.has(id)).length;
    const unanswered = [...framework.questions.keys()].filter((id) => !answered.has(id)).length;
    const otherId = file.framework.id !== framework.id;
    warnings.unshift({ path: ['framework'], message: otherVersionMessage(named, `${framework.id} ${framework.version}`, leftOut, unanswered, otherId) });
  }
  const checked = located<CheckedAnswers>(source, problems, warnings);
  if (checked.problems.length) return checked;
  return { ...checked, value: { file, assessment: toAssessment(file, framework) } };
}

/**
 * What reading a file against another version of its framework does, with no clause for a count
 * of 0. Against another framework altogether, that is the point: its unanswered questions are
 * not a version's doing (the summary counts them as not answered).
 */
export function otherVersionMessage(named: string, readAs: string, leftOut: number, unanswered: number, otherId = false): string {
  const answers = `${leftOut} answer${leftOut === 1 ? '' : 's'}`;
  const are = leftOut === 1 ? 'is' : 'are';
  if (otherId) {
    const clause = leftOut ? `: ${answers} to questions ${readAs} does not have ${are} left out` : '';
    return `this file was written for another framework, ${named}; it is read against ${readAs}, matching answers by question id${clause}`;
  }
  const clauses = [
    leftOut ? `${answers} to questions that are no longer asked ${are} left out` : null,
    unanswered ? `${unanswered} question${unanswered === 1 ? ', new in this version or not yet answered, has' : 's, new in this version or not yet answered, have'} no answer in this file` : null,
  ].filter((c) => c !== null);
  return `this file was written for ${named}; it is read against ${readAs}${clauses.length ? `: ${clauses.join(', and ')}` : ''}`;
}

function throwIfProblems(file: string, checked: Checked<unknown>, what: string): void {
  if (checked.problems.length) {
    const count = checked.problemCount ?? checked.problems.length;
    throw new DataError({ code: 'invalid-file', file, reason: `is not a valid ${what} (${count.toLocaleString('en-GB')} problem${count === 1 ? '' : 's'})`, problems: checked.problems });
  }
}

/**
 * A bundled framework id, or a path to a framework file (relative to `cwd`). Results are
 * cached per reference.
 */
export class FrameworkResolver {
  private readonly cache = new Map<string, Promise<Framework>>();

  constructor(readonly cwd: string) {}

  resolve(ref: string): Promise<Framework> {
    let pending = this.cache.get(ref);
    if (!pending) {
      pending = this.load(ref);
      this.cache.set(ref, pending);
    }
    return pending;
  }

  private async load(ref: string): Promise<Framework> {
    const path = looksLikePath(ref) ? ref : await bundledFrameworkPath(ref);
    const text = await readText(path, this.cwd);
    if (dirname(resolve(this.cwd, path)) === BUNDLED_FRAMEWORKS_DIR) {
      const cached = await readCachedFramework(path, text);
      if (cached) return compileFramework(cached);
    }
    const source = parseYamlText(path, text);
    if (detectKind(source.data) === 'answers') {
      throw new DataError({ code: 'wrong-kind', file: path, reason: 'is an answers file, not a framework' });
    }
    const checked = checkFrameworkSource(source);
    throwIfProblems(path, checked, 'framework');
    return checked.value!;
  }
}

export function looksLikePath(ref: string): boolean {
  return ref.includes('/') || ref.includes('\\') || /\.ya?ml$/i.test(ref);
}

/**
 * One wording wherever an id names no bundled framework, as for an unknown template: the list,
 * then a suggestion where one is near, then what else to do.
 */
export function notBundledReason(id: string, ids: readonly string[], otherwise: string): string {
  const near = closest(id, [...ids]);
  return `"${id}" is not a bundled framework (bundled: ${ids.join(', ')}); ${near ? `did you mean "${near}"? Or ${otherwise}` : otherwise}`;
}

async function bundledFrameworkPath(id: string): Promise<string> {
  const known = await bundledFrameworkFiles();
  const match = known.find((f) => idOf(f) === id);
  if (!match) {
    const reason = notBundledReason(id, known.map(idOf), 'give a path to a framework file instead');
    throw new DataError({ code: 'unknown-framework', reason });
  }
  return match;
}

/** Bundled frameworks are the YAML files in the package's frameworks/ folder, named by id. */
export async function bundledFrameworkFiles(): Promise<string[]> {
  const names = await readdir(BUNDLED_FRAMEWORKS_DIR);
  return names.filter((n) => /\.ya?ml$/i.test(n)).sort().map((n) => join(BUNDLED_FRAMEWORKS_DIR, n));
}

/** The id a bundled framework file is named by. */
export function idOf(file: string): string {
  return basename(file, extname(file));
}

/**
 * The id of an editable copy: from its file name, but never a bundled framework's id, so answers
 * to the copy cannot be mistaken for answers to the original ("-copy", "-copy-2"… is added).
 */
export function copyId(fileStem: string, copiedId: string, bundled: ReadonlySet<string>): string {
  const base = slugify(fileStem) || `${copiedId}-copy`;
  if (!bundled.has(base)) return base;
  let id = `${base}-copy`;
  for (let n = 2; bundled.has(id); n++) id = `${base}-copy-${n}`;
  return id;
}

export interface LoadedTeam {
  framework: Framework;
  assessment: Assessment;
  /** Each file's own assessment, in the order given: only with `keepMembers` (a big team would not fit). */
  members?: TeamMember[];
  /** The first file that names another framework than the one used (possible only with a framework given). */
  namedOther?: { file: string; id: string };
  /** At most MAX_PROBLEMS_SHOWN in all, then a line that counts the rest. */
  warnings: LocatedProblem[];
}

/**
 * Reads one or more answers files as one team. The framework is `frameworkRef` when given,
 * else the bundled framework the files name; all files must name the same one.
 * Files are read one at a time and folded into the team as they are read, so memory grows with
 * the votes and notes, not with the YAML documents or a per-file assessment.
 */
export async function loadTeam(
  paths: readonly string[],
  frameworkRef: string | undefined,
  resolver: FrameworkResolver,
  options: { keepMembers?: boolean } = {},
): Promise<LoadedTeam> {
  let framework: Framework | undefined;
  let firstNamed: { id: string; file: string } | undefined;
  let namedOther: LoadedTeam['namedOther'];
  const warnings: LocatedProblem[] = [];
  let warningCount = 0;
  const team = new TeamBuilder();
  const members: TeamMember[] | undefined = options.keepMembers ? [] : undefined;

  for (const path of paths) {
    const source = await readYamlFile(path, resolver.cwd);
    const kind = detectKind(source.data);
    if (kind === 'framework' || kind === 'share') {
      const reason = kind === 'share' ? SHARE_FILE_REASON : 'is a framework, not an answers file';
      throw new DataError({ code: 'wrong-kind', file: source.file, reason });
    }
    const shape = checkAnswersShape(source);
    throwIfProblems(source.file, shape, 'answers file');
    const file = shape.value!;

    if (frameworkRef === undefined) {
      firstNamed ??= { id: file.framework.id, file: source.file };
      if (file.framework.id !== firstNamed.id) {
        throw new DataError({
          code: 'framework-mismatch',
          reason:
            `these answers files name different frameworks (${firstNamed.file}: ${firstNamed.id}; ${source.file}: ${file.framework.id}); ` +
            "a team's files must all use the same framework",
        });
      }
    }
    framework ??= await resolveFor(resolver, frameworkRef, file.framework.id, source.file);

    const checked = checkAnswersAgainst(source, file, framework);
    throwIfProblems(source.file, checked, 'answers file');
    for (const warning of checked.warnings) if (warningCount++ < MAX_PROBLEMS_SHOWN) warnings.push(warning);
    if (file.framework.id !== framework.id) namedOther ??= { file: source.file, id: file.framework.id };
    const member = { fallbackId: respondentIdFromFileName(source.file), assessment: checked.value!.assessment };
    team.add(member);
    members?.push(member);
  }
  if (!framework) throw new DataError({ code: 'no-input', reason: 'no answers files were given' });
  if (warningCount > MAX_PROBLEMS_SHOWN) {
    const last = warnings.at(-1)!;
    warnings.push({ ...last, message: andMore(warningCount - MAX_PROBLEMS_SHOWN, 'warning', 'these files', MAX_PROBLEMS_SHOWN) });
  }
  return { framework, assessment: team.result(), ...(members ? { members } : {}), ...(namedOther ? { namedOther } : {}), warnings };
}

async function resolveFor(resolver: FrameworkResolver, frameworkRef: string | undefined, named: string, file: string): Promise<Framework> {
  try {
    return await resolver.resolve(frameworkRef ?? named);
  } catch (error) {
    if (frameworkRef === undefined && error instanceof DataError && error.code === 'unknown-framework') {
      throw new DataError({ code: 'unknown-framework', file, reason: `names the framework "${named}", which is not bundled; give its file with --framework <path>` });
    }
    throw error;
  }
}

/** "answers/Siôn Môn.yaml" → "sion-mon": safe as a votes key. */
export function respondentIdFromFileName(file: string): string {
  return slugify(basename(file, extname(file))) || 'respondent';
}

