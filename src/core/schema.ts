// The two file formats of the contract (shared/spec/README.md, sections 2 and 3) as zod schemas.
// Shapes only: rules that need the whole document (unique ids, references, scale coverage)
// live in framework.ts and answers.ts so every problem can be reported at once.
import { z } from 'zod';

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'must use only lowercase letters, digits and "-"' });

const text = z.string().trim().min(1, { message: 'must not be empty' });
const optionalText = z.string().optional();
const positiveWeight = z.number().positive({ message: 'must be a number above 0' });
const level = z.number().int({ message: 'must be a whole number' });

/** Level keys are YAML map keys, so they arrive as strings: "1", "0", "-1". */
const levelKey = z.string().regex(/^-?\d+$/, { message: 'must be a level of the scale (a whole number)' });

export const HORIZONS = ['now', 'next', 'later'] as const;
export type Horizon = (typeof HORIZONS)[number];

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

const source = z.strictObject({
  id: slug,
  title: text,
  publisher: optionalText,
  year: z.number().int().optional(),
  url: z.string().url({ message: 'must be a full web address (https://...)' }).optional(),
});

const scaleLevel = z.strictObject({
  level,
  label: text,
  description: optionalText,
});

const action = z.strictObject({
  toLevel: level.describe('The level this action helps reach.'),
  text: text.describe('What to do: start with a verb; say what changes and how you would know.'),
  owner: optionalText.describe('A role, never a person (for example Chief Executive).'),
  horizon: z.enum(HORIZONS).optional().describe('now (within 3 months), next (3 to 12 months) or later.'),
  source: slug.optional().describe('The id of a listed source.'),
});

const question = z.strictObject({
  id: slug.describe('Unique within its theme; the full id is theme-id.question-id.'),
  text: text.describe('The question, read aloud to the room.'),
  help: optionalText.describe('Why it matters and what evidence shows the level.'),
  weight: positiveWeight.optional().describe('Weight within its theme; default 1.'),
  notApplicable: z.boolean().optional().describe('May this question be answered "not applicable"?'),
  source: slug.optional().describe('The id of a listed source.'),
  levels: z.record(levelKey, text).describe('A descriptor for every level of the scale, keyed by level.'),
  actions: z.array(action).optional().describe('What moves an organisation up from one level to the next.'),
});

const theme = z.strictObject({
  id: slug,
  title: text,
  description: optionalText,
  source: slug.optional(),
  weight: positiveWeight.optional().describe('Weight in the overall score; default 1.'),
  questions: z.array(question).min(1, { message: 'must list at least one question' }),
});

/** `version: 1.0` in YAML is the number 1; ask for quotes rather than guess. */
const versionText = z.string().min(1, { message: 'must not be empty' });

export const frameworkFileSchema = z.strictObject({
  schema: z.literal(1, { message: 'must be 1 (the only format version so far)' }),
  id: slug,
  title: text,
  version: versionText,
  description: optionalText,
  sources: z.array(source).optional(),
  scale: z.array(scaleLevel).min(2, { message: 'must have at least 2 levels' }).describe('Consecutive whole-number levels, ascending.'),
  target: level.optional().describe('The level to aim for; default the second-highest level.'),
  themes: z.array(theme).min(1, { message: 'must list at least one theme' }),
});

export type FrameworkFile = z.infer<typeof frameworkFileSchema>;
export type ThemeFile = z.infer<typeof theme>;
export type QuestionFile = z.infer<typeof question>;
export type ActionFile = z.infer<typeof action>;
export type SourceFile = z.infer<typeof source>;

/** Respondent ids key the `votes` maps, so they must be safe object keys. */
const respondentId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, {
    message: 'must start with a letter or digit and use only letters, digits, ".", "_" and "-"',
  });

const fullQuestionId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*\.[a-z0-9][a-z0-9-]*$/, {
    message: 'must be a full question id: theme id, a dot, question id (e.g. champion.role-model)',
  });

const answer = z.strictObject({
  level: level.optional().describe('The agreed level.'),
  votes: z.record(respondentId, level).optional().describe('One level per respondent id.'),
  notApplicable: z.boolean().optional().describe('Only where the question allows it.'),
  reason: optionalText.describe('Why the question does not apply.'),
  notes: optionalText.describe('Notes from the discussion.'),
  evidence: optionalText.describe('A document, a link or an example.'),
  confidence: z.enum(CONFIDENCES).optional().describe('How well evidenced the level is.'),
});

const respondent = z.strictObject({
  id: respondentId,
  name: optionalText,
  role: optionalText,
});

export const answersFileSchema = z.strictObject({
  schema: z.literal(1, { message: 'must be 1 (the only format version so far)' }),
  framework: z.strictObject({ id: slug, version: versionText.optional() }),
  organisation: text,
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written as YYYY-MM-DD' }).optional(),
  respondents: z.array(respondent).optional(),
  answers: z.record(fullQuestionId, answer).optional(),
});

export type AnswersFile = z.infer<typeof answersFileSchema>;
export type AnswerFile = z.infer<typeof answer>;
export type RespondentFile = z.infer<typeof respondent>;
