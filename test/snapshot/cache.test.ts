import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { afterEach, describe, expect, it } from "vitest";
import { cacheFilePath, cacheKey, codeVersion, readCache, writeCache } from "../../src/snapshot/cache.js";
import { ByteWriter, StringTable } from "../../src/snapshot/codec.js";
import { encodeParts, encodeSnapshot } from "../../src/snapshot/snapshot-file.js";
import { loadSnapshot, loadSnapshotIfChanged } from "../../src/snapshot/load.js";
import { KnowledgeDirError, readKnowledgeFolder } from "../../src/knowledge/load.js";
import { createLogger, type Logger } from "../../src/logger.js";

const DOC_A = "---\ntitle: White Paper 2014\n---\n## Governance\n\nThe 8th GG Seminar was held in Bangkok in 2014.\n";
const DOC_B = "---\ntitle: White Paper 2015\n---\n## Rule of law\n\nJapan trained prosecutors from Viet Nam and Laos.\n";

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

/** A temporary project: `knowledge/` holding `files`, and a `cache/` folder path (not created). */
async function project(files: Record<string, string> = { "a.md": DOC_A, "b.md": DOC_B }): Promise<{ dir: string; cacheDir: string; file: string }> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "knowledge-cache-"));
  folders.push(root);
  const dir = path.join(root, "knowledge");
  await fs.mkdir(dir);
  for (const [name, content] of Object.entries(files)) await fs.writeFile(path.join(dir, name), content);
  const cacheDir = path.join(root, "cache");
  return { dir, cacheDir, file: cacheFilePath(cacheDir, dir) };
}

interface LogLine {
  level: number;
  msg: string;
  reason?: string;
}

/** A logger that records its lines, so tests can assert the reason a cache was not used. */
function recordingLogger(): { logger: Logger; lines: LogLine[] } {
  const lines: LogLine[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as LogLine);
      done();
    },
  });
  return { logger: createLogger("info", stream), lines };
}

const WARN = 40;
const INFO = 30;

describe("loadSnapshot", () => {
  it("builds and writes the cache on a cold start, then loads the same knowledge from it", async () => {
    const { dir, cacheDir, file } = await project();
    const { logger, lines } = recordingLogger();
    const cold = await loadSnapshot(dir, { cacheDir, logger });
    expect(cold.source).toBe("built");
    expect(lines.map((line) => [line.level, line.msg, line.reason])).toEqual([
      [INFO, "knowledge cache not used; building", "no cache file yet"],
      [INFO, "knowledge built", undefined],
      [INFO, "knowledge cache written", undefined],
    ]);
    expect((await fs.readdir(cacheDir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);

    const warm = await loadSnapshot(dir, { cacheDir, logger });
    expect(warm.source).toBe("cache");
    expect(warm.key).toBe(cold.key);
    expect(warm.snapshot.documents).toEqual(cold.snapshot.documents);
    expect(warm.snapshot.catalogue).toEqual(cold.snapshot.catalogue);
    expect(warm.snapshot.warnings).toEqual(cold.snapshot.warnings);
    expect([...warm.snapshot.passages.keys()]).toEqual([...cold.snapshot.passages.keys()]);
    for (const query of ["GG Seminar", "Bangkok", "Vietnam", "prosecuters", "nothing-like-this"]) {
      expect(warm.snapshot.index.searchPassages(query)).toEqual(cold.snapshot.index.searchPassages(query));
    }
    expect(warm.snapshot.index.searchPassages("Bangkok").map((hit) => hit.passageId)).toEqual(["a#p1"]);
    expect(await fs.stat(file).then((stats) => stats.isFile())).toBe(true);
  });

  it("without a cache folder builds every time and writes nothing", async () => {
    const { dir, cacheDir } = await project();
    const { logger } = recordingLogger();
    expect((await loadSnapshot(dir, { logger })).source).toBe("built");
    expect((await loadSnapshot(dir, { logger })).source).toBe("built");
    await expect(fs.stat(cacheDir)).rejects.toMatchObject({ code: "ENOENT" });
  });

  const damage: Array<[string, (bytes: Buffer) => Buffer, string]> = [
    ["garbage bytes", () => Buffer.from([0xff, 0x00, 0x13, 0x37, 0x0a, 0x80, 0x0a]), "truncated or corrupt (no trailer)"],
    ["an empty file", () => Buffer.alloc(0), "truncated or corrupt (no trailer)"],
    ["a file cut in half", (bytes) => bytes.subarray(0, bytes.length >> 1), "truncated or corrupt (no trailer)"],
    ["a file missing its last byte", (bytes) => bytes.subarray(0, bytes.length - 1), "truncated or corrupt (no trailer)"],
    ["a trailer length past the file's start", (bytes) => withTrailerLength(bytes, bytes.length), "truncated or corrupt (unreadable trailer)"],
    ["a trailer that is not JSON", (bytes) => withTrailerText(bytes, "{not json"), "truncated or corrupt (unreadable trailer)"],
    ["a flipped byte in the values", (bytes) => flip(bytes, 40), "corrupt (checksum mismatch)"],
    ["a flipped byte in the strings", (bytes) => flip(bytes, sectionBytes(bytes, "values") + 40), "corrupt (checksum mismatch)"],
    ["the first bytes dropped", (bytes) => bytes.subarray(10), "truncated or corrupt (size does not match the trailer)"],
    ["a trailer of the wrong shape", (bytes) => replaceTrailer(bytes, () => ({ format: 3, key: 7 })), "corrupt (trailer of the wrong shape)"],
    ["an older cache format", (bytes) => replaceTrailer(bytes, (trailer) => ({ ...trailer, format: 1 })), "written in cache format 1, not 3"],
    ["an older format's trailer shape", () => withTrailerText(Buffer.alloc(0), JSON.stringify({ format: 1, key: "k", lengths: [1] })), "written in cache format 1, not 3"],
  ];

  it.each(damage)("GIVEN %s THEN it is not trusted: rebuilt, logged with the reason, overwritten", async (_what, spoil, reason) => {
    const { dir, cacheDir, file } = await project();
    const { logger, lines } = recordingLogger();
    const cold = await loadSnapshot(dir, { cacheDir, logger });
    const good = await fs.readFile(file);
    await fs.writeFile(file, spoil(good));
    lines.length = 0;

    const again = await loadSnapshot(dir, { cacheDir, logger });
    expect(again.source).toBe("built");
    expect(again.snapshot.documents).toEqual(cold.snapshot.documents);
    expect(lines[0]).toMatchObject({ msg: "knowledge cache not used; building", reason });
    expect(await fs.readFile(file)).toEqual(good);
    expect((await loadSnapshot(dir, { cacheDir, logger })).source).toBe("cache");
  });

  it("logs damage at warn and an expected miss (stale, missing) at info", async () => {
    const { dir, cacheDir, file } = await project();
    const { logger, lines } = recordingLogger();
    await loadSnapshot(dir, { cacheDir, logger });
    await fs.writeFile(file, "{}\n");
    lines.length = 0;
    await loadSnapshot(dir, { cacheDir, logger });
    expect(lines[0]).toMatchObject({ level: WARN, reason: "truncated or corrupt (no trailer)" });
  });

  it("GIVEN a cache written under another key (a copied file) THEN stale: rebuilt and overwritten", async () => {
    const one = await project();
    const other = await project({ "a.md": DOC_B });
    const { logger, lines } = recordingLogger();
    await loadSnapshot(other.dir, { cacheDir: other.cacheDir, logger });
    await loadSnapshot(one.dir, { cacheDir: one.cacheDir, logger });
    await fs.copyFile(other.file, one.file);
    lines.length = 0;

    const loaded = await loadSnapshot(one.dir, { cacheDir: one.cacheDir, logger });
    expect(loaded.source).toBe("built");
    expect(loaded.snapshot.documents.map((document) => document.slug)).toEqual(["a", "b"]);
    expect(lines[0]).toMatchObject({ level: INFO, reason: "stale (the knowledge files or the code changed)" });
    expect((await loadSnapshot(one.dir, { cacheDir: one.cacheDir, logger })).source).toBe("cache");
  });

  it("GIVEN a new code version THEN the cache is stale and rebuilt", async () => {
    const { dir, cacheDir } = await project();
    const { logger } = recordingLogger();
    await loadSnapshot(dir, { cacheDir, logger, codeVersion: "v1" });
    expect((await loadSnapshot(dir, { cacheDir, logger, codeVersion: "v1" })).source).toBe("cache");
    expect((await loadSnapshot(dir, { cacheDir, logger, codeVersion: "v2" })).source).toBe("built");
    expect((await loadSnapshot(dir, { cacheDir, logger, codeVersion: "v2" })).source).toBe("cache");
  });

  it("GIVEN an edited knowledge file THEN a new key, and the edit is in the rebuilt knowledge", async () => {
    const { dir, cacheDir } = await project();
    const { logger } = recordingLogger();
    const before = await loadSnapshot(dir, { cacheDir, logger });
    await fs.writeFile(path.join(dir, "a.md"), DOC_A.replace("Bangkok", "Manila"));
    const after = await loadSnapshot(dir, { cacheDir, logger });
    expect(after.key).not.toBe(before.key);
    expect(after.source).toBe("built");
    expect(after.snapshot.index.searchPassages("Manila").map((hit) => hit.passageId)).toEqual(["a#p1"]);
    expect(after.snapshot.index.searchPassages("Bangkok")).toEqual([]);
  });

  it("GIVEN a cache folder that cannot be created THEN the knowledge still loads, with a warning", async () => {
    const { dir } = await project();
    const blocker = path.join(path.dirname(dir), "not-a-folder");
    await fs.writeFile(blocker, "");
    const { logger, lines } = recordingLogger();
    const loaded = await loadSnapshot(dir, { cacheDir: blocker, logger });
    expect(loaded.source).toBe("built");
    expect(lines.at(-1)).toMatchObject({ level: WARN, msg: "knowledge cache not written; the next start rebuilds" });
  });

  it("rejects a folder with no document with KnowledgeDirError, as the loader does", async () => {
    const { dir, cacheDir } = await project({});
    const { logger } = recordingLogger();
    await expect(loadSnapshot(dir, { cacheDir, logger })).rejects.toBeInstanceOf(KnowledgeDirError);
  });
});

describe("loadSnapshotIfChanged", () => {
  it("is unchanged for the current key, and loads once a file changes", async () => {
    const { dir, cacheDir } = await project();
    const { logger } = recordingLogger();
    const first = await loadSnapshot(dir, { cacheDir, logger });
    expect(await loadSnapshotIfChanged(dir, first.key, { cacheDir, logger })).toEqual({ source: "unchanged", key: first.key });
    await fs.writeFile(path.join(dir, "c.md"), DOC_A);
    expect((await loadSnapshotIfChanged(dir, first.key, { cacheDir, logger })).source).toBe("built");
  });
});

describe("cacheKey", () => {
  it.each([
    ["a file's bytes change", { "a.md": DOC_A.replace("8th", "9th"), "b.md": DOC_B }],
    ["a file is renamed", { "a2.md": DOC_A, "b.md": DOC_B }],
    ["a file is added", { "a.md": DOC_A, "b.md": DOC_B, "c.txt": "x" }],
    ["a file is removed", { "a.md": DOC_A }],
    ["a non-knowledge file appears (it gives a warning)", { "a.md": DOC_A, "b.md": DOC_B, "notes.pdf": "x" }],
  ])("changes when %s", async (_what, files) => {
    const base = await project();
    const changed = await project(files);
    const key = async (dir: string): Promise<string> => cacheKey(await readKnowledgeFolder(dir), "v");
    expect(await key(changed.dir)).not.toBe(await key(base.dir));
  });

  it("is the same for the same files in another folder, and differs by code version", async () => {
    const one = await project();
    const two = await project();
    const folder = await readKnowledgeFolder(one.dir);
    expect(cacheKey(await readKnowledgeFolder(two.dir), "v")).toBe(cacheKey(folder, "v"));
    expect(cacheKey(folder, "w")).not.toBe(cacheKey(folder, "v"));
    expect(cacheKey(folder, "v")).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe("codeVersion", () => {
  it("is a stable hex digest", async () => {
    const version = await codeVersion();
    expect(version).toMatch(/^[0-9a-f]{64}$/);
    expect(await codeVersion()).toBe(version);
  });
});

describe("cacheFilePath", () => {
  it("names one file per knowledge folder inside the cache folder", () => {
    const file = cacheFilePath("/var/cache/bot", "/srv/knowledge");
    expect(path.dirname(file)).toBe("/var/cache/bot");
    expect(path.basename(file)).toMatch(/^knowledge-[0-9a-f]{16}\.snapshot$/);
    expect(cacheFilePath("/var/cache/bot", "/srv/other")).not.toBe(file);
  });
});

describe("readCache and writeCache", () => {
  it("round-trips, and a missing file is an expected miss", async () => {
    const { dir, cacheDir, file } = await project();
    const { logger } = recordingLogger();
    expect(await readCache(file, "k")).toEqual({ miss: "no cache file yet", expected: true });
    const { snapshot: knowledge } = await loadSnapshot(dir, { logger });
    await writeCache(file, "k", encodeSnapshot(knowledge));
    const read = await readCache(file, "k");
    expect("snapshot" in read && read.snapshot.documents).toEqual(knowledge.documents);
    expect("snapshot" in read && read.sections).toBe(undefined);
    expect(await readCache(file, "other")).toEqual({ miss: "stale (the knowledge files or the code changed)", expected: true });
    expect(await fs.readdir(cacheDir)).toEqual([path.basename(file)]);
  });

  it("says when the key matched (before the sections are read): a hit, or a damaged file; never a stale one", async () => {
    const { dir, file } = await project();
    const { snapshot: knowledge } = await loadSnapshot(dir, { logger: recordingLogger().logger });
    await writeCache(file, "k", encodeSnapshot(knowledge));
    const matched = async (key: string): Promise<[boolean, string]> => {
      let called = false;
      const read = await readCache(file, key, { onKeyMatch: () => (called = true) });
      return [called, "snapshot" in read ? "hit" : read.miss];
    };
    expect(await matched("k")).toEqual([true, "hit"]);
    expect(await matched("other")).toEqual([false, "stale (the knowledge files or the code changed)"]);
    const bytes = await fs.readFile(file);
    bytes[40] = bytes[40]! ^ 0xff;
    await fs.writeFile(file, bytes);
    expect(await matched("k")).toEqual([true, "corrupt (checksum mismatch)"]);
  });

  it("GIVEN a damaged cache whose key matches THEN the files are read again and built: the same knowledge as the files hold", async () => {
    const { dir, cacheDir, file } = await project();
    const first = await loadSnapshot(dir, { cacheDir, logger: recordingLogger().logger });
    const bytes = await fs.readFile(file);
    bytes[40] = bytes[40]! ^ 0xff;
    await fs.writeFile(file, bytes);
    const phases: string[] = [];
    const again = await loadSnapshot(dir, { cacheDir, logger: recordingLogger().logger, onPhase: (phase) => phases.push(phase) });
    expect([again.source, again.key === first.key, phases]).toEqual(["built", true, ["read", "read", "parse", "extract", "index", "views"]]);
    expect(again.snapshot.documents).toEqual(first.snapshot.documents);
  });

  it("GIVEN keepSections THEN a hit also has the checked sections, which decode to the same snapshot", async () => {
    const { dir, file } = await project();
    const { snapshot: knowledge } = await loadSnapshot(dir, { logger: recordingLogger().logger });
    const encoded = encodeSnapshot(knowledge);
    await writeCache(file, "k", encoded);
    const read = await readCache(file, "k", { keepSections: true });
    if (!("snapshot" in read) || !read.sections) throw new Error("expected a hit with its sections");
    expect(Buffer.from(read.sections.strings)).toEqual(Buffer.concat(encoded.strings));
    expect(Buffer.from(read.sections.values)).toEqual(Buffer.concat(encoded.values));
  });

  it("GIVEN parts of the wrong shape with a matching checksum THEN a miss naming the part", async () => {
    const { file } = await project();
    const parts = { documents: [{ slug: 1 }], catalogue: {}, warnings: [], index: {}, tables: {} } as never;
    await writeCache(file, "k", encodeParts(parts, new Map()));
    expect(await readCache(file, "k")).toEqual({ miss: "corrupt (documents of the wrong shape)" });
  });

  it("GIVEN sections with matching checksums that do not decode THEN a miss saying so", async () => {
    const { file } = await project();
    const strings = new ByteWriter();
    new StringTable().write(strings);
    await writeCache(file, "k", { strings: strings.finish(), values: [Buffer.from([0xff])] });
    expect(await readCache(file, "k")).toEqual({ miss: "corrupt (undecodable: snapshot bytes hold an unknown tag 255)" });
  });

  it("GIVEN views of the wrong shape THEN a miss naming them", async () => {
    const { dir, file } = await project();
    const { snapshot: knowledge } = await loadSnapshot(dir, { logger: recordingLogger().logger });
    const parts = { documents: [...knowledge.documents], catalogue: knowledge.catalogue, warnings: [], index: knowledge.index.toJSON(), tables: { view: {}, completions: {} } } as never;
    await writeCache(file, "k", encodeParts(parts, knowledge.passages));
    expect(await readCache(file, "k")).toEqual({ miss: "corrupt (views of the wrong shape)" });
  });

  it("removes the same folder's cache of the old format (JSON lines) once the new one is written", async () => {
    const { dir, cacheDir, file } = await project();
    await fs.mkdir(cacheDir, { recursive: true });
    const legacy = file.replace(/\.snapshot$/, ".json");
    await fs.writeFile(legacy, "[]\n");
    await loadSnapshot(dir, { cacheDir, logger: recordingLogger().logger });
    expect(await fs.readdir(cacheDir)).toEqual([path.basename(file)]);
  });
});

function flip(bytes: Buffer, at: number): Buffer {
  const copy = Buffer.from(bytes);
  copy[at] = copy[at]! ^ 0x20;
  return copy;
}

/** The file's layout: … sections | trailer JSON | trailer length (u32 LE) | 8 bytes of magic. */
const END = 12;

function trailerOf(bytes: Buffer): { start: number; trailer: Record<string, unknown> } {
  const length = bytes.readUInt32LE(bytes.length - END);
  const start = bytes.length - END - length;
  return { start, trailer: JSON.parse(bytes.toString("utf8", start, bytes.length - END)) as Record<string, unknown> };
}

/** The size of the section `name` as the trailer records it. */
function sectionBytes(bytes: Buffer, name: string): number {
  const sections = trailerOf(bytes).trailer.sections as Array<{ name: string; bytes: number }>;
  return sections.find((section) => section.name === name)!.bytes;
}

/** `body` followed by `text` as its trailer, with the real magic. */
function withTrailerText(bytes: Buffer, text: string): Buffer {
  const body = bytes.length ? bytes.subarray(0, trailerOf(bytes).start) : bytes;
  const trailer = Buffer.from(text);
  const end = Buffer.alloc(END);
  end.writeUInt32LE(trailer.length, 0);
  end.write("WPSNAP\r\n", 4, "latin1");
  return Buffer.concat([body, trailer, end]);
}

/** The file with the trailer length field set to `length`. */
function withTrailerLength(bytes: Buffer, length: number): Buffer {
  const copy = Buffer.from(bytes);
  copy.writeUInt32LE(length, copy.length - END);
  return copy;
}

/** The file with its trailer rewritten by `change`. */
function replaceTrailer(bytes: Buffer, change: (trailer: Record<string, unknown>) => unknown): Buffer {
  return withTrailerText(bytes, JSON.stringify(change(trailerOf(bytes).trailer)));
}
