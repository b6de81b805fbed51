import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { setImmediate as nextTurn } from "node:timers/promises";
import { afterEach, describe, expect, it, vi } from "vitest";
import { answerAsk } from "../../src/answers/index.js";
import { loadSnapshot, type LoadedSnapshot, type LoadOutcome } from "../../src/snapshot/load.js";
import { KnowledgeDirError } from "../../src/knowledge/load.js";
import { createSnapshotStore, openSnapshotStore, type SnapshotStore } from "../../src/snapshot/store.js";
import { silentLogger } from "../../src/logger.js";

const doc = (place: string): string => `---\ntitle: White Paper 2014\n---\n## Governance\n\nThe 8th GG Seminar was held in ${place} in 2014.\n`;

const folders: string[] = [];
const disposers: Array<() => void> = [];
afterEach(async () => {
  for (const dispose of disposers.splice(0)) dispose();
  await Promise.all(folders.splice(0).map((dir) => fs.rm(dir, { recursive: true, force: true })));
});

async function knowledgeFolder(files: Record<string, string> = { "a.md": doc("Bangkok") }): Promise<{ dir: string; cacheDir: string }> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), "knowledge-store-"));
  folders.push(root);
  const dir = path.join(root, "knowledge");
  await fs.mkdir(dir);
  for (const [name, content] of Object.entries(files)) await fs.writeFile(path.join(dir, name), content);
  return { dir, cacheDir: path.join(root, "cache") };
}

const logger = silentLogger();
const hits = (store: SnapshotStore, query: string): string[] => store.current().index.searchPassages(query).map((hit) => hit.passageId);

/** A loader whose loads finish only when the test says so, counting calls. */
function gatedLoader(dir: string): { load: (key: string) => Promise<LoadOutcome>; calls: () => number; release: () => void } {
  let calls = 0;
  let open!: () => void;
  let gate = new Promise<void>((resolve) => (open = resolve));
  return {
    load: async () => {
      calls += 1;
      await gate;
      return loadSnapshot(dir, { logger });
    },
    calls: () => calls,
    release: () => {
      open();
      gate = new Promise<void>((resolve) => (open = resolve));
    },
  };
}

describe("openSnapshotStore", () => {
  it("starts from the folder and writes the cache; a second store starts from the cache", async () => {
    const { dir, cacheDir } = await knowledgeFolder();
    const store = await openSnapshotStore(dir, { cacheDir, logger });
    expect(hits(store, "Bangkok")).toEqual(["a#p1"]);
    expect(await fs.readdir(cacheDir)).toHaveLength(1);
    const again = await openSnapshotStore(dir, { cacheDir, logger });
    expect(hits(again, "Bangkok")).toEqual(["a#p1"]);
  });

  it("rejects an empty folder with KnowledgeDirError", async () => {
    const { dir, cacheDir } = await knowledgeFolder({});
    await expect(openSnapshotStore(dir, { cacheDir, logger })).rejects.toBeInstanceOf(KnowledgeDirError);
  });
});

describe("SnapshotStore.reload", () => {
  it("GIVEN unchanged files THEN unchanged, same snapshot", async () => {
    const { dir, cacheDir } = await knowledgeFolder();
    const store = await openSnapshotStore(dir, { cacheDir, logger });
    const before = store.current();
    expect(await store.reload("test")).toEqual({ status: "unchanged" });
    expect(store.current()).toBe(before);
  });

  it("GIVEN an edit THEN swapped in, built, and cached for the next start", async () => {
    const { dir, cacheDir } = await knowledgeFolder();
    const store = await openSnapshotStore(dir, { cacheDir, logger });
    await fs.writeFile(path.join(dir, "a.md"), doc("Manila"));
    expect(await store.reload("test")).toEqual({ status: "swapped", source: "built", documents: 1, passages: 1 });
    expect(hits(store, "Manila")).toEqual(["a#p1"]);
    expect(hits(store, "Bangkok")).toEqual([]);
    expect((await loadSnapshot(dir, { cacheDir, logger })).source).toBe("cache");
  });

  it("GIVEN an edit reverted THEN the older cache file is not reused: the one file holds the latest key", async () => {
    const { dir, cacheDir } = await knowledgeFolder();
    const store = await openSnapshotStore(dir, { cacheDir, logger });
    await fs.writeFile(path.join(dir, "a.md"), doc("Manila"));
    await store.reload("edit");
    await fs.writeFile(path.join(dir, "a.md"), doc("Bangkok"));
    expect(await store.reload("revert")).toEqual({ status: "swapped", source: "built", documents: 1, passages: 1 });
    expect(hits(store, "Bangkok")).toEqual(["a#p1"]);
  });

  it("keeps answering from the old snapshot during a reload, then from the new one; no query throws", async () => {
    const { dir, cacheDir } = await knowledgeFolder();
    const store = await openSnapshotStore(dir, { cacheDir, logger });
    const seen: string[] = [];
    let stop = false;
    const queries = (async () => {
      while (!stop) {
        const result = answerAsk(store.current(), "Where was the 8th GG Seminar held?");
        const passage = store.current().passages.get(result.results[0]?.citations[0]?.passageId ?? "");
        seen.push(/Manila/.test(passage?.text ?? "") ? "new" : /Bangkok/.test(passage?.text ?? "") ? "old" : "none");
        await nextTurn();
      }
    })();
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(3));
    await fs.writeFile(path.join(dir, "a.md"), doc("Manila"));
    const reloading = store.reload("edit during queries");
    expect(seen.at(-1)).toBe("old");
    expect(await reloading).toMatchObject({ status: "swapped" });
    const afterSwap = seen.length;
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(afterSwap + 3));
    stop = true;
    await queries;

    // Only old answers, then only new ones: never a mix, a gap or a throw.
    const firstNew = seen.indexOf("new");
    expect(firstNew).toBeGreaterThan(3);
    expect(seen.slice(0, firstNew).every((state) => state === "old")).toBe(true);
    expect(seen.slice(firstNew).every((state) => state === "new")).toBe(true);
  });

  it("GIVEN the folder emptied THEN the reload fails with the loader's reason and the old snapshot stays", async () => {
    const { dir, cacheDir } = await knowledgeFolder();
    const store = await openSnapshotStore(dir, { cacheDir, logger });
    const before = store.current();
    await fs.rm(path.join(dir, "a.md"));
    expect(await store.reload("emptied")).toEqual({ status: "failed", reason: `knowledge folder ${dir} has no loadable document (.txt, .md, .html, .htm or .pdf)` });
    expect(store.current()).toBe(before);
    expect(hits(store, "Bangkok")).toEqual(["a#p1"]);
  });

  it("GIVEN a loader that throws something unexpected THEN failed, old snapshot kept, reload never rejects", async () => {
    const { dir } = await knowledgeFolder();
    const initial = await loadSnapshot(dir, { logger });
    const store = createSnapshotStore(initial, { dir, logger, load: () => Promise.reject(new TypeError("boom")) });
    expect(await store.reload("bug")).toEqual({ status: "failed", reason: "boom" });
    expect(store.current()).toBe(initial.snapshot);
  });

  it("coalesces requests made during a reload into one follow-up reload", async () => {
    const { dir } = await knowledgeFolder();
    const initial: LoadedSnapshot = await loadSnapshot(dir, { logger });
    const loader = gatedLoader(dir);
    const store = createSnapshotStore({ ...initial, key: "old" }, { dir, logger, load: loader.load });

    const first = store.reload("one");
    const second = store.reload("two");
    const third = store.reload("three");
    expect(second).toBe(third);
    expect(loader.calls()).toBe(1);
    await fs.writeFile(path.join(dir, "a.md"), doc("Manila"));
    loader.release();
    expect(await first).toMatchObject({ status: "swapped" });
    await vi.waitFor(() => expect(loader.calls()).toBe(2));
    loader.release();
    expect(await second).toMatchObject({ status: "swapped" });
    expect(loader.calls()).toBe(2);
    expect(hits(store, "Manila")).toEqual(["a#p1"]);
  });
});

describe("SnapshotStore.watch", () => {
  it("picks up a new file and an edit without a restart", async () => {
    const { dir, cacheDir } = await knowledgeFolder();
    const store = await openSnapshotStore(dir, { cacheDir, logger, debounceMs: 50 });
    disposers.push(store.watch());
    await fs.writeFile(path.join(dir, "b.md"), doc("Kuala Lumpur"));
    await vi.waitFor(() => expect(hits(store, "Kuala Lumpur")).toEqual(["b#p1"]), { timeout: 10_000, interval: 50 });
    await fs.writeFile(path.join(dir, "a.md"), doc("Manila"));
    await vi.waitFor(() => expect(hits(store, "Manila")).toEqual(["a#p1"]), { timeout: 10_000, interval: 50 });
  });

  it("after the disposer runs, changes are no longer picked up", async () => {
    const { dir } = await knowledgeFolder();
    const initial = await loadSnapshot(dir, { logger });
    const load = vi.fn(() => loadSnapshot(dir, { logger }));
    const store = createSnapshotStore(initial, { dir, logger, load, debounceMs: 10 });
    store.watch()();
    await fs.writeFile(path.join(dir, "b.md"), doc("Manila"));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(load).not.toHaveBeenCalled();
    expect(hits(store, "Manila")).toEqual([]);
  });

  it("ignores dot-files (editor swap files), as the loader does", async () => {
    const { dir } = await knowledgeFolder();
    const initial = await loadSnapshot(dir, { logger });
    const load = vi.fn(() => loadSnapshot(dir, { logger }));
    const store = createSnapshotStore(initial, { dir, logger, load, debounceMs: 10 });
    disposers.push(store.watch());
    await fs.writeFile(path.join(dir, ".a.md.swp"), "x");
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(load).not.toHaveBeenCalled();
  });

  it("GIVEN a folder that cannot be watched THEN a no-op disposer, no throw", async () => {
    const { dir } = await knowledgeFolder();
    const initial = await loadSnapshot(dir, { logger });
    const store = createSnapshotStore(initial, { dir: path.join(dir, "missing"), logger, load: () => loadSnapshot(dir, { logger }) });
    expect(() => store.watch()()).not.toThrow();
  });
});
