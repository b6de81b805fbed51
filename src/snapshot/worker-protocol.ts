// What the build worker (build-worker.ts) and the thread that started it (worker-load.ts) say to each
// other. The request goes in as workerData; the answer comes back as messages, in this order: log
// lines as they happen, then either "unchanged", "failed", or "parts" (the snapshot's parts, the form
// the on-disk cache stores, with their large arrays left empty), the "chunk"s that fill those arrays,
// and "done". A message is deserialised on the receiving thread in one piece, and a port delivers all
// the messages waiting in one go, so no single message holds a whole large array and the worker posts
// each chunk only when the receiving thread posts "next": between two chunks the main thread answers
// commands.
import type { Catalogue, KnowledgeDocument, KnowledgeWarning } from "../knowledge/types.js";
import type { SerialisedSearchIndex } from "../search/build.js";

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

/** A snapshot as data: what is built off the main thread; assembleSnapshot finishes it. */
export interface SnapshotParts {
  documents: KnowledgeDocument[];
  catalogue: Catalogue;
  index: SerialisedSearchIndex;
  warnings: KnowledgeWarning[];
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
  | { type: "parts"; key: string; source: "cache" | "built"; parts: SnapshotParts }
  | { type: "chunk"; path: string[]; items: unknown[] }
  | { type: "done" };

/** Arrays longer than this go in chunks of this many items. */
export const CHUNK_ITEMS = 500;
/** Arrays are looked for this deep in the parts (parts → index → minisearch → its term list). */
const MAX_DEPTH = 3;

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

/** `value` with every array longer than CHUNK_ITEMS (in plain objects, up to MAX_DEPTH deep) emptied;
 *  their items are passed to `emit` in order, with the array's path, CHUNK_ITEMS at a time. */
export function splitLargeArrays<T>(value: T, emit: (path: string[], items: unknown[]) => void): T {
  const visit = (node: unknown, path: string[]): unknown => {
    if (Array.isArray(node) && node.length > CHUNK_ITEMS) {
      for (let start = 0; start < node.length; start += CHUNK_ITEMS) emit(path, node.slice(start, start + CHUNK_ITEMS));
      return [];
    }
    if (!isPlainObject(node) || path.length >= MAX_DEPTH) return node;
    return Object.fromEntries(Object.entries(node).map(([key, item]) => [key, visit(item, [...path, key])]));
  };
  return visit(value, []) as T;
}

/** Appends a chunk to the array at `path` in the skeleton splitLargeArrays returned. */
export function appendChunk(skeleton: unknown, path: readonly string[], items: readonly unknown[]): void {
  let node: unknown = skeleton;
  for (const key of path) node = isPlainObject(node) ? node[key] : undefined;
  if (!Array.isArray(node)) throw new Error(`build worker sent a chunk for ${path.join(".") || "the parts"}, which is not an array`);
  for (const item of items) node.push(item);
}
