// Build step: bundles the compiled CLI into a few files, one per command, so that start-up
// reads and compiles a handful of modules instead of hundreds (see README, "Start-up").
// Paths found with import.meta.url keep working: dist/bundle/ is as deep as dist/cli/.
import { rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = fileURLToPath(new URL('../', import.meta.url));
const outdir = `${dist}bundle`;
await rm(outdir, { recursive: true, force: true });
await build({
  // The live room is its own entry: `dma assess --room` imports it when asked, and nothing else
  // loads its web server. Named entries keep both files at the top of dist/bundle/.
  entryPoints: { main: `${dist}cli/main.js`, room: `${dist}server/room.js` },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  minify: true,
  legalComments: 'linked',
  // playwright-core finds its own files at run time, so it stays a normal import.
  external: ['playwright-core'],
  // yaml's ES module build (the same code as its CommonJS one, less a debug switch read from
  // the environment) loads faster, and esbuild can leave out what the bundle never calls.
  alias: { yaml: join(dirname(createRequire(import.meta.url).resolve('yaml/package.json')), 'browser/index.js') },
  // Some dependencies are CommonJS and call require(); give the bundle one.
  banner: { js: "import { createRequire as __dmaRequire } from 'node:module'; const require = __dmaRequire(import.meta.url);" },
  logLevel: 'warning',
});
