// The answers file of one `dma assess` session: locked for the session, and never written over
// when something else has changed it since this session last read or wrote it.
import { readFile, stat } from 'node:fs/promises';
import { DataError } from '../core/problems.js';
import { hashText } from './content-hash.js';
import { describeFsError, describeWriteError } from './fs-errors.js';
import { MAX_FILE_BYTES } from './yaml-source.js';
import { writeFileAtomic } from './atomic-write.js';
import type { LockHolder, LockIdentity } from './answers-lock.js';
import { AnswersLock, thisProcess } from './answers-lock.js';

/** What the file was when this session last read or wrote it; undefined: there was no file. */
export interface Fingerprint {
  size: number;
  mtimeMs: number;
  hash: string;
}

/** How the store writes and who it is: injected by tests (a full disk, another computer). */
export interface StoreIo {
  writeFile: (path: string, text: string) => Promise<void>;
  identity: LockIdentity;
}

export const DEFAULT_STORE_IO: StoreIo = { writeFile: (path, text) => writeFileAtomic(path, text), identity: thisProcess() };

/** The file changed under this session (another program, an editor, a second session without the lock). */
export class AnswersFileChanged extends Error {
  constructor(
    readonly display: string,
    /** undefined when the file was deleted. */
    readonly now: Fingerprint | undefined,
  ) {
    super(`${display} was ${now ? 'changed' : 'deleted'} by something else since dma last saved it`);
    this.name = 'AnswersFileChanged';
  }
}

export class AnswersStore {
  private constructor(
    /** Absolute path. */
    readonly path: string,
    /** As the user named it (relative to the working folder where possible). */
    readonly display: string,
    private readonly lock: AnswersLock,
    private expected: Fingerprint | undefined,
    /** The text the file held when the session opened it, if there was one. */
    readonly text: string | undefined,
    private readonly io: StoreIo,
  ) {}

  /**
   * Locks `path` for this session and reads it if it exists. Throws a DataError when another
   * session holds the lock or the folder cannot be written; `replaced` is a stale lock taken over.
   */
  static async open(path: string, display: string, io: StoreIo = DEFAULT_STORE_IO): Promise<{ store: AnswersStore; replaced?: LockHolder }> {
    const { lock, replaced } = await AnswersLock.acquire(path, display, io.identity);
    try {
      const found = await readState(path, display);
      return { store: new AnswersStore(path, display, lock, found?.fingerprint, found?.text, io), ...(replaced ? { replaced } : {}) };
    } catch (error) {
      await lock.release();
      throw error;
    }
  }

  /**
   * Writes `text` (atomically) unless the file is no longer what this session last saw:
   * throws AnswersFileChanged then, and a DataError when the write fails (e.g. a full disk).
   */
  async save(text: string): Promise<void> {
    const now = await readState(this.path, this.display);
    if (!sameContent(now?.fingerprint, this.expected)) throw new AnswersFileChanged(this.display, now?.fingerprint);
    try {
      await this.io.writeFile(this.path, text);
    } catch (error) {
      if (error instanceof DataError) throw error;
      const reason = describeWriteError(error, this.display);
      throw new DataError({ code: 'unwritable', file: this.display, reason, message: `cannot write ${this.display}: ${reason}` });
    }
    const written = await stat(this.path);
    this.expected = { size: written.size, mtimeMs: written.mtimeMs, hash: hashText(text) };
  }

  release(): Promise<void> {
    return this.lock.release();
  }
}

async function readState(path: string, display: string): Promise<{ text: string; fingerprint: Fingerprint } | undefined> {
  try {
    const info = await stat(path);
    if (info.isDirectory()) throw new DataError({ code: 'unreadable', file: display, reason: 'is a folder, not a YAML file' });
    if (info.size > MAX_FILE_BYTES) throw new DataError({ code: 'unreadable', file: display, reason: `is over ${MAX_FILE_BYTES / 1024 / 1024} MiB` });
    const text = await readFile(path, 'utf8');
    return { text, fingerprint: { size: info.size, mtimeMs: info.mtimeMs, hash: hashText(text) } };
  } catch (error) {
    if (error instanceof DataError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new DataError({ code: 'unreadable', file: display, reason: `cannot be read (${describeFsError(error)})` });
  }
}

/**
 * Same size and same content. The time alone does not count: a file touched or written back
 * unchanged loses nothing when it is saved over.
 */
function sameContent(a: Fingerprint | undefined, b: Fingerprint | undefined): boolean {
  if (!a || !b) return a === b;
  return a.size === b.size && a.hash === b.hash;
}
