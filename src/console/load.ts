// The snapshot for the one-shot commands (`npm run ask`, `npm run catalogue`): the same load as the
// bot's (src/snapshot/load.ts), from the on-disk cache (KNOWLEDGE_CACHE_DIR) when it is valid. File
// warnings go to stderr as `warning: file:line: message`; log lines (cache hits and misses) at
// LOG_LEVEL, readable on a terminal.
import { ConfigError, loadConfig } from "../config.js";
import { KnowledgeDirError } from "../knowledge/load.js";
import { createLogger } from "../logger.js";
import { loadSnapshot } from "../snapshot/load.js";
import type { Snapshot } from "../snapshot/snapshot.js";

/** `knowledgeDir` (a --knowledge flag) or KNOWLEDGE_DIR. Rejects with ConfigError or KnowledgeDirError. */
export async function loadForCommandLine(knowledgeDir: string | undefined): Promise<Snapshot> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel, process.stderr, { readable: process.stderr.isTTY });
  const { snapshot } = await loadSnapshot(knowledgeDir ?? config.knowledgeDir, {
    logger,
    ...(config.knowledgeCacheDir !== undefined && { cacheDir: config.knowledgeCacheDir }),
  });
  for (const warning of snapshot.warnings) {
    process.stderr.write(`warning: ${warning.file}${warning.line ? `:${warning.line}` : ""}: ${warning.message}\n`);
  }
  return snapshot;
}

/**
 * Runs a one-shot command's `main` and sets the exit code from it; a configuration or knowledge-folder
 * problem is one line on stderr, named by the command, and exit 1 (no stack trace for what is expected).
 */
export function runCommandLine(name: string, main: () => Promise<number>): void {
  main().then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      if (error instanceof KnowledgeDirError || error instanceof ConfigError) {
        process.stderr.write(`${name}: ${error.message}\n`);
        process.exitCode = 1;
        return;
      }
      throw error;
    },
  );
}
