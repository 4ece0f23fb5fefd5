// Writing a file so that readers see either the old file or the whole new one, never half:
// write a temporary file in the same folder, flush it to disk, then rename it over the target.
import { randomBytes } from 'node:crypto';
import type { FileHandle } from 'node:fs/promises';
import { lstat, open, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DataError } from '../core/problems.js';

/** Why a write failed, in words a user can act on. */
export function describeWriteError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return `the folder ${dirname(path)} does not exist`;
    case 'ENOTDIR':
      return 'a part of the path is not a folder';
    case 'EISDIR':
      return 'it is a folder';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ENOSPC':
      return 'the disk is full';
    case 'EDQUOT':
      return 'the disk quota is used up';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    default:
      return code ?? (error instanceof Error ? error.message : String(error));
  }
}

/** The real file behind a symbolic link, so the link is kept and its target is replaced. */
async function resolveTarget(path: string): Promise<string> {
  try {
    if ((await lstat(path)).isSymbolicLink()) return await realpath(path);
  } catch {
    // No file there yet (or a dangling link): write to the path as given.
  }
  return path;
}

/**
 * Writes `data` to `path` atomically: a temporary file `.${name}.${pid}.${random}.tmp` in the
 * same folder, flushed to disk, then renamed over `path`. An existing file keeps its
 * permissions. On failure the temporary file is removed and a DataError says why, e.g.
 * "cannot write out/report.html: the folder out does not exist".
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, cwd = ''): Promise<void> {
  const target = await resolveTarget(resolve(cwd, path));
  const folder = dirname(target);
  const temp = join(folder, `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let handle: FileHandle | undefined;
  let created = false;
  try {
    const existing = await stat(target).catch(() => undefined);
    if (existing?.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    handle = await open(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
    created = true;
    await handle.writeFile(data);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, target);
    created = false;
  } catch (error) {
    await handle?.close().catch(() => {});
    if (created) await rm(temp, { force: true }).catch(() => {});
    const reason = describeWriteError(error, path);
    throw new DataError({ code: 'unwritable', file: path, reason, message: `cannot write ${path}: ${reason}` });
  }
  await syncFolder(folder);
}

/** Makes the rename itself durable where the platform allows it; failure here is harmless. */
async function syncFolder(folder: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(folder, 'r');
    await handle.sync();
  } catch {
    // Some platforms (Windows) and file systems cannot sync a folder.
  } finally {
    await handle?.close().catch(() => {});
  }
}
