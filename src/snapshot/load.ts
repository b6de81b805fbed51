// A knowledge folder → a Snapshot, the way every front end gets one: read the files, take the snapshot
// from the on-disk cache when its key matches, else parse and run the build pipeline (build.ts), then
// write the cache. A missing or empty folder rejects with the loader's KnowledgeDirError (callers
// print its message as one line and exit 1); file problems are warnings inside the snapshot; cache
// problems are logged, never thrown.
import { nodeFileSystem, parseKnowledgeFolder, readKnowledgeFolder, type FileSystem, type KnowledgeFolder } from "../knowledge/load.js";
import { silentLogger, type Logger } from "../logger.js";
import { buildSnapshot, phase, type BuildOptions } from "./build.js";
import { CACHE_IO_DEADLINE_MS, cacheFilePath, cacheKey, codeVersion, readCache, writeCache, type CacheRead } from "./cache.js";
import type { BuiltSnapshot } from "./snapshot.js";
import { encodeSnapshot, joinChunks, SECTIONS, type EncodedSnapshot, type SectionBytes } from "./snapshot-file.js";

export interface LoadOptions extends BuildOptions {
  /** Folder of the cache file; absent: no cache (always built, nothing written). */
  cacheDir?: string;
  /** Where cache hits, misses and build times are logged; silent when absent. */
  logger?: Logger;
  /** Defaults to codeVersion() computed now; tests pass another to play an upgrade. */
  codeVersion?: string;
  fileSystem?: FileSystem;
  /** CACHE_IO_DEADLINE_MS unless a test brings its own. */
  cacheDeadlineMs?: number;
  /** Also return the snapshot in its compact form (`sections`): the build worker hands that over. */
  keepSections?: boolean;
}

/** `work`, or `late()` once `ms` have passed first (the work itself cannot be cancelled and is left to finish). */
async function withDeadline<T>(work: Promise<T>, ms: number, late: () => T): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<T>((resolve) => {
    timer = setTimeout(() => resolve(late()), ms);
  });
  try {
    return await Promise.race([work, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

export interface LoadedSnapshot {
  snapshot: BuiltSnapshot;
  key: string;
  source: "cache" | "built";
  /** The snapshot in the compact form of snapshot-file.ts, when `keepSections` asked for it. */
  sections?: SectionBytes;
}

/** Reads `dir`, then takes the snapshot from the cache when its key matches, else parses, builds
 *  (yielding to the event loop between phases and index chunks, so a reload lets queued queries
 *  through) and writes the cache. Rejects only with KnowledgeDirError (as loadKnowledgeFiles does). */
export async function loadSnapshot(dir: string, options: LoadOptions = {}): Promise<LoadedSnapshot> {
  return loadFolder(dir, await readFolder(dir, options), options);
}

export type LoadOutcome = LoadedSnapshot | { source: "unchanged"; key: string };

/** As loadSnapshot, but when the folder's key is `currentKey` (the snapshot in use) it stops after
 *  reading the files: "unchanged". */
export async function loadSnapshotIfChanged(dir: string, currentKey: string, options: LoadOptions = {}): Promise<LoadOutcome> {
  const read = await readFolder(dir, options);
  return read.key === currentKey ? { source: "unchanged", key: read.key } : loadFolder(dir, read, options);
}

/** The folder as read, and its key. `folder` is let go (set undefined) once a cache whose key matches
 *  is being read: its bytes are not needed then, and at 100k passages they are ~95 MB on top of the
 *  cache's sections and the snapshot being made. */
interface ReadFolder {
  folder: KnowledgeFolder | undefined;
  key: string;
}

async function readFolder(dir: string, options: LoadOptions): Promise<ReadFolder> {
  const folder = await phase("read", options, () => readKnowledgeFolder(dir, options.fileSystem ?? nodeFileSystem));
  return { folder, key: cacheKey(folder, options.codeVersion ?? (await codeVersion())) };
}

async function loadFolder(dir: string, read: ReadFolder, options: LoadOptions): Promise<LoadedSnapshot> {
  const { cacheDir } = options;
  const logger = options.logger ?? silentLogger();
  const started = performance.now();
  const file = cacheDir === undefined ? undefined : cacheFilePath(cacheDir, dir);
  const deadline = options.cacheDeadlineMs ?? CACHE_IO_DEADLINE_MS;

  if (file !== undefined) {
    const releaseFiles = (): void => {
      read.folder = undefined;
    };
    const cached = await withDeadline(readCache(file, read.key, { keepSections: options.keepSections === true, onKeyMatch: releaseFiles }), deadline, (): CacheRead => ({ miss: `reading took longer than ${deadline / 1000} s` }));
    if ("snapshot" in cached) {
      logger.info({ file, ms: Math.round(performance.now() - started) }, "knowledge loaded from cache");
      return { snapshot: cached.snapshot, key: read.key, source: "cache", ...(cached.sections && { sections: cached.sections }) };
    }
    logger[cached.expected ? "info" : "warn"]({ file, reason: cached.miss }, "knowledge cache not used; building");
  }
  // A cache that matched its key but could not be used (damaged) let the files go: read them again
  // (the key is then theirs, should they have changed meanwhile).
  const { folder, key } = read.folder ? { folder: read.folder, key: read.key } : await readFolder(dir, options).then((again) => ({ folder: again.folder!, key: again.key }));
  read.folder = undefined;

  const { documents, warnings } = await phase("parse", options, () => parseKnowledgeFolder(dir, folder));
  const snapshot = await buildSnapshot(documents, warnings, options);
  logger.info({ documents: documents.length, passages: snapshot.passages.size, ms: Math.round(performance.now() - started) }, "knowledge built");

  let encoded: EncodedSnapshot | undefined;
  if (file !== undefined) {
    try {
      encoded = encodeSnapshot(snapshot);
      const written = await withDeadline(writeCache(file, key, encoded).then(() => true), deadline, () => false);
      if (!written) throw new Error(`writing took longer than ${deadline / 1000} s`);
      logger.info({ file }, "knowledge cache written");
    } catch (error) {
      logger.warn({ file, err: error }, "knowledge cache not written; the next start rebuilds");
    }
  }
  if (!options.keepSections) return { snapshot, key, source: "built" };
  encoded ??= encodeSnapshot(snapshot);
  const sections = Object.fromEntries(SECTIONS.map((name) => [name, joinChunks(encoded[name])])) as SectionBytes;
  return { snapshot, key, source: "built", sections };
}
