// One shard process, forked by src/discord/shard-manager.ts: its own configuration (the manager's
// environment plus SHARDS, the ids of the shards it runs, and SHARD_COUNT, which the manager sets), one
// knowledge store (from the shared on-disk cache when valid, reloaded on file changes or on the SIGHUP
// the manager forwards), and one client that runs all its shards and answers every one of them from
// that store. It tells the manager once all its shards are ready. It stops on SIGINT/SIGTERM, and also
// when the manager goes away (the IPC channel closes), so that a manager killed outright leaves no
// shard behind. A gateway connection Discord refused for good exits with EXIT_GATEWAY_REFUSED, which
// the manager does not restart.
import { ConfigError, loadConfig } from "../config.js";
import type { AppContext } from "../context.js";
import { KnowledgeDirError } from "../knowledge/load.js";
import { openSnapshotStore, type SnapshotStore } from "../snapshot/store.js";
import { guardProcess } from "../lifecycle.js";
import { createLogger } from "../logger.js";
import { startBot, type Bot } from "./bot.js";
import { LoginError } from "./login-error.js";
import { EXIT_GATEWAY_REFUSED, type ShardsReadyMessage } from "./shard-protocol.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const ids = config.discord?.sharding?.ids;
  if (!config.discord || !ids) {
    throw new ConfigError("SHARDS", "src/discord/shard.ts is started by the shard manager: set SHARD_COUNT and run npm start");
  }
  const logger = createLogger(config.logLevel).child({ shards: ids });

  // Installed before the slow start-up, so that a manager gone or a SIGHUP meanwhile is handled too
  // (SIGHUP's default would end the process).
  let bot: Bot | undefined = undefined;
  let store: SnapshotStore | undefined = undefined;
  const lifecycle = guardProcess(logger);
  lifecycle.setDrain(async () => bot?.stop());
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, "shard process shutting down");
    lifecycle.exit(0);
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("disconnect", () => stop("manager gone"));
  // A manager that died while this process was still loading its modules disconnected before the
  // listener above existed.
  if (!process.connected) stop("manager gone");
  process.on("SIGHUP", () => void store?.reload("SIGHUP"));

  const opened = await openSnapshotStore(config.knowledgeDir, { logger, ...(config.knowledgeCacheDir !== undefined && { cacheDir: config.knowledgeCacheDir }) });
  store = opened;
  opened.watch();
  const ctx: AppContext = { config, logger, knowledge: () => opened.current() };
  bot = await startBot(ctx, { onGatewayLost: () => lifecycle.exit(EXIT_GATEWAY_REFUSED) });
  const ready: ShardsReadyMessage = { type: "ready", shards: ids };
  if (process.connected) process.send?.(ready);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof KnowledgeDirError || error instanceof LoginError) {
    process.stderr.write(`Cannot start shard process: ${error instanceof KnowledgeDirError ? error.forVariable("KNOWLEDGE_DIR") : error.message}\n`);
    process.exit(1);
  }
  throw error;
});
