// The snapshot in use, swapped whole when the knowledge folder changes. A reload builds the new
// snapshot, every view included, beside the old one (commands keep reading the old one through
// `current()`), then swaps with one assignment; a reload that fails keeps the old snapshot and logs why. Reload requests that
// arrive while one runs are coalesced into a single follow-up reload (the files may have changed
// after the running one read them).
//
// The build (reading, parsing, extraction, indexing, the views, the cache write) runs in a worker
// thread (worker-load.ts), so commands keep being answered during a rebuild; this thread only decodes
// the snapshot the worker moves over and rebuilds the index's term trees, yielding as it goes. A worker
// that fails or dies is a failed reload like any other: the old snapshot stays and the reason is logged.
import { watch as watchFolder, type FSWatcher } from "node:fs";
import type { Logger } from "../logger.js";
import { KnowledgeDirError } from "../knowledge/load.js";
import type { KnowledgeWarning } from "../knowledge/types.js";
import { codeVersion } from "./cache.js";
import { loadSnapshot, type LoadedSnapshot, type LoadOutcome } from "./load.js";
import type { Snapshot } from "./snapshot.js";
import { loadSnapshotInWorker, type WorkerLoadOptions } from "./worker-load.js";

/** File events within this many milliseconds make one reload (an editor's save is several events). */
export const WATCH_DEBOUNCE_MS = 300;

export type ReloadOutcome =
  | { status: "swapped"; source: "cache" | "built"; documents: number; passages: number }
  /** The files hash to the key of the snapshot in use: nothing to do. */
  | { status: "unchanged" }
  | { status: "failed"; reason: string };

export interface SnapshotStore {
  /** The snapshot to answer from; a reference taken here stays valid (snapshots are never mutated). */
  current(): Snapshot;
  /** Rebuilds from the folder and swaps the result in. Never rejects. */
  reload(reason: string): Promise<ReloadOutcome>;
  /** Reloads (debounced) when anything in the folder changes; returns a function that stops watching. */
  watch(): () => void;
}

export interface StoreOptions {
  /** The knowledge folder (watched). */
  dir: string;
  /** Loads the folder; `currentKey` is the key of the snapshot in use, so unchanged files cost no rebuild. */
  load(currentKey: string): Promise<LoadOutcome>;
  logger: Logger;
  debounceMs?: number;
}

export function logKnowledgeWarnings(logger: Logger, warnings: readonly KnowledgeWarning[]): void {
  for (const warning of warnings) logger.warn({ file: warning.file, line: warning.line }, warning.message);
}

export function createSnapshotStore(initial: LoadedSnapshot, options: StoreOptions): SnapshotStore {
  const { logger } = options;
  let loaded = initial;
  let running: Promise<ReloadOutcome> | undefined;
  let followUp: Promise<ReloadOutcome> | undefined;
  let followUpReasons: string[] = [];

  const rebuild = async (reason: string): Promise<ReloadOutcome> => {
    const started = performance.now();
    logger.info({ reason }, "knowledge reload started");
    try {
      const outcome = await options.load(loaded.key);
      const ms = Math.round(performance.now() - started);
      if (outcome.source === "unchanged") {
        logger.info({ reason, ms }, "knowledge unchanged; reload skipped");
        return { status: "unchanged" };
      }
      // The swap: one assignment, of a snapshot whose views are all built.
      loaded = outcome;
      const { documents, passages, warnings } = outcome.snapshot;
      logKnowledgeWarnings(logger, warnings);
      logger.info({ reason, source: outcome.source, documents: documents.length, passages: passages.size, ms }, "knowledge reloaded");
      return { status: "swapped", source: outcome.source, documents: documents.length, passages: passages.size };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // A folder problem is the operator's (emptied, renamed); anything else is a bug worth a stack.
      if (error instanceof KnowledgeDirError) logger.warn({ reason, problem: message }, "knowledge reload failed; keeping the current knowledge");
      else logger.error({ reason, err: error }, "knowledge reload failed; keeping the current knowledge");
      return { status: "failed", reason: message };
    }
  };

  const reload = (reason: string): Promise<ReloadOutcome> => {
    if (!running) {
      running = rebuild(reason).finally(() => (running = undefined));
      return running;
    }
    followUpReasons.push(reason);
    followUp ??= running.then(() => {
      const reasons = followUpReasons.join("; ");
      followUp = undefined;
      followUpReasons = [];
      return reload(reasons);
    });
    return followUp;
  };

  const watch = (): (() => void) => {
    let timer: NodeJS.Timeout | undefined;
    let changed = new Set<string>();
    const onEvent = (filename: string | null): void => {
      // The loader skips dot-files and dot-folders (editor swap files, a cache kept inside the folder).
      if (filename && filename.split(/[\\/]/).some((segment) => segment.startsWith("."))) return;
      changed.add(filename ?? "?");
      clearTimeout(timer);
      timer = setTimeout(() => {
        const files = [...changed].sort().join(", ");
        changed = new Set();
        void reload(`files changed: ${files}`);
      }, options.debounceMs ?? WATCH_DEBOUNCE_MS);
    };
    let watcher: FSWatcher;
    try {
      watcher = openWatcher(options.dir, onEvent);
    } catch (error) {
      logger.warn({ dir: options.dir, err: error }, "cannot watch the knowledge folder; send SIGHUP to reload");
      return () => undefined;
    }
    watcher.on("error", (error) => logger.warn({ dir: options.dir, err: error }, "watching the knowledge folder stopped; send SIGHUP to reload"));
    return () => {
      clearTimeout(timer);
      watcher.close();
    };
  };

  return { current: () => loaded.snapshot, reload, watch };
}

/** Recursive where the platform supports it; else the folder itself (changes in sub-folders then
 *  need a SIGHUP). */
function openWatcher(dir: string, onEvent: (filename: string | null) => void): FSWatcher {
  try {
    return watchFolder(dir, { recursive: true }, (_event, filename) => onEvent(filename));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ERR_FEATURE_UNAVAILABLE_ON_PLATFORM") throw error;
    return watchFolder(dir, (_event, filename) => onEvent(filename));
  }
}

export interface OpenStoreOptions {
  /** Cache folder; absent: no cache. */
  cacheDir?: string;
  logger: Logger;
  debounceMs?: number;
  codeVersion?: string;
  /** The build worker's entry (tests bring one that fails); see worker-load.ts. */
  workerEntry?: URL;
}

/** Loads `dir` (from the cache when it is valid) and returns a store over it; every reload runs in a
 *  worker thread. Rejects with KnowledgeDirError when the folder has no
 *  loadable document, as at any start. */
export async function openSnapshotStore(dir: string, options: OpenStoreOptions): Promise<SnapshotStore> {
  const loadOptions: WorkerLoadOptions = {
    logger: options.logger,
    ...(options.cacheDir !== undefined && { cacheDir: options.cacheDir }),
    // Once, now: reloads must key their caches by the code this process runs, even if it is edited.
    codeVersion: options.codeVersion ?? (await codeVersion()),
    ...(options.workerEntry !== undefined && { entry: options.workerEntry }),
  };
  // The first load runs here: nothing is being answered yet, and a worker started from source pays
  // for loading the pipeline through tsx (most of a second) on every start.
  const initial = await loadSnapshot(dir, {
    logger: options.logger,
    codeVersion: loadOptions.codeVersion,
    ...(options.cacheDir !== undefined && { cacheDir: options.cacheDir }),
  });
  logKnowledgeWarnings(options.logger, initial.snapshot.warnings);
  return createSnapshotStore(initial, {
    dir,
    logger: options.logger,
    ...(options.debounceMs !== undefined && { debounceMs: options.debounceMs }),
    load: (currentKey) => loadSnapshotInWorker(dir, currentKey, loadOptions),
  });
}
