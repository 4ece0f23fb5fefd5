// The share file: what one council sends its regional group so that results can be compared
// (README, "Sharing and benchmarking"). A zod schema for its shape; the rules that need the
// whole document (hashes, scores that match the levels) are in check.ts.
// No field holds a person's name, a vote, evidence or (unless --with-notes) a note.
import * as z from 'zod/mini';

export const SHARE_FORMAT = 'dma-share';
export const SHARE_SCHEMA_VERSION = 1;

function described<T extends z.ZodMiniType>(schema: T, description: string): T {
  return schema.check(z.describe(description)) as T;
}

const slug = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]*$/, { message: 'must use only lowercase letters, digits and "-"' }));
const fullQuestionId = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9-]*\.[a-z0-9][a-z0-9-]*$/, { message: 'must be a full question id: theme id, a dot, question id' }),
);
const text = z.string().check(z.trim(), z.minLength(1, { message: 'must not be empty' }));
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date written as YYYY-MM-DD' }));
const sha256 = z.string().check(z.regex(/^sha256:[0-9a-f]{64}$/, { message: 'must be "sha256:" followed by 64 lowercase hexadecimal digits' }));
const count = z.int().check(z.gte(0, { message: 'must be 0 or more' }));
const weight = z.number().check(z.positive({ message: 'must be a number above 0' }));
const score = described(
  z.nullable(z.number().check(z.gte(0, { message: 'must be 0 or more' }), z.lte(100, { message: 'must be 100 or less' }))),
  'A score from 0 to 100, rounded to one decimal place; null when no question was answered.',
);

const question = z.strictObject({
  id: described(fullQuestionId, 'The full question id: theme id, a dot, question id.'),
  weight: described(weight, "The question's weight within its theme."),
  level: described(z.nullable(z.int({ message: 'must be a whole number' })), 'The agreed level; null when not applicable or unanswered.'),
  notApplicable: z.boolean(),
  spread: described(z.nullable(count), 'Highest vote minus lowest (0 for one respondent); null when unanswered.'),
  notes: described(z.optional(z.array(text)), 'Only with dma share --with-notes: the notes, without the names of who wrote them.'),
});

const theme = z.strictObject({
  id: slug,
  title: text,
  weight: described(weight, "The theme's weight in the overall score."),
  score,
  answered: count,
  notApplicable: count,
  total: described(count, 'Questions less those answered not applicable.'),
  questions: z.array(question).check(z.minLength(1, { message: 'must have at least 1 item' })),
});

export const shareDocumentSchema = z.strictObject({
  format: described(z.literal(SHARE_FORMAT, { message: `must be "${SHARE_FORMAT}"` }), 'What this file is: a dma share file.'),
  schema: described(z.literal(SHARE_SCHEMA_VERSION, { message: 'must be 1 (the only share format version so far)' }), 'The format version of this file.'),
  organisation: z.strictObject({
    name: described(text, 'The council, or its pseudonym ("Council" and 8 hexadecimal digits) when anonymous.'),
    anonymous: z.boolean(),
  }),
  framework: z.strictObject({
    id: slug,
    version: text,
    title: text,
    hash: described(sha256, "SHA-256 of the framework's structure: its id, scale levels, theme and question ids and weights (README)."),
    answeredWith: described(
      z.optional(text),
      'The version of the framework the answers were made with, when it is not `version`: answers written for an older (or newer) version, read against this one. Absent when they are the same, or the answers name no version.',
    ),
  }),
  assessed: described(z.nullable(isoDate), 'When the assessment was made; null when the answers file has no date.'),
  shared: described(isoDate, 'When this share file was made.'),
  producedWith: described(text, 'The tool and version that wrote the file, e.g. "dma 0.1.0".'),
  scale: z.strictObject({ min: z.int(), max: z.int(), target: z.int() }),
  respondents: z.strictObject({
    count: described(count, 'How many people took part; 0 when not recorded.'),
    roles: described(
      z.array(z.strictObject({ role: text, count: z.int().check(z.gte(1, { message: 'must be 1 or more' })) })),
      'Their roles, with how many people had each; never their names.',
    ),
  }),
  includesNotes: described(z.boolean(), 'True when made with --with-notes.'),
  overall: z.strictObject({ score, answered: count, notApplicable: count, total: count }),
  themes: z.array(theme).check(z.minLength(1, { message: 'must have at least 1 item' })),
  checksum: described(sha256, 'SHA-256 of the rest of the file as canonical JSON (README); shows whether it was changed after dma share wrote it.'),
});

export type ShareDocument = z.infer<typeof shareDocumentSchema>;
export type ShareTheme = ShareDocument['themes'][number];
export type ShareQuestion = ShareTheme['questions'][number];
/** A share before its checksum is worked out. */
export type UnsignedShare = Omit<ShareDocument, 'checksum'>;

/** An anonymous share's name: "Council" and the first 8 hexadecimal digits of an HMAC. */
export const PSEUDONYM_PATTERN = /^Council [0-9a-f]{8}$/;
