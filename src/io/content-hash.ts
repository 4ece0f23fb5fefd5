import { createHash } from 'node:crypto';

/** SHA-256 of a text, to tell whether a build's cached copy was made from it. */
export function hashText(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}
