// The build worker: one knowledge build off the main thread (worker-load.ts starts it, one per build).
// It reads the folder, takes the snapshot from the on-disk cache or parses, extracts, indexes, builds
// the views and writes the cache, exactly as load.ts does on the main thread, then moves the snapshot
// to the main thread in its compact form (the cache file's sections, transferred: worker-protocol.ts)
// and ends. Its log lines are posted to the starting thread's logger.
// Bundled as dist/snapshot-worker.js; from source it is started through build-worker-tsx.mjs.
import { Writable } from "node:stream";
import { parentPort, workerData } from "node:worker_threads";
import type { LogLevel } from "../config.js";
import { KnowledgeDirError } from "../knowledge/load.js";
import { createLogger } from "../logger.js";
import { loadSnapshot, loadSnapshotIfChanged, type LoadOptions } from "./load.js";
import type { WorkerError, WorkerMessage, WorkerRequest } from "./worker-protocol.js";

if (!parentPort) throw new Error("src/snapshot/build-worker.ts runs as a worker thread (started by worker-load.ts)");
const port = parentPort;
const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

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
    keepSections: true,
  };
  const outcome = request.currentKey === undefined ? await loadSnapshot(request.dir, options) : await loadSnapshotIfChanged(request.dir, request.currentKey, options);
  if (outcome.source === "unchanged") return post({ type: "unchanged", key: outcome.key });
  const { sections } = outcome;
  if (!sections) throw new Error("the load kept no sections to hand over");
  const buffers = [sections.strings.buffer, sections.values.buffer] as ArrayBuffer[];
  post({ type: "snapshot", key: outcome.key, source: outcome.source, sections }, buffers);
}

run(workerData as WorkerRequest).catch((error: unknown) => post({ type: "failed", error: describeError(error) }));
