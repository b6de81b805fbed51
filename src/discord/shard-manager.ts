// Past one process: discord.js's ShardingManager forks one child per shard (src/discord/shard.ts), each
// with its own client and its own knowledge index. The manager only counts shards, spawns them at the
// pace Discord allows, logs what happens to them, passes SIGHUP (reload) on to them, and takes them
// down with it on SIGINT/SIGTERM.
import type { ChildProcess } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import type { Worker } from "node:worker_threads";
import { REST, Routes, ShardingManager, type RESTGetAPIGatewayBotResult } from "discord.js";
import { runningFromDist } from "../build-info.js";
import type { DiscordConfig } from "../config.js";
import type { Logger } from "../logger.js";

/** Discord starts at most one session per identify bucket every 5 s; the extra 0.5 s is discord.js's margin. */
const IDENTIFY_INTERVAL_MS = 5_500;
/** A shard loads and indexes its own knowledge before it connects; without a cache that took 27 s at 10k
 *  passages on this 2-core machine (bench/results.md) and grows with the corpus, so discord.js's default
 *  of 30 s would fail the first shard of a big knowledge folder. Still finite: a hung shard is caught. */
const SHARD_READY_TIMEOUT_MS = 600_000;
/** How long a shard gets to close its gateway connection on shutdown before it is killed. */
const SHARD_EXIT_GRACE_MS = 10_000;
/** From dist/ (the production build) a shard is dist/shard.js beside dist/main.js, with source maps;
 *  from source (tests, development) it is shard.ts beside this file, run through tsx's loader. */
const SHARD_FILE = fileURLToPath(new URL(runningFromDist ? "./shard.js" : "./shard.ts", import.meta.url));
const SHARD_EXEC_ARGV = runningFromDist ? ["--enable-source-maps"] : ["--import", "tsx"];

export interface ShardPlan {
  totalShards: number;
  /** Pause between two shards' starts, so that no identify bucket sees two sessions within 5 s. */
  spawnDelayMs: number;
}

/** How many shards to run and how fast to start them, from SHARD_COUNT and GET /gateway/bot. */
export function planShards(count: number | "auto", gateway: Pick<RESTGetAPIGatewayBotResult, "shards" | "session_start_limit">): ShardPlan {
  const totalShards = count === "auto" ? Math.max(1, gateway.shards) : count;
  // Shards are spawned one after another and shard i identifies in bucket i % max_concurrency, so
  // consecutive members of one bucket start max_concurrency spawns apart.
  const maxConcurrency = Math.max(1, gateway.session_start_limit.max_concurrency);
  return { totalShards, spawnDelayMs: Math.ceil(IDENTIFY_INTERVAL_MS / maxConcurrency) };
}

/** GET /gateway/bot through DISCORD_API_URL when set. ShardingManager's own "auto" count cannot be used:
 *  discord.js 14.28's fetchRecommendedShardCount always asks discord.com (a custom API URL for it only
 *  arrived in discord.js PR #11471), which would bypass an API proxy and the test stand-in. */
export async function fetchGatewayBot(discord: Pick<DiscordConfig, "token" | "apiUrl">): Promise<RESTGetAPIGatewayBotResult> {
  const rest = new REST({ ...(discord.apiUrl && { api: discord.apiUrl }) }).setToken(discord.token);
  return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
}

export interface ShardFleet {
  manager: ShardingManager;
  plan: ShardPlan;
  /** Resolves once every shard is ready; rejects when one dies or times out before that. */
  ready: Promise<void>;
  /** Whether stop() has been called (a spawn failing after that is the shutdown, not an error). */
  stopping(): boolean;
  /** Stops respawning, sends every shard SIGTERM and waits until each has exited (SIGKILL after a grace period). */
  stop(): Promise<void>;
  /** Sends `signal` to every running shard process. */
  forward(signal: NodeJS.Signals): void;
}

/** Counts the shards, then starts spawning them; `ready` tells when they are all up. */
export async function startShardManager(discord: DiscordConfig, logger: Logger): Promise<ShardFleet> {
  const plan = planShards(discord.sharding?.count ?? "auto", await fetchGatewayBot(discord));
  let stopping = false;
  const manager = new ShardingManager(SHARD_FILE, {
    totalShards: plan.totalShards,
    token: discord.token,
    execArgv: SHARD_EXEC_ARGV,
    mode: "process",
    // A shard that crashes after start-up is forked again by discord.js; every death is logged below.
    respawn: true,
  });
  manager.on("shardCreate", (shard) => {
    const log = logger.child({ shard: shard.id });
    shard.on("spawn", (child: ChildProcess | Worker) => log.info("threadId" in child ? { threadId: child.threadId } : { pid: child.pid }, "shard spawned"));
    shard.on("ready", () => log.info("shard ready"));
    // A shard closing its connection on shutdown reports these too: only worth a warning before that.
    shard.on("disconnect", () => log[stopping ? "debug" : "warn"]("shard disconnected"));
    shard.on("reconnecting", () => log[stopping ? "debug" : "info"]("shard reconnecting"));
    shard.on("death", (child: ChildProcess | Worker) => log[stopping ? "info" : "error"]({ ...describe(child), respawning: manager.respawn }, "shard exited"));
    shard.on("error", (error: Error) => log[stopping ? "debug" : "error"]({ err: error }, "shard error"));
  });

  logger.info({ shards: plan.totalShards, requested: discord.sharding?.count ?? "auto", spawnDelayMs: plan.spawnDelayMs }, "starting shards");
  const ready = manager.spawn({ amount: plan.totalShards, delay: plan.spawnDelayMs, timeout: SHARD_READY_TIMEOUT_MS }).then(() => {
    logger.info({ shards: plan.totalShards }, "all shards ready");
  });
  // Observed here so that a failure during shutdown is never an unhandled rejection; callers still see it.
  ready.catch(() => undefined);

  return {
    manager,
    plan,
    ready,
    stopping: () => stopping,
    async stop() {
      stopping = true;
      manager.respawn = false;
      const children = [...manager.shards.values()].flatMap((shard) => (shard.process ? [shard.process] : []));
      await Promise.all(children.map(terminate));
    },
    forward(signal) {
      for (const shard of manager.shards.values()) shard.process?.kill(signal);
    },
  };
}

/** What to log about a shard's process when it exits (always a process here: mode "process"). */
function describe(child: ChildProcess | Worker): Record<string, unknown> {
  return "threadId" in child ? { threadId: child.threadId } : { pid: child.pid, code: child.exitCode, signal: child.signalCode };
}

async function terminate(child: ChildProcess): Promise<void> {
  const exited = once(child, "exit");
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const killer = setTimeout(() => child.kill("SIGKILL"), SHARD_EXIT_GRACE_MS);
  await exited;
  clearTimeout(killer);
}

/** `npm start` with SHARD_COUNT set: runs the shards until SIGINT/SIGTERM, then exits 0 once all have
 *  exited. A shard that cannot start takes the others down and exits 1, so a supervisor restarts cleanly. */
export async function runShardManager(discord: DiscordConfig, logger: Logger): Promise<void> {
  const fleet = await startShardManager(discord, logger);
  const shutdown = (code: number) =>
    fleet.stop().then(
      () => process.exit(code),
      (error: unknown) => {
        logger.error({ err: error }, "error during shutdown");
        process.exit(1);
      },
    );
  const onSignal = (signal: string) => {
    logger.info({ signal }, "shutting down");
    void shutdown(0);
  };
  process.once("SIGINT", onSignal);
  process.once("SIGTERM", onSignal);
  // SIGHUP reloads the knowledge: every shard holds its own, so every shard reloads.
  process.on("SIGHUP", () => {
    logger.info({ shards: fleet.manager.shards.size }, "SIGHUP: forwarding to every shard");
    fleet.forward("SIGHUP");
  });
  fleet.ready.catch((error: unknown) => {
    if (fleet.stopping()) return;
    logger.error({ err: error }, "a shard did not start; stopping all shards");
    void shutdown(1);
  });
}
