// The built snapshot's parts (documents, catalogue, serialised index, warnings) cached in one file per
// knowledge folder, so a restart skips parsing, extraction and indexing (load.ts decides when to read
// and write it; a snapshot read back gets its views built by assembleSnapshot, as a built one does). The cache is keyed by a hash
// of every file the folder holds (path + bytes, read once: the same bytes are parsed on a miss) and of
// the code version; anything unexpected in the file (missing, stale, truncated, corrupt, wrong shape,
// an index that does not load) makes it a miss that is logged with its reason and rebuilt: a cache is
// never trusted. File layout, one JSON value per line, so no single string has to hold all of it (V8
// caps a string at ~512 MB, which the whole cache passes at 100k passages):
//   documents \n catalogue \n index \n warnings \n trailer \n
// The trailer ({ format, key, lengths, sha256 }) is written last: a truncated file has none, and a
// stale key is found by reading the last few kilobytes only. Writes go to a temp file, then rename.
// Only a regular file is read (opened non-blocking, checked on the handle: a FIFO at the cache path
// would otherwise block start-up forever), and cache reads and writes have a deadline
// (CACHE_IO_DEADLINE_MS); anything odd is a logged miss, and the knowledge is built instead.
import { createHash, randomUUID } from "node:crypto";
import { constants as fsConstants, promises as fs } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { builtCodeVersion } from "../build-info.js";
import type { KnowledgeFolder } from "../knowledge/load.js";
import type { Catalogue, KnowledgeDocument, KnowledgeWarning } from "../knowledge/types.js";
import { loadSearchIndex, type SerialisedSearchIndex } from "../search/build.js";
import { MINISEARCH_OPTIONS } from "../search/options.js";
import { assembleSnapshot } from "./build.js";
import type { BuiltSnapshot } from "./snapshot.js";

/** Bumped whenever the file layout or the meaning of a cached part changes. */
export const CACHE_FORMAT = 1;

/** Reading or writing the cache takes longer than this: a miss (or an unwritten cache), never a hang.
 *  Generous: at 100k passages the file is hundreds of megabytes. */
export const CACHE_IO_DEADLINE_MS = 120_000;

/** The trailer is one short JSON line; this much of the file's end always holds it. */
const TRAILER_MAX_BYTES = 4096;
const PARTS = ["documents", "catalogue", "index", "warnings"] as const;
type Part = (typeof PARTS)[number];

const sha256 = (): ReturnType<typeof createHash> => createHash("sha256");

/** The code that decides what is cached: loading, parsing and extraction (knowledge/), the search
 *  index's (search/) and this folder's. Hashing its source means an edited extractor never reads a
 *  catalogue its old self built. */
const CODE_DIRS = ["../knowledge", "../search", "."].map((dir) => fileURLToPath(new URL(dir, import.meta.url)));
const SOURCE_FILE = /\.(?:ts|js|mjs)$/;

/** package.json version + CACHE_FORMAT + the MiniSearch options (functions by their source text) +
 *  the source of the loading, extraction and index code. The compiled build (dist/) has it fixed by
 *  `npm run build`, which computed it from the sources; from source it is hashed here, once per
 *  process (at start): a process whose files were edited under it still runs its old code. */
export async function codeVersion(): Promise<string> {
  if (builtCodeVersion !== undefined) return builtCodeVersion;
  const { version } = createRequire(import.meta.url)("../../package.json") as { version: string };
  const options = JSON.stringify(MINISEARCH_OPTIONS, (_key, value: unknown) => (typeof value === "function" ? String(value) : value));
  const hash = sha256().update(`${version}\0${CACHE_FORMAT}\0${options}\0`);
  for (const dir of CODE_DIRS) {
    try {
      const files = (await fs.readdir(dir, { recursive: true })).filter((file) => SOURCE_FILE.test(file)).sort();
      for (const file of files) hash.update(`${file}\0`).update(await fs.readFile(path.join(dir, file)));
    } catch {
      // Source folders that cannot be read: the version and options above still key the cache.
      hash.update(`${dir}: unreadable\0`);
    }
  }
  return hash.digest("hex");
}

/** The cache key of a folder as read: every file's path and bytes (or read problem), the listing's
 *  warnings, and the code version. */
export function cacheKey(folder: KnowledgeFolder, version: string): string {
  const hash = sha256().update(`${version}\0${JSON.stringify(folder.listingWarnings)}\0`);
  for (const file of folder.files) {
    const content = folder.contents.get(file);
    hash.update(`${file}\0`);
    if (content instanceof Uint8Array) hash.update(`${content.length}\0`).update(content);
    else hash.update(`${JSON.stringify(content ?? null)}\0`);
  }
  return hash.digest("hex");
}

/** `<cacheDir>/knowledge-<hash of the folder's absolute path>.json`: one file per knowledge folder,
 *  overwritten when its key changes (no pile of old caches). */
export function cacheFilePath(cacheDir: string, knowledgeDir: string): string {
  const id = sha256().update(path.resolve(knowledgeDir)).digest("hex").slice(0, 16);
  return path.join(cacheDir, `knowledge-${id}.json`);
}

/** A miss is expected (no file yet, knowledge or code changed: logged at info) or a damaged file
 *  (logged at warn). */
export type CacheRead = { snapshot: BuiltSnapshot } | { miss: string; expected?: true };

interface Trailer {
  format: number;
  key: string;
  lengths: number[];
  sha256: string;
}

function isTrailer(value: unknown): value is Trailer {
  const trailer = value as Partial<Trailer> | null;
  return (
    typeof trailer === "object" &&
    trailer !== null &&
    typeof trailer.format === "number" &&
    typeof trailer.key === "string" &&
    typeof trailer.sha256 === "string" &&
    Array.isArray(trailer.lengths) &&
    trailer.lengths.length === PARTS.length &&
    trailer.lengths.every((length) => Number.isSafeInteger(length) && length > 0)
  );
}

const isArrayOf = (value: unknown, item: (entry: Record<string, unknown>) => boolean): boolean =>
  Array.isArray(value) && value.every((entry) => typeof entry === "object" && entry !== null && item(entry as Record<string, unknown>));

function isDocument(entry: Record<string, unknown>): boolean {
  return typeof entry.slug === "string" && typeof entry.title === "string" && isArrayOf(entry.passages, (passage) => typeof passage.id === "string" && typeof passage.text === "string");
}

function isCatalogue(value: unknown): value is Catalogue {
  const catalogue = value as Partial<Record<keyof Catalogue, unknown>> | null;
  return typeof catalogue === "object" && catalogue !== null && [catalogue.series, catalogue.editions, catalogue.countries, catalogue.regions].every(Array.isArray);
}

/** Reads the cache file for `key`; any problem is a miss with its reason, never a throw. */
export async function readCache(file: string, key: string): Promise<CacheRead> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return { miss: "no cache file yet", expected: true };
    return { miss: `cannot open: ${error instanceof Error ? error.message : String(error)}` };
  }
  try {
    const stats = await handle.stat();
    if (!stats.isFile()) return { miss: "not a regular file" };
    const { size } = stats;
    const tailLength = Math.min(size, TRAILER_MAX_BYTES);
    const tail = Buffer.alloc(tailLength);
    await handle.read(tail, 0, tailLength, size - tailLength);
    if (tail[tailLength - 1] !== 0x0a) return { miss: "truncated or corrupt (no trailer line)" };
    const trailerStart = tail.lastIndexOf(0x0a, tailLength - 2) + 1;
    let trailer: unknown;
    try {
      trailer = JSON.parse(tail.toString("utf8", trailerStart, tailLength - 1));
    } catch {
      return { miss: "truncated or corrupt (unreadable trailer)" };
    }
    if (!isTrailer(trailer)) return { miss: "corrupt (trailer of the wrong shape)" };
    if (trailer.format !== CACHE_FORMAT) return { miss: `written in cache format ${trailer.format}, not ${CACHE_FORMAT}`, expected: true };
    if (trailer.key !== key) return { miss: "stale (the knowledge files or the code changed)", expected: true };
    const bodyLength = trailer.lengths.reduce((sum, length) => sum + length, 0);
    if (bodyLength !== size - (tailLength - trailerStart)) return { miss: "truncated or corrupt (size does not match the trailer)" };
    // Part by part, so only one part's bytes and text are held at a time (hundreds of MB at 100k
    // passages); nothing parsed is used before the checksum of the whole body has matched.
    const hash = sha256();
    const parts = {} as Record<Part, unknown>;
    let offset = 0;
    for (const [i, part] of PARTS.entries()) {
      const length = trailer.lengths[i]!;
      const bytes = Buffer.allocUnsafe(length);
      const { bytesRead } = await handle.read(bytes, 0, length, offset);
      if (bytesRead !== length) return { miss: "truncated (file shorter than its trailer says)" };
      hash.update(bytes);
      offset += length;
      try {
        // Each part ends with its newline, left out of the JSON text.
        parts[part] = JSON.parse(bytes.toString("utf8", 0, length - 1));
      } catch {
        return { miss: `corrupt (${part} is not JSON)` };
      }
    }
    if (hash.digest("hex") !== trailer.sha256) return { miss: "corrupt (checksum mismatch)" };
    return checkParts(parts);
  } catch (error) {
    return { miss: `unreadable: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function checkParts(parts: Record<Part, unknown>): CacheRead {
  if (!isArrayOf(parts.documents, isDocument)) return { miss: "corrupt (documents of the wrong shape)" };
  if (!isCatalogue(parts.catalogue)) return { miss: "corrupt (catalogue of the wrong shape)" };
  if (!isArrayOf(parts.warnings, (warning) => typeof warning.file === "string" && typeof warning.message === "string")) {
    return { miss: "corrupt (warnings of the wrong shape)" };
  }
  const index = loadSearchIndex(parts.index as SerialisedSearchIndex);
  if (!index) return { miss: "the cached index does not load (old index format or damaged)" };
  return { snapshot: assembleSnapshot(parts.documents as KnowledgeDocument[], parts.catalogue, index, parts.warnings as KnowledgeWarning[]) };
}

/** Writes the cache atomically (temp file + rename): readers see the old file or the new one whole. */
export async function writeCache(file: string, key: string, snapshot: BuiltSnapshot): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  const handle = await fs.open(temp, "w");
  try {
    const hash = sha256();
    const lengths: number[] = [];
    const values: Record<Part, () => unknown> = {
      documents: () => snapshot.documents,
      catalogue: () => snapshot.catalogue,
      index: () => snapshot.index.toJSON(),
      warnings: () => snapshot.warnings,
    };
    // One part at a time, so only one part's JSON text is in memory at once.
    for (const part of PARTS) {
      const bytes = Buffer.from(`${JSON.stringify(values[part]())}\n`);
      hash.update(bytes);
      lengths.push(bytes.length);
      await handle.write(bytes);
    }
    const trailer: Trailer = { format: CACHE_FORMAT, key, lengths, sha256: hash.digest("hex") };
    await handle.write(`${JSON.stringify(trailer)}\n`);
    await handle.close();
    await fs.rename(temp, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw error;
  }
}
