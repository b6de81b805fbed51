// One measurement in a fresh process, so that sizes and phases do not share a heap, a JIT or a GC
// history. Started by bench/run.ts as
//   node --expose-gc --import tsx bench/size.ts <mode> <work dir> <label>
// where the work dir holds knowledge/*.txt (the generated corpus) and queries.json (the query mix).
// Modes: measure (build, memory, latency), baseline (raw MiniSearch), cold-uncached (empty cache:
// build, write the cache, answer), cold-cached (the cache just written: read, answer, autocomplete),
// reload (a store started from the cache, a file added and reloaded through the build worker).
// The result is written as JSON to <work dir>/<mode>.json.
import { promises as fs, writeFileSync } from "node:fs";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { Writable } from "node:stream";
import MiniSearch from "minisearch";
import { answerAsk, answerCountry, answerCourse, answerTheme, completeCountry, completeCourse, completeTheme } from "../src/answers/index.js";
import { loadKnowledgeFiles } from "../src/knowledge/load.js";
import { createLogger } from "../src/logger.js";
import type { Answer } from "../src/answers/types.js";
import { renderAnswer } from "../src/render/discord.js";
import type { BuildPhase } from "../src/snapshot/build.js";
import { cacheFilePath } from "../src/snapshot/cache.js";
import { ByteWriter, StringTable, ValueEncoder } from "../src/snapshot/codec.js";
import { loadSnapshot } from "../src/snapshot/load.js";
import type { Snapshot } from "../src/snapshot/snapshot.js";
import { openSnapshotStore } from "../src/snapshot/store.js";
import type { QueryMix } from "./queries.js";
import type { ColdStart, Mode, Relevance, Reload, SizeResult, Timed } from "./result.js";
import { hitRate, summarise } from "./stats.js";

const MB = 1024 * 1024;
/** Queries per command run untimed first, so the timings are of warm (JIT-compiled) code. */
const WARM_UP = 30;
/** Fewer for the baseline: at 100k passages one of its fuzzy queries can take seconds. */
const BASELINE_WARM_UP = 10;
/** Slowest queries kept per command for the report. */
const SLOWEST_SHOWN = 4;
/** Baseline search options, exactly as issue 4 states them. */
const BASELINE_SEARCH = { fuzzy: 0.2, prefix: true } as const;

const gc = (): void => (globalThis as { gc?: () => void }).gc?.();

/** Samples heapUsed between phases and during query loops: a synchronous build cannot be sampled
 *  from inside, so the peak is the largest sample (after the build, before any forced GC). */
function heapSampler(): { sample(): void; peakMb(): number } {
  let peak = 0;
  return {
    sample: () => {
      peak = Math.max(peak, process.memoryUsage().heapUsed);
    },
    peakMb: () => peak / MB,
  };
}

function time<T>(run: () => T): { value: T; ms: number } {
  const start = performance.now();
  const value = run();
  return { value, ms: performance.now() - start };
}

interface Timings<R> {
  /** Per-call latencies in ms, in input order. */
  samples: number[];
  /** What each call returned, in input order (relevance is scored on the timed run, not a second one). */
  outputs: R[];
}

/** Runs `run` over `inputs`, a warm-up slice first, timing each call. */
function latencies<T, R>(inputs: readonly T[], run: (input: T) => R, onEvery50: () => void, warmUp = WARM_UP): Timings<R> {
  for (const input of inputs.slice(0, warmUp)) run(input);
  const samples: number[] = [];
  const outputs = inputs.map((input, i) => {
    if (i % 50 === 0) onEvery50();
    const start = performance.now();
    const output = run(input);
    samples.push(performance.now() - start);
    return output;
  });
  return { samples, outputs };
}

/** `latencies`, with the total time of the phase logged as progress. */
function timedPhase<T, R>(name: string, progress: (phase: string, ms: number) => void, inputs: readonly T[], run: (input: T) => R, onEvery50: () => void): Timings<R> {
  const start = performance.now();
  const timings = latencies(inputs, run, onEvery50);
  progress(`${name} queries (total)`, performance.now() - start);
  return timings;
}

async function readMix(dir: string): Promise<QueryMix> {
  return JSON.parse(await fs.readFile(path.join(dir, "queries.json"), "utf8")) as QueryMix;
}

/** The queries behind the tail of the latency distribution: where a p99 comes from. */
function slowestQueries(inputs: readonly string[], samples: readonly number[], count = SLOWEST_SHOWN): Array<{ query: string; ms: number }> {
  return samples
    .map((ms, i) => ({ query: inputs[i] ?? "", ms: Math.round(ms * 10) / 10 }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, count);
}

/** Top-1/top-3 on the labelled questions, which open the /ask queries (see QueryMix.ask). */
function relevanceOf(mix: QueryMix, askOutputs: readonly (readonly string[])[]): Relevance {
  const expected = mix.labelled.map((q) => q.passageId);
  const ranked = askOutputs.slice(0, expected.length);
  return { questions: expected.length, top1: hitRate(ranked, expected, 1), top3: hitRate(ranked, expected, 3) };
}

/** The answer with its first page rendered as the bot sends it: a result's quotes are made when its
 *  page is shown, so an answer alone would leave them out of the timing. */
function firstPage(answer: Answer): Answer {
  renderAnswer(answer, { page: 0, ephemeral: false, pageButtonId: (page) => `bench:${page}` });
  return answer;
}

type MeasureResult = Omit<SizeResult, "label" | "coldStartCachedMs" | "coldStartUncachedMs" | "cacheBytes" | "baseline" | "corpusChars">;

/** Phases finished so far, rewritten after each one: if the run is killed (too slow), the parent can
 *  still report how far it got and how long each phase took. */
function progressLog(dir: string): (phase: string, ms: number) => void {
  const done: Record<string, number> = {};
  return (phase, ms) => {
    done[phase] = Math.round(ms);
    writeFileSync(path.join(dir, "progress.json"), JSON.stringify(done));
  };
}

async function measure(dir: string): Promise<MeasureResult> {
  const heap = heapSampler();
  const progress = progressLog(dir);
  const knowledgeDir = path.join(dir, "knowledge");
  const mix = await readMix(dir);
  // The bot's own pipeline (src/snapshot/load.ts) without a cache, timed phase by phase.
  const phases: Partial<Record<BuildPhase, number>> = {};
  const names: Record<BuildPhase, string> = { read: "read files", parse: "parse", extract: "catalogue extraction", index: "index build", views: "views" };
  const { snapshot: k } = await loadSnapshot(knowledgeDir, {
    onPhase: (phase, ms) => {
      phases[phase] = ms;
      progress(names[phase], ms);
      heap.sample();
    },
  });
  const { documents } = k;
  heap.sample();

  const completes = { course: completeCourse, country: completeCountry, theme: completeTheme };
  const ask = timedPhase("/ask", progress, mix.ask, (q) => firstPage(answerAsk(k, q)), heap.sample);
  const runs: Record<Timed, number[]> = {
    course: timedPhase("/course", progress, mix.course, (q) => firstPage(answerCourse(k, q)), heap.sample).samples,
    country: timedPhase("/country", progress, mix.country, (q) => firstPage(answerCountry(k, q)), heap.sample).samples,
    theme: timedPhase("/theme", progress, mix.theme, (q) => firstPage(answerTheme(k, q)), heap.sample).samples,
    ask: ask.samples,
    autocomplete: timedPhase("autocomplete", progress, mix.autocomplete, ({ field, partial }) => completes[field](k, partial), heap.sample).samples,
    search: timedPhase("passage search", progress, mix.ask, (q) => k.index.searchPassages(q, { limit: 5 }), heap.sample).samples,
  };
  heap.sample();
  const relevance = relevanceOf(
    mix,
    ask.outputs.map((a) => a.results.map((result) => result.citations[0]?.passageId ?? result.key)),
  );
  gc();
  const retained = process.memoryUsage().heapUsed / MB;
  const rssPeakMb = process.resourceUsage().maxRSS / 1024;
  // Serialised last, so that the string does not count towards the peak heap of build + queries.
  const indexBytes = encodedBytes(k.index.toJSON());
  const summaries = Object.fromEntries(Object.entries(runs).map(([name, samples]) => [name, summarise(samples)])) as SizeResult["latency"];
  const counts = Object.fromEntries(Object.entries(runs).map(([name, samples]) => [name, samples.length])) as SizeResult["queries"];
  const inputs: Record<Timed, readonly string[]> = {
    course: mix.course, country: mix.country, theme: mix.theme, ask: mix.ask, search: mix.ask,
    autocomplete: mix.autocomplete.map(({ field, partial }) => `${field}: ${partial}`),
  };
  const slowest = Object.fromEntries(
    Object.entries(runs).map(([name, samples]) => [name, slowestQueries(inputs[name as Timed], samples)]),
  ) as SizeResult["slowest"];
  return {
    passages: k.passages.size,
    documents: documents.length,
    catalogue: {
      series: k.catalogue.series.length,
      editions: k.catalogue.editions.length,
      countries: new Set(k.catalogue.countries.map((c) => c.code)).size,
      regions: k.catalogue.regions.length,
    },
    loadMs: (phases.read ?? 0) + (phases.parse ?? 0),
    catalogueMs: phases.extract ?? 0,
    indexMs: phases.index ?? 0,
    viewsMs: phases.views ?? 0,
    heapRetainedMb: retained,
    heapPeakMb: heap.peakMb(),
    rssPeakMb,
    indexBytes,
    latency: summaries,
    queries: counts,
    slowest,
    relevance,
  };
}

/** A value's size in the cache's compact form (src/snapshot/codec.ts): its values and its strings. */
function encodedBytes(value: unknown): number {
  const strings = new StringTable();
  const values = new ByteWriter();
  new ValueEncoder(values, strings).value(value);
  const table = new ByteWriter();
  strings.write(table);
  return values.length + table.length;
}

async function baseline(dir: string): Promise<SizeResult["baseline"]> {
  const mix = await readMix(dir);
  const { documents } = await loadKnowledgeFiles(path.join(dir, "knowledge"));
  gc();
  const before = process.memoryUsage().heapUsed;
  const built = time(() => {
    // Raw MiniSearch: default tokenizer and term processing, the passage text as the only field.
    const minisearch = new MiniSearch<{ id: string; text: string }>({ fields: ["text"] });
    minisearch.addAll(documents.flatMap((d) => d.passages.map((p) => ({ id: p.id, text: p.text }))));
    return minisearch;
  });
  gc();
  const heapRetainedMb = (process.memoryUsage().heapUsed - before) / MB;
  const search = (q: string): string[] => built.value.search(q, BASELINE_SEARCH).slice(0, 5).map((r) => String(r.id));
  const ask = latencies(mix.ask, search, () => undefined, BASELINE_WARM_UP);
  return { buildMs: built.ms, heapRetainedMb, ask: summarise(ask.samples), relevance: relevanceOf(mix, ask.outputs) };
}

/** The first autocomplete keystroke on `k` and the same keystroke as the hundredth (99 others of the
 *  mix in between): a view or list built on first use would show as a first far slower than the rest. */
function firstAndHundredthAutocomplete(k: Snapshot, mix: QueryMix): { first: number; hundredth: number } {
  const completes = { course: completeCourse, country: completeCountry, theme: completeTheme };
  const keystrokes = mix.autocomplete.length ? mix.autocomplete : [{ field: "course" as const, partial: "2" }];
  const once = (i: number): number => {
    const { field, partial } = keystrokes[i % keystrokes.length]!;
    return time(() => completes[field](k, partial)).ms;
  };
  const first = once(0);
  for (let i = 1; i < 99; i++) once(i);
  return { first, hundredth: once(0) };
}

/** The bot's own start-up path (src/snapshot/load.ts): with an empty cache folder it parses, builds
 *  and writes the cache before answering; run again, it reads the cache. */
async function coldStart(dir: string): Promise<ColdStart> {
  const mix = await readMix(dir);
  const cacheDir = path.join(dir, "cache");
  const knowledgeDir = path.join(dir, "knowledge");
  // The loader's log lines are kept (not printed): they say why a cache was not used.
  const log: string[] = [];
  const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (log.push(chunk.toString().trim()), done()) });
  const { snapshot, source } = await loadSnapshot(knowledgeDir, { cacheDir, logger: createLogger("info", sink) });
  const first = answerAsk(snapshot, mix.ask[0] ?? "training");
  const ms = performance.now();
  const autocomplete = firstAndHundredthAutocomplete(snapshot, mix);
  gc();
  const heapRetainedMb = process.memoryUsage().heapUsed / MB;
  // Buffers the GC found dead are freed by a task after it: a moment, and a second GC, before reading
  // what lies outside the heap.
  await new Promise((resolve) => setTimeout(resolve, 200));
  gc();
  const externalRetainedMb = process.memoryUsage().external / MB;
  const cacheBytes = (await fs.stat(cacheFilePath(cacheDir, knowledgeDir))).size;
  return {
    ms, source, found: first.found, cacheBytes, log,
    rssPeakMb: process.resourceUsage().maxRSS / 1024, heapRetainedMb, externalRetainedMb,
    firstAutocompleteMs: autocomplete.first, hundredthAutocompleteMs: autocomplete.hundredth,
  };
}

/** A file the reload child adds to the corpus (and removes again): a change that makes a real rebuild. */
const RELOAD_FILE = "zz-bench-reload.md";

/** A store as the bot opens one (from the cache just written), then a reload through the build worker
 *  after a file is added: how long the main thread is held, and the first keystroke after the swap. */
async function reload(dir: string): Promise<Reload> {
  const mix = await readMix(dir);
  const knowledgeDir = path.join(dir, "knowledge");
  const added = path.join(knowledgeDir, RELOAD_FILE);
  const store = await openSnapshotStore(knowledgeDir, { cacheDir: path.join(dir, "cache"), logger: createLogger("silent") });
  firstAndHundredthAutocomplete(store.current(), mix);
  await fs.writeFile(added, "---\ntitle: White Paper 2024\n---\n## Reload\n\nThe 1st Reload Seminar was held in Tokyo in 2024.\n");
  try {
    const delay = monitorEventLoopDelay({ resolution: 5 });
    delay.enable();
    const started = performance.now();
    const outcome = await store.reload("bench");
    const reloadMs = performance.now() - started;
    delay.disable();
    if (outcome.status !== "swapped") throw new Error(`the reload did not swap: ${JSON.stringify(outcome)}`);
    const autocomplete = firstAndHundredthAutocomplete(store.current(), mix);
    return {
      reloadMs, maxStallMs: delay.max / 1e6,
      firstAutocompleteMs: autocomplete.first, hundredthAutocompleteMs: autocomplete.hundredth,
      rssPeakMb: process.resourceUsage().maxRSS / 1024,
    };
  } finally {
    await fs.rm(added, { force: true });
  }
}

async function main(): Promise<void> {
  const [mode, dir] = process.argv.slice(2) as [Mode | undefined, string | undefined];
  if (!dir) throw new Error("usage: size.ts <measure|baseline|cold-cached|cold-uncached|reload> <work dir>");
  const run = {
    measure: () => measure(dir),
    baseline: () => baseline(dir),
    "cold-cached": () => coldStart(dir),
    "cold-uncached": () => coldStart(dir),
    reload: () => reload(dir),
  }[mode ?? "measure"];
  if (!run) throw new Error(`bench/size.ts: unknown mode ${mode}`);
  const result = await run();
  await fs.writeFile(path.join(dir, `${mode}.json`), JSON.stringify(result));
}

await main();
