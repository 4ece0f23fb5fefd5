import { extname } from 'node:path';
import { exists } from './exists.js';

/** `path`, or with -2, -3… added before the extension when it is taken: never overwrite silently. */
export async function freeName(path: string, from = 1): Promise<string> {
  const ext = extname(path);
  const stem = ext ? path.slice(0, -ext.length) : path;
  let candidate = from <= 1 ? path : `${stem}-${from}${ext}`;
  for (let n = Math.max(2, from + 1); await exists(candidate); n++) candidate = `${stem}-${n}${ext}`;
  return candidate;
}
