import { describe, expect, it } from "vitest";
import { createRateLimiter, DEFAULT_RATE_LIMIT } from "../../src/discord/rate-limit.js";

/** A clock the test moves by hand. */
function clock(start = 1_000_000) {
  let time = start;
  return { now: () => time, advance: (ms: number) => void (time += ms) };
}

describe("createRateLimiter", () => {
  it("defaults to 5 commands per 10 s", () => {
    expect(DEFAULT_RATE_LIMIT).toEqual({ commands: 5, windowMs: 10_000 });
  });

  it("GIVEN 5 per 10 s THEN the 6th command within the window waits until the oldest leaves it", () => {
    const c = clock();
    const limiter = createRateLimiter({ commands: 5, windowMs: 10_000 }, c.now);
    const decisions = [0, 1_000, 1_000, 1_000, 1_000, 500].map((step) => {
      c.advance(step);
      return limiter.take("alice");
    });
    expect(decisions).toEqual([
      { allowed: true },
      { allowed: true },
      { allowed: true },
      { allowed: true },
      { allowed: true },
      { allowed: false, retryAfterMs: 5_500 },
    ]);
  });

  it.each([
    ["just before the window ends", 9_999, { allowed: false, retryAfterMs: 1 }],
    ["when the window ends", 10_000, { allowed: true }],
  ])("GIVEN the limit reached THEN a command %s is decided %j", (_when, wait, decision) => {
    const c = clock();
    const limiter = createRateLimiter({ commands: 2, windowMs: 10_000 }, c.now);
    limiter.take("alice");
    limiter.take("alice");
    c.advance(wait);
    expect(limiter.take("alice")).toEqual(decision);
  });

  it("does not count refused attempts (a spammer is never locked out beyond the window)", () => {
    const c = clock();
    const limiter = createRateLimiter({ commands: 1, windowMs: 1_000 }, c.now);
    expect(limiter.take("alice")).toEqual({ allowed: true });
    for (let i = 0; i < 9; i += 1) {
      c.advance(100);
      expect(limiter.take("alice").allowed).toBe(false);
    }
    c.advance(100);
    expect(limiter.take("alice")).toEqual({ allowed: true });
  });

  it("keeps users apart", () => {
    const c = clock();
    const limiter = createRateLimiter({ commands: 1, windowMs: 1_000 }, c.now);
    expect([limiter.take("alice"), limiter.take("bob"), limiter.take("alice")]).toEqual([
      { allowed: true },
      { allowed: true },
      { allowed: false, retryAfterMs: 1_000 },
    ]);
  });

  it("GIVEN 0 commands THEN the limit is off", () => {
    const limiter = createRateLimiter({ commands: 0, windowMs: 1_000 }, clock().now);
    expect(Array.from({ length: 100 }, () => limiter.take("alice").allowed).every(Boolean)).toBe(true);
    expect(limiter.tracked()).toBe(0);
  });

  it("forgets idle users, so memory follows recent activity", () => {
    const c = clock();
    const limiter = createRateLimiter({ commands: 5, windowMs: 1_000 }, c.now);
    for (let i = 0; i < 10_000; i += 1) {
      limiter.take(`user-${i}`);
      c.advance(1);
    }
    // Only users seen within the last window (1 000 calls) or since the last sweep can remain.
    expect(limiter.tracked()).toBeLessThanOrEqual(2_000);
    expect(limiter.tracked()).toBeGreaterThanOrEqual(1_000);
  });
});
