import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // End-to-end tests start a local Discord stand-in and a real client; give them room on a shared 2-core machine.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
