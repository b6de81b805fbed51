// How long a test waits for something the code under test is expected to do (a request reaching the
// stand-in, a log line, a child process saying it is connected) before it fails saying what was still
// missing. Every wait ends on the event itself, so on a quiet machine it takes milliseconds; this bound
// only decides how long a real failure takes to report, and it must hold on a shared CI machine whose
// cores are busy with other work (issue 13). vitest's own test timeout (vitest.config.ts) is twice
// this, so that a missed event is reported by the wait that missed it, not as a bare test timeout.
export const EVENT_DEADLINE_MS = 30_000;

/** `vi.waitFor` options for a condition polled until it holds (a log line, a child's stderr). */
export const eventually = { timeout: EVENT_DEADLINE_MS, interval: 20 } as const;
