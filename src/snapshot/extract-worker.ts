// An extraction worker: reads one share of the documents (given as workerData) pass by pass, as the
// pool in extract-pool.ts asks (the messages are in extract-protocol.ts), and is terminated by it.
// Bundled as dist/extract-worker.js; from source it is started through extract-worker-tsx.mjs.
import { parentPort, workerData } from "node:worker_threads";
import { readShare } from "../knowledge/extract/index.js";
import type { ExtractAnswer, ExtractRequest, ExtractWorkerData } from "./extract-protocol.js";

if (!parentPort) throw new Error("src/snapshot/extract-worker.ts runs as a worker thread (started by extract-pool.ts)");
const port = parentPort;

function answer(work: () => ExtractAnswer): void {
  let message: ExtractAnswer;
  try {
    message = work();
  } catch (error) {
    message = { type: "failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  port.postMessage(message);
}

const share = readShare((workerData as ExtractWorkerData).documents);
port.on("message", (request: ExtractRequest) => {
  answer(() => (request.type === "names" ? { type: "names", names: share.namesInUse(request.acronyms) } : { type: "records", records: share.records(request.names) }));
});
answer(() => ({ type: "acronyms", acronyms: share.acronyms() }));
