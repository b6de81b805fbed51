// What the build worker (build-worker.ts) and the thread that started it (worker-load.ts) say to each
// other. The request goes in as workerData; the answer comes back as messages: log lines as they
// happen, then one of "unchanged", "failed" or "snapshot". A snapshot is its two sections in the
// compact form of snapshot-file.ts, the form the cache file holds, moved to the receiving thread
// (their memory is transferred, not copied, so receiving them costs the main thread nothing); the
// main thread decodes them a slice at a time between the commands it answers.
import type { KnowledgeWarning } from "../knowledge/types.js";
import type { SectionBytes } from "./snapshot-file.js";

export interface WorkerRequest {
  dir: string;
  /** The key of the snapshot in use: when the folder still hashes to it, the answer is "unchanged". */
  currentKey?: string;
  cacheDir?: string;
  codeVersion: string;
  cacheDeadlineMs?: number;
  /** The level of the starting thread's logger; lines below it are not even sent. */
  logLevel: string;
}

/** An error as it crosses the thread boundary; `knowledgeDir` marks a KnowledgeDirError. */
export interface WorkerError {
  name: string;
  message: string;
  stack?: string;
  knowledgeDir?: { warnings: KnowledgeWarning[]; reason: string };
}

export type WorkerMessage =
  | { type: "log"; line: string }
  | { type: "unchanged"; key: string }
  | { type: "failed"; error: WorkerError }
  | { type: "snapshot"; key: string; source: "cache" | "built"; sections: SectionBytes };
