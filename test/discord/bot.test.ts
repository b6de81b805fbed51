// startBot's stop(): answers in flight finish first, but a stuck one cannot hold the shutdown forever.
import { describe, expect, it, vi } from "vitest";
import type { CommandDefinition } from "../../commands/define.js";
import type { Snapshot } from "../../src/snapshot/snapshot.js";
import { rateLimitFrom } from "../../src/discord/bot.js";
import { DEFAULT_RATE_LIMIT } from "../../src/discord/rate-limit.js";
import { startHarness } from "../support/bot-harness.js";
import { eventually } from "../support/deadline.js";
import { chatInput, text } from "../support/interactions.js";

const fake: CommandDefinition[] = [
  {
    data: { name: "course", description: "Fake course", options: [] },
    queryOption: "course",
    run: (_k, query) => ({ command: "course", query, found: true, results: [{ key: "k", title: "T", facts: [], citations: [] }], suggestions: [] }),
  },
];

describe("Bot.stop", () => {
  it("GIVEN an answer stuck in flight THEN stop() gives up after drainMs and still closes the client", async () => {
    const h = await startHarness(() => ({}) as Snapshot, { commands: fake, drainMs: 200 });
    let release = (): void => undefined;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    h.standIn.injectFault((r) => r.path.endsWith("/callback"), { until: stuck });
    const id = h.nextId();
    h.standIn.dispatch("INTERACTION_CREATE", chatInput(h.place, id, "course", [text("course", "x")]));
    await h.standIn.waitForRequest((r) => r.path.endsWith("/callback"), `callback for interaction ${id}`);
    await vi.waitFor(() => expect(h.bot.inFlight()).toBe(1), eventually);
    await h.bot.stop();
    expect(h.bot.inFlight()).toBe(1);
    expect(h.bot.client.isReady()).toBe(false);
    release();
    await h.standIn.close();
  });
});

describe("rateLimitFrom", () => {
  it.each([
    [{}, DEFAULT_RATE_LIMIT],
    [{ rateLimit: { commands: 2 } }, { commands: 2, windowMs: 10_000 }],
    [{ rateLimit: { windowSeconds: 30 } }, { commands: 5, windowMs: 30_000 }],
    [{ rateLimit: { commands: 0, windowSeconds: 1 } }, { commands: 0, windowMs: 1_000 }],
  ])("GIVEN %j THEN %j", (config, limit) => {
    expect(rateLimitFrom(config)).toEqual(limit);
  });
});
