// Sharding: the spawn plan, the /gateway/bot count through DISCORD_API_URL, and `npm start` with
// SHARD_COUNT=auto as a process against a stand-in that recommends two shards: both identify with their
// shard ids, each holds its own knowledge (the second from the cache the first wrote), each answers
// the interactions of the guilds it owns, SIGHUP reaches both, a killed shard is respawned, and SIGTERM
// takes every shard process down before the manager exits 0.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fetchGatewayBot, planShards } from "../../src/discord/shard-manager.js";
import { APPLICATION_ID, FAKE_TOKEN, GUILD_ID } from "../support/bot-harness.js";
import { eventually } from "../support/deadline.js";
import { shardForGuild, startDiscordStandIn, type DiscordStandIn } from "../support/discord-stand-in.js";
import { chatInput, snowflakes, text } from "../support/interactions.js";

/** A second server, owned by the other shard of two (GUILD_ID belongs to shard 0). */
const OTHER_GUILD_ID = "1100000000000000003";
const START_TIMEOUT_MS = 60_000;

const limit = (maxConcurrency: number) => ({ total: 1000, remaining: 999, reset_after: 0, max_concurrency: maxConcurrency });

describe("planShards", () => {
  it.each([
    ["auto", 2, 1, { totalShards: 2, spawnDelayMs: 5500 }],
    ["auto", 0, 1, { totalShards: 1, spawnDelayMs: 5500 }],
    [4, 2, 1, { totalShards: 4, spawnDelayMs: 5500 }],
    [4, 1, 16, { totalShards: 4, spawnDelayMs: 344 }],
    ["auto", 32, 2, { totalShards: 32, spawnDelayMs: 2750 }],
    [3, 1, 0, { totalShards: 3, spawnDelayMs: 5500 }],
  ] as const)("GIVEN SHARD_COUNT=%s, %i recommended, max_concurrency %i THEN %j", (count, shards, maxConcurrency, expected) => {
    expect(planShards(count, { shards, session_start_limit: limit(maxConcurrency) })).toEqual(expected);
  });
});

describe("fetchGatewayBot", () => {
  it("asks DISCORD_API_URL, not discord.com", async () => {
    const standIn = await startDiscordStandIn({ applicationId: APPLICATION_ID, guildId: GUILD_ID, shards: 3, maxConcurrency: 4 });
    try {
      const gateway = await fetchGatewayBot({ token: FAKE_TOKEN, apiUrl: standIn.apiUrl });
      expect({ shards: gateway.shards, limit: gateway.session_start_limit }).toEqual({ shards: 3, limit: limit(4) });
      expect(standIn.requests.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /api/v10/gateway/bot"]);
    } finally {
      await standIn.close();
    }
  });
});

describe("npm start with SHARD_COUNT=auto", () => {
  let standIn: DiscordStandIn;
  let manager: ChildProcess | undefined;
  const pids = new Set<number>();
  let cacheDir: string;
  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), "shard-cache-"));
    standIn = await startDiscordStandIn({ applicationId: APPLICATION_ID, guildId: GUILD_ID, otherGuildIds: [OTHER_GUILD_ID], shards: 2, maxConcurrency: 16 });
  });
  afterAll(async () => {
    // Only if an assertion failed before the SIGTERM: never leave a manager or a shard running.
    if (manager && manager.exitCode === null && manager.signalCode === null) manager.kill("SIGKILL");
    for (const pid of pids) if (isRunning(pid)) process.kill(pid, "SIGKILL");
    await standIn?.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it("runs two shards that answer their own guilds, respawns a dead one, and leaves no process behind", { timeout: 120_000 }, async () => {
    expect([shardForGuild(GUILD_ID, 2), shardForGuild(OTHER_GUILD_ID, 2)]).toEqual([0, 1]);
    const env = { ...process.env, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: standIn.apiUrl, KNOWLEDGE_DIR: "knowledge", KNOWLEDGE_CACHE_DIR: cacheDir, LOG_LEVEL: "info", SHARD_COUNT: "auto" };
    const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
    manager = child;
    let stderr = "";
    child.stderr.on("data", (chunk: Buffer) => (stderr += String(chunk)));
    const exited = once(child, "exit");
    const lines = (msg: string) => logLines(stderr).filter((line) => line.msg === msg);
    const spawned = () => lines("shard spawned").map(({ shard, pid }) => ({ shard, pid: pid as number }));

    await vi.waitFor(() => expect(lines("all shards ready")).toEqual([{ level: 30, time: expect.any(Number), msg: "all shards ready", shards: 2 }]), {
      timeout: START_TIMEOUT_MS,
      interval: 100,
    });
    expect(lines("starting shards")).toMatchObject([{ shards: 2, requested: "auto", spawnDelayMs: 344 }]);
    expect(standIn.identifies).toEqual([
      { intents: 1, shard: [0, 2] },
      { intents: 1, shard: [1, 2] },
    ]);
    expect(spawned().map((s) => s.shard)).toEqual([0, 1]);
    for (const { pid } of spawned()) pids.add(pid);
    expect([...pids].every(isRunning)).toBe(true);
    const shardsOf = (msg: string) => lines(msg).map((line) => line.shard);
    expect({ built: shardsOf("knowledge built"), fromCache: shardsOf("knowledge loaded from cache") }).toEqual({ built: [0], fromCache: [1] });

    // One interaction for each guild: only the owning shard receives it, and both answer alike.
    const nextId = snowflakes();
    const ask = async (guildId: string) => {
      const id = nextId();
      standIn.dispatchToGuild(guildId, "INTERACTION_CREATE", chatInput({ applicationId: APPLICATION_ID, guildId }, id, "course", [text("course", "23rd")]));
      return standIn.waitForCallback(id);
    };
    const answeredBy = () => lines("interaction").map((line) => ({ shard: line.shard, command: line.command, outcome: line.outcome }));
    const fromShard0 = await ask(GUILD_ID);
    await vi.waitFor(() => expect(answeredBy()).toEqual([{ shard: 0, command: "course", outcome: "answered" }]), eventually);
    const fromShard1 = await ask(OTHER_GUILD_ID);
    await vi.waitFor(() => expect(answeredBy()).toEqual([{ shard: 0, command: "course", outcome: "answered" }, { shard: 1, command: "course", outcome: "answered" }]), eventually);
    expect(fromShard0).toMatchObject({ type: 4, data: { allowed_mentions: { parse: [] }, embeds: [{ title: "23rd UNCAC Training Programme" }] } });
    expect(fromShard1).toEqual(fromShard0);

    // SIGHUP to the manager reloads the knowledge of every shard (unchanged files: nothing rebuilt).
    child.kill("SIGHUP");
    await vi.waitFor(() => expect(shardsOf("knowledge unchanged; reload skipped").sort()).toEqual([0, 1]), eventually);

    // A shard that dies is forked again and takes its guilds back.
    const [, shard1] = spawned();
    process.kill(shard1!.pid, "SIGKILL");
    await vi.waitFor(() => expect(spawned()).toHaveLength(3), { timeout: START_TIMEOUT_MS, interval: 100 });
    await standIn.waitForIdentifies(3);
    const respawned = spawned()[2]!;
    pids.add(respawned.pid);
    expect(lines("shard exited")).toMatchObject([{ level: 50, shard: 1, pid: shard1!.pid, code: null, signal: "SIGKILL", respawning: true }]);
    expect(respawned.shard).toBe(1);
    expect(standIn.identifies[2]).toEqual({ intents: 1, shard: [1, 2] });
    expect(await ask(OTHER_GUILD_ID)).toEqual(fromShard0);

    child.kill("SIGTERM");
    const [code] = await exited;
    expect(code).toBe(0);
    expect([...pids].filter(isRunning)).toEqual([]);
    expect(
      lines("shard exited")
        .slice(1)
        .map(({ shard, code: exitCode, respawning }) => ({ shard, exitCode, respawning }))
        .sort((a, b) => Number(a.shard) - Number(b.shard)),
    ).toEqual([
      { shard: 0, exitCode: 0, respawning: false },
      { shard: 1, exitCode: 0, respawning: false },
    ]);
    expect(stderr).not.toContain(FAKE_TOKEN);
  });
});

function logLines(stderr: string): Record<string, unknown>[] {
  return stderr
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** Signal 0 checks that a process exists without touching it. */
function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
