// Warnings about how a framework is written, for what a program can see: a level descriptor much
// longer than the question's other descriptors (it usually joins two conditions), alternatives
// joined with "and/or" or a slash, two levels with the same descriptor, and a step up to the
// target with no action (the action plan would have nothing for it). They never fail a
// framework; docs/writing-frameworks.md explains the rules behind them.
import type { Framework, Question } from './framework.js';
import type { DocPath, Problem } from './problems.js';

/** A descriptor is "much longer" when it is over this many times the median of its siblings… */
export const LONG_DESCRIPTOR_RATIO = 1.5;
/** …and at least this many characters longer, so short descriptors are not flagged for a word or two. */
export const LONG_DESCRIPTOR_MIN_EXCESS = 40;

const AND_OR = /\b(?:and\s*\/\s*or|or\s*\/\s*and)\b/i;
/** Two words joined by a slash ("weekly/monthly"): the reader must guess whether one or both are needed. */
const SLASH_JOIN = /\b\p{L}{2,}\/\p{L}{2,}\b/u;
const WEB_ADDRESS = /\b(?:https?:\/\/|www\.)\S+/gi;

export function frameworkLintProblems(framework: Framework): Problem[] {
  const problems: Problem[] = [];
  framework.themes.forEach((theme, t) => {
    theme.questions.forEach((question, q) => {
      problems.push(...questionLint(question, ['themes', t, 'questions', q, 'levels']));
    });
  });
  return [...problems, ...actionGaps(framework)];
}

/**
 * The steps up to the target that no action leads to: a council below the target on such a
 * question gets nothing for it in its action plan. A framework with no actions at all gets one
 * warning, not one a question.
 */
function actionGaps(framework: Framework): Problem[] {
  const questions = framework.themes.flatMap((theme, t) => theme.questions.map((question, q) => ({ question, path: ['themes', t, 'questions', q] as DocPath })));
  if (questions.every(({ question }) => question.actions.length === 0)) {
    return [{ path: ['themes'], atKey: true, message: 'no question has actions, so a report will have no action plan; add actions for the steps up to the target (docs/writing-frameworks.md, "Actions")' }];
  }
  const gaps: Problem[] = [];
  for (const { question, path } of questions) {
    const reached = new Set(question.actions.map((a) => a.toLevel));
    const missing: number[] = [];
    for (let level = framework.scale.min + 1; level <= framework.target; level++) if (!reached.has(level)) missing.push(level);
    if (missing.length === 0) continue;
    const levels = missing.length === 1 ? `level ${missing[0]}` : `level ${missing.slice(0, -1).join(', ')} or ${missing.at(-1)}`;
    const steps = missing.length === 1 ? 'that step' : 'those steps';
    gaps.push({
      path: question.actions.length ? [...path, 'actions'] : [...path, 'id'],
      message: `${question.id} has no action to reach ${levels}, up to the target of ${framework.target}, so the action plan has nothing for ${steps}`,
    });
  }
  return gaps;
}

function questionLint(question: Question, levelsPath: DocPath): Problem[] {
  const problems: Problem[] = [];
  const entries = [...question.levels.entries()].sort(([a], [b]) => a - b);
  const at = (level: number): DocPath => [...levelsPath, String(level)];
  const seen = new Map<string, number>();

  for (const [level, text] of entries) {
    const where = `level ${level} of ${question.id}`;
    const siblings = entries.filter(([other]) => other !== level).map(([, other]) => other.trim().length);
    const length = text.trim().length;
    const typical = median(siblings);
    if (typical !== undefined && length > LONG_DESCRIPTOR_RATIO * typical && length - typical >= LONG_DESCRIPTOR_MIN_EXCESS) {
      problems.push({
        path: at(level),
        message:
          `the descriptor for ${where} is ${length} characters, much longer than the question's other levels ` +
          `(typically ${typical}); a long descriptor usually joins two conditions: keep it to one that can be checked`,
      });
    }
    const join = joinIn(text);
    if (join) {
      problems.push({
        path: at(level),
        message: `the descriptor for ${where} joins alternatives with "${join}"; say which condition the level needs, or split it between levels`,
      });
    }
    const key = normalise(text);
    const same = seen.get(key);
    if (same !== undefined) {
      problems.push({ path: at(level), message: `the descriptor for ${where} is the same as level ${same}'s; each level needs its own condition` });
    } else {
      seen.set(key, level);
    }
  }
  return problems;
}

function joinIn(text: string): string | undefined {
  const plain = text.replace(WEB_ADDRESS, ' ');
  return AND_OR.exec(plain)?.[0] ?? SLASH_JOIN.exec(plain)?.[0];
}

function normalise(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The median of whole numbers, rounded down to a whole number; undefined for none. */
function median(values: number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : Math.floor((sorted[middle - 1]! + sorted[middle]!) / 2);
}
