// Bundled frameworks are checked once, at build time, and stored as JSON beside the compiled
// code with a hash of their YAML. Loading one then skips YAML parsing and validation, which
// are most of `dma score`'s start-up. A framework edited after the build no longer matches its
// hash and is read from YAML as usual.
import { readFile } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { FrameworkFile } from '../core/schema.js';
import { hashText } from './content-hash.js';

import { FRAMEWORK_CACHE_DIR } from './paths.js';

export interface CachedFramework {
  sha256: string;
  framework: FrameworkFile;
}

export function cachePathFor(frameworkPath: string): string {
  return join(FRAMEWORK_CACHE_DIR, `${basename(frameworkPath, extname(frameworkPath))}.json`);
}

/** The checked framework for this YAML text, if the build cached exactly this text. */
export async function readCachedFramework(frameworkPath: string, text: string): Promise<FrameworkFile | undefined> {
  let cached: CachedFramework;
  try {
    cached = JSON.parse(await readFile(cachePathFor(frameworkPath), 'utf8')) as CachedFramework;
  } catch {
    return undefined;
  }
  return cached.sha256 === hashText(text) ? cached.framework : undefined;
}
