// One shard process, forked by src/discord/shard-manager.ts: its own configuration (the manager's
// environment plus SHARDS/SHARD_COUNT, which discord.js sets), its own knowledge index, its own client.
// It stops on SIGINT/SIGTERM, and also when the manager goes away (the IPC channel closes), so that a
// manager killed outright leaves no shard behind.
import { ConfigError, loadConfig } from "../config.js";
import type { AppContext } from "../context.js";
import { loadKnowledge } from "../knowledge/index.js";
import { KnowledgeDirError } from "../knowledge/load.js";
import { createLogger } from "../logger.js";
import { startBot, type Bot } from "./bot.js";

async function main(): Promise<void> {
  const config = loadConfig();
  const ids = config.discord?.sharding?.ids;
  if (!config.discord || !ids) {
    throw new ConfigError("SHARDS", "src/discord/shard.ts is started by the sharding manager: set SHARD_COUNT and run npm start");
  }
  const logger = createLogger(config.logLevel).child({ shard: ids.length === 1 ? ids[0] : ids });

  // Installed before the slow start-up, so that a manager gone meanwhile is noticed too.
  let bot: Bot | undefined = undefined;
  let stopping = false;
  const stop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ reason }, "shard shutting down");
    if (!bot) process.exit(0);
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, "error during shutdown");
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", () => stop("SIGINT"));
  process.once("SIGTERM", () => stop("SIGTERM"));
  process.once("disconnect", () => stop("manager gone"));

  const knowledge = await loadKnowledge(config.knowledgeDir);
  // Every shard loads the same files: one of them is enough to report what is wrong with them.
  const warningLevel = ids.includes(0) ? "warn" : "debug";
  for (const warning of knowledge.warnings) logger[warningLevel]({ file: warning.file, line: warning.line }, warning.message);
  const ctx: AppContext = { config, logger, knowledge: () => knowledge };
  bot = await startBot(ctx);
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof KnowledgeDirError) {
    process.stderr.write(`Cannot start shard: ${error.message}\n`);
    process.exit(1);
  }
  throw error;
});
