// Wrong room codes, counted per network address: a few mistakes are free, then each further
// wrong code shuts that address out for twice as long as the last (1 s, 2 s, 4 s … 5 minutes).
// A right code clears the count. Memory is bounded: past MAX_ADDRESSES the oldest is forgotten.

export const FREE_TRIES = 5;
export const MAX_BLOCK_MS = 5 * 60_000;
const MAX_ADDRESSES = 10_000;

interface Entry {
  failures: number;
  blockedUntil: number;
}

export type CodeCheck = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class CodeLimiter {
  private readonly entries = new Map<string, Entry>();

  constructor(private readonly now: () => number) {}

  /** Whether this address may try a code now. */
  check(address: string): CodeCheck {
    const entry = this.entries.get(address);
    const wait = entry ? entry.blockedUntil - this.now() : 0;
    return wait > 0 ? { allowed: false, retryAfterSeconds: Math.ceil(wait / 1000) } : { allowed: true };
  }

  failed(address: string): void {
    const entry = this.entries.get(address) ?? { failures: 0, blockedUntil: 0 };
    entry.failures += 1;
    const over = entry.failures - FREE_TRIES;
    if (over > 0) entry.blockedUntil = this.now() + Math.min(MAX_BLOCK_MS, 1000 * 2 ** (over - 1));
    this.entries.delete(address);
    this.entries.set(address, entry);
    if (this.entries.size > MAX_ADDRESSES) this.entries.delete(this.entries.keys().next().value!);
  }

  succeeded(address: string): void {
    this.entries.delete(address);
  }
}
