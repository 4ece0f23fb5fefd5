// Build step: precompiles the bundled report templates, so `dma report` needs only the
// Handlebars runtime, not its compiler. Each module records the hash of its source; a
// template edited after the build no longer matches and is compiled at run time as usual.
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { hashText } from '../io/content-hash.js';
import { compileOptions } from '../render/handlebars-render.js';
import { formatFromTemplateName } from '../render/formats.js';
import { PRECOMPILED_TEMPLATES_DIR, TEMPLATES_DIR } from '../io/paths.js';

const Handlebars = createRequire(import.meta.url)('handlebars') as typeof import('handlebars');

await mkdir(PRECOMPILED_TEMPLATES_DIR, { recursive: true });
for (const name of await readdir(TEMPLATES_DIR)) {
  const format = formatFromTemplateName(name);
  if (!name.endsWith('.hbs') || format === undefined) continue;
  const source = await readFile(join(TEMPLATES_DIR, name), 'utf8');
  const spec = Handlebars.precompile(source, compileOptions(format));
  await writeFile(
    join(PRECOMPILED_TEMPLATES_DIR, `${name}.js`),
    `// Precompiled from templates/${name} by npm run build. Do not edit.\nexport const sha256 = ${JSON.stringify(hashText(source))};\nexport const spec = ${String(spec)};\n`,
  );
}
