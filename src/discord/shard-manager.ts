// Past one process: `npm start` with SHARD_COUNT runs this manager, which forks processes of up to
// SHARDS_PER_PROCESS shards each (src/discord/shard.ts). A process runs its shards in one discord.js
// client (internal sharding: the client's `shards` and `shardCount` options) and holds one knowledge
// index that all of them answer from. The manager only counts the shards, starts the processes one
// after another at the pace Discord allows, logs what happens to them, starts again one that crashes
// (never one whose gateway connection Discord refused: that is a configuration error a restart would
// only repeat), passes SIGHUP (reload) on to them, and takes them down with it on SIGINT/SIGTERM.
//
// Not discord.js's ShardingManager: each of its shards is one process with one shard id, so every
// shard held its own copy of the index.
import { fork, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { setTimeout as sleep } from "node:timers/promises";
import { fileURLToPath } from "node:url";
import { REST, Routes, type RESTGetAPIGatewayBotResult } from "discord.js";
import { runningFromDist } from "../build-info.js";
import { DEFAULT_SHARDS_PER_PROCESS, type DiscordConfig, type ShardingConfig } from "../config.js";
import type { Logger } from "../logger.js";
import { IDENTIFY_INTERVAL_MS } from "./bot.js";
import { describeLoginError } from "./login-error.js";
import { EXIT_GATEWAY_REFUSED, isShardsReadyMessage } from "./shard-protocol.js";

/** A process loads and indexes its knowledge before it connects; without a cache that took 27 s at 10k
 *  passages on this 2-core machine (bench/results.md) and grows with the corpus, and its shards then
 *  identify one after another. Still finite: a hung process is caught. */
const SHARD_READY_TIMEOUT_MS = 600_000;
/** How long a process gets to close its gateway connections on shutdown before it is killed. */
const SHARD_EXIT_GRACE_MS = 10_000;
/** From dist/ (the production build) a shard process is dist/shard.js beside dist/main.js, with source
 *  maps; from source (tests, development) it is shard.ts beside this file, run through tsx's loader. */
const SHARD_FILE = fileURLToPath(new URL(runningFromDist ? "./shard.js" : "./shard.ts", import.meta.url));
const SHARD_EXEC_ARGV = runningFromDist ? ["--enable-source-maps"] : ["--import", "tsx"];

export interface ShardPlan {
  totalShards: number;
  /** The shard ids of each process, in start order: consecutive ids, at most SHARDS_PER_PROCESS per process. */
  processes: readonly (readonly number[])[];
  /** Pause between one process being ready and the next one starting, so that no identify bucket sees
   *  two sessions within 5 s. */
  spawnDelayMs: number;
}

/** How many shards to run, in which processes, and how fast to start them, from SHARD_COUNT,
 *  SHARDS_PER_PROCESS and GET /gateway/bot. */
export function planShards(
  sharding: Pick<ShardingConfig, "count" | "perProcess">,
  gateway: Pick<RESTGetAPIGatewayBotResult, "shards" | "session_start_limit">,
): ShardPlan {
  const totalShards = sharding.count === "auto" ? Math.max(1, gateway.shards) : sharding.count;
  const perProcess = Math.min(sharding.perProcess, totalShards);
  const processes = Array.from({ length: Math.ceil(totalShards / perProcess) }, (_, p) =>
    Array.from({ length: Math.min(perProcess, totalShards - p * perProcess) }, (_, i) => p * perProcess + i),
  );
  // Shard i identifies in bucket i % max_concurrency. A process's shards are consecutive, so a bucket
  // comes round again floor(max_concurrency / perProcess) processes later (the very next one when
  // that is 0 or 1); those starts share the 5.5 s. Within a process discord.js paces its own shards.
  const maxConcurrency = Math.max(1, gateway.session_start_limit.max_concurrency);
  const processesPerInterval = Math.max(1, Math.floor(maxConcurrency / perProcess));
  return { totalShards, processes, spawnDelayMs: Math.ceil(IDENTIFY_INTERVAL_MS / processesPerInterval) };
}

/** GET /gateway/bot through DISCORD_API_URL when set (an API proxy, the test stand-in), not discord.com. */
export async function fetchGatewayBot(discord: Pick<DiscordConfig, "token" | "apiUrl">): Promise<RESTGetAPIGatewayBotResult> {
  const rest = new REST({ ...(discord.apiUrl && { api: discord.apiUrl }) }).setToken(discord.token);
  return (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
}

export interface ShardFleet {
  plan: ShardPlan;
  /** Resolves once every process has reported all its shards ready; rejects when one cannot start. */
  ready: Promise<void>;
  /** Resolves, with the reason, once the shards cannot go on: a process that exited or hung before it
   *  was ready (at the start or when started again), or one whose gateway connection Discord refused.
   *  Never rejects. */
  failed: Promise<Error>;
  /** Whether stop() has been called (a process failing after that is the shutdown, not an error). */
  stopping(): boolean;
  /** Starts nothing more, sends every process SIGTERM and waits until each has exited (SIGKILL after a grace period). */
  stop(): Promise<void>;
  /** Sends `signal` to every process that is ready (one still starting reads the current files anyway,
   *  and until it has installed its handlers a SIGHUP would end it). */
  forward(signal: NodeJS.Signals): void;
}

interface Slot {
  index: number;
  shards: readonly number[];
  log: Logger;
  /** The running process, if any, and whether it has reported ready. */
  child?: ChildProcess;
  ready: boolean;
}

/** Counts the shards, then starts the processes; `ready` tells when they are all up. */
export async function startShardManager(discord: DiscordConfig, logger: Logger): Promise<ShardFleet> {
  const sharding = discord.sharding ?? { count: "auto", perProcess: DEFAULT_SHARDS_PER_PROCESS };
  const gateway = await fetchGatewayBot(discord).catch((error: unknown) => {
    throw describeLoginError(error) ?? error;
  });
  const plan = planShards(sharding, gateway);
  let stopping = false;
  let fail: (error: Error) => void = () => undefined;
  const failed = new Promise<Error>((resolve) => (fail = resolve));
  const restarts = new Set<NodeJS.Timeout>();
  const slots: Slot[] = plan.processes.map((shards, index) => ({ index, shards, log: logger.child({ process: index, shards }), ready: false }));
  const name = (slot: Slot) => `shard process ${slot.index} (shard${slot.shards.length === 1 ? "" : "s"} ${slot.shards.join(", ")})`;

  /** Forks the slot's process; resolves once it reports ready, rejects when it exits or hangs first. */
  const start = (slot: Slot): Promise<void> => {
    const child = fork(SHARD_FILE, [], {
      env: { ...process.env, SHARDS: JSON.stringify(slot.shards), SHARD_COUNT: String(plan.totalShards) },
      execArgv: SHARD_EXEC_ARGV,
    });
    slot.child = child;
    slot.ready = false;
    slot.log.info({ pid: child.pid }, "shard process spawned");
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`${name(slot)} was not ready within ${SHARD_READY_TIMEOUT_MS / 1000} s`));
        child.kill("SIGKILL");
      }, SHARD_READY_TIMEOUT_MS);
      child.on("message", (message) => {
        if (!isShardsReadyMessage(message) || slot.ready) return;
        clearTimeout(timer);
        slot.ready = true;
        slot.log.info({ pid: child.pid }, "shard process ready");
        resolve();
      });
      child.once("error", (error) => {
        clearTimeout(timer);
        reject(new Error(`${name(slot)} could not be started: ${error.message}`));
      });
      child.once("exit", (code, signal) => {
        clearTimeout(timer);
        reject(new Error(`${name(slot)} exited (code ${code}, signal ${signal}) before it was ready`));
      });
    });
    child.once("exit", (code, signal) => onExit(slot, child, code, signal));
    return ready;
  };

  const onExit = (slot: Slot, child: ChildProcess, code: number | null, signal: NodeJS.Signals | null) => {
    const wasReady = slot.child === child && slot.ready;
    if (slot.child === child) {
      slot.child = undefined;
      slot.ready = false;
    }
    const fields = { pid: child.pid, code, signal };
    if (stopping) return slot.log.info({ ...fields, respawning: false }, "shard process exited");
    // Before ready, `start` has already rejected: the fleet fails with that reason.
    if (!wasReady) return slot.log.error({ ...fields, respawning: false }, "shard process exited");
    if (code === EXIT_GATEWAY_REFUSED) {
      slot.log.error({ ...fields, respawning: false }, "shard process exited");
      return fail(new Error(`Discord refused the gateway connection of ${name(slot)} (the process logged the close code): a configuration error that a restart would repeat`));
    }
    // A crash or a kill after READY: started again after the identify pause, from the shared cache.
    slot.log.error({ ...fields, respawning: true }, "shard process exited");
    const timer = setTimeout(() => {
      restarts.delete(timer);
      if (!stopping) start(slot).catch(fail);
    }, plan.spawnDelayMs);
    restarts.add(timer);
  };

  logger.info(
    { shards: plan.totalShards, requested: sharding.count, perProcess: sharding.perProcess, processes: plan.processes.length, spawnDelayMs: plan.spawnDelayMs },
    "starting shards",
  );
  const ready = (async () => {
    for (const slot of slots) {
      if (stopping) return;
      if (slot.index > 0) await sleep(plan.spawnDelayMs);
      if (stopping) return;
      await start(slot);
    }
    logger.info({ shards: plan.totalShards, processes: slots.length }, "all shards ready");
  })();
  // A process that cannot start fails the fleet; observed here, so never an unhandled rejection.
  ready.catch((error: unknown) => fail(error instanceof Error ? error : new Error(String(error))));

  return {
    plan,
    ready,
    failed,
    stopping: () => stopping,
    async stop() {
      stopping = true;
      for (const timer of restarts) clearTimeout(timer);
      restarts.clear();
      await Promise.all(slots.flatMap((slot) => (slot.child ? [terminate(slot.child)] : [])));
    },
    forward(signal) {
      for (const slot of slots) if (slot.ready) slot.child?.kill(signal);
    },
  };
}

async function terminate(child: ChildProcess): Promise<void> {
  const exited = once(child, "exit");
  if (child.exitCode !== null || child.signalCode !== null) return;
  child.kill("SIGTERM");
  const killer = setTimeout(() => child.kill("SIGKILL"), SHARD_EXIT_GRACE_MS);
  await exited;
  clearTimeout(killer);
}

/** `npm start` with SHARD_COUNT set: runs the shard processes until SIGINT/SIGTERM, then exits 0 once all
 *  have exited. A process that cannot start, or that Discord refused, takes the others down and the
 *  manager exits 1, so that a supervisor restarts cleanly (with its own back-off). */
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
  // SIGHUP reloads the knowledge: every process holds its own index, so every process reloads.
  process.on("SIGHUP", () => {
    logger.info({ processes: fleet.plan.processes.length }, "SIGHUP: forwarding to every shard process");
    fleet.forward("SIGHUP");
  });
  void fleet.failed.then((error) => {
    if (fleet.stopping()) return;
    // An expected failure, already explained by the process's own lines: the reason, not a stack.
    logger.error({ reason: error.message }, "a shard process cannot run; stopping all shards");
    void shutdown(1);
  });
}
