// Signals that should end a prompt the way Ctrl+C does: `kill <pid>` (SIGTERM) and a closed
// terminal window (SIGHUP).
export const CANCELLING_SIGNALS: readonly NodeJS.Signals[] = ['SIGTERM', 'SIGHUP'];

/**
 * Calls `handler` on a cancelling signal until the returned function is called. While the
 * handler is there, the signal no longer ends the process by itself: the handler must.
 */
export function onCancellingSignal(handler: () => void): () => void {
  for (const signal of CANCELLING_SIGNALS) process.on(signal, handler);
  return () => {
    for (const signal of CANCELLING_SIGNALS) process.removeListener(signal, handler);
  };
}
