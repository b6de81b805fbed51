// What one benchmark size measures: written by bench/size.ts (in its own child process), read by
// bench/run.ts for the report and the target check.
import type { LatencySummary } from "./stats.js";

/** The measurements bench/size.ts can make, each in its own process. */
export const MODES = ["measure", "baseline", "cold-uncached", "cold-cached", "reload"] as const;
export type Mode = (typeof MODES)[number];

/** Commands timed over the query mix. "search" is the raw passage search under `ask`, for reference. */
export const TIMED = ["course", "country", "theme", "ask", "autocomplete", "search"] as const;
export type Timed = (typeof TIMED)[number];

export interface Relevance {
  questions: number;
  top1: number;
  top3: number;
}

export interface SizeResult {
  /** "1k", "10k", "100k". */
  label: string;
  passages: number;
  documents: number;
  /** Total characters of generated text. */
  corpusChars: number;
  catalogue: { series: number; editions: number; countries: number; regions: number };
  /** Loading the generated files with the real loader and parser. */
  loadMs: number;
  catalogueMs: number;
  indexMs: number;
  /** The lookup views and completion lists built with the snapshot (absent in results from before they were). */
  viewsMs?: number;
  /** Heap after everything was built and a full GC: what a shard keeps. */
  heapRetainedMb: number;
  /** Largest heapUsed sampled (between phases and every 50 queries, no GC forced in between). */
  heapPeakMb: number;
  /** Peak resident set size of the process (getrusage maxrss). */
  rssPeakMb: number;
  /** The serialised index, in the cache's compact form (src/snapshot/codec.ts). */
  indexBytes: number;
  /** The bot's cache file (documents, catalogue, index, warnings), as src/snapshot/cache.ts writes it. */
  cacheBytes: number;
  coldStartCachedMs: number;
  coldStartUncachedMs: number;
  /** A fresh process loading the cache (the median cold start's): peak RSS, heap after a full GC, and
   *  the first autocomplete after the start against the hundredth (absent in results from before). */
  cacheLoad?: { rssPeakMb: number; heapRetainedMb: number; externalRetainedMb?: number; firstAutocompleteMs: number; hundredthAutocompleteMs: number };
  /** A store started from the cache, then reloaded (a file added: built in the worker, swapped in). */
  reload?: Reload;
  latency: Record<Timed, LatencySummary>;
  /** Queries answered per command (a few hundred each). */
  queries: Record<Timed, number>;
  /** The few slowest queries per command, slowest first. */
  slowest: Record<Timed, Array<{ query: string; ms: number }>>;
  relevance: Relevance;
  baseline: {
    buildMs: number;
    heapRetainedMb: number;
    ask: LatencySummary;
    relevance: Relevance;
  };
}

/** What the reload child reports. */
export interface Reload {
  /** From asking for the reload to the swap. */
  reloadMs: number;
  /** The longest the main event loop was held during the reload (what a command could wait). */
  maxStallMs: number;
  /** The first autocomplete after the swap, and the same keystroke as the hundredth after it. */
  firstAutocompleteMs: number;
  hundredthAutocompleteMs: number;
  /** Peak RSS of the process over start, reload and swap. */
  rssPeakMb: number;
}

/** What a cold-start child reports. */
export interface ColdStart {
  /** From the process's own start (Node, tsx and imports included) to the first answer. */
  ms: number;
  source: "cache" | "built";
  found: boolean;
  cacheBytes: number;
  /** The loader's log lines (JSON), e.g. why the cache was not used. */
  log: string[];
  rssPeakMb: number;
  /** Heap after the first answer and a full GC. */
  heapRetainedMb: number;
  /** Memory outside the V8 heap then (external strings, typed arrays' buffers): what heapUsed leaves out. */
  externalRetainedMb: number;
  /** The first autocomplete after the start, and the same keystroke as the hundredth. */
  firstAutocompleteMs: number;
  hundredthAutocompleteMs: number;
}


/** One size of a run: measured, or why not. */
export interface SizeOutcome {
  label: string;
  result?: SizeResult;
  /** Why the size (or, with a result, part of it) could not be measured. */
  error?: string;
}
