// One `dma assess` at a time per answers file: a lock file beside it (`answers.yaml.lock`),
// created exclusively, saying which process holds it, on which computer, since when. A lock
// left by a process that is gone (same computer, process no longer running) is taken over.
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, open, readFile, rm, unlink } from 'node:fs/promises';
import { hostname } from 'node:os';
import { basename } from 'node:path';
import { DataError } from '../core/problems.js';
import { describeWriteError } from './fs-errors.js';

/** Who holds a lock: what the lock file says. */
export interface LockHolder {
  pid: number;
  host: string;
  /** When the session started, ISO 8601. */
  started: string;
  /** Tells this session's lock from another's in the same process (tests run several). */
  token: string;
}

/** The process asking for the lock, and how to tell whether another process is running. */
export interface LockIdentity {
  pid: number;
  host: string;
  now: () => Date;
  isRunning: (pid: number) => boolean;
}

export function thisProcess(): LockIdentity {
  return { pid: process.pid, host: hostname(), now: () => new Date(), isRunning };
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export const lockPathOf = (answersPath: string) => `${answersPath}.lock`;

export class AnswersLock {
  private released = false;
  private readonly onExit = () => this.releaseSync();

  private constructor(
    readonly path: string,
    readonly holder: LockHolder,
  ) {
    // Errors and Ctrl+C release the lock through `release`; this covers a process.exit().
    process.once('exit', this.onExit);
  }

  /**
   * Takes the lock of `answersPath`, or throws a DataError naming who holds it. `display` is
   * the answers file as the user named it. Returns the stale holder it replaced, if any.
   */
  static async acquire(answersPath: string, display: string, me: LockIdentity = thisProcess()): Promise<{ lock: AnswersLock; replaced?: LockHolder }> {
    const path = lockPathOf(answersPath);
    const holder: LockHolder = { pid: me.pid, host: me.host, started: me.now().toISOString(), token: randomBytes(8).toString('hex') };
    let replaced: LockHolder | undefined;
    for (let attempt = 0; attempt < 3; attempt++) {
      if (await createExclusively(path, `${JSON.stringify(holder)}\n`, display)) return { lock: new AnswersLock(path, holder), replaced };
      const text = await readFile(path, 'utf8').catch(() => undefined);
      if (text === undefined) continue; // released meanwhile: try again
      const other = parseHolder(text);
      if (!other) throw inUse(display, path, 'by a lock file that cannot be read');
      if (other.host !== me.host || me.isRunning(other.pid)) throw inUse(display, path, `by another dma assess (${describeHolder(other, me)})`);
      // Gone: remove its lock, unless someone else took it over meanwhile.
      if ((await readFile(path, 'utf8').catch(() => undefined)) === text) await rm(path, { force: true });
      replaced = other;
    }
    throw inUse(display, path, 'by another dma assess that keeps taking the lock');
  }

  /** Removes the lock file if it is still this session's. */
  async release(): Promise<void> {
    if (this.released) return;
    this.released = true;
    process.removeListener('exit', this.onExit);
    const text = await readFile(this.path, 'utf8').catch(() => undefined);
    if (text !== undefined && parseHolder(text)?.token === this.holder.token) await unlink(this.path).catch(() => {});
  }

  private releaseSync(): void {
    if (this.released) return;
    this.released = true;
    try {
      if (parseHolder(readFileSync(this.path, 'utf8'))?.token === this.holder.token) unlinkSync(this.path);
    } catch {
      // Nothing to remove.
    }
  }
}

/**
 * Creates `path` holding `text`, failing if it exists. The text is written to a temporary file
 * first and hard-linked into place, so a reader never sees an empty lock; where hard links are
 * not supported, the file is created exclusively and written.
 */
async function createExclusively(path: string, text: string, display: string): Promise<boolean> {
  const temp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeNew(temp, text);
    try {
      await link(temp, path);
      return true;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'EXDEV') throw error;
    }
    try {
      await writeNew(path, text);
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw error;
    }
  } catch (error) {
    const reason = describeWriteError(error, display);
    throw new DataError({ code: 'unwritable', file: display, reason, message: `cannot write ${display}: ${reason}` });
  } finally {
    await rm(temp, { force: true }).catch(() => {});
  }
}

async function writeNew(path: string, text: string): Promise<void> {
  const handle = await open(path, 'wx', 0o644);
  try {
    await handle.writeFile(text);
  } finally {
    await handle.close();
  }
}

function parseHolder(text: string): LockHolder | undefined {
  try {
    const data = JSON.parse(text) as Partial<LockHolder>;
    if (Number.isInteger(data.pid) && typeof data.host === 'string' && typeof data.started === 'string' && typeof data.token === 'string') {
      return data as LockHolder;
    }
  } catch {
    // Not ours.
  }
  return undefined;
}

function inUse(display: string, lockPath: string, by: string): DataError {
  const advice = `Finish that session first. If it is no longer running, delete ${basename(lockPath)} (beside the answers file) and try again.`;
  return new DataError({ code: 'unwritable', file: display, reason: `is in use ${by}`, advice });
}

/** "process 4242 on this computer, since 10:02 on 27 November 2026" */
export function describeHolder(holder: LockHolder, me: Pick<LockIdentity, 'host'>): string {
  const where = holder.host === me.host ? 'on this computer' : `on ${holder.host}`;
  return `process ${holder.pid} ${where}, since ${formatWhen(holder.started)}`;
}

function formatWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  const day = date.toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return `${time} on ${day}`;
}
