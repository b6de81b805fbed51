// The built snapshot cached in one file per knowledge folder, so a restart skips parsing, extraction,
// indexing and the views (load.ts decides when to read and write it). The cache is keyed by a hash of
// every file the folder holds (path + bytes, read once: the same bytes are parsed on a miss) and of
// the code version; anything unexpected in the file (missing, stale, truncated, corrupt, wrong shape,
// an index that does not load) makes it a miss that is logged with its reason and rebuilt: a cache is
// never trusted. The file holds the snapshot in the compact form of snapshot-file.ts, section after
// section, then a trailer:
//   values | strings | trailer (JSON: format, key, each section's length and SHA-256) | trailer length (u32 LE) | MAGIC
// The trailer is written last, so a truncated file has none, and a stale key is found by reading the
// last few kilobytes only. Sections are read one at a time, each checked against its checksum before
// a byte of it is decoded, and written chunk by chunk: no single string or JSON text holds the
// snapshot. Writes go to a temp file, then rename.
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
import type { Catalogue } from "../knowledge/types.js";
import { loadSearchIndex } from "../search/build.js";
import { MINISEARCH_OPTIONS } from "../search/options.js";
import { assembleSnapshot } from "./build.js";
import type { BuiltSnapshot } from "./snapshot.js";
import { readStringTable } from "./codec.js";
import { decodeSnapshot, decodeValues, SECTIONS, type EncodedSnapshot, type SectionBytes, type SectionName, type SnapshotParts } from "./snapshot-file.js";

/** Bumped whenever the file layout or the meaning of a cached part changes. */
export const CACHE_FORMAT = 3;

/** Reading or writing the cache takes longer than this: a miss (or an unwritten cache), never a hang.
 *  Generous: at 100k passages the file is over a hundred megabytes. */
export const CACHE_IO_DEADLINE_MS = 120_000;

/** The file's last bytes: what says it is a snapshot cache at all. */
const MAGIC = Buffer.from("WPSNAP\r\n", "latin1");
/** Trailer length (u32) + MAGIC. */
const END_BYTES = 4 + MAGIC.length;
/** The trailer is one short JSON text; a longer one is damage. */
const TRAILER_MAX_BYTES = 4096;
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

/** `<cacheDir>/knowledge-<hash of the folder's absolute path>.snapshot`: one file per knowledge
 *  folder, overwritten when its key changes (no pile of old caches). */
export function cacheFilePath(cacheDir: string, knowledgeDir: string): string {
  const id = sha256().update(path.resolve(knowledgeDir)).digest("hex").slice(0, 16);
  return path.join(cacheDir, `knowledge-${id}.snapshot`);
}

/** Where cache format 1 (JSON lines) kept the same folder's cache: removed once the new one is written. */
const legacyCacheFile = (file: string): string => file.replace(/\.snapshot$/, ".json");

/** A miss is expected (no file yet, knowledge or code changed: logged at info) or a damaged file
 *  (logged at warn). A hit has the snapshot and, when asked for, the sections it was read from. */
export type CacheRead = { snapshot: BuiltSnapshot; sections?: SectionBytes } | { miss: string; expected?: true };

interface Trailer {
  format: number;
  key: string;
  sections: Array<{ name: string; bytes: number; sha256: string }>;
}

function isTrailer(value: unknown): value is Trailer {
  const trailer = value as Partial<Trailer> | null;
  return (
    typeof trailer === "object" &&
    trailer !== null &&
    typeof trailer.format === "number" &&
    typeof trailer.key === "string" &&
    Array.isArray(trailer.sections) &&
    trailer.sections.length === SECTIONS.length &&
    trailer.sections.every(
      (section, i) => section?.name === FILE_ORDER[i] && Number.isSafeInteger(section.bytes) && section.bytes > 0 && typeof section.sha256 === "string",
    )
  );
}

/** Sections in the order the file holds them (values are written as the strings they name are met). */
const FILE_ORDER: readonly (typeof SECTIONS)[number][] = ["values", "strings"];

const isArrayOf = (value: unknown, item: (entry: Record<string, unknown>) => boolean): boolean =>
  Array.isArray(value) && value.every((entry) => typeof entry === "object" && entry !== null && item(entry as Record<string, unknown>));

function isDocument(entry: Record<string, unknown>): boolean {
  return typeof entry.slug === "string" && typeof entry.title === "string" && isArrayOf(entry.passages, (passage) => typeof passage.id === "string" && typeof passage.text === "string");
}

function isCatalogue(value: unknown): value is Catalogue {
  const catalogue = value as Partial<Record<keyof Catalogue, unknown>> | null;
  return typeof catalogue === "object" && catalogue !== null && [catalogue.series, catalogue.editions, catalogue.countries, catalogue.regions].every(Array.isArray);
}

function isTables(value: unknown): value is SnapshotParts["tables"] {
  const tables = value as { passages?: unknown; view?: Record<string, unknown>; completions?: Record<string, unknown> } | null;
  return (
    tables?.passages instanceof Map &&
    typeof tables.view === "object" &&
    tables.view !== null &&
    tables.view.editionById instanceof Map &&
    tables.view.countryByCode instanceof Map &&
    typeof tables.view.themeIndex === "object" &&
    ["courses", "countries", "themes"].every((list) => typeof tables.completions?.[list] === "object" && tables.completions[list] !== null)
  );
}

/** Reads the cache file for `key`; any problem is a miss with its reason, never a throw. With
 *  `keepSections`, a hit also has the checked sections (the build worker hands them on as they are). */
export async function readCache(file: string, key: string, options: { keepSections?: boolean; onKeyMatch?: () => void } = {}): Promise<CacheRead> {
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
    if (size < END_BYTES) return { miss: "truncated or corrupt (no trailer)" };
    const end = Buffer.alloc(END_BYTES);
    await handle.read(end, 0, END_BYTES, size - END_BYTES);
    if (!end.subarray(4).equals(MAGIC)) return { miss: "truncated or corrupt (no trailer)" };
    const trailerLength = end.readUInt32LE(0);
    if (trailerLength > TRAILER_MAX_BYTES || trailerLength > size - END_BYTES) return { miss: "truncated or corrupt (unreadable trailer)" };
    const trailerBytes = Buffer.alloc(trailerLength);
    await handle.read(trailerBytes, 0, trailerLength, size - END_BYTES - trailerLength);
    let trailer: unknown;
    try {
      trailer = JSON.parse(trailerBytes.toString("utf8"));
    } catch {
      return { miss: "truncated or corrupt (unreadable trailer)" };
    }
    if (!isTrailer(trailer)) {
      const format = (trailer as { format?: unknown } | null)?.format;
      if (typeof format === "number" && format !== CACHE_FORMAT) return { miss: `written in cache format ${format}, not ${CACHE_FORMAT}`, expected: true };
      return { miss: "corrupt (trailer of the wrong shape)" };
    }
    if (trailer.format !== CACHE_FORMAT) return { miss: `written in cache format ${trailer.format}, not ${CACHE_FORMAT}`, expected: true };
    if (trailer.key !== key) return { miss: "stale (the knowledge files or the code changed)", expected: true };
    const bodyLength = trailer.sections.reduce((sum, section) => sum + section.bytes, 0);
    if (bodyLength + trailerLength + END_BYTES !== size) return { miss: "truncated or corrupt (size does not match the trailer)" };
    options.onKeyMatch?.();
    // Section by section, each checked before it is decoded (none is used unless all match).
    const offsets = new Map<string, number>();
    let offset = 0;
    for (const section of trailer.sections) {
      offsets.set(section.name, offset);
      offset += section.bytes;
    }
    const readSection = async (name: SectionName): Promise<Buffer | string> => {
      const section = trailer.sections.find((one) => one.name === name)!;
      const bytes = Buffer.allocUnsafeSlow(section.bytes);
      if (!(await readFully(handle, bytes, offsets.get(name)!))) return "truncated (file shorter than its trailer says)";
      if (createHash("sha256").update(bytes).digest("hex") !== section.sha256) return "corrupt (checksum mismatch)";
      return bytes;
    };
    if (options.keepSections) {
      const sections: Partial<SectionBytes> = {};
      for (const name of FILE_ORDER) {
        const bytes = await readSection(name);
        if (typeof bytes === "string") return { miss: bytes };
        sections[name] = bytes;
      }
      const read = checkParts(() => decodeSnapshot(sections as SectionBytes));
      return "snapshot" in read ? { ...read, sections: sections as SectionBytes } : read;
    }
    // The strings first, made into strings before the values are read: their bytes (most of the
    // file) are let go before the snapshot is made, so they and it are never in memory together.
    let stringBytes: Buffer | string | undefined = await readSection("strings");
    if (typeof stringBytes === "string") return { miss: stringBytes };
    let strings: string[];
    try {
      strings = readStringTable(stringBytes);
    } catch (error) {
      return { miss: `corrupt (undecodable: ${error instanceof Error ? error.message : String(error)})` };
    }
    stringBytes = undefined;
    const valueBytes = await readSection("values");
    if (typeof valueBytes === "string") return { miss: valueBytes };
    return checkParts(() => decodeValues(valueBytes, strings));
  } catch (error) {
    return { miss: `unreadable: ${error instanceof Error ? error.message : String(error)}` };
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/** Fills `bytes` from `position` on, over as many reads as it takes; false when the file ends first. */
async function readFully(handle: fs.FileHandle, bytes: Buffer, position: number): Promise<boolean> {
  for (let at = 0; at < bytes.length; ) {
    const { bytesRead } = await handle.read(bytes, at, bytes.length - at, position + at);
    if (bytesRead === 0) return false;
    at += bytesRead;
  }
  return true;
}

/** The parts decoded and checked: a miss naming what is wrong, or the snapshot. */
function checkParts(decode: () => unknown): CacheRead {
  let decoded: unknown;
  try {
    decoded = decode();
  } catch (error) {
    return { miss: `corrupt (undecodable: ${error instanceof Error ? error.message : String(error)})` };
  }
  return snapshotFromParts(decoded);
}

/** What is wrong with decoded parts (the part of the wrong shape), or undefined when they are parts. */
export function partsProblem(decoded: unknown): string | undefined {
  const parts = (typeof decoded === "object" && decoded !== null ? decoded : {}) as Partial<Record<keyof SnapshotParts, unknown>>;
  if (!isArrayOf(parts.documents, isDocument)) return "corrupt (documents of the wrong shape)";
  if (!isCatalogue(parts.catalogue)) return "corrupt (catalogue of the wrong shape)";
  if (!isArrayOf(parts.warnings, (warning) => typeof warning.file === "string" && typeof warning.message === "string")) return "corrupt (warnings of the wrong shape)";
  if (!isTables(parts.tables)) return "corrupt (views of the wrong shape)";
  return undefined;
}

/** Decoded parts → the snapshot, or a miss naming the part of the wrong shape. */
function snapshotFromParts(decoded: unknown): CacheRead {
  const problem = partsProblem(decoded);
  if (problem) return { miss: problem };
  const parts = decoded as SnapshotParts;
  const index = loadSearchIndex(parts.index);
  if (!index) return { miss: "the cached index does not load (old index format or damaged)" };
  return { snapshot: assembleSnapshot(parts.documents, parts.catalogue, index, parts.warnings, parts.tables) };
}

/** Writes the cache atomically (temp file + rename): readers see the old file or the new one whole.
 *  The sections are written chunk by chunk as encodeSnapshot made them. */
export async function writeCache(file: string, key: string, encoded: EncodedSnapshot): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const temp = `${file}.${process.pid}.${randomUUID()}.tmp`;
  const handle = await fs.open(temp, "w");
  try {
    const sections: Trailer["sections"] = [];
    for (const name of FILE_ORDER) {
      const hash = createHash("sha256");
      let bytes = 0;
      for (const chunk of encoded[name]) {
        hash.update(chunk);
        bytes += chunk.length;
        await handle.write(chunk);
      }
      sections.push({ name, bytes, sha256: hash.digest("hex") });
    }
    const trailer = Buffer.from(JSON.stringify({ format: CACHE_FORMAT, key, sections } satisfies Trailer));
    const end = Buffer.alloc(END_BYTES);
    end.writeUInt32LE(trailer.length, 0);
    MAGIC.copy(end, 4);
    await handle.write(Buffer.concat([trailer, end]));
    await handle.close();
    await fs.rename(temp, file);
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw error;
  }
  await fs.rm(legacyCacheFile(file), { force: true }).catch(() => undefined);
}
