// Build step: writes schema/*.json from the zod schemas (see json-schema.ts).
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SCHEMA_DIR } from '../io/paths.js';
import { JSON_SCHEMAS } from './json-schema.js';

await mkdir(SCHEMA_DIR, { recursive: true });
for (const [name, make] of Object.entries(JSON_SCHEMAS)) {
  await writeFile(join(SCHEMA_DIR, name), `${JSON.stringify(make(), null, 2)}\n`);
}
