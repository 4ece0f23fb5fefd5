// Writing files so that readers see either the old file or the whole new one, never half:
// write a temporary file in the same folder, flush it to disk, then rename it over the target.
// Devices and named pipes are written directly instead: renaming over /dev/null would replace
// the device with a file.
import { randomBytes } from 'node:crypto';
import type { Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import { access, constants, lstat, open, realpath, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { DataError } from '../core/problems.js';
import { describeWriteError } from './fs-errors.js';
import { renameWithRetry } from './rename-retry.js';

/** A refusal that is already in words: the message is used as it is. */
class Refused extends Error {}

/** The longest file name most file systems allow, in bytes. */
const NAME_MAX = 255;

export interface FileToWrite {
  path: string;
  data: string | Uint8Array;
}

/** One file, written but not yet in place. */
interface Prepared {
  path: string;
  commit(): Promise<void>;
  abort(): Promise<void>;
}

/**
 * Writes `data` to `path` atomically: a temporary file `.${name}.${pid}.${random}.tmp` in the
 * same folder, flushed to disk, then renamed over `path`. An existing file keeps its
 * permissions and owner; a read-only one is refused. On failure the temporary file is removed
 * and a DataError says why, e.g. "cannot write out/report.html: the folder out does not exist".
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, cwd = ''): Promise<void> {
  await writeFilesAtomic([{ path, data }], cwd);
}

/**
 * Several files as one: every temporary file is written and flushed before any is renamed into
 * place, so a full disk or a refused file leaves all the old files as they were.
 */
export async function writeFilesAtomic(files: readonly FileToWrite[], cwd = ''): Promise<void> {
  const prepared: Prepared[] = [];
  let current = files[0]?.path ?? '';
  try {
    for (const file of files) {
      current = file.path;
      prepared.push(await prepare(file, resolve(cwd, file.path)));
    }
    for (const file of prepared) {
      current = file.path;
      await file.commit();
    }
  } catch (error) {
    await Promise.all(prepared.map((p) => p.abort()));
    const reason = error instanceof Refused ? error.message : describeWriteError(error, current);
    throw new DataError({ code: 'unwritable', file: current, reason, message: `cannot write ${current}: ${reason}` });
  }
}

/** `file` as the user named it, and where that is (relative to the command's folder). */
async function prepare(file: FileToWrite, absolute: string): Promise<Prepared> {
  const target = await resolveTarget(absolute);
  const existing = await stat(target).catch(() => undefined);
  if (existing && writesDirectly(absolute, existing)) return direct(file, absolute);
  if (existing) await refuseToReplace(target, existing);
  const temp = temporaryName(target);
  let handle: FileHandle | undefined = await open(temp, 'wx', existing ? existing.mode & 0o7777 : 0o666);
  const abort = async () => {
    await handle?.close().catch(() => {});
    handle = undefined;
    await rm(temp, { force: true }).catch(() => {});
  };
  try {
    if (existing) await keepOwner(handle, existing);
    await handle.writeFile(file.data);
    await handle.sync();
    await handle.close();
    handle = undefined;
  } catch (error) {
    await abort();
    throw error;
  }
  return {
    path: file.path,
    async commit() {
      await renameWithRetry(temp, target);
      await syncFolder(dirname(target));
    },
    abort,
  };
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

/** Devices and pipes (`/dev/null`, `/dev/stdout`, a named pipe) are written into, never replaced. */
function writesDirectly(absolute: string, existing: Stats): boolean {
  if (existing.isFile()) return /^\/(dev|proc)\//.test(absolute);
  return existing.isCharacterDevice() || existing.isFIFO();
}

function direct(file: FileToWrite, absolute: string): Prepared {
  return {
    path: file.path,
    async commit() {
      const handle = await open(absolute, 'w');
      try {
        await handle.writeFile(file.data);
      } finally {
        await handle.close();
      }
    },
    async abort() {},
  };
}

/** Folders, disks and sockets are refused, and so are read-only files (even for root). */
async function refuseToReplace(target: string, existing: Stats): Promise<void> {
  if (existing.isDirectory()) throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
  if (existing.isBlockDevice()) throw new Refused('it is a disk device, not a file');
  if (existing.isSocket()) throw new Refused('it is a socket, not a file');
  const writable = (existing.mode & 0o222) !== 0 && (await access(target, constants.W_OK).then(() => true, () => false));
  if (!writable) throw new Refused('it is read-only; make it writable first if it should be replaced, or choose another file');
}

/** The replacement keeps the old file's owner and group; one that would change hands is refused. */
async function keepOwner(handle: FileHandle, existing: Stats): Promise<void> {
  const uid = process.getuid?.();
  if (uid === undefined || (existing.uid === uid && existing.gid === process.getgid?.())) return;
  try {
    await handle.chown(existing.uid, existing.gid);
  } catch {
    if (existing.uid === uid) return; // only the group differs; the file stays the owner's
    throw new Refused('it belongs to another user, and replacing it would make it yours; choose another file');
  }
}

/** `.${name}.${pid}.${random}.tmp` beside the target, shortened to fit the file system's name limit. */
function temporaryName(target: string): string {
  const suffix = `.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
  const room = NAME_MAX - Buffer.byteLength(suffix);
  let stem = '';
  let bytes = 0;
  for (const char of `.${basename(target)}`) {
    bytes += Buffer.byteLength(char);
    if (bytes > room) break;
    stem += char;
  }
  return join(dirname(target), stem + suffix);
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
