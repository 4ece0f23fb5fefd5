// The two file formats of the contract (docs/contract.md, sections 2 and 3) as zod schemas.
// Shapes only: rules that need the whole document (unique ids, references, scale coverage)
// live in framework.ts and answers.ts so every problem can be reported at once.
// zod/mini: the same checks as classic zod, at a twentieth of the code to load at start-up.
import * as z from 'zod/mini';
import { DATE_PATTERN, isCalendarDate } from './calendar.js';
import { UNSAFE_IN_LINE_CLASS } from './plain-text.js';

/** A schema with a description for editors (the JSON Schemas in schema/ carry it). */
function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description)) as T;
}

const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'must use only lowercase letters, digits and "-"' }));
const text = z.string().check(z.trim(), z.minLength(1, { message: 'must not be empty' }));
const optionalText = z.optional(z.string());
/** Weights compare questions and themes; a thousand to one is more than any framework needs. */
export const MAX_WEIGHT = 1000;
const positiveWeight = z.number().check(
  z.positive({ message: 'must be a number above 0' }),
  z.lte(MAX_WEIGHT, { message: `must be at most ${MAX_WEIGHT}` }),
);
const level = z.int({ message: 'must be a whole number' });

/** Level keys are YAML map keys, so they arrive as strings: "1", "0", "-1". */
const levelKey = z.string().check(z.regex(/^-?\d+$/, { message: 'must be a level of the scale (a whole number)' }));

export const HORIZONS = ['now', 'next', 'later'] as const;
export type Horizon = (typeof HORIZONS)[number];

export const CONFIDENCES = ['low', 'medium', 'high'] as const;
export type Confidence = (typeof CONFIDENCES)[number];

const source = z.strictObject({
  id: slug,
  title: text,
  publisher: optionalText,
  year: z.optional(z.int()),
  url: z.optional(z.url({ message: 'must be a full web address (https://...)' })),
});

const scaleLevel = z.strictObject({
  level,
  label: text,
  description: optionalText,
});

const sourceRef = described(z.optional(slug), 'The id of a listed source.');

const action = z.strictObject({
  toLevel: described(level, 'The level this action helps reach.'),
  text: described(text, 'What to do: start with a verb; say what changes and how you would know.'),
  owner: described(optionalText, 'A role, never a person (for example Chief Executive).'),
  horizon: described(z.optional(z.enum(HORIZONS)), 'now (within 3 months), next (3 to 12 months) or later.'),
  source: sourceRef,
});

const question = z.strictObject({
  id: described(slug, 'Unique within its theme; the full id is theme-id.question-id.'),
  text: described(text, 'The question, read aloud to the room.'),
  help: described(optionalText, 'Why it matters and what evidence shows the level.'),
  weight: described(z.optional(positiveWeight), 'Weight within its theme; default 1.'),
  notApplicable: described(z.optional(z.boolean()), 'May this question be answered "not applicable"?'),
  source: sourceRef,
  levels: described(z.record(levelKey, text), 'A descriptor for every level of the scale, keyed by level.'),
  actions: described(z.optional(z.array(action)), 'What moves an organisation up from one level to the next.'),
});

const theme = z.strictObject({
  id: slug,
  title: text,
  description: optionalText,
  source: sourceRef,
  weight: described(z.optional(positiveWeight), 'Weight in the overall score; default 1.'),
  questions: z.array(question).check(z.minLength(1, { message: 'must list at least one question' })),
});

/**
 * `version: 1.0` in YAML is the number 1; ask for quotes rather than guess. Versions go into
 * one-line comments and file headers, so no line breaks, control characters or bidi marks.
 */
const versionText = z.string().check(
  z.minLength(1, { message: 'must not be empty' }),
  z.maxLength(100, { message: 'must be at most 100 characters' }),
  z.regex(new RegExp(`^[^${UNSAFE_IN_LINE_CLASS}]*$`, 'u'), {
    message: 'must be one line of plain text, without control characters or bidirectional marks',
  }),
);
const formatVersion = z.literal(1, { message: 'must be 1 (the only format version so far)' });

export const frameworkFileSchema = z.strictObject({
  schema: formatVersion,
  id: slug,
  title: text,
  version: versionText,
  description: optionalText,
  choosingRule: described(
    z.optional(text),
    'How to choose a level, in a sentence or two; dma shows it on the introduction screen and in the report\'s method. Default: "Choose the highest level whose description is fully true today; if only part of it is true, choose the level below."',
  ),
  sources: z.optional(z.array(source)),
  scale: described(
    z.array(scaleLevel).check(z.minLength(2, { message: 'must have at least 2 levels' })),
    'Consecutive whole-number levels, ascending.',
  ),
  target: described(z.optional(level), 'The level to aim for; default the second-highest level.'),
  themes: z.array(theme).check(z.minLength(1, { message: 'must list at least one theme' })),
});

export type FrameworkFile = z.infer<typeof frameworkFileSchema>;
export type ThemeFile = z.infer<typeof theme>;
export type QuestionFile = z.infer<typeof question>;
export type ActionFile = z.infer<typeof action>;
export type SourceFile = z.infer<typeof source>;

/** Respondent ids key the `votes` maps, so they must be safe object keys. */
const respondentId = z.string().check(
  z.regex(/^[A-Za-z0-9][A-Za-z0-9_.-]*$/, {
    message: 'must start with a letter or digit and use only letters, digits, ".", "_" and "-"',
  }),
);

const fullQuestionId = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9-]*\.[a-z0-9][a-z0-9-]*$/, {
    message: 'must be a full question id: theme id, a dot, question id (e.g. champion.role-model)',
  }),
);

const answer = z.strictObject({
  level: described(z.optional(level), 'The agreed level.'),
  votes: described(z.optional(z.record(respondentId, level)), 'One level per respondent id.'),
  prepared: described(
    z.optional(z.array(respondentId)),
    'Respondent ids whose vote in votes was prepared before the workshop (dma assess --votes-from) and kept.',
  ),
  notApplicable: described(z.optional(z.boolean()), 'Only where the question allows it.'),
  reason: described(optionalText, 'Why the question does not apply.'),
  notes: described(optionalText, 'Notes from the discussion.'),
  evidence: described(optionalText, 'A document, a link or an example.'),
  confidence: described(z.optional(z.enum(CONFIDENCES)), 'How well evidenced the level is.'),
});

const respondent = z.strictObject({
  id: respondentId,
  name: optionalText,
  role: optionalText,
});

export const answersFileSchema = z.strictObject({
  schema: formatVersion,
  framework: z.strictObject({ id: slug, version: z.optional(versionText) }),
  organisation: text,
  date: z.optional(
    z.string().check(
      z.regex(DATE_PATTERN, { message: 'must be a date written as YYYY-MM-DD' }),
      z.refine(isCalendarDate, { message: 'must be a real date from 1900 on, written as YYYY-MM-DD (for example 2026-11-21)' }),
    ),
  ),
  respondents: z.optional(z.array(respondent)),
  answers: z.optional(z.record(fullQuestionId, answer)),
  session: described(
    z.optional(z.strictObject({ minutesUsed: described(z.optional(z.int().check(z.nonnegative())), 'Minutes the workshop has used so far.') })),
    'What dma assess keeps between sittings of one workshop.',
  ),
});

export type AnswersFile = z.infer<typeof answersFileSchema>;
export type AnswerFile = z.infer<typeof answer>;

/**
 * The order in which dma writes an answer's keys (contract, section 3), whatever the order of
 * the edits that made it: the schema's order.
 */
export const ANSWER_KEY_ORDER = Object.keys(answer.shape) as ReadonlyArray<keyof AnswerFile>;
export type RespondentFile = z.infer<typeof respondent>;
