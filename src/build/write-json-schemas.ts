// Build step: writes schema/*.json from the zod schemas (see json-schema.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { JSON_SCHEMAS } from './json-schema.js';

const dir = fileURLToPath(new URL('../../schema/', import.meta.url));
await mkdir(dir, { recursive: true });
for (const [name, make] of Object.entries(JSON_SCHEMAS)) {
  await writeFile(`${dir}${name}`, `${JSON.stringify(make(), null, 2)}\n`);
}
