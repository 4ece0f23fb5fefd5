// JSON Schemas generated from the zod schemas that define the formats, so the two cannot drift
// apart: the input files for editors (yaml-language-server, VS Code), and the output documents
// (`dma score --json`, `dma report -f json`) for the scripts that read them.
import * as z from 'zod/mini';
import { benchmarkJsonSchema as benchmarkOutputSchema } from '../core/benchmark/json.js';
import { answersFileSchema, frameworkFileSchema } from '../core/schema.js';
import { scoreDocumentSchema } from '../core/score-document.js';
import { shareDocumentSchema } from '../core/share/schema.js';
import { jsonReportSchema } from '../render/report-json.js';

/** Lets every object have fields the schema does not name: what a later version may add. */
function open(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(open);
  if (node === null || typeof node !== 'object') return;
  const record = node as Record<string, unknown>;
  if (record.additionalProperties === false) delete record.additionalProperties;
  Object.values(record).forEach(open);
}

/**
 * The JSON Schema of a zod schema. Input files are closed (a misspelt key is an error); output
 * documents are open unless `strict`, so a script that checks them keeps working when a later
 * version adds a field (docs/contract.md: extend freely, never break).
 */
function toSchema(schema: z.ZodMiniType, title: string, description: string, io: 'input' | 'output' = 'input', strict = io === 'input'): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: 'draft-7', io, unrepresentable: 'any' }) as Record<string, unknown>;
  if (!strict) open(generated);
  const { $schema, ...rest } = generated;
  return { $schema, title, description, ...rest };
}

export function frameworkJsonSchema(): Record<string, unknown> {
  return toSchema(
    frameworkFileSchema,
    'dma framework',
    'A digital maturity framework for dma: a scale, themes, questions with a descriptor for every level, and actions.',
  );
}

export function answersJsonSchema(): Record<string, unknown> {
  return toSchema(
    answersFileSchema,
    'dma answers file',
    'Answers to a dma framework, written by "dma assess" or by hand: one entry per question, keyed theme.question.',
  );
}

/** `strict`: no field the schema does not name (the tests' check that every field is documented). */
export function scoreJsonSchema(strict = false): Record<string, unknown> {
  return toSchema(
    scoreDocumentSchema(),
    'dma score document',
    'What "dma score --json" prints: the scores of an assessment, theme by theme and question by question, and its action plan (docs/contract.md, section 4).',
    'output',
    strict,
  );
}

export function reportJsonSchema(strict = false): Record<string, unknown> {
  return toSchema(
    jsonReportSchema(),
    'dma JSON report',
    'What "dma report -f json" prints: the score document, every field unchanged, and a report object with what the report adds (docs/templates.md, "JSON and CSV").',
    'output',
    strict,
  );
}

export function shareJsonSchema(): Record<string, unknown> {
  return toSchema(
    shareDocumentSchema,
    'dma share file',
    'One council\'s results for its regional group, written by "dma share": levels, spreads and scores, never people\'s names, votes or evidence.',
  );
}

export function benchmarkJsonSchema(): Record<string, unknown> {
  return toSchema(
    benchmarkOutputSchema,
    'dma benchmark (JSON)',
    'What "dma benchmark -f json" prints: every council\'s scores, the statistics per theme, and the focus council\'s ranks.',
    'output',
    true,
  );
}

export const JSON_SCHEMAS = {
  'framework.schema.json': frameworkJsonSchema,
  'answers.schema.json': answersJsonSchema,
  'share.schema.json': shareJsonSchema,
  'benchmark.schema.json': benchmarkJsonSchema,
  'score.schema.json': () => scoreJsonSchema(),
  'report.schema.json': () => reportJsonSchema(),
} as const;
