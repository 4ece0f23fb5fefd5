// Where the package's own files are. The one place that turns this module's URL into paths:
// it sits one folder below dist/ (dist/io/ when compiled, dist/bundle/ when bundled), so the
// package root is two folders up either way.
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIST = resolve(dirname(fileURLToPath(import.meta.url)), '..');

export const PACKAGE_ROOT = resolve(DIST, '..');
/** Bundled frameworks: the YAML files in the package's frameworks/ folder. */
export const BUNDLED_FRAMEWORKS_DIR = join(PACKAGE_ROOT, 'frameworks');
/** Bundled report templates. */
export const TEMPLATES_DIR = join(PACKAGE_ROOT, 'templates');
/** JSON Schemas for editors. */
export const SCHEMA_DIR = join(PACKAGE_ROOT, 'schema');
/** Bundled frameworks checked and cached as JSON by the build. */
export const FRAMEWORK_CACHE_DIR = join(DIST, 'frameworks');
/** Bundled templates precompiled by the build. */
export const PRECOMPILED_TEMPLATES_DIR = join(DIST, 'templates');

let version: string | undefined;

/** The version in the package's package.json, read once. */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version: string }).version;
  return version;
}
