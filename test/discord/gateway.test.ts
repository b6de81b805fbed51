// The gateway's unhappy paths, through the local stand-in with the real discord.js client (issue 9):
// a close discord.js will not recover from (4014 disallowed intents) after READY is one fatal line
// naming the code and a call to onGatewayLost (the process then exits 1, see process-faults.test.ts);
// a gateway that never sends READY fails the login within its deadline; events for people the bot has
// never seen (PRESENCE_UPDATE, GUILD_MEMBER_*) do not throw inside discord.js, and the user, member and
// presence caches are emptied by the sweepers.
import { Writable } from "node:stream";
import { Events } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { startBot, type GatewayLoss } from "../../src/discord/bot.js";
import { LoginError } from "../../src/discord/login-error.js";
import { createLogger } from "../../src/logger.js";
import { APPLICATION_ID, GUILD_ID, startHarness, testContext, type Harness } from "../support/bot-harness.js";
import { eventually } from "../support/deadline.js";
import { startDiscordStandIn, type DiscordStandIn } from "../support/discord-stand-in.js";
import { chatInput } from "../support/interactions.js";
import { tinyKnowledge } from "../support/tiny-knowledge.js";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

function capture(): { lines: Record<string, unknown>[]; stream: Writable } {
  const lines: Record<string, unknown>[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of String(chunk).split("\n").filter(Boolean)) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  return { lines, stream };
}

async function harness(options: Parameters<typeof startHarness>[1] = {}): Promise<Harness> {
  const h = await startHarness(() => tinyKnowledge(), options);
  cleanups.push(() => h.stop());
  return h;
}

async function answersHelp(h: Harness): Promise<void> {
  const callback = await h.send(chatInput(h.place, h.nextId(), "help", []));
  expect(callback.type).toBe(4);
}

describe("a gateway close discord.js gives up on", () => {
  it("GIVEN close 4014 after READY THEN one fatal line naming 4014 (DisallowedIntents) and onGatewayLost is called once", async () => {
    const { lines, stream } = capture();
    const losses: GatewayLoss[] = [];
    const h = await harness({ logger: createLogger("info", stream), onGatewayLost: (loss) => losses.push(loss) });
    const lost = new Promise((resolve) => h.bot.client.once(Events.ShardDisconnect, resolve));
    h.standIn.closeGateway(4014);
    await lost;
    await expect.poll(() => losses, eventually).toEqual([{ code: 4014, codeName: "DisallowedIntents", shard: 0 }]);
    const fatal = lines.filter((l) => l.level === 60);
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toMatchObject({ code: 4014, codeName: "DisallowedIntents", msg: "Discord closed the gateway with 4014 (DisallowedIntents) and it cannot be resumed; exiting" });
  });

  it("GIVEN a resumable close (4000) THEN nothing fatal: the client resumes", async () => {
    const losses: GatewayLoss[] = [];
    const h = await harness({ onGatewayLost: (loss) => losses.push(loss) });
    h.standIn.closeGateway(4000);
    await h.standIn.waitForResumes(1);
    await answersHelp(h);
    expect(losses).toEqual([]);
  });

  it("GIVEN an interaction dispatched while the connection is down THEN it is replayed on RESUME and answered once", async () => {
    const h = await harness();
    h.standIn.closeGateway(4000);
    const id = h.nextId();
    h.standIn.dispatch("INTERACTION_CREATE", chatInput(h.place, id, "help", []));
    await h.standIn.waitForResumes(1);
    await h.standIn.waitForCallback(id);
    // A later interaction comes after it on the same connection: a duplicate replay would come first.
    await answersHelp(h);
    expect(h.standIn.requests.filter((r) => r.path.startsWith(`/api/v10/interactions/${id}/`))).toHaveLength(1);
  });
});

describe("the login deadline", () => {
  let standIn: DiscordStandIn;
  it("GIVEN a gateway that never answers IDENTIFY THEN startBot rejects with a LoginError once readyTimeoutMs has passed", async () => {
    standIn = await startDiscordStandIn({ applicationId: APPLICATION_ID, guildId: GUILD_ID });
    cleanups.push(() => standIn.close());
    standIn.failIdentify("ignore");
    // The deadline under test runs from the login, so it must outlast the client's way to IDENTIFY
    // (GET /gateway/bot, connect, HELLO) on a busy machine, where 0.3 s can pass before it (issue 13).
    const started = startBot(testContext(standIn.apiUrl, () => tinyKnowledge()), { readyTimeoutMs: 10_000 });
    await standIn.waitForIdentifyAttempts(1);
    await expect(started).rejects.toEqual(new LoginError("Discord's gateway did not reach READY within 10 s; check the network, or DISCORD_API_URL if it is set."));
  });

  it("GIVEN close 4014 in answer to IDENTIFY THEN startBot rejects with a LoginError about the intents", async () => {
    standIn = await startDiscordStandIn({ applicationId: APPLICATION_ID, guildId: GUILD_ID });
    cleanups.push(() => standIn.close());
    standIn.failIdentify(4014);
    await expect(startBot(testContext(standIn.apiUrl, () => tinyKnowledge()))).rejects.toBeInstanceOf(LoginError);
  });
});

describe("events about people the bot has never seen", () => {
  const stranger = (n: number) => ({ id: String(3_300_000_000_000_000_000n + BigInt(n)), username: `stranger${n}` });

  it("GIVEN PRESENCE_UPDATE and GUILD_MEMBER_ADD/UPDATE for uncached users (partial user objects) THEN nothing throws and the bot answers", async () => {
    const h = await harness();
    for (let n = 0; n < 5; n += 1) {
      h.standIn.dispatch("PRESENCE_UPDATE", { user: stranger(n), guild_id: GUILD_ID, status: "online", activities: [], client_status: { desktop: "online" } });
      h.standIn.dispatch("GUILD_MEMBER_UPDATE", { guild_id: GUILD_ID, user: stranger(100 + n), roles: [], joined_at: "2024-01-01T00:00:00.000000+00:00", deaf: false, mute: false });
      h.standIn.dispatch("GUILD_MEMBER_ADD", { guild_id: GUILD_ID, user: stranger(200 + n), roles: [], joined_at: "2024-01-01T00:00:00.000000+00:00", deaf: false, mute: false });
    }
    // The gateway delivers in order: once this is answered, every event above has been handled.
    await answersHelp(h);
    expect(h.bot.client.users.cache.size).toBeGreaterThan(1);
  });

  it("GIVEN users cached by those events THEN a sweep leaves only the bot's own user and member", async () => {
    const h = await harness({ cacheSweepSeconds: 1 });
    for (let n = 0; n < 5; n += 1) {
      h.standIn.dispatch("PRESENCE_UPDATE", { user: stranger(n), guild_id: GUILD_ID, status: "online", activities: [], client_status: { desktop: "online" } });
    }
    await answersHelp(h);
    const client = h.bot.client;
    expect(client.users.cache.size).toBeGreaterThan(1);
    const swept = (what: string) => new Promise<void>((resolve) => client.on(Events.CacheSweep, (message) => message.includes(what) && resolve()));
    await Promise.all([swept("users"), swept("guild members"), swept("presences")]);
    expect([...client.users.cache.keys()]).toEqual([APPLICATION_ID]);
    expect(client.guilds.cache.get(GUILD_ID)?.presences.cache.size).toBe(0);
    expect([...(client.guilds.cache.get(GUILD_ID)?.members.cache.keys() ?? [])].every((id) => id === APPLICATION_ID)).toBe(true);
    await answersHelp(h);
  });
});
