// Sharding: the plan (which shards in which process, how fast to start them), the /gateway/bot count
// through DISCORD_API_URL, and `npm start` with SHARD_COUNT as a process against the stand-in: by
// default the two recommended shards run in one process with one knowledge index and both answer; with
// SHARDS_PER_PROCESS=2 four shards run in two processes, the second from the cache the first wrote,
// each answering the servers its shards own, SIGHUP reaching both, a crashed process started again with
// the same shards; and a process whose gateway connection Discord refuses (4014) is not started again:
// the manager stops every process and exits 1. SIGTERM takes every process down before the manager exits 0.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { fetchGatewayBot, planShards } from "../../src/discord/shard-manager.js";
import { APPLICATION_ID, FAKE_TOKEN, GUILD_ID } from "../support/bot-harness.js";
import { eventually } from "../support/deadline.js";
import { guildIdForShard, shardForGuild, startDiscordStandIn, type Callback, type DiscordStandIn, type Identify } from "../support/discord-stand-in.js";
import { chatInput, snowflakes, text } from "../support/interactions.js";
import { COURSE_23RD_FIELDS } from "../support/course-23rd.js";

/** A second server, owned by the other shard of two (GUILD_ID belongs to shard 0). */
const OTHER_GUILD_ID = "1100000000000000003";
const START_TIMEOUT_MS = 60_000;

const limit = (maxConcurrency: number) => ({ total: 1000, remaining: 999, reset_after: 0, max_concurrency: maxConcurrency });

describe("planShards", () => {
  it.each([
    ["auto", 16, 2, 1, { totalShards: 2, processes: [[0, 1]], spawnDelayMs: 5500 }],
    ["auto", 16, 2, 16, { totalShards: 2, processes: [[0, 1]], spawnDelayMs: 688 }],
    ["auto", 1, 0, 1, { totalShards: 1, processes: [[0]], spawnDelayMs: 5500 }],
    [2, 4, 1, 1, { totalShards: 2, processes: [[0, 1]], spawnDelayMs: 5500 }],
    [8, 4, 1, 1, { totalShards: 8, processes: [[0, 1, 2, 3], [4, 5, 6, 7]], spawnDelayMs: 5500 }],
    [8, 4, 1, 16, { totalShards: 8, processes: [[0, 1, 2, 3], [4, 5, 6, 7]], spawnDelayMs: 1375 }],
    [8, 4, 1, 6, { totalShards: 8, processes: [[0, 1, 2, 3], [4, 5, 6, 7]], spawnDelayMs: 5500 }],
    [5, 2, 1, 0, { totalShards: 5, processes: [[0, 1], [2, 3], [4]], spawnDelayMs: 5500 }],
    [4, 1, 1, 16, { totalShards: 4, processes: [[0], [1], [2], [3]], spawnDelayMs: 344 }],
    ["auto", 16, 32, 16, { totalShards: 32, processes: [range(0, 16), range(16, 32)], spawnDelayMs: 5500 }],
  ] as const)("GIVEN SHARD_COUNT=%s, SHARDS_PER_PROCESS=%i, %i recommended, max_concurrency %i THEN %j", (count, perProcess, shards, maxConcurrency, expected) => {
    expect(planShards({ count, perProcess }, { shards, session_start_limit: limit(maxConcurrency) })).toEqual(expected);
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

/** `npm start` as a process against the stand-in, with its stderr parsed line by line. */
interface Manager {
  child: ChildProcess;
  exited: Promise<unknown[]>;
  stderr(): string;
  lines(msg: string): Record<string, unknown>[];
  /** Every "shard process spawned" line so far: which process, its shards and its pid. */
  spawned(): { process: unknown; shards: unknown; pid: number }[];
}

const running: ChildProcess[] = [];
const pids = new Set<number>();
afterAll(() => {
  // Only if an assertion failed before the end: never leave a manager or a shard process running.
  for (const child of running) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  for (const pid of pids) if (isRunning(pid)) process.kill(pid, "SIGKILL");
});

function startManager(standIn: DiscordStandIn, cacheDir: string, env: Record<string, string>): Manager {
  const fullEnv = { ...process.env, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_API_URL: standIn.apiUrl, KNOWLEDGE_DIR: "knowledge", KNOWLEDGE_CACHE_DIR: cacheDir, LOG_LEVEL: "info", ...env };
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env: fullEnv, stdio: ["ignore", "pipe", "pipe"] });
  running.push(child);
  let stderr = "";
  child.stderr!.on("data", (chunk: Buffer) => (stderr += String(chunk)));
  const lines = (msg: string) => logLines(stderr).filter((line) => line.msg === msg);
  const spawned = () => {
    const all = lines("shard process spawned").map(({ process: index, shards, pid }) => ({ process: index, shards, pid: pid as number }));
    for (const { pid } of all) pids.add(pid);
    return all;
  };
  return { child, exited: once(child, "exit"), stderr: () => stderr, lines, spawned };
}

async function allReady(manager: Manager, expected: Record<string, unknown>): Promise<void> {
  await vi.waitFor(() => expect(manager.lines("all shards ready")).toEqual([{ level: 30, time: expect.any(Number), msg: "all shards ready", ...expected }]), {
    timeout: START_TIMEOUT_MS,
    interval: 100,
  });
}

const byShard = (a: Identify, b: Identify) => a.shard![0] - b.shard![0];
/** Log lines of different shards (or processes) may be written in either order. */
const byShardField = (a: { shard: unknown }, b: { shard: unknown }) => Number(a.shard) - Number(b.shard);

/** The exact answer to /course 23rd from the bundled knowledge (as test/discord/commands.test.ts states it). */
function expectCourse23rd(callback: Callback): void {
  const embeds = callback.data?.embeds as { title: string; fields: unknown[]; footer: unknown }[];
  expect({ type: callback.type, allowedMentions: callback.data?.allowed_mentions, title: embeds[0]?.title, fields: embeds[0]?.fields, footer: embeds[0]?.footer }).toEqual({
    type: 4,
    allowedMentions: { parse: [] },
    title: "23rd UNCAC Training Programme",
    fields: COURSE_23RD_FIELDS,
    footer: { text: "White Paper on Development Cooperation 2021 › (2) Assistance for Governance Including Anti-Corruption › ● Japan’s Efforts › ¶4" },
  });
}

/** Sends /course 23rd in a server and resolves with the callback the bot posted to the REST stand-in. */
function asker(standIn: DiscordStandIn): (guildId: string) => Promise<Callback> {
  const nextId = snowflakes();
  return async (guildId) => {
    const id = nextId();
    standIn.dispatchToGuild(guildId, "INTERACTION_CREATE", chatInput({ applicationId: APPLICATION_ID, guildId }, id, "course", [text("course", "23rd")]));
    return standIn.waitForCallback(id);
  };
}

describe("npm start with SHARD_COUNT=auto and no SHARDS_PER_PROCESS", () => {
  let standIn: DiscordStandIn;
  let cacheDir: string;
  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), "shard-cache-"));
    standIn = await startDiscordStandIn({ applicationId: APPLICATION_ID, guildId: GUILD_ID, otherGuildIds: [OTHER_GUILD_ID], shards: 2, maxConcurrency: 16 });
  });
  afterAll(async () => {
    await standIn?.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it("runs both recommended shards in one process, with one knowledge index, and both answer", { timeout: 120_000 }, async () => {
    expect([shardForGuild(GUILD_ID, 2), shardForGuild(OTHER_GUILD_ID, 2)]).toEqual([0, 1]);
    const manager = startManager(standIn, cacheDir, { SHARD_COUNT: "auto" });
    await allReady(manager, { shards: 2, processes: 1 });
    expect(manager.lines("starting shards")).toMatchObject([{ shards: 2, requested: "auto", perProcess: 16, processes: 1, spawnDelayMs: 688 }]);
    const [only] = manager.spawned();
    expect(manager.spawned()).toEqual([{ process: 0, shards: [0, 1], pid: expect.any(Number) }]);
    expect([...standIn.identifies].sort(byShard)).toEqual([
      { intents: 1, shard: [0, 2] },
      { intents: 1, shard: [1, 2] },
    ]);
    // One index for both shards: the knowledge is loaded once, by the one process.
    expect(manager.lines("knowledge built").map((line) => line.shards)).toEqual([[0, 1]]);
    expect(manager.lines("knowledge loaded from cache")).toEqual([]);
    expect(manager.lines("shard ready").map((line) => line.shard).sort()).toEqual([0, 1]);

    // A real INTERACTION_CREATE on shard 0 and one on shard 1, both answered by the same process.
    const ask = asker(standIn);
    const fromShard0 = await ask(GUILD_ID);
    const fromShard1 = await ask(OTHER_GUILD_ID);
    expectCourse23rd(fromShard0);
    expect(fromShard1).toEqual(fromShard0);
    await vi.waitFor(
      () =>
        expect(manager.lines("interaction").map((line) => ({ shards: line.shards, shard: line.shard, command: line.command, outcome: line.outcome })).sort(byShardField)).toEqual([
          { shards: [0, 1], shard: 0, command: "course", outcome: "answered" },
          { shards: [0, 1], shard: 1, command: "course", outcome: "answered" },
        ]),
      eventually,
    );

    manager.child.kill("SIGTERM");
    const [code] = await manager.exited;
    expect(code).toBe(0);
    expect(isRunning(only!.pid)).toBe(false);
    expect(manager.lines("shard process exited")).toMatchObject([{ process: 0, shards: [0, 1], pid: only!.pid, code: 0, respawning: false }]);
    expect(manager.stderr()).not.toContain(FAKE_TOKEN);
  });
});

describe("npm start with SHARD_COUNT=4 and SHARDS_PER_PROCESS=2", () => {
  const guilds = [0, 1, 2, 3].map((shard) => guildIdForShard(shard, 4));
  let standIn: DiscordStandIn;
  let cacheDir: string;
  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), "shard-cache-"));
    standIn = await startDiscordStandIn({ applicationId: APPLICATION_ID, guildId: guilds[0]!, otherGuildIds: guilds.slice(1), shards: 1, maxConcurrency: 16 });
  });
  afterAll(async () => {
    await standIn?.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it("runs two processes of two shards, each answering its own, reloading on SIGHUP, one restarted after a crash", { timeout: 150_000 }, async () => {
    const manager = startManager(standIn, cacheDir, { SHARD_COUNT: "4", SHARDS_PER_PROCESS: "2" });
    await allReady(manager, { shards: 4, processes: 2 });
    expect(manager.lines("starting shards")).toMatchObject([{ shards: 4, requested: 4, perProcess: 2, processes: 2, spawnDelayMs: 688 }]);
    expect(manager.spawned().map(({ process: index, shards }) => ({ process: index, shards }))).toEqual([
      { process: 0, shards: [0, 1] },
      { process: 1, shards: [2, 3] },
    ]);
    expect([...standIn.identifies].sort(byShard)).toEqual([0, 1, 2, 3].map((shard) => ({ intents: 1, shard: [shard, 4] })));
    // One index per process: the first builds it, the second starts from the cache the first wrote.
    const processesOf = (msg: string) => manager.lines(msg).map((line) => line.shards);
    expect({ built: processesOf("knowledge built"), fromCache: processesOf("knowledge loaded from cache") }).toEqual({ built: [[0, 1]], fromCache: [[2, 3]] });

    const ask = asker(standIn);
    const answers = [];
    for (const guildId of guilds) answers.push(await ask(guildId));
    expectCourse23rd(answers[0]!);
    expect(answers.slice(1)).toEqual([answers[0], answers[0], answers[0]]);
    await vi.waitFor(
      () =>
        expect(manager.lines("interaction").map((line) => ({ shards: line.shards, shard: line.shard })).sort(byShardField)).toEqual([
          { shards: [0, 1], shard: 0 },
          { shards: [0, 1], shard: 1 },
          { shards: [2, 3], shard: 2 },
          { shards: [2, 3], shard: 3 },
        ]),
      eventually,
    );

    // SIGHUP to the manager reloads the knowledge of every process (unchanged files: nothing rebuilt).
    manager.child.kill("SIGHUP");
    await vi.waitFor(() => expect(processesOf("knowledge unchanged; reload skipped").sort()).toEqual([[0, 1], [2, 3]]), eventually);

    // A process that crashes is started again with the same shards and takes its servers back.
    const [, second] = manager.spawned();
    process.kill(second!.pid, "SIGKILL");
    await vi.waitFor(() => expect(manager.spawned()).toHaveLength(3), { timeout: START_TIMEOUT_MS, interval: 100 });
    await standIn.waitForIdentifies(6);
    expect(manager.spawned()[2]).toEqual({ process: 1, shards: [2, 3], pid: expect.any(Number) });
    expect(manager.lines("shard process exited")).toMatchObject([{ level: 50, process: 1, shards: [2, 3], pid: second!.pid, code: null, signal: "SIGKILL", respawning: true }]);
    expect(standIn.identifies.slice(4).sort(byShard)).toEqual([
      { intents: 1, shard: [2, 4] },
      { intents: 1, shard: [3, 4] },
    ]);
    expect(await ask(guilds[3]!)).toEqual(answers[0]);

    manager.child.kill("SIGTERM");
    const [code] = await manager.exited;
    expect(code).toBe(0);
    expect(manager.spawned().map((s) => s.pid).filter(isRunning)).toEqual([]);
    expect(
      manager
        .lines("shard process exited")
        .slice(1)
        .map(({ process: index, code: exitCode, respawning }) => ({ process: index, exitCode, respawning }))
        .sort((a, b) => Number(a.process) - Number(b.process)),
    ).toEqual([
      { process: 0, exitCode: 0, respawning: false },
      { process: 1, exitCode: 0, respawning: false },
    ]);
  });
});

describe("npm start with shards, and Discord refusing one of them (4014) after READY", () => {
  let standIn: DiscordStandIn;
  let cacheDir: string;
  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), "shard-cache-"));
    standIn = await startDiscordStandIn({ applicationId: APPLICATION_ID, guildId: GUILD_ID, otherGuildIds: [OTHER_GUILD_ID], shards: 1, maxConcurrency: 16 });
  });
  afterAll(async () => {
    await standIn?.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it("does not start the refused process again: every process stops and the manager exits 1", { timeout: 120_000 }, async () => {
    const manager = startManager(standIn, cacheDir, { SHARD_COUNT: "2", SHARDS_PER_PROCESS: "1" });
    await allReady(manager, { shards: 2, processes: 2 });
    const spawned = manager.spawned();
    expect(spawned.map((s) => s.shards)).toEqual([[0], [1]]);

    standIn.closeGateway(4014, 1);
    // Bounded, so that a manager that starts the process again (a restart loop) fails here, saying so.
    await vi.waitFor(() => expect({ exitCode: manager.child.exitCode, spawned: manager.spawned().length }).toEqual({ exitCode: 1, spawned: 2 }), eventually);
    expect(logLines(manager.stderr()).filter((line) => line.level === 60)).toMatchObject([
      { shards: [1], shard: 1, code: 4014, codeName: "DisallowedIntents", msg: "Discord closed the gateway with 4014 (DisallowedIntents) and it cannot be resumed; exiting" },
    ]);
    const exits = manager.lines("shard process exited").map(({ process: index, code: exitCode, respawning }) => ({ process: index, exitCode, respawning }));
    expect(exits).toEqual([
      { process: 1, exitCode: 78, respawning: false },
      { process: 0, exitCode: 0, respawning: false },
    ]);
    expect(manager.lines("a shard process cannot run; stopping all shards")).toMatchObject([
      {
        level: 50,
        reason: "Discord refused the gateway connection of shard process 1 (shard 1) (the process logged the close code): a configuration error that a restart would repeat",
      },
    ]);
    // Nothing started again, nothing left running.
    expect(manager.spawned()).toEqual(spawned);
    expect(standIn.identifies).toHaveLength(2);
    expect(spawned.map((s) => s.pid).filter(isRunning)).toEqual([]);
  });
});

describe("npm start with SHARD_COUNT=1, and the manager killed outright", () => {
  let standIn: DiscordStandIn;
  let cacheDir: string;
  beforeAll(async () => {
    cacheDir = await mkdtemp(join(tmpdir(), "shard-cache-"));
    standIn = await startDiscordStandIn({ applicationId: APPLICATION_ID, guildId: GUILD_ID, shards: 1, maxConcurrency: 1 });
  });
  afterAll(async () => {
    await standIn?.close();
    await rm(cacheDir, { recursive: true, force: true });
  });

  it("leaves no shard process behind: it stops by itself once the manager is gone", { timeout: 120_000 }, async () => {
    const manager = startManager(standIn, cacheDir, { SHARD_COUNT: "1" });
    await allReady(manager, { shards: 1, processes: 1 });
    const [only] = manager.spawned();
    manager.child.kill("SIGKILL");
    await manager.exited;
    await vi.waitFor(() => expect(isRunning(only!.pid)).toBe(false), eventually);
    expect(manager.lines("shard process shutting down")).toMatchObject([{ shards: [0], reason: "manager gone" }]);
  });
});

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}

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
