// One measured shard process for bench/shards.ts, bundled by it like the production build and run with
// plain node --expose-gc (tsx's loader alone holds tens of MB of heap, which production does not
// have): src/discord/shard.ts's start-up with the environment given on the command line (the knowledge
// store, from the on-disk cache when valid, watched; one client running shards 0…n-1), then, on request,
// its peak RSS, its RSS now and its heap after a full GC.
//   node --expose-gc shard-process.mjs <knowledge dir> <cache dir> <stand-in API URL> <token> <shards>
import { Writable } from "node:stream";
import { loadConfig } from "../src/config.js";
import type { AppContext } from "../src/context.js";
import { startBot } from "../src/discord/bot.js";
import { createLogger } from "../src/logger.js";
import { openSnapshotStore } from "../src/snapshot/store.js";

const MB = 1024 * 1024;

/** What the process reports, once it has answered in every server. */
export interface ShardMemory {
  shards: number;
  source: "cache" | "built";
  rssPeakMb: number;
  rssMb: number;
  heapUsedMb: number;
}

export type ShardProcessRequest = { type: "measure" };
export type ShardProcessReport = { type: "ready"; source: ShardMemory["source"] } | ({ type: "memory" } & ShardMemory);

async function main(): Promise<void> {
  const [knowledgeDir, cacheDir, apiUrl, token, count] = process.argv.slice(2) as [string, string, string, string, string];
  const shards = Number(count);
  const config = loadConfig({
    DISCORD_TOKEN: token,
    DISCORD_API_URL: apiUrl,
    SHARD_COUNT: String(shards),
    SHARDS: JSON.stringify(Array.from({ length: shards }, (_, i) => i)),
    KNOWLEDGE_DIR: knowledgeDir,
    KNOWLEDGE_CACHE_DIR: cacheDir,
    RATE_LIMIT_COMMANDS: "0",
    LOG_LEVEL: "info",
  });
  // Log lines are kept, not printed: they say whether the knowledge came from the cache.
  const lines: string[] = [];
  const logger = createLogger("info", new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(String(chunk)), done()) }));
  const store = await openSnapshotStore(config.knowledgeDir, { logger, ...(config.knowledgeCacheDir !== undefined && { cacheDir: config.knowledgeCacheDir }) });
  const stopWatching = store.watch();
  const ctx: AppContext = { config, logger, knowledge: () => store.current() };
  const bot = await startBot(ctx);
  const source = lines.some((line) => line.includes('"msg":"knowledge loaded from cache"')) ? "cache" : "built";
  const send = (report: ShardProcessReport) => process.send?.(report);
  process.on("message", (request: ShardProcessRequest) => {
    if (request.type !== "measure") return;
    (globalThis as { gc?: () => void }).gc?.();
    const memory = process.memoryUsage();
    send({ type: "memory", shards, source, rssPeakMb: process.resourceUsage().maxRSS / 1024, rssMb: memory.rss / MB, heapUsedMb: memory.heapUsed / MB });
  });
  process.once("disconnect", () => {
    stopWatching();
    void bot.stop().then(() => process.exit(0));
  });
  send({ type: "ready", source });
}

await main();
