// JSON Schemas for editors (yaml-language-server, VS Code), generated from the same zod
// schemas that validate files, so the two cannot drift apart.
import * as z from 'zod/mini';
import { benchmarkJsonSchema as benchmarkOutputSchema } from '../core/benchmark/json.js';
import { answersFileSchema, frameworkFileSchema } from '../core/schema.js';
import { shareDocumentSchema } from '../core/share/schema.js';

function toSchema(schema: z.ZodMiniType, title: string, description: string, io: 'input' | 'output' = 'input'): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: 'draft-7', io, unrepresentable: 'any' }) as Record<string, unknown>;
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
  );
}

export const JSON_SCHEMAS = {
  'framework.schema.json': frameworkJsonSchema,
  'answers.schema.json': answersJsonSchema,
  'share.schema.json': shareJsonSchema,
  'benchmark.schema.json': benchmarkJsonSchema,
} as const;
