// Renaming a finished temporary file over the real one. On Windows the rename is refused while
// another program holds the target open (antivirus scanning it, an editor, a backup or sync
// client): EPERM, EACCES or EBUSY, gone a moment later. graceful-fs retries such renames with a
// growing wait; so does this, for a few seconds, before the failure is reported (and the
// workshop offers to try again or save elsewhere, with nothing confirmed lost).
import { rename } from 'node:fs/promises';

/** The errors Windows gives while another program holds the file. */
const HELD = new Set(['EPERM', 'EACCES', 'EBUSY']);

/** Waits between tries, in milliseconds: about five seconds in all. */
export const RENAME_WAITS = [10, 20, 40, 80, 160, 320, 640, 1000, 1000, 1000, 1000] as const;

export interface RenameOptions {
  platform?: string;
  rename?: (from: string, to: string) => Promise<void>;
  sleep?: (ms: number) => Promise<void>;
}

const pause = (ms: number) => new Promise<void>((done) => setTimeout(done, ms));

/** Renames `from` over `to`, retrying on Windows while the target is held; throws the last error. */
export async function renameWithRetry(from: string, to: string, options: RenameOptions = {}): Promise<void> {
  const { platform = process.platform, rename: move = rename, sleep = pause } = options;
  for (let attempt = 0; ; attempt++) {
    try {
      await move(from, to);
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code ?? '';
      const wait = RENAME_WAITS[attempt];
      if (platform !== 'win32' || !HELD.has(code) || wait === undefined) throw error;
      await sleep(wait);
    }
  }
}
