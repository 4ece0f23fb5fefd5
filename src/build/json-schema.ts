// JSON Schemas for editors (yaml-language-server, VS Code), generated from the same zod
// schemas that validate files, so the two cannot drift apart.
import * as z from 'zod/mini';
import { answersFileSchema, frameworkFileSchema } from '../core/schema.js';

function toSchema(schema: z.ZodMiniType, title: string, description: string): Record<string, unknown> {
  const generated = z.toJSONSchema(schema, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
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

export const JSON_SCHEMAS = {
  'framework.schema.json': frameworkJsonSchema,
  'answers.schema.json': answersJsonSchema,
} as const;
