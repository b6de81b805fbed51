import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { KnowledgeDirError } from "../../src/knowledge/load.js";
import { loadSnapshot } from "../../src/snapshot/load.js";

describe("loadSnapshot", () => {
  it("loads the bundled knowledge into passages, catalogue and index", async () => {
    const k = (await loadSnapshot("knowledge")).snapshot;
    expect(k.documents.map((document) => document.slug)).toEqual(["000_c889310df7d76567"]);
    expect(k.passages.size).toBe(7);
    expect(k.catalogue.editions).toHaveLength(4);
    expect(k.warnings).toEqual([]);
    expect(k.index.searchPassages("graduates").map((hit) => hit.passageId)).toEqual(["000_c889310df7d76567#p7"]);
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
