// Catalogue extraction on several threads. The ordered documents are cut into a few runs of about
// equal text, one per thread: this one reads the first, worker threads (extract-worker.ts) the rest.
// Each reads its run pass by pass (acronyms, names in use, records: see
// src/knowledge/extract/index.ts); this thread combines each pass's findings in document order and
// sends them out for the next, and merges the records into the catalogue itself: the catalogue is
// the one extractCatalogue makes on one thread. A small
// corpus (or one core) is extracted here, inline, where starting threads would cost more than it
// saves; a worker that fails makes the whole extraction run inline instead, with a warning.
import { availableParallelism } from "node:os";
import { createRequire } from "node:module";
import { Worker } from "node:worker_threads";
import { runningFromDist } from "../build-info.js";
import { extractCatalogue, mergeAcronyms, mergeNamesInUse, mergeRecords, orderDocuments, readShare } from "../knowledge/extract/index.js";
import type { Catalogue, KnowledgeDocument } from "../knowledge/types.js";
import { silentLogger, type Logger } from "../logger.js";
import type { ExtractAnswer, ExtractRequest, ExtractWorkerData } from "./extract-protocol.js";

export interface ExtractionOptions {
  /** Threads to read on, this one included; 0 or 1: inline. Default min(available cores, MAX_THREADS). */
  threads?: number;
  /** Inline at or below this many documents. Default MIN_DOCUMENTS. */
  minDocuments?: number;
  /** Where a failed worker is reported. */
  logger?: Logger;
  /** The worker's entry; tests bring one that fails. Default: dist/extract-worker.js when running the
   *  production build, else extract-worker.ts through tsx. */
  entry?: URL;
}

/** More threads than this gain little: the merge and the hand-over are on this thread. */
export const MAX_THREADS = 4;
/**
 * At or below this many documents, extraction stays inline: a thread takes about 0.3 s to start from
 * source and copies its documents, and on the 2-core machine the bench runs on two threads read at
 * about 1.3 times one thread's speed, not twice (one thread's GC already uses the other core). Measured
 * there: 399 documents (10k passages) gained nothing in wall time for 1.2 times the CPU; 4,163 (100k
 * passages) extracted in 17.2 s against 21.8 s.
 */
export const MIN_DOCUMENTS = 1000;

function defaultEntry(): URL {
  return runningFromDist ? new URL("./extract-worker.js", import.meta.url) : new URL("./extract-worker-tsx.mjs", import.meta.url);
}

/** How many threads `documents` are extracted on (1: inline). */
export function extractionThreads(documents: readonly KnowledgeDocument[], options: ExtractionOptions = {}): number {
  const threads = Math.min(options.threads ?? Math.min(availableParallelism(), MAX_THREADS), documents.length);
  return documents.length <= (options.minDocuments ?? MIN_DOCUMENTS) || threads < 2 ? 1 : threads;
}

/** As extractCatalogue, on worker threads when the corpus is large enough (see extractionThreads). */
export async function extractCatalogueInWorkers(documents: KnowledgeDocument[], options: ExtractionOptions = {}): Promise<Catalogue> {
  if (!Array.isArray(documents)) return extractCatalogue(documents);
  const ordered = orderDocuments(documents);
  const threads = extractionThreads(ordered, options);
  if (threads < 2) return extractCatalogue(documents);
  const entry = options.entry ?? defaultEntry();
  const workers: ShareWorker[] = [];
  try {
    if (entry.pathname.endsWith("-tsx.mjs")) createRequire(entry).resolve("tsx/esm/api");
    // This thread reads the first share itself while the workers start and read theirs.
    const [own, ...others] = shares(ordered, threads);
    for (const share of others) workers.push(startWorker(entry, { documents: share }));
    const local = readShare(own!);
    const ownAcronyms = local.acronyms();
    const acronyms = mergeAcronyms([ownAcronyms, ...(await Promise.all(workers.map((worker) => worker.next("acronyms")))).map((answer) => answer.acronyms)]);
    const askedNames = workers.map((worker) => worker.ask({ type: "names", acronyms }, "names"));
    const ownNames = local.namesInUse(acronyms);
    const names = mergeNamesInUse([ownNames, ...(await Promise.all(askedNames)).map((answer) => answer.names)]);
    const askedRecords = workers.map((worker) => worker.ask({ type: "records", names }, "records"));
    const ownRecords = local.records(names);
    const records = (await Promise.all(askedRecords)).map((answer) => answer.records);
    return mergeRecords([ownRecords, ...records].flat());
  } catch (error) {
    (options.logger ?? silentLogger()).warn({ err: error, threads }, "catalogue extraction on worker threads failed; extracting on this thread");
    return extractCatalogue(documents);
  } finally {
    for (const worker of workers) void worker.terminate();
  }
}

/** `ordered` cut into `count` runs (in order) of about equal text, none empty. */
export function shares(ordered: readonly KnowledgeDocument[], count: number): KnowledgeDocument[][] {
  const size = (document: KnowledgeDocument): number => document.passages.reduce((sum, passage) => sum + passage.text.length, 0) + 1;
  const total = ordered.reduce((sum, document) => sum + size(document), 0);
  const runs: KnowledgeDocument[][] = [];
  let run: KnowledgeDocument[] = [];
  let done = 0;
  for (const [i, document] of ordered.entries()) {
    run.push(document);
    done += size(document);
    const left = ordered.length - i - 1;
    const runsLeft = count - runs.length - 1;
    // Close the run once its share of the text is reached, or when every later run needs its document.
    if (runsLeft > 0 && (done >= (total * (runs.length + 1)) / count || left === runsLeft)) {
      runs.push(run);
      run = [];
    }
  }
  runs.push(run);
  return runs.filter((one) => one.length > 0);
}

type Answer<T extends ExtractAnswer["type"]> = Extract<ExtractAnswer, { type: T }>;

interface ShareWorker {
  /** The worker's next answer, which must be of `type`. */
  next<T extends ExtractAnswer["type"]>(type: T): Promise<Answer<T>>;
  ask<T extends ExtractAnswer["type"]>(request: ExtractRequest, type: T): Promise<Answer<T>>;
  terminate(): Promise<number>;
}

/** A worker reading one share; it answers one message at a time, and an error or exit fails every answer awaited after it. */
function startWorker(entry: URL, data: ExtractWorkerData): ShareWorker {
  const worker = new Worker(entry, { workerData: data });
  const answers: ExtractAnswer[] = [];
  let waiting: { resolve(answer: ExtractAnswer): void; reject(error: Error): void } | undefined;
  let failure: Error | undefined;
  const fail = (error: Error): void => {
    failure ??= error;
    waiting?.reject(failure);
    waiting = undefined;
  };
  worker.on("message", (answer: ExtractAnswer) => {
    if (answer.type === "failed") return fail(new Error(`catalogue extraction worker: ${answer.message}`));
    if (waiting) {
      waiting.resolve(answer);
      waiting = undefined;
    } else answers.push(answer);
  });
  worker.on("messageerror", (error) => fail(new Error(`catalogue extraction worker sent a message that cannot be read: ${error.message}`, { cause: error })));
  worker.on("error", (error) => fail(new Error(`catalogue extraction worker crashed: ${error.message}`, { cause: error })));
  worker.on("exit", (code) => fail(new Error(`catalogue extraction worker exited (code ${code}) before it answered`)));
  const next = <T extends ExtractAnswer["type"]>(type: T): Promise<Answer<T>> => {
    const check = (answer: ExtractAnswer): Answer<T> => {
      if (answer.type !== type) throw new Error(`catalogue extraction worker answered ${answer.type}, not ${type}`);
      return answer as Answer<T>;
    };
    const ready = answers.shift();
    if (ready) return Promise.resolve(ready).then(check);
    if (failure) return Promise.reject(failure);
    return new Promise<ExtractAnswer>((resolve, reject) => {
      waiting = { resolve, reject };
    }).then(check);
  };
  return {
    next,
    ask(request, type) {
      worker.postMessage(request);
      return next(type);
    },
    terminate: () => worker.terminate(),
  };
}
