// Extraction on worker threads (src/snapshot/extract-pool.ts) gives the catalogue one thread gives,
// fact for fact and in the same order; a small corpus is extracted inline; a worker that fails makes
// the extraction run inline, with a warning. No timings here: the bench measures them.
import path from "node:path";
import { Writable } from "node:stream";
import { beforeAll, describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate.js";
import { extractCatalogue, orderDocuments } from "../../src/knowledge/extract/index.js";
import { loadKnowledgeFiles } from "../../src/knowledge/load.js";
import { parseTextDocument } from "../../src/knowledge/parse-text.js";
import { slugFromPath } from "../../src/knowledge/slug.js";
import type { KnowledgeDocument } from "../../src/knowledge/types.js";
import { createLogger } from "../../src/logger.js";
import { extractCatalogueInWorkers, extractionThreads, MIN_DOCUMENTS, shares } from "../../src/snapshot/extract-pool.js";

const ROOT = path.resolve(import.meta.dirname, "../..");

let corpus: KnowledgeDocument[] = [];
let generated: KnowledgeDocument[] = [];
beforeAll(async () => {
  // The labelled corpus and the bundled knowledge: every kind of document the recognisers know.
  const [docs, knowledge] = await Promise.all([loadKnowledgeFiles(path.join(ROOT, "test/corpus/docs")), loadKnowledgeFiles(path.join(ROOT, "knowledge"))]);
  corpus = [...docs.documents, ...knowledge.documents];
  generated = generateCorpus({ passages: 600, seed: 7 }).documents.flatMap((file) => parseTextDocument(file.text, { slug: slugFromPath(file.file), file: file.file }).document ?? []);
});

/** A logger whose lines are kept: a test on threads asserts none warned (else it compared inline with inline). */
function recording(): { logger: ReturnType<typeof createLogger>; lines: string[] } {
  const lines: string[] = [];
  return { logger: createLogger("warn", new Writable({ write: (chunk: Buffer, _encoding, done) => (lines.push(chunk.toString()), done()) })), lines };
}

describe("extractCatalogueInWorkers", () => {
  it.each([2, 3])("GIVEN the labelled corpus on %i threads THEN the catalogue is the inline one, byte for byte", async (threads) => {
    const inline = JSON.stringify(extractCatalogue(corpus));
    const { logger, lines } = recording();
    expect(JSON.stringify(await extractCatalogueInWorkers(corpus, { threads, minDocuments: 0, logger }))).toBe(inline);
    expect(lines).toEqual([]);
  }, 60_000);

  it("GIVEN a generated corpus on 2 threads THEN the catalogue is the inline one", async () => {
    const inline = extractCatalogue(generated);
    expect(inline.editions.length).toBeGreaterThan(0);
    const { logger, lines } = recording();
    expect(JSON.stringify(await extractCatalogueInWorkers(generated, { threads: 2, minDocuments: 0, logger }))).toBe(JSON.stringify(inline));
    expect(lines).toEqual([]);
  }, 60_000);

  it("GIVEN a worker entry that fails THEN the catalogue is extracted inline and a warning logged", async () => {
    const { logger, lines } = recording();
    const entry = new URL("data:text/javascript,throw new Error('no extraction here')");
    const catalogue = await extractCatalogueInWorkers(corpus, { threads: 2, minDocuments: 0, logger, entry });
    expect(JSON.stringify(catalogue)).toBe(JSON.stringify(extractCatalogue(corpus)));
    expect(lines.join("")).toMatch(/extraction on worker threads failed/);
  }, 60_000);
});

describe("extractionThreads", () => {
  it.each([
    [MIN_DOCUMENTS, 4, 1],
    [MIN_DOCUMENTS + 1, 4, 4],
    [MIN_DOCUMENTS + 1, 1, 1],
    [MIN_DOCUMENTS + 1, 0, 1],
    [3, 8, 1],
  ])("GIVEN %i documents and %i threads asked THEN %i thread(s)", (count, threads, expected) => {
    const documents = Array.from({ length: count }, () => corpus[0]!);
    expect(extractionThreads(documents, { threads })).toBe(expected);
  });
});

describe("shares", () => {
  it.each([1, 2, 3, 4, 7])("GIVEN %i shares THEN runs in document order, none empty, all documents once", (count) => {
    const ordered = orderDocuments(corpus);
    const runs = shares(ordered, count);
    expect(runs.length).toBe(Math.min(count, ordered.length));
    expect(runs.every((run) => run.length > 0)).toBe(true);
    expect(runs.flat()).toEqual(ordered);
  });

  it("GIVEN fewer documents than shares THEN one run per document", () => {
    const ordered = orderDocuments(corpus).slice(0, 2);
    expect(shares(ordered, 4).map((run) => run.length)).toEqual([1, 1]);
  });
});
