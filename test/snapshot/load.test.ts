import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KnowledgeDirError } from "../../src/knowledge/load.js";
import { loadSnapshot } from "../../src/snapshot/load.js";
import { decodeSnapshot, type SnapshotParts } from "../../src/snapshot/snapshot-file.js";

describe("loadSnapshot", () => {
  it("loads the bundled knowledge into passages, catalogue and index", async () => {
    const k = (await loadSnapshot("knowledge")).snapshot;
    expect(k.documents.map((document) => document.slug)).toEqual(["000_c889310df7d76567"]);
    expect(k.passages.size).toBe(7);
    expect(k.catalogue.editions).toHaveLength(4);
    expect(k.warnings).toEqual([]);
    expect(k.index.searchPassages("graduates").map((hit) => hit.passageId)).toEqual(["000_c889310df7d76567#p7"]);
  });

  it("GIVEN keepSections THEN also the compact form, built or read from the cache, which decodes to the same parts", async () => {
    const cacheDir = await mkdtemp(path.join(tmpdir(), "knowledge-sections-"));
    try {
      const plain = await loadSnapshot("knowledge");
      expect(plain.sections).toBe(undefined);
      const built = await loadSnapshot("knowledge", { cacheDir, keepSections: true });
      const cached = await loadSnapshot("knowledge", { cacheDir, keepSections: true });
      expect([built.source, cached.source]).toEqual(["built", "cache"]);
      for (const loaded of [built, cached]) {
        const parts = decodeSnapshot(loaded.sections!) as SnapshotParts;
        expect(parts.documents).toEqual(plain.snapshot.documents);
        expect(parts.catalogue).toEqual(plain.snapshot.catalogue);
      }
      expect(Buffer.from(cached.sections!.values)).toEqual(Buffer.from(built.sections!.values));
    } finally {
      await rm(cacheDir, { recursive: true, force: true });
    }
  });

  it("rejects a missing folder with KnowledgeDirError", async () => {
    await expect(loadSnapshot(path.join(tmpdir(), "no-such-knowledge-dir-c"))).rejects.toBeInstanceOf(KnowledgeDirError);
  });

  it("rejects an empty folder with KnowledgeDirError", async () => {
    const dir = await mkdtemp(path.join(tmpdir(), "knowledge-empty-"));
    try {
      await expect(loadSnapshot(dir)).rejects.toBeInstanceOf(KnowledgeDirError);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
