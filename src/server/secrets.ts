// The room's secrets: the code people type to get in, and the device tokens their browsers keep.
// Both come from crypto.randomBytes (or an injected source in tests, so runs can be compared).
import { randomBytes } from 'node:crypto';

/** Random bytes; the room takes one of these so tests can make every secret repeatable. */
export type RandomSource = (size: number) => Uint8Array;

export const secureRandom: RandomSource = (size) => randomBytes(size);

/** Letters and digits that cannot be mistaken for one another (no O, I, L, Z, S, G, B, U, V, 0, 1, 2, 5). */
export const CODE_ALPHABET = 'ACDEFHJKMNPQRTWXY346789';
export const CODE_LENGTH = 8;

/** Bytes in a device token: 256 bits, far past guessing. */
export const TOKEN_BYTES = 32;

/** An 8-character room code, about 36 bits; rejection sampling keeps every character equally likely. */
export function roomCode(random: RandomSource): string {
  const limit = 256 - (256 % CODE_ALPHABET.length);
  let code = '';
  while (code.length < CODE_LENGTH) {
    for (const byte of random(CODE_LENGTH * 2)) {
      if (byte < limit && code.length < CODE_LENGTH) code += CODE_ALPHABET[byte % CODE_ALPHABET.length];
    }
  }
  return code;
}

/** "KM7RXQ4P" → "KM7R-XQ4P": easier to read out and to type. */
export function displayCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What a person typed, made comparable: case, spaces and hyphens do not matter. */
export function normaliseCode(typed: string): string {
  return typed.toUpperCase().replace(/[\s-]+/g, '');
}

export function deviceToken(random: RandomSource): string {
  return Buffer.from(random(TOKEN_BYTES)).toString('base64url');
}
