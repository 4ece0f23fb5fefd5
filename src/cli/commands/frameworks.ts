// `dma frameworks`: list the bundled frameworks, or copy one to adapt (`--copy <id> <file>`).
import { readFile } from 'node:fs/promises';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import type { CommandContext } from '../context.js';
import { DataError, UsageError } from '../../core/problems.js';
import { writeFileAtomic } from '../../io/atomic-write.js';
import { exists } from '../../io/exists.js';
import { FrameworkResolver, bundledFrameworkFiles, copyId, idOf, notBundledReason } from '../../io/load.js';
import { SCHEMA_DIR } from '../../io/paths.js';
import { formatTable } from '../../render/table.js';
import { shellCommand } from '../../terminal/shell.js';

export async function runFrameworks(ctx: CommandContext, file: string | undefined, opts: { copy?: string }): Promise<number> {
  if (opts.copy !== undefined) return copyFramework(ctx, opts.copy, file);
  if (file !== undefined) throw new UsageError(`unexpected argument "${file}": to copy a framework, use --copy <id> <file>`);
  const resolver = new FrameworkResolver(ctx.cwd);
  const frameworks = await Promise.all((await bundledFrameworkFiles()).map((path) => resolver.resolve(path)));
  const rows = frameworks.map((f) => [f.id, f.title, f.version, String(f.themes.length), String(f.questions.size)]);
  ctx.stdout.write(formatTable(['id', 'title', 'version', 'themes', 'questions'], rows, ctx.chalk));
  ctx.stderr.write(ctx.chalk.dim('\nStart one with "dma assess <id>"; adapt one with "dma frameworks --copy <id> <file>".\n'));
  return 0;
}

/**
 * Writes an editable copy with a new id taken from the file name, so answers to the copy are
 * never confused with answers to the bundled framework, and a schema line for editors.
 */
async function copyFramework(ctx: CommandContext, id: string, file: string | undefined): Promise<number> {
  if (!file) throw new UsageError('--copy needs a file to write, for example: dma frameworks --copy local-digital-leadership our-framework.yaml');
  const bundled = await bundledFrameworkFiles();
  const source = bundled.find((f) => idOf(f) === id);
  if (!source) throw new DataError({ code: 'unknown-framework', reason: notBundledReason(id, bundled.map(idOf), 'run "dma frameworks" to see them with their titles') });
  const target = resolve(ctx.cwd, file);
  if (await exists(target)) throw new DataError({ code: 'unwritable', file, reason: 'already exists; choose another file name' });

  const newId = copyId(basename(target, extname(target)), id, new Set(bundled.map(idOf)));
  const schemaPath = relative(dirname(target), join(SCHEMA_DIR, 'framework.schema.json')).split('\\').join('/');
  const original = await readFile(source, 'utf8');
  const text = [
    `# yaml-language-server: $schema=${schemaPath}`,
    `# Copied from the bundled framework "${id}". Check your changes with: ${shellCommand(['dma', 'validate', basename(target)], ctx.shell)}`,
    original.replace(/^id:.*$/m, `id: ${newId}`),
  ].join('\n');
  await writeFileAtomic(file, text, ctx.cwd);
  ctx.stderr.write(`Wrote ${file} (id: ${newId}). Run an assessment with: ${shellCommand(['dma', 'assess', file], ctx.shell)}\n`);
  return 0;
}

