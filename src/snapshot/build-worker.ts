// The build worker: one knowledge build off the main thread (worker-load.ts starts it, one per build).
// It reads the folder, takes the snapshot from the on-disk cache or parses, extracts, indexes and
// writes the cache, exactly as load.ts does on the main thread, then posts the snapshot's parts back
// in chunks, each when the main thread asks for the next (worker-protocol.ts), and ends. Its log lines are posted to the starting thread's logger.
// Bundled as dist/snapshot-worker.js; from source it is started through build-worker-tsx.mjs.
import { Writable } from "node:stream";
import { parentPort, workerData } from "node:worker_threads";
import type { LogLevel } from "../config.js";
import { KnowledgeDirError } from "../knowledge/load.js";
import { createLogger } from "../logger.js";
import { loadSnapshot, loadSnapshotIfChanged, type LoadOptions } from "./load.js";
import { splitLargeArrays, type SnapshotParts, type WorkerError, type WorkerMessage, type WorkerRequest } from "./worker-protocol.js";

if (!parentPort) throw new Error("src/snapshot/build-worker.ts runs as a worker thread (started by worker-load.ts)");
const port = parentPort;
const post = (message: WorkerMessage): void => port.postMessage(message);

function describeError(error: unknown): WorkerError {
  if (!(error instanceof Error)) return { name: "Error", message: String(error) };
  const described: WorkerError = { name: error.name, message: error.message, ...(error.stack !== undefined && { stack: error.stack }) };
  if (error instanceof KnowledgeDirError) described.knowledgeDir = { warnings: [...error.warnings], reason: error.reason };
  return described;
}

async function run(request: WorkerRequest): Promise<void> {
  const lines = new Writable({
    write(chunk: Buffer | string, _encoding, done) {
      post({ type: "log", line: chunk.toString() });
      done();
    },
  });
  const options: LoadOptions = {
    logger: createLogger(request.logLevel as LogLevel, lines),
    codeVersion: request.codeVersion,
    ...(request.cacheDir !== undefined && { cacheDir: request.cacheDir }),
    ...(request.cacheDeadlineMs !== undefined && { cacheDeadlineMs: request.cacheDeadlineMs }),
  };
  const outcome = request.currentKey === undefined ? await loadSnapshot(request.dir, options) : await loadSnapshotIfChanged(request.dir, request.currentKey, options);
  if (outcome.source === "unchanged") return post({ type: "unchanged", key: outcome.key });
  const { snapshot } = outcome;
  const chunks: Array<{ path: string[]; items: unknown[] }> = [];
  const whole: SnapshotParts = { documents: [...snapshot.documents], catalogue: snapshot.catalogue, index: snapshot.index.toJSON(), warnings: [...snapshot.warnings] };
  const parts = splitLargeArrays(whole, (path, items) => chunks.push({ path, items }));
  post({ type: "parts", key: outcome.key, source: outcome.source, parts });
  // One chunk at a time, each after the main thread asks for it: a port delivers every message that is
  // waiting in one go, so chunks posted all at once would be taken over in one long block.
  for (const { path, items } of chunks) {
    const asked = new Promise<void>((resolve) => port.once("message", () => resolve()));
    post({ type: "chunk", path, items });
    await asked;
  }
  post({ type: "done" });
}

run(workerData as WorkerRequest).catch((error: unknown) => post({ type: "failed", error: describeError(error) }));
