// startBot's stop(): answers in flight finish first, but a stuck one cannot hold the shutdown forever.
// One client running several shards (a shard process): every shard identifies with its id, each answers
// the servers Discord routes to it, the interaction lines name the shard, and a close Discord will not
// recover from on any one of them is one fatal line naming that shard.
import { Writable } from "node:stream";
import { Events } from "discord.js";
import { afterEach, describe, expect, it, vi } from "vitest";
import type { CommandDefinition } from "../../commands/define.js";
import type { Snapshot } from "../../src/snapshot/snapshot.js";
import { rateLimitFrom, readyDeadlineMs, shardOf, startBot, type GatewayLoss } from "../../src/discord/bot.js";
import { DEFAULT_RATE_LIMIT } from "../../src/discord/rate-limit.js";
import { createLogger } from "../../src/logger.js";
import { APPLICATION_ID, DISCORD_JS_DEFAULTS, startHarness, testContext } from "../support/bot-harness.js";
import { eventually } from "../support/deadline.js";
import { guildIdForShard, startDiscordStandIn } from "../support/discord-stand-in.js";
import { chatInput, snowflakes, text } from "../support/interactions.js";

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

describe("readyDeadlineMs", () => {
  it.each([
    [1, 120_000],
    [2, 125_500],
    [4, 136_500],
    [16, 202_500],
  ])("GIVEN %i shards in the process THEN %i ms", (shards, ms) => {
    expect(readyDeadlineMs(shards)).toBe(ms);
  });
});

describe("shardOf", () => {
  it.each([
    [guildIdForShard(0, 4), 4, 0],
    [guildIdForShard(3, 4), 4, 3],
    [guildIdForShard(3, 4), 2, 1],
    ["9876543210987654321", 2, 0],
    ["1100000000000000003", 2, 1],
    [null, 4, 0],
  ])("GIVEN guild %s of %i shards THEN shard %i", (guildId, shardCount, shard) => {
    expect(shardOf({ guildId }, shardCount)).toBe(shard);
  });
});

describe("one client running shards 0 and 1 of 2", () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });
  const guilds = [guildIdForShard(0, 2), guildIdForShard(1, 2)] as const;

  async function start(onGatewayLost?: (loss: GatewayLoss) => void) {
    const standIn = await startDiscordStandIn({ applicationId: APPLICATION_ID, guildId: guilds[0], otherGuildIds: [guilds[1]], shards: 2, maxConcurrency: 16 });
    cleanups.push(() => standIn.close());
    const lines: Record<string, unknown>[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, done) {
        for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
        done();
      },
    });
    const ctx = testContext(standIn.apiUrl, () => ({}) as Snapshot, createLogger("info", stream), { SHARD_COUNT: "2", SHARDS: "[0,1]" });
    const bot = await startBot(ctx, { commands: fake, ...(onGatewayLost && { onGatewayLost }) });
    cleanups.unshift(() => bot.stop());
    return { standIn, bot, lines };
  }

  it("GIVEN an interaction in a server of each shard THEN both shards answer it, and each line names its shard", async () => {
    const { standIn, bot, lines } = await start();
    expect([...standIn.identifies].sort((a, b) => a.shard![0] - b.shard![0])).toEqual([
      { intents: 1, shard: [0, 2] },
      { intents: 1, shard: [1, 2] },
    ]);
    expect([...bot.client.ws.shards.keys()].sort()).toEqual([0, 1]);
    expect(lines.filter((l) => l.msg === "shard ready").map((l) => l.shard).sort()).toEqual([0, 1]);
    const nextId = snowflakes();
    const answers = [];
    for (const guildId of guilds) {
      const id = nextId();
      standIn.dispatchToGuild(guildId, "INTERACTION_CREATE", chatInput({ applicationId: APPLICATION_ID, guildId }, id, "course", [text("course", "x")]));
      answers.push(await standIn.waitForCallback(id));
    }
    const expected = {
      type: 4,
      data: { ...DISCORD_JS_DEFAULTS, allowed_mentions: { parse: [] }, embeds: [{ title: "T", fields: [], color: 0x1f6feb }], components: [] },
    };
    expect(answers).toEqual([expected, expected]);
    // The two lines may be written in either order.
    await vi.waitFor(() => expect(lines.filter((l) => l.msg === "interaction").map((l) => ({ shard: l.shard, outcome: l.outcome })).sort((a, b) => Number(a.shard) - Number(b.shard))).toEqual([
      { shard: 0, outcome: "answered" },
      { shard: 1, outcome: "answered" },
    ]), eventually);
  });

  it("GIVEN close 4014 on shard 1 only THEN one fatal line naming 4014 and shard 1, and onGatewayLost once", async () => {
    const losses: GatewayLoss[] = [];
    const { standIn, bot, lines } = await start((loss) => losses.push(loss));
    const lost = new Promise((resolve) => bot.client.once(Events.ShardDisconnect, resolve));
    standIn.closeGateway(4014, 1);
    await lost;
    await expect.poll(() => losses, eventually).toEqual([{ code: 4014, codeName: "DisallowedIntents", shard: 1 }]);
    expect(lines.filter((l) => l.level === 60)).toEqual([
      {
        level: 60,
        time: expect.any(Number),
        code: 4014,
        codeName: "DisallowedIntents",
        shard: 1,
        msg: "Discord closed the gateway with 4014 (DisallowedIntents) and it cannot be resumed; exiting",
      },
    ]);
  });
});
