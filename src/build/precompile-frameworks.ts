// Build step: check every bundled framework and cache it as JSON (see io/framework-cache.ts).
// A bundled framework with a problem fails the build.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { frameworkFileSchema } from '../core/schema.js';
import { formatProblem } from '../core/problems.js';
import { bundledFrameworkFiles, checkFrameworkSource } from '../io/load.js';
import { cachePathFor } from '../io/framework-cache.js';
import { FRAMEWORK_CACHE_DIR } from '../io/paths.js';
import { hashText } from '../io/content-hash.js';
import type { CachedFramework } from '../io/framework-cache.js';
import { parseYamlText } from '../io/yaml-source.js';

await mkdir(FRAMEWORK_CACHE_DIR, { recursive: true });
let failed = false;
for (const file of await bundledFrameworkFiles()) {
  const text = await readFile(file, 'utf8');
  const source = parseYamlText(file, text);
  const checked = checkFrameworkSource(source);
  if (!checked.value) {
    for (const problem of checked.problems) console.error(formatProblem(problem));
    failed = true;
    continue;
  }
  const entry: CachedFramework = { sha256: hashText(text), framework: frameworkFileSchema.parse(source.data) };
  await writeFile(cachePathFor(file), JSON.stringify(entry));
}
if (failed) process.exitCode = 1;
