// loadSnapshot / loadSnapshotIfChanged with the work off the main thread: a worker thread
// (build-worker.ts, one per build) reads the folder and takes the snapshot from the cache or parses,
// extracts, indexes, builds the views and writes the cache; it moves the snapshot over in the cache's
// compact form, and this thread only decodes it and rebuilds the index's term trees, yielding to the
// event loop every few milliseconds as it goes. The views come over built: nothing is built twice.
// A worker that fails, throws or dies rejects with an Error saying why (a KnowledgeDirError when the
// folder was the problem), never leaves the promise pending, and is terminated.
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { runningFromDist } from "../build-info.js";
import { KnowledgeDirError } from "../knowledge/load.js";
import type { Logger } from "../logger.js";
import { loadSearchIndexAsync } from "../search/build.js";
import { assembleSnapshot } from "./build.js";
import { partsProblem } from "./cache.js";
import type { LoadOutcome } from "./load.js";
import { decodeSnapshotAsync, type SectionBytes, type SnapshotParts } from "./snapshot-file.js";
import type { WorkerError, WorkerMessage, WorkerRequest } from "./worker-protocol.js";

export interface WorkerLoadOptions {
  logger: Logger;
  codeVersion: string;
  cacheDir?: string;
  cacheDeadlineMs?: number;
  /** The worker's entry; tests bring one that fails. Default: dist/snapshot-worker.js when running
   *  the production build, else build-worker.ts through tsx. */
  entry?: URL;
}

/** Next to dist/main.js (and shard.js) when bundled; the sources otherwise. */
function defaultEntry(): URL {
  return runningFromDist ? new URL("./snapshot-worker.js", import.meta.url) : new URL("./build-worker-tsx.mjs", import.meta.url);
}

/** From source, the worker's `import "tsx/esm/api"` must resolve; checked here for a clear error. */
function checkEntry(entry: URL): void {
  if (entry.pathname.endsWith("-tsx.mjs")) createRequire(entry).resolve("tsx/esm/api");
}

function toError(error: WorkerError): Error {
  if (error.knowledgeDir) return new KnowledgeDirError(error.message, error.knowledgeDir.warnings, error.knowledgeDir.reason);
  const rebuilt = new Error(`knowledge build worker: ${error.message}`);
  rebuilt.name = error.name;
  if (error.stack !== undefined) rebuilt.stack = error.stack;
  return rebuilt;
}

/** Re-logs a pino JSON line from the worker through `logger` (its time and level replaced by ours). */
function relog(logger: Logger, line: string): void {
  try {
    const { level, time: _time, msg, ...fields } = JSON.parse(line) as { level: number; time?: unknown; msg?: string } & Record<string, unknown>;
    const label = logger.levels.labels[level] as "fatal" | "error" | "warn" | "info" | "debug" | "trace" | undefined;
    if (label) logger[label]({ ...fields, thread: "build worker" }, msg ?? "");
  } catch {
    logger.warn({ line }, "unreadable log line from the knowledge build worker");
  }
}

type Received = { source: "unchanged"; key: string } | { source: "cache" | "built"; key: string; sections: SectionBytes };

/** Runs one build in a fresh worker and collects its answer. */
function runWorker(request: WorkerRequest, options: WorkerLoadOptions): Promise<Received> {
  const entry = options.entry ?? defaultEntry();
  checkEntry(entry);
  return new Promise<Received>((resolve, reject) => {
    const worker = new Worker(entry, { workerData: request });
    let settled = false;
    const settle = (finish: () => void): void => {
      if (settled) return;
      settled = true;
      finish();
      void worker.terminate();
    };
    const fail = (error: Error): void => settle(() => reject(error));
    worker.on("message", (message: WorkerMessage) => {
      try {
        switch (message.type) {
          case "log":
            return relog(options.logger, message.line);
          case "unchanged":
            return settle(() => resolve({ source: "unchanged", key: message.key }));
          case "failed":
            return fail(toError(message.error));
          case "snapshot":
            return settle(() => resolve({ source: message.source, key: message.key, sections: message.sections }));
        }
      } catch (error) {
        fail(error instanceof Error ? error : new Error(String(error)));
      }
    });
    worker.on("messageerror", (error) => fail(new Error(`knowledge build worker sent a message that cannot be read: ${error.message}`, { cause: error })));
    worker.on("error", (error) => fail(new Error(`knowledge build worker crashed: ${error.message}`, { cause: error })));
    worker.on("exit", (code) => fail(new Error(`knowledge build worker exited (code ${code}) before handing over a snapshot`)));
  });
}

/** As loadSnapshotIfChanged (loadSnapshot when `currentKey` is undefined), built in a worker thread.
 *  Rejects with KnowledgeDirError as they do, and with an Error when the worker fails otherwise. */
export async function loadSnapshotInWorker(dir: string, currentKey: string | undefined, options: WorkerLoadOptions): Promise<LoadOutcome> {
  const request: WorkerRequest = {
    dir,
    codeVersion: options.codeVersion,
    logLevel: options.logger.level,
    ...(currentKey !== undefined && { currentKey }),
    ...(options.cacheDir !== undefined && { cacheDir: options.cacheDir }),
    ...(options.cacheDeadlineMs !== undefined && { cacheDeadlineMs: options.cacheDeadlineMs }),
  };
  const received = await runWorker(request, options);
  if (received.source === "unchanged") return received;
  const decoded = await decodeSnapshotAsync(received.sections).catch((error: unknown) => {
    throw new Error(`knowledge build worker: the snapshot it sent does not decode: ${error instanceof Error ? error.message : String(error)}`);
  });
  const problem = partsProblem(decoded);
  if (problem) throw new Error(`knowledge build worker: the snapshot it sent is ${problem}`);
  const { documents, catalogue, index: serialised, warnings, tables } = decoded as SnapshotParts;
  const index = await loadSearchIndexAsync(serialised);
  if (!index) throw new Error("knowledge build worker: the index it built does not load");
  return { key: received.key, source: received.source, snapshot: assembleSnapshot(documents, catalogue, index, warnings, tables) };
}
