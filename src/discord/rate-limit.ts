// Per-user rate limit for slash commands: at most `commands` per sliding window of `windowMs`.
// Pure: the clock is injected and all state lives in the limiter a caller creates (one per bot).
//
// A refused attempt is not counted, so someone who keeps sending while refused gets in again as soon
// as their oldest accepted command leaves the window; they are never locked out for longer than that.
// Users idle for a whole window are swept out, so memory follows the number of recently active users,
// not everyone ever seen.

export interface RateLimit {
  /** Commands allowed per window; 0 turns the limit off. */
  commands: number;
  windowMs: number;
}

/** 5 commands per 10 s: plenty for a person reading answers, too little to flood a channel. */
export const DEFAULT_RATE_LIMIT: RateLimit = { commands: 5, windowMs: 10_000 };

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

export interface RateLimiter {
  /** Counts one command for `userId` if the window has room; otherwise says how long to wait. */
  take(userId: string): RateDecision;
  /** Users currently tracked (for tests and the load report). */
  tracked(): number;
}

/** Sweep idle users once the map has doubled since the last sweep (amortised O(1) per call). */
const MIN_SWEEP_SIZE = 1_000;

export function createRateLimiter(limit: RateLimit = DEFAULT_RATE_LIMIT, now: () => number = Date.now): RateLimiter {
  const recent = new Map<string, number[]>();
  let sweepAt = MIN_SWEEP_SIZE;

  const sweep = (at: number): void => {
    for (const [user, times] of recent) {
      if (times[times.length - 1]! <= at - limit.windowMs) recent.delete(user);
    }
    sweepAt = Math.max(MIN_SWEEP_SIZE, recent.size * 2);
  };

  return {
    take(userId) {
      if (limit.commands <= 0) return { allowed: true };
      const at = now();
      const times = (recent.get(userId) ?? []).filter((t) => t > at - limit.windowMs);
      if (times.length >= limit.commands) {
        recent.set(userId, times);
        return { allowed: false, retryAfterMs: times[0]! + limit.windowMs - at };
      }
      times.push(at);
      recent.set(userId, times);
      if (recent.size >= sweepAt) sweep(at);
      return { allowed: true };
    },
    tracked: () => recent.size,
  };
}
