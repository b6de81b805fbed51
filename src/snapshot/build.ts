// The one build pipeline: parsed documents → extract (the catalogue) → index → views → Snapshot.
// Everything that needs built knowledge gets it from here, through load.ts (the bot, its shards, the
// terminal front end, `npm run ask`, `npm run catalogue`, the bench), and a snapshot read back from
// the on-disk cache (or moved over from the build worker) is finished by assembleSnapshot with the
// views it was stored with: every view exists before anyone can read the snapshot, so none is built
// on a first query or keystroke.
import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import type { Catalogue, KnowledgeDocument, KnowledgeWarning } from "../knowledge/types.js";
import { buildSearchIndexAsync } from "../search/build.js";
import type { SearchIndex } from "../search/types.js";
import type { Logger } from "../logger.js";
import { buildCompletions } from "./completions.js";
import { extractCatalogueInWorkers, type ExtractionOptions } from "./extract-pool.js";
import type { SnapshotTables } from "./snapshot-file.js";
import type { BuiltSnapshot, Snapshot } from "./snapshot.js";
import { buildView, viewFromTables } from "./view.js";

/** The pipeline's phases, in order ("read" and "parse" are load.ts's). */
export type BuildPhase = "read" | "parse" | "extract" | "index" | "views";

export interface BuildOptions {
  /** Called as each phase ends, with its duration (the bench times phases and samples the heap here). */
  onPhase?(phase: BuildPhase, ms: number): void;
  /** How the catalogue is extracted: on worker threads for a large corpus by default (extract-pool.ts). */
  extraction?: ExtractionOptions;
  /** Where a failed extraction worker is reported (unless `extraction` brings its own logger). */
  logger?: Logger;
}

/** Runs `work` as `phase`: timed, reported, then a turn of the event loop for queued queries. */
export async function phase<T>(name: BuildPhase, options: BuildOptions, work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const value = await work();
  options.onPhase?.(name, performance.now() - started);
  await yieldToEventLoop();
  return value;
}

/** Extracts the catalogue (on worker threads when the corpus is large), indexes (yielding between index chunks, so a reload lets queued queries
 *  through) and builds the views. */
export async function buildSnapshot(documents: KnowledgeDocument[], warnings: KnowledgeWarning[], options: BuildOptions = {}): Promise<BuiltSnapshot> {
  const catalogue = await phase("extract", options, () => extractCatalogueInWorkers(documents, { logger: options.logger, ...options.extraction }));
  const index = await phase("index", options, () => buildSearchIndexAsync(documents, catalogue));
  return phase("views", options, () => assembleSnapshot(documents, catalogue, index, warnings));
}

/** The snapshot from its parts (built now, read back from the cache, or written out by a test), with
 *  its passages by id, its lookup view and its completion lists (built now, or the `tables` read back
 *  with the parts); frozen. */
export function assembleSnapshot<I extends SearchIndex>(
  documents: readonly KnowledgeDocument[],
  catalogue: Catalogue,
  index: I,
  warnings: readonly KnowledgeWarning[],
  tables?: SnapshotTables,
): Snapshot & { readonly index: I } {
  const view = tables ? viewFromTables(tables.view) : buildView({ catalogue, documents });
  return Object.freeze({
    documents,
    passages: tables ? tables.passages : new Map(documents.flatMap((document) => document.passages.map((passage) => [passage.id, passage] as const))),
    catalogue,
    index,
    warnings,
    view,
    completions: tables ? tables.completions : buildCompletions({ catalogue, view }),
  });
}
