// The bundled frameworks, loaded once for the tests that hold them to the writing rules.
import type { Framework } from '../../src/core/framework.js';
import { FrameworkResolver, bundledFrameworkFiles } from '../../src/io/load.js';

const resolver = new FrameworkResolver(process.cwd());
export const frameworks = await Promise.all((await bundledFrameworkFiles()).map((file) => resolver.resolve(file)));
export const byId = new Map(frameworks.map((f) => [f.id, f]));
export const main = byId.get('local-digital-leadership')!;

/** The one look-back period a level may use. */
export const WINDOW = 'in the last two years';

/** The level the scale calls agreed and council-wide (3 in the main framework, 2 in the warm-up). */
export function agreedLevel(framework: Framework): number {
  const level = framework.scale.levels.find((l) => /^an agreed council-wide/i.test(l.description ?? ''));
  if (!level) throw new Error(`${framework.id}: no scale level is described as agreed and council-wide`);
  return level.level;
}

