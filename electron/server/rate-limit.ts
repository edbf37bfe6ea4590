/**
 * Counts attempts per key (a client address) in fixed windows. Used for join attempts, so a join
 * code (6 characters from 31) cannot be guessed by trying: 10 a minute per address by default.
 */
export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Counts one attempt. Returns 0 when it is allowed, otherwise the milliseconds until the next one is. */
  take(key: string): number {
    const now = this.now();
    if (this.windows.size > 10_000) this.prune(now);
    const window = this.windows.get(key);
    if (!window || window.resetAt <= now) {
      this.windows.set(key, { count: 1, resetAt: now + this.windowMs });
      return 0;
    }
    if (window.count >= this.limit) return window.resetAt - now;
    window.count += 1;
    return 0;
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (window.resetAt <= now) this.windows.delete(key);
  }
}

export const DEFAULT_JOIN_RATE = { attempts: 10, windowMs: 60_000 } as const;
