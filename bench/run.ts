// `npm run bench [-- --sizes 1k,10k,100k] [--quick] [--check] [--seed N]`: generates each corpus size,
// measures it in fresh child processes (bench/size.ts), writes bench/results.md, and with --check exits
// 1 listing every target missed. Never part of `npm test`.
import { execFile } from "node:child_process";
import { promises as fs } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { parseTextDocument } from "../src/knowledge/parse-text.js";
import { slugFromPath } from "../src/knowledge/slug.js";
import type { KnowledgeDocument } from "../src/knowledge/types.js";
import { generateCorpus } from "./generate.js";
import { DEFAULT_MIX, buildQueryMix } from "./queries.js";
import { formatReport, type Machine } from "./report.js";
import { formatShards, measureShards, type ShardOutcome } from "./shards.js";
import type { ColdStart, Mode, Reload, SizeOutcome, SizeResult } from "./result.js";
import { gatingMisses, pct } from "./targets.js";

const run = promisify(execFile);
const BENCH_DIR = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.dirname(BENCH_DIR);
const SIZES: Record<string, number> = { "1k": 1_000, "10k": 10_000, "100k": 100_000 };
const DEFAULT_SEED = 20_211_223;
/** A child slower than this is stopped and the size reported as not measured, with the phases it
 *  finished: a quadratic step at 100k passages must not hang the benchmark for hours. */
const CHILD_TIMEOUT_MS = 30 * 60 * 1000;
/** Cold starts with a cache are short and noisy: the median of this many fresh processes is reported. */
const CACHED_COLD_STARTS = 3;
/** Cached starts retried after a stale cache (see coldStarts). */
const CACHE_RETRIES = 2;

interface Args {
  sizes: string[];
  check: boolean;
  seed: number;
  out: string;
}

function parseArgs(argv: readonly string[]): Args | { error: string } {
  const args: Args = { sizes: Object.keys(SIZES), check: false, seed: DEFAULT_SEED, out: path.join(BENCH_DIR, "results.md") };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--check") args.check = true;
    else if (arg === "--quick") args.sizes = ["1k"];
    else if (arg === "--sizes") args.sizes = (argv[++i] ?? "").split(",").filter(Boolean);
    else if (arg === "--seed") args.seed = Number(argv[++i]);
    else if (arg === "--out") args.out = path.resolve(argv[++i] ?? "");
    else return { error: `unknown argument ${arg}` };
  }
  const unknown = args.sizes.filter((size) => !(size in SIZES));
  if (unknown.length || args.sizes.length === 0) return { error: `--sizes takes a list of ${Object.keys(SIZES).join(", ")}` };
  if (!Number.isInteger(args.seed)) return { error: "--seed takes an integer" };
  return args;
}

function machine(): Machine {
  const cpus = os.cpus();
  return {
    cpu: cpus[0]?.model.trim() ?? "unknown CPU",
    cores: cpus.length,
    node: process.version,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
    date: new Date().toISOString().slice(0, 16).replace("T", " ") + " UTC",
  };
}

async function child(mode: Mode, dir: string): Promise<unknown> {
  await run(process.execPath, ["--expose-gc", "--import", "tsx", path.join(BENCH_DIR, "size.ts"), mode, dir], {
    cwd: ROOT,
    maxBuffer: 64 * 1024 * 1024,
    timeout: CHILD_TIMEOUT_MS,
    killSignal: "SIGKILL",
  });
  return JSON.parse(await fs.readFile(path.join(dir, `${mode}.json`), "utf8"));
}

/** Writes the corpus and its query mix into a fresh temp folder; the corpus is parsed here by the real
 *  parser only to label the /ask questions with real passage ids. */
async function prepare(label: string, passages: number, seed: number): Promise<{ dir: string; chars: number }> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), `wp-bench-${label}-`));
  const knowledge = path.join(dir, "knowledge");
  await fs.mkdir(knowledge);
  const corpus = generateCorpus({ passages, seed });
  const documents: KnowledgeDocument[] = [];
  let chars = 0;
  for (const generated of corpus.documents) {
    await fs.writeFile(path.join(knowledge, generated.file), generated.text);
    chars += generated.text.length;
    const parsed = parseTextDocument(generated.text, { slug: slugFromPath(generated.file), file: generated.file });
    if (parsed.document) documents.push(parsed.document);
  }
  const mix = buildQueryMix(corpus, documents, { seed, ...DEFAULT_MIX });
  await fs.writeFile(path.join(dir, "queries.json"), JSON.stringify(mix));
  return { dir, chars };
}

/** The useful part of a child's stderr: the error line, and the source line Node printed above it. */
function errorLine(stderr: string): string {
  const lines = stderr.split("\n");
  const at = lines.findIndex((line) => /^\s*(\w*Error|Exception)\b/.test(line));
  if (at === -1) return lines.filter((line) => line.trim() && !/^\s+at /.test(line)).slice(-3).join(" / ");
  const where = lines.slice(0, at).find((line) => /:\d+$/.test(line.trim()));
  return `${lines[at]!.trim()}${where ? ` (${where.trim()})` : ""}`;
}

const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Why a child failed, in one line. */
function failureReason(error: unknown): string {
  const failure = error as { stderr?: string; killed?: boolean };
  if (failure.killed) return `a child process was stopped after ${CHILD_TIMEOUT_MS / 60_000} minutes`;
  return errorLine(failure.stderr ?? "") || (error instanceof Error ? error.message : String(error));
}

interface ColdStarts {
  uncachedMs: number;
  cachedMs: number;
  cacheBytes: number;
  /** The median cached start's memory and first keystrokes. */
  cacheLoad: NonNullable<SizeResult["cacheLoad"]>;
}

/** A fresh process with an empty cache (build + write), then fresh processes that read that cache. A
 *  cache the bot calls stale because the code changed in between (other work landing during a run) is
 *  rebuilt by that process; the start is then retried, up to CACHE_RETRIES times. */
async function coldStarts(dir: string): Promise<ColdStarts> {
  const uncached = (await child("cold-uncached", dir)) as ColdStart;
  const cached: ColdStart[] = [];
  for (let retries = 0; cached.length < CACHED_COLD_STARTS; ) {
    const start = (await child("cold-cached", dir)) as ColdStart;
    if (start.source === "cache") cached.push(start);
    else if (++retries > CACHE_RETRIES) throw new Error(`the bot did not use the cache it had just written: ${start.log.join(" ")}`);
  }
  const middle = cached.find((start) => start.ms === median(cached.map((one) => one.ms)))!;
  const cacheLoad = {
    rssPeakMb: middle.rssPeakMb, heapRetainedMb: middle.heapRetainedMb, externalRetainedMb: middle.externalRetainedMb,
    firstAutocompleteMs: middle.firstAutocompleteMs, hundredthAutocompleteMs: middle.hundredthAutocompleteMs,
  };
  return { uncachedMs: uncached.ms, cachedMs: middle.ms, cacheBytes: uncached.cacheBytes, cacheLoad };
}

async function measureSize(label: string, seed: number): Promise<SizeOutcome> {
  const log = (message: string): void => console.log(`[${label}] ${message}`);
  log("generating");
  const { dir, chars } = await prepare(label, SIZES[label]!, seed);
  let baseline: SizeResult["baseline"] | undefined;
  try {
    // The baseline first: it is cheap, and still reported when our own build proves too slow.
    log("baseline");
    baseline = (await child("baseline", dir)) as SizeResult["baseline"];
    log("building and querying");
    const measured = (await child("measure", dir)) as Omit<SizeResult, "label" | "corpusChars" | "baseline" | "coldStartCachedMs" | "coldStartUncachedMs" | "cacheBytes">;
    log("cold starts");
    // A failed cold start leaves its figures NaN (a missed target) but keeps everything else measured.
    const cold = await coldStarts(dir).then(
      (value) => ({ value, error: undefined }),
      (error: unknown) => ({ value: { uncachedMs: Number.NaN, cachedMs: Number.NaN, cacheBytes: Number.NaN, cacheLoad: undefined }, error: `cold start: ${failureReason(error)}` }),
    );
    // Last: it adds a file to the corpus for as long as it runs (and removes it).
    log("reload");
    const reloaded = cold.error === undefined
      ? await (child("reload", dir) as Promise<Reload>).then((value) => ({ value, error: undefined }), (error: unknown) => ({ value: undefined, error: `reload: ${failureReason(error)}` }))
      : { value: undefined, error: undefined };
    const result: SizeResult = {
      label, corpusChars: chars, ...measured, baseline,
      cacheBytes: cold.value.cacheBytes, coldStartUncachedMs: cold.value.uncachedMs, coldStartCachedMs: cold.value.cachedMs,
      ...(cold.value.cacheLoad && { cacheLoad: cold.value.cacheLoad }),
      ...(reloaded.value && { reload: reloaded.value }),
    };
    const error = [cold.error, reloaded.error].filter(Boolean).join("; ");
    return { label, result, ...(error && { error }) };
  } catch (error) {
    const progress = await fs.readFile(path.join(dir, "progress.json"), "utf8").catch(() => "{}");
    const phases = Object.entries(JSON.parse(progress) as Record<string, number>).map(([phase, ms]) => `${phase} ${ms} ms`);
    const base = baseline
      ? `; baseline: build ${Math.round(baseline.buildMs)} ms, /ask p50 ${baseline.ask.p50.toFixed(1)} ms, p99 ${baseline.ask.p99.toFixed(1)} ms, top-1 ${pct(baseline.relevance.top1)}, top-3 ${pct(baseline.relevance.top3)}`
      : "";
    return { label, error: `${failureReason(error)}${phases.length ? `; finished before that: ${phases.join(", ")}` : ""}${base}` };
  } finally {
    await fs.rm(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if ("error" in args) {
    console.error(`bench: ${args.error}`);
    return 2;
  }
  const outcomes: SizeOutcome[] = [];
  const shardOutcomes: ShardOutcome[] = [];
  for (const label of args.sizes) {
    const outcome = await measureSize(label, args.seed);
    outcomes.push(outcome);
    console.log(outcome.result ? `[${label}] done` : `[${label}] FAILED: ${outcome.error}`);
    // Memory of one shard process with 1 and 4 shards (bench/shards.ts).
    shardOutcomes.push(await measureShards(label, args.seed));
    // Rewritten after every size, so a long run that is stopped still leaves what it measured.
    await fs.writeFile(args.out, formatReport(outcomes, machine(), args.seed) + formatShards(shardOutcomes));
  }
  console.log(`wrote ${path.relative(process.cwd(), args.out)}`);
  const { label, missed } = gatingMisses(outcomes);
  if (missed.length) console.log(`targets missed (checked at ${label}):\n${missed.map((line) => `  - ${line}`).join("\n")}`);
  else console.log(`every target met at ${label}`);
  return args.check && missed.length ? 1 : 0;
}

process.exitCode = await main();
