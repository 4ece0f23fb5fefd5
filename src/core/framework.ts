// A validated framework, ready for scoring, and the rules a framework file must obey
// beyond its shape (section 2 of the contract).
import { CHOOSING_RULE } from './choosing-rule.js';
import type { Horizon, FrameworkFile, SourceFile } from './schema.js';
import type { Problem } from './problems.js';
import { listSome } from './plain-text.js';

export interface ScaleLevel {
  level: number;
  label: string;
  description?: string;
}

export interface Scale {
  min: number;
  max: number;
  levels: ScaleLevel[];
}

export interface Action {
  toLevel: number;
  text: string;
  owner?: string;
  horizon?: Horizon;
  source?: string;
}

export interface Question {
  /** Full id: theme id, a dot, question id. */
  id: string;
  themeId: string;
  text: string;
  help?: string;
  weight: number;
  notApplicableAllowed: boolean;
  source?: string;
  /** Descriptor text for every level of the scale. */
  levels: ReadonlyMap<number, string>;
  actions: Action[];
}

export interface Theme {
  id: string;
  title: string;
  description?: string;
  source?: string;
  weight: number;
  questions: Question[];
}

export type Source = SourceFile;

export interface Framework {
  id: string;
  title: string;
  version: string;
  description?: string;
  /** How to choose a level: the framework's own rule, else dma's (CHOOSING_RULE). */
  choosingRule: string;
  sources: Source[];
  scale: Scale;
  target: number;
  themes: Theme[];
  /** Every question by full id, in framework order. */
  questions: ReadonlyMap<string, Question>;
}

type Loose = Record<string, unknown>;
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);
const asRecord = (value: unknown): Loose => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Loose) : {});
const asText = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const asInt = (value: unknown): number | undefined => (Number.isInteger(value) ? (value as number) : undefined);

/**
 * Every rule of the contract that the shape alone cannot check. It reads the data loosely, so
 * it can run beside the shape check and a broken file gets all its problems in one go.
 */
export function frameworkRuleProblems(data: unknown): Problem[] {
  const file = asRecord(data);
  const problems: Problem[] = [];
  const scale = asList(file.scale).map((s) => asInt(asRecord(s).level));
  const levels = scale.filter((l): l is number => l !== undefined);

  scale.forEach((level, i) => {
    const previous = scale[i - 1];
    if (i > 0 && level !== undefined && previous !== undefined && level !== previous + 1) {
      problems.push({
        path: ['scale', i, 'level'],
        message: `scale levels must be consecutive whole numbers in ascending order: expected ${previous + 1} after ${previous}, found ${level}`,
      });
    }
  });
  const levelSet = new Set(levels);
  const levelList = describeLevels(levels);
  const scaleKnown = levels.length === scale.length && levels.length > 0;
  const scaleFacts = { levels, levelSet, levelList };

  const target = asInt(file.target);
  if (scaleKnown && target !== undefined && !levelSet.has(target)) {
    problems.push({ path: ['target'], message: `target ${target} is not a level of the scale (${levelList})` });
  }

  const sourceIds = new Set<string>();
  asList(file.sources).forEach((s, i) => {
    const id = asText(asRecord(s).id);
    if (id === undefined) return;
    if (sourceIds.has(id)) problems.push({ path: ['sources', i, 'id'], message: `source id "${id}" is used twice` });
    sourceIds.add(id);
  });
  const checkSource = (ref: unknown, path: Array<string | number>) => {
    if (typeof ref === 'string' && !sourceIds.has(ref)) {
      const known = sourceIds.size ? ` (listed sources: ${listSome(sourceIds)})` : ' (the framework lists no sources)';
      problems.push({ path, message: `source "${ref}" is not listed under sources${known}` });
    }
  };

  const themeIds = new Set<string>();
  asList(file.themes).forEach((themeData, t) => {
    const theme = asRecord(themeData);
    const themePath = ['themes', t];
    const themeId = asText(theme.id);
    if (themeId !== undefined) {
      if (themeIds.has(themeId)) problems.push({ path: [...themePath, 'id'], message: `theme id "${themeId}" is used twice` });
      themeIds.add(themeId);
    }
    checkSource(theme.source, [...themePath, 'source']);

    const questionIds = new Set<string>();
    asList(theme.questions).forEach((questionData, q) => {
      const question = asRecord(questionData);
      const questionPath = [...themePath, 'questions', q];
      const questionId = asText(question.id);
      if (questionId !== undefined) {
        if (questionIds.has(questionId)) {
          problems.push({ path: [...questionPath, 'id'], message: `question id "${questionId}" is used twice in theme "${themeId}"` });
        }
        questionIds.add(questionId);
      }
      checkSource(question.source, [...questionPath, 'source']);

      if (scaleKnown && typeof question.levels === 'object' && question.levels !== null) {
        problems.push(...descriptorProblems(asRecord(question.levels), [...questionPath, 'levels'], `${themeId}.${questionId}`, scaleFacts));
      }

      asList(question.actions).forEach((actionData, a) => {
        const action = asRecord(actionData);
        const actionPath = [...questionPath, 'actions', a];
        const toLevel = asInt(action.toLevel);
        if (scaleKnown && toLevel !== undefined && !levelSet.has(toLevel)) {
          problems.push({ path: [...actionPath, 'toLevel'], message: `toLevel ${toLevel} is not a level of the scale (${levelList})` });
        }
        checkSource(action.source, [...actionPath, 'source']);
      });
    });
  });
  return problems;
}

/** The scale's levels, worked out once per framework rather than once per question. */
interface ScaleFacts {
  levels: readonly number[];
  levelSet: ReadonlySet<number>;
  /** The levels in words, for messages. */
  levelList: string;
}

/** Level keys that are not on the scale, and levels of the scale with no descriptor. */
function descriptorProblems(descriptors: Loose, path: Array<string | number>, questionId: string, scale: ScaleFacts): Problem[] {
  const { levels, levelSet, levelList } = scale;
  const problems: Problem[] = [];
  const described = new Set<number>();
  for (const key of Object.keys(descriptors)) {
    const n = Number(key);
    if (/^-?\d+$/.test(key) && !levelSet.has(n)) {
      problems.push({ path: [...path, key], atKey: true, message: `level ${key} is not a level of the scale (${levelList})` });
    }
    described.add(n);
  }
  const missing = missingLevels(levels, levelSet, described);
  if (missing) {
    problems.push({ path, message: `question "${questionId}" needs a descriptor for every level of the scale; missing: ${missing}` });
  }
  return problems;
}

/** "1, 2, 3" for a short scale, "0 to 99" for a long one: a message never repeats a whole long list. */
function describeLevels(levels: readonly number[]): string {
  if (levels.length <= 10) return levels.join(', ');
  const consecutive = levels.every((l, i) => i === 0 || l === levels[i - 1]! + 1);
  return consecutive ? `${levels[0]} to ${levels.at(-1)}` : listSome(levels, 10);
}

/**
 * The scale's levels a question does not describe, listed briefly; undefined when none is missing.
 * It stops a few past the last described level, so a long scale is not scanned once per question.
 */
function missingLevels(levels: readonly number[], levelSet: ReadonlySet<number>, described: ReadonlySet<number>): string | undefined {
  let count = 0;
  for (const level of described) if (levelSet.has(level)) count++;
  const total = levels.length - count;
  if (total === 0) return undefined;
  const shown: number[] = [];
  for (let i = 0; i < levels.length && shown.length < 5; i++) if (!described.has(levels[i]!)) shown.push(levels[i]!);
  return total > shown.length ? `${shown.join(', ')} and ${(total - shown.length).toLocaleString('en-GB')} more` : shown.join(', ');
}

/** Builds the scoring model from a file that has passed `frameworkRuleProblems`. */
export function compileFramework(file: FrameworkFile): Framework {
  const levels = file.scale.map((s) => s.level);
  const scale: Scale = {
    min: levels[0]!,
    max: levels[levels.length - 1]!,
    levels: file.scale.map((s) => ({ level: s.level, label: s.label, ...(s.description ? { description: s.description } : {}) })),
  };
  const questions = new Map<string, Question>();
  const themes: Theme[] = file.themes.map((theme) => ({
    id: theme.id,
    title: theme.title,
    description: theme.description,
    source: theme.source,
    weight: theme.weight ?? 1,
    questions: theme.questions.map((q) => {
      const question: Question = {
        id: `${theme.id}.${q.id}`,
        themeId: theme.id,
        text: q.text,
        help: q.help,
        weight: q.weight ?? 1,
        notApplicableAllowed: q.notApplicable === true,
        source: q.source,
        levels: new Map(Object.entries(q.levels).map(([k, v]) => [Number(k), v])),
        actions: (q.actions ?? []).map((a) => ({ ...a })),
      };
      questions.set(question.id, question);
      return question;
    }),
  }));
  return {
    id: file.id,
    title: file.title,
    version: file.version,
    description: file.description,
    choosingRule: file.choosingRule ?? CHOOSING_RULE,
    sources: file.sources ?? [],
    scale,
    target: file.target ?? defaultTarget(scale),
    themes,
    questions,
  };
}

/** The contract's default target: the second-highest level. */
export function defaultTarget(scale: Scale): number {
  return scale.max - 1;
}

export function labelOf(scale: Scale, level: number): string {
  // Levels are consecutive, so the index is the level's distance from the lowest.
  const entry = scale.levels[level - scale.min];
  return entry?.level === level ? entry.label : String(level);
}

export function isLevel(scale: Scale, value: number): boolean {
  return Number.isInteger(value) && value >= scale.min && value <= scale.max;
}
