// Reading a text file from disk, bounded whatever the file claims to be: only regular files are
// read, never more than the limit plus one byte, and the bytes must be UTF-8.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import type { Stats } from 'node:fs';
import { resolve } from 'node:path';
import { DataError } from '../core/problems.js';
import { decodeUtf8 } from './text-encoding.js';
import { describeFsError } from './fs-errors.js';

/** Frameworks of 500 questions are well under 1 MiB; anything this big is a mistake or an attack. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Why a file could not be read, without the file's name: callers put it in their own sentence. */
export class UnreadableFile extends Error {
  /**
   * @param reason "is a folder, not a YAML file", "is 12.0 MiB; files over 10 MiB are refused", or
   *   with `fromSystem` the system's refusal in words ("no such file", "permission denied").
   */
  constructor(
    readonly reason: string,
    readonly fromSystem = false,
  ) {
    super(reason);
    this.name = 'UnreadableFile';
  }
}

export interface ReadLimits {
  maxBytes: number;
  /** The limit in words: "10 MiB". */
  sizeName: string;
  /** What the file should be, for "is a folder, not a YAML file". */
  expected: string;
}

/**
 * The file's text. Throws UnreadableFile for a folder, a device, a named pipe, a file over
 * `maxBytes` (counted as read, since /proc files and growing files report the wrong size) or
 * one that cannot be opened; throws a located DataError for text that is not UTF-8, naming the
 * file `name` (the path as the user gave it, where `file` may have been made absolute).
 *
 * Synchronous on purpose: a CLI reading thousands of small files in turn spends most of an
 * asynchronous read waiting for the thread pool, and has nothing else to do meanwhile.
 */
export function readBoundedText(file: string, limits: ReadLimits, name = file): string {
  const { maxBytes, sizeName } = limits;
  let fd: number | undefined;
  try {
    // O_NONBLOCK: opening a named pipe with no writer would otherwise wait forever.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const info = fstatSync(fd);
    const kind = notAFile(info, limits.expected);
    if (kind) throw new UnreadableFile(kind);
    if (info.size > maxBytes) throw tooBig(sizeName, info.size);
    return decodeUtf8(readAtMost(fd, maxBytes, sizeName, info.size), name);
  } catch (error) {
    if (error instanceof UnreadableFile || error instanceof DataError) throw error;
    throw new UnreadableFile(describeFsError(error), true);
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/** readBoundedText for a file the user named (relative to `cwd`): every problem a DataError naming it as given. */
export function readNamedText(file: string, cwd: string, limits: ReadLimits): string {
  try {
    return readBoundedText(resolve(cwd, file), limits, file);
  } catch (error) {
    if (!(error instanceof UnreadableFile)) throw error;
    throw new DataError({ code: 'unreadable', file, reason: error.fromSystem ? `cannot be read (${error.reason})` : error.reason });
  }
}

/** A folder, a device, a pipe or a socket, in words; undefined for a regular file. */
function notAFile(info: Stats, expected: string): string | undefined {
  if (info.isFile()) return undefined;
  if (info.isDirectory()) return `is a folder, not ${expected}`;
  const what = info.isFIFO() ? 'a named pipe' : info.isCharacterDevice() || info.isBlockDevice() ? 'a device' : info.isSocket() ? 'a socket' : 'not a file';
  return `is ${what}, not a file; dma reads only regular files (save the content to a file first)`;
}

function tooBig(sizeName: string, bytes?: number): UnreadableFile {
  if (bytes === undefined) return new UnreadableFile(`is over ${sizeName}; bigger files are refused`);
  return new UnreadableFile(`is ${sizeText(bytes)}; files over ${sizeName} are refused`);
}

function sizeText(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  return bytes >= 1024 ? `${(bytes / 1024).toFixed(1)} KiB` : `${bytes} bytes`;
}

/** Reads until the end of the file, but never more than `maxBytes + 1` bytes. */
function readAtMost(fd: number, maxBytes: number, sizeName: string, sizeHint: number): Uint8Array {
  // The size the file claims, plus one byte to notice a file that is longer than it said.
  let buffer = Buffer.allocUnsafe(Math.min(maxBytes + 1, sizeHint > 0 ? sizeHint + 1 : 16 * 1024));
  let length = 0;
  for (;;) {
    if (length === buffer.length) {
      if (length > maxBytes) throw tooBig(sizeName);
      const bigger = Buffer.allocUnsafe(Math.min(maxBytes + 1, buffer.length * 2));
      buffer.copy(bigger, 0, 0, length);
      buffer = bigger;
    }
    const read = readSync(fd, buffer, length, buffer.length - length, null);
    if (read === 0) break;
    length += read;
  }
  if (length > maxBytes) throw tooBig(sizeName);
  return buffer.subarray(0, length);
}
