import { defineConfig } from "vitest/config";
import { EVENT_DEADLINE_MS } from "./test/support/deadline.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // End-to-end tests start a local Discord stand-in, a real client or a whole process, on a shared
    // 2-core machine that may be busy with other work. Each of their waits ends on an event and has its
    // own deadline, EVENT_DEADLINE_MS; twice that per test and hook means a missed event is reported by
    // the wait that missed it (saying what it waited for), not as a bare timeout.
    testTimeout: 2 * EVENT_DEADLINE_MS,
    hookTimeout: 2 * EVENT_DEADLINE_MS,
  },
});
