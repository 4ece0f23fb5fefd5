// Small builders for scoring and planning tests: frameworks and assessments as plain objects,
// run through the same compileFramework/toAssessment the loader uses.
import type { Assessment } from '../../src/core/answers.js';
import { toAssessment } from '../../src/core/answers.js';
import type { Framework } from '../../src/core/framework.js';
import { compileFramework, frameworkRuleProblems } from '../../src/core/framework.js';
import type { ActionFile, AnswerFile, AnswersFile, FrameworkFile, RespondentFile } from '../../src/core/schema.js';
import { answersFileSchema, frameworkFileSchema } from '../../src/core/schema.js';

export interface QuestionSpec {
  id: string;
  weight?: number;
  notApplicable?: boolean;
  actions?: ActionFile[];
}

export interface ThemeSpec {
  id: string;
  weight?: number;
  questions: QuestionSpec[];
}

export interface FrameworkSpec {
  min: number;
  max: number;
  target?: number;
  /** The framework's own rule for choosing a level. */
  choosingRule?: string;
  themes: ThemeSpec[];
}

/** Level labels are "L<n>", so a test can tell which level a label belongs to. */
export function buildFramework(spec: FrameworkSpec): Framework {
  const levels: number[] = [];
  for (let l = spec.min; l <= spec.max; l++) levels.push(l);
  const file: FrameworkFile = {
    schema: 1,
    id: 'built',
    title: 'Built for a test',
    version: '1.0.0',
    scale: levels.map((level) => ({ level, label: `L${level}` })),
    ...(spec.target === undefined ? {} : { target: spec.target }),
    ...(spec.choosingRule === undefined ? {} : { choosingRule: spec.choosingRule }),
    themes: spec.themes.map((t) => ({
      id: t.id,
      title: `Theme ${t.id}`,
      ...(t.weight === undefined ? {} : { weight: t.weight }),
      questions: t.questions.map((q) => ({
        id: q.id,
        text: `Question ${q.id}?`,
        ...(q.weight === undefined ? {} : { weight: q.weight }),
        ...(q.notApplicable ? { notApplicable: true } : {}),
        levels: Object.fromEntries(levels.map((l) => [String(l), `Descriptor ${l}`])),
        ...(q.actions ? { actions: q.actions } : {}),
      })),
    })),
  };
  // The builder must only make valid frameworks, or the tests would prove nothing.
  const shape = frameworkFileSchema.safeParse(file);
  if (!shape.success) throw new Error(`test framework has the wrong shape: ${shape.error.message}`);
  const problems = frameworkRuleProblems(file);
  if (problems.length) throw new Error(`test framework breaks a rule: ${problems.map((p) => p.message).join('; ')}`);
  return compileFramework(shape.data);
}

export function buildAssessment(
  framework: Framework,
  answers: Record<string, AnswerFile>,
  options: { respondents?: RespondentFile[]; organisation?: string; date?: string } = {},
): Assessment {
  const file: AnswersFile = {
    schema: 1,
    framework: { id: framework.id, version: framework.version },
    organisation: options.organisation ?? 'Testshire County Council',
    ...(options.date ? { date: options.date } : {}),
    ...(options.respondents ? { respondents: options.respondents } : {}),
    answers,
  };
  const shape = answersFileSchema.safeParse(file);
  if (!shape.success) throw new Error(`test answers have the wrong shape: ${shape.error.message}`);
  return toAssessment(shape.data, framework);
}
