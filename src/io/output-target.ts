// Where a command's output may go. A report must never land on a file the command reads (its
// answers, a baseline, the framework or the template), whatever path leads there: a symbolic
// link, a linked folder, a hard link or "./" are all the same file to the disk, so files are
// compared by device and inode, not by how their paths are spelt.
import type { Stats } from 'node:fs';
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../core/problems.js';

/** "-" is standard output, as in most command-line tools; anything else is a file. */
export function outputFile(out: string | undefined): string | undefined {
  return out === '-' ? undefined : out;
}

async function identity(cwd: string, path: string): Promise<Stats | undefined> {
  return stat(resolve(cwd, path)).catch(() => undefined);
}

const sameFile = (a: Stats, b: Stats) => a.dev === b.dev && a.ino === b.ino;

/**
 * Refuses (a UsageError, before any work) an output that is one of the inputs or another of the
 * outputs. Paths that do not exist yet are new files and cannot be either; inputs that cannot be
 * read are left for the command to report.
 */
export async function refuseOutputsOverInputs(cwd: string, outputs: readonly string[], inputs: readonly string[], what = 'the report'): Promise<void> {
  const existing = (await Promise.all(outputs.map(async (path) => ({ path, info: await identity(cwd, path) })))).filter(
    (o): o is { path: string; info: Stats } => o.info !== undefined && o.info.isFile(),
  );
  if (existing.length === 0) return;
  const read = await Promise.all(inputs.map(async (path) => ({ path, info: await identity(cwd, path) })));
  for (const [i, out] of existing.entries()) {
    const input = read.find((r) => r.info !== undefined && sameFile(r.info, out.info));
    if (input) {
      const via = input.path === out.path ? '' : ` (the same file as ${input.path})`;
      throw new UsageError(`${what} would be written over ${out.path}${via}, which is one of the files it reads; choose another --out file`);
    }
    const twin = existing.slice(i + 1).find((other) => sameFile(other.info, out.info));
    if (twin) throw new UsageError(`${out.path} and ${twin.path} are the same file, so one output would overwrite the other; choose another --out file`);
  }
}
