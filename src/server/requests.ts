// The request bodies the room accepts, checked before use: anything else is refused with 400.
// Bodies are small (BODY_LIMIT) and JSON, but for the code form, which works without script.
import * as z from 'zod/mini';
import { MAX_NAME_LENGTH } from './room-state.js';

/** Bytes a request body may have. */
export const BODY_LIMIT = 2048;

const id = z.string().check(z.minLength(1), z.maxLength(100));

export const seatRequest = z.union([
  z.strictObject({ seat: id }),
  // Characters, not code units, are counted in tidyName; this bounds the work before it.
  z.strictObject({ name: z.string().check(z.minLength(1), z.maxLength(MAX_NAME_LENGTH * 4)) }),
]);

export const voteRequest = z.strictObject({
  round: z.int().check(z.nonnegative()),
  level: z.nullable(z.int()),
});

export const emptyRequest = z.strictObject({});

/** The longest text the code form takes: the code with spaces or a hyphen typed in, and some slack. */
export const CODE_MAX_LENGTH = 32;
export const codeForm = z.strictObject({ code: z.string().check(z.maxLength(CODE_MAX_LENGTH)) });
