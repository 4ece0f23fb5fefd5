// Why a file could not be read or written, in words a user can act on: one table for both.
import { dirname } from 'node:path';

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
  ENOTDIR: 'a part of the path is not a folder',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  EROFS: 'the file system is read-only',
  ENAMETOOLONG: 'the file name is too long',
  ELOOP: 'too many symbolic links (a link may point to itself)',
  EAGAIN: 'it is not ready to be read (a pipe or device?)',
  EBUSY: 'another program (an editor, antivirus or a backup) is holding the file; close it and try again',
};

const codeOf = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code;

/** Why a file could not be read. */
export function describeFsError(error: unknown): string {
  const code = codeOf(error);
  return (code && REASONS[code]) ?? code ?? (error instanceof Error ? error.message : String(error));
}

/** Why a file could not be written to `path`. */
export function describeWriteError(error: unknown, path: string): string {
  const code = codeOf(error);
  if (code === 'ENOENT') return `the folder ${dirname(path)} does not exist`;
  // On Windows these mean another program still held the file after every retry of the rename.
  if ((code === 'EPERM' || code === 'EACCES') && process.platform === 'win32') {
    return 'permission denied, or another program (an editor, antivirus or a backup) is holding the file';
  }
  return describeFsError(error);
}
