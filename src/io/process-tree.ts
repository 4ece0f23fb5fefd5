// A process that dma starts and that must not outlive it (a browser), and the temporary folder it
// works in: killed, with every process it started, and removed, when dma is interrupted or exits.
import { spawnSync } from 'node:child_process';
import { constants as osConstants } from 'node:os';
import { CANCELLING_SIGNALS } from './signals.js';

/** The signals that end a command that runs a browser: Ctrl+C, `kill <pid>`, a closed terminal. */
const ENDING_SIGNALS: readonly NodeJS.Signals[] = ['SIGINT', ...CANCELLING_SIGNALS];

/**
 * Kills a process and every process it started: its process group on Linux and macOS (it must
 * have been started detached, as its group's leader), its tree on Windows. A process already
 * gone is not an error.
 */
export function killProcessTree(pid: number): void {
  try {
    if (process.platform === 'win32') spawnSync('taskkill', ['/pid', String(pid), '/T', '/F'], { windowsHide: true, stdio: 'ignore' });
    else process.kill(-pid, 'SIGKILL');
  } catch {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
}

/**
 * While something runs that must not outlive dma: if dma is interrupted (Ctrl+C, SIGTERM,
 * SIGHUP), kills the process tree `pid()` names, then runs `cleanup`, then ends as the signal
 * asks, with exit code 128 + its number (130 for Ctrl+C); if the process exits first, does the
 * same as it exits. Returns the function that stops watching.
 */
export function whileRunning(pid: () => number | undefined, cleanup: () => void = () => undefined): () => void {
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    const running = pid();
    if (running !== undefined) killProcessTree(running);
    try {
      cleanup();
    } catch {
      // Ending anyway: nothing more can be done.
    }
  };
  const onSignal = (signal: NodeJS.Signals) => {
    finish();
    process.exit(128 + (osConstants.signals[signal] ?? 1));
  };
  for (const signal of ENDING_SIGNALS) process.on(signal, onSignal);
  process.on('exit', finish);
  return () => {
    done = true;
    for (const signal of ENDING_SIGNALS) process.removeListener(signal, onSignal);
    process.removeListener('exit', finish);
  };
}
