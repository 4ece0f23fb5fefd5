// Saving on Windows: a rename refused while antivirus or an editor holds the file is retried.
import { describe, expect, it } from 'vitest';
import { RENAME_WAITS, renameWithRetry } from '../../src/io/rename-retry.js';

const refused = (code: string) => Object.assign(new Error(`${code}: operation not permitted, rename`), { code });

/** A rename that fails with `code` the first `failures` times, recording each call and wait. */
function flaky(code: string, failures: number) {
  const calls: string[] = [];
  const waits: number[] = [];
  return {
    calls,
    waits,
    options: {
      rename: async (from: string, to: string) => {
        calls.push(`${from}->${to}`);
        if (calls.length <= failures) throw refused(code);
      },
      sleep: async (ms: number) => void waits.push(ms),
    },
  };
}

describe('renameWithRetry', () => {
  it.each(['EPERM', 'EACCES', 'EBUSY'])('on Windows, retries %s with a growing wait until the file is free', async (code) => {
    const fs = flaky(code, 3);
    await renameWithRetry('a.tmp', 'a.yaml', { platform: 'win32', ...fs.options });
    expect(fs.calls).toHaveLength(4);
    expect(fs.waits).toEqual([10, 20, 40]);
  });

  it('gives up after about five seconds and throws the last error', async () => {
    const fs = flaky('EBUSY', Infinity);
    await expect(renameWithRetry('a.tmp', 'a.yaml', { platform: 'win32', ...fs.options })).rejects.toMatchObject({ code: 'EBUSY' });
    expect(fs.calls).toHaveLength(RENAME_WAITS.length + 1);
    const total = fs.waits.reduce((a, b) => a + b, 0);
    expect(total).toBeGreaterThanOrEqual(4000);
    expect(total).toBeLessThanOrEqual(6000);
  });

  it('does not retry elsewhere, where these codes mean no permission', async () => {
    for (const platform of ['linux', 'darwin']) {
      const fs = flaky('EACCES', 1);
      await expect(renameWithRetry('a.tmp', 'a.yaml', { platform, ...fs.options })).rejects.toMatchObject({ code: 'EACCES' });
      expect(fs.calls).toHaveLength(1);
    }
  });

  it('does not retry other errors on Windows either', async () => {
    const fs = flaky('ENOSPC', 1);
    await expect(renameWithRetry('a.tmp', 'a.yaml', { platform: 'win32', ...fs.options })).rejects.toMatchObject({ code: 'ENOSPC' });
    expect(fs.calls).toHaveLength(1);
  });
});
