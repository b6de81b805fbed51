// Memory of one shard process running 1 and 4 shards, against the local Discord stand-in (127.0.0.1):
// what a machine needs per process now that the shards of a process share one knowledge index. Run by
// `npm run bench` after each corpus size, or alone:
//   tsx bench/shards.ts [--size 10k] [--shards 1,4] [--seed N]
// Each figure is from a fresh process (bench/shard-process.ts, bundled, run with plain node) doing what
// src/discord/shard.ts does: open the knowledge store (from the on-disk cache, which a first, building
// process writes), log in with SHARDS and SHARD_COUNT, answer one /course in each of four servers (one
// per shard with 4 shards, all on shard 0 with 1), then report its peak RSS, its RSS now and its heap
// after a full GC.
import { fork } from "node:child_process";
import { once } from "node:events";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { codeVersion } from "../src/snapshot/cache.js";
import { APPLICATION_ID, FAKE_TOKEN } from "../test/support/bot-harness.js";
import { guildIdForShard, startDiscordStandIn } from "../test/support/discord-stand-in.js";
import { chatInput, snowflakes, text } from "../test/support/interactions.js";
import { generateCorpus } from "./generate.js";
import type { ShardMemory, ShardProcessReport, ShardProcessRequest } from "./shard-process.js";

const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH_DIR);
const SIZES: Record<string, number> = { "1k": 1_000, "10k": 10_000, "100k": 100_000 };
/** The stand-in's servers: one per shard at the largest shard count measured. */
const SERVERS = 4;
const DEFAULT_SHARDS = [1, 4];
const DEFAULT_SEED = 20_211_223;
const CHILD_TIMEOUT_MS = 30 * 60 * 1000;

export interface ShardOutcome {
  label: string;
  passages: number;
  /** The process that built the knowledge and wrote the cache (1 shard), then one per shard count, from the cache. */
  building?: ShardMemory;
  fromCache: ShardMemory[];
  error?: string;
}

/** bench/shard-process.ts bundled as scripts/build.ts bundles the bot (our code in one file, packages
 *  from node_modules, the code version that keys the cache fixed in), into node_modules/.cache so that
 *  its package imports resolve; run with plain node like dist/shard.js. */
async function bundleShardProcess(): Promise<string> {
  const { build } = await import("esbuild");
  const outfile = path.join(ROOT, "node_modules", ".cache", "wp-bench-shards", `shard-process-${process.pid}.mjs`);
  await build({
    absWorkingDir: ROOT,
    entryPoints: [path.join(BENCH_DIR, "shard-process.ts")],
    outfile,
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    logLevel: "warning",
    define: { __CODE_VERSION__: JSON.stringify(await codeVersion()) },
  });
  return outfile;
}

/** One fresh shard process with `shards` shards: started, asked once in every server, measured, stopped. */
async function measureProcess(entry: string, knowledgeDir: string, cacheDir: string, shards: number): Promise<ShardMemory> {
  const guilds = Array.from({ length: SERVERS }, (_, i) => guildIdForShard(i, SERVERS));
  const standIn = await startDiscordStandIn({ applicationId: APPLICATION_ID, guildId: guilds[0]!, otherGuildIds: guilds.slice(1), shards, maxConcurrency: 16 });
  const proc = fork(entry, [knowledgeDir, cacheDir, standIn.apiUrl, FAKE_TOKEN, String(shards)], { execArgv: ["--expose-gc"], timeout: CHILD_TIMEOUT_MS });
  try {
    const next = async <T extends ShardProcessReport["type"]>(type: T): Promise<Extract<ShardProcessReport, { type: T }>> => {
      const exited = once(proc, "exit").then(([code]) => {
        throw new Error(`the shard process exited with code ${code} before it sent "${type}"`);
      });
      const message = new Promise<Extract<ShardProcessReport, { type: T }>>((resolve) => {
        const onMessage = (report: ShardProcessReport) => {
          if (report.type !== type) return;
          proc.off("message", onMessage);
          resolve(report as Extract<ShardProcessReport, { type: T }>);
        };
        proc.on("message", onMessage);
      });
      exited.catch(() => undefined);
      return Promise.race([message, exited]);
    };
    await next("ready");
    const nextId = snowflakes();
    for (const guildId of guilds) {
      const id = nextId();
      standIn.dispatchToGuild(guildId, "INTERACTION_CREATE", chatInput({ applicationId: APPLICATION_ID, guildId }, id, "course", [text("course", "1st")]));
      await standIn.waitForCallback(id);
    }
    const measured = next("memory");
    proc.send({ type: "measure" } satisfies ShardProcessRequest);
    const { type: _type, ...memory } = await measured;
    return memory;
  } finally {
    const exited = once(proc, "exit");
    if (proc.exitCode === null && proc.signalCode === null) {
      proc.disconnect();
      await exited;
    }
    await standIn.close();
  }
}

/** Writes a generated corpus of `passages` into a fresh folder (the same corpus as bench/run.ts's for the seed). */
async function writeCorpus(label: string, passages: number, seed: number): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `wp-bench-shards-${label}-`));
  await fs.mkdir(path.join(dir, "knowledge"));
  for (const generated of generateCorpus({ passages, seed }).documents) await fs.writeFile(path.join(dir, "knowledge", generated.file), generated.text);
  return dir;
}

/** The building process, then a process from the cache per shard count. */
export async function measureShards(label: string, seed: number, shardCounts: readonly number[] = DEFAULT_SHARDS, log = (line: string) => console.log(`[${label}] ${line}`)): Promise<ShardOutcome> {
  const passages = SIZES[label]!;
  const dir = await writeCorpus(label, passages, seed);
  const knowledgeDir = path.join(dir, "knowledge");
  const cacheDir = path.join(dir, "cache");
  const outcome: ShardOutcome = { label, passages, fromCache: [] };
  let entry: string | undefined;
  try {
    entry = await bundleShardProcess();
    log("shards: building process (1 shard, writes the cache)");
    outcome.building = await measureProcess(entry, knowledgeDir, cacheDir, 1);
    for (const shards of shardCounts) {
      log(`shards: ${shards} in one process, from the cache`);
      const memory = await measureProcess(entry, knowledgeDir, cacheDir, shards);
      if (memory.source !== "cache") throw new Error(`the process with ${shards} shards did not start from the cache`);
      outcome.fromCache.push(memory);
    }
  } catch (error) {
    outcome.error = error instanceof Error ? error.message : String(error);
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
    if (entry) await fs.rm(entry, { force: true });
  }
  return outcome;
}

const mb = (value: number) => `${Math.round(value).toLocaleString("en-US")} MB`;

/** The report section: memory per process, with the shard count beside it. */
export function formatShards(outcomes: readonly ShardOutcome[]): string {
  if (outcomes.length === 0) return "";
  const rows = outcomes.flatMap((o) => {
    if (o.error !== undefined && !o.building) return [`| ${o.passages.toLocaleString("en-US")} | – | not measured: ${o.error} | | |`];
    const building = o.building ? [`| ${o.passages.toLocaleString("en-US")} | 1 (building, no cache) | ${mb(o.building.rssPeakMb)} | ${mb(o.building.rssMb)} | ${mb(o.building.heapUsedMb)} |`] : [];
    const cached = o.fromCache.map((m) => `| ${o.passages.toLocaleString("en-US")} | ${m.shards} (from the cache) | ${mb(m.rssPeakMb)} | ${mb(m.rssMb)} | ${mb(m.heapUsedMb)} |`);
    return [...building, ...cached, ...(o.error !== undefined ? [`| ${o.passages.toLocaleString("en-US")} | – | failed after that: ${o.error} | | |`] : [])];
  });
  return [
    "",
    "## Shards in one process",
    "",
    "Memory of one shard process (`bench/shards.ts`): each line a fresh process doing the start-up of `src/discord/shard.ts`",
    "(bundled, plain node) against the local Discord stand-in, after it answered one `/course` in each of four servers.",
    "The shards of a process share its one knowledge index.",
    "",
    "| passages | shards in the process | peak RSS | RSS after answering | heap after GC |",
    "| ---: | --- | ---: | ---: | ---: |",
    ...rows,
    "",
  ].join("\n");
}

function parseArgs(argv: readonly string[]): { size: string; shards: number[]; seed: number } {
  const args = { size: "10k", shards: DEFAULT_SHARDS, seed: DEFAULT_SEED };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === "--size") args.size = argv[++i] ?? "";
    else if (argv[i] === "--shards") args.shards = (argv[++i] ?? "").split(",").map(Number);
    else if (argv[i] === "--seed") args.seed = Number(argv[++i]);
    else throw new Error(`bench/shards.ts: unknown argument ${argv[i]}`);
  }
  if (!(args.size in SIZES)) throw new Error(`bench/shards.ts: --size takes one of ${Object.keys(SIZES).join(", ")}`);
  if (!args.shards.every((n) => Number.isInteger(n) && n >= 1 && n <= SERVERS)) throw new Error(`bench/shards.ts: --shards takes counts from 1 to ${SERVERS}`);
  return args;
}

// Only when run as a script, not when bench/run.ts imports it.
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const args = parseArgs(process.argv.slice(2));
  const outcome = await measureShards(args.size, args.seed, args.shards);
  console.log(formatShards([outcome]));
  console.log(JSON.stringify(outcome));
  if (outcome.error !== undefined) process.exitCode = 1;
}
