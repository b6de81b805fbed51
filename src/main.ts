// `npm start`: configuration → knowledge → the Discord bot when DISCORD_TOKEN is set, otherwise the
// terminal front end on the same knowledge. The knowledge comes from the on-disk cache when it is
// valid, and is rebuilt and swapped in when the folder changes or on SIGHUP. Expected failures (bad
// config, no knowledge) print one line and exit 1; no stack trace. Anything unexpected, and a gateway
// gone for good, is one fatal JSON line, then the answers in flight finish and the process exits 1
// (src/lifecycle.ts).
import { commands } from "../commands/index.js";
import { ConfigError, loadConfig } from "./config.js";
import type { AppContext } from "./context.js";
import { runConsole } from "./console/repl.js";
import { startBot } from "./discord/bot.js";
import { LoginError } from "./discord/login-error.js";
import { runShardManager } from "./discord/shard-manager.js";
import { guardProcess } from "./lifecycle.js";
import { KnowledgeDirError } from "./knowledge/load.js";
import { openSnapshotStore } from "./snapshot/store.js";
import { createLogger } from "./logger.js";

async function main(): Promise<void> {
  const config = loadConfig();
  // The terminal front end on a terminal gets readable log lines; the bot, and any redirected stderr, JSON.
  const logger = createLogger(config.logLevel, process.stderr, { readable: !config.discord && process.stderr.isTTY });
  const lifecycle = guardProcess(logger);
  // SHARD_COUNT set: this process only runs the shard processes; each loads one knowledge index for
  // all the shards it runs (src/discord/shard.ts).
  if (config.discord?.sharding) return runShardManager(config.discord, logger);
  const store = await openSnapshotStore(config.knowledgeDir, { logger, ...(config.knowledgeCacheDir !== undefined && { cacheDir: config.knowledgeCacheDir }) });
  const stopWatching = store.watch();
  const onHangup = (): void => void store.reload("SIGHUP");
  process.on("SIGHUP", onHangup);
  const stopReloading = (): void => {
    stopWatching();
    process.off("SIGHUP", onHangup);
  };
  const ctx: AppContext = { config, logger, knowledge: () => store.current() };

  if (config.discord) {
    const bot = await startBot(ctx, { onGatewayLost: () => lifecycle.exit(1) });
    lifecycle.setDrain(() => {
      stopReloading();
      return bot.stop();
    });
    const stop = (signal: string) => {
      logger.info({ signal }, "shutting down");
      lifecycle.exit(0);
    };
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
    return;
  }

  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const knowledge = store.current();
  if (interactive) {
    process.stdout.write(
      `No DISCORD_TOKEN set: terminal front end on ${config.knowledgeDir}/ (${plural(knowledge.documents.length, "document")}, ${plural(knowledge.passages.size, "passage")}). Type /help, Tab completes, Ctrl+D quits.\n`,
    );
  } else {
    process.stderr.write(`No DISCORD_TOKEN set: answering standard input from ${config.knowledgeDir}/.\n`);
  }
  await runConsole({ knowledge: ctx.knowledge, commands, input: process.stdin, output: process.stdout, interactive });
  stopReloading();
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof KnowledgeDirError || error instanceof LoginError) {
    // The folder came from KNOWLEDGE_DIR: named, like any other variable, never its value.
    process.stderr.write(`Cannot start: ${error instanceof KnowledgeDirError ? error.forVariable("KNOWLEDGE_DIR") : error.message}\n`);
    process.exit(1);
  }
  // A bug: rethrown as an unhandled rejection, which the last-resort handler logs with an id.
  throw error;
});

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}
