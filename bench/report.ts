// bench/results.md: one table per size, the machine it ran on, and the targets missed.
import type { SizeOutcome, SizeResult, Timed } from "./result.js";
import { ratio } from "./stats.js";
import { TARGETS, gatingMisses, missedTargets, pct } from "./targets.js";

export interface Machine {
  cpu: string;
  cores: number;
  node: string;
  platform: string;
  date: string;
}

const ms = (value: number): string => (Number.isFinite(value) ? (value < 10 ? value.toFixed(2) : value.toFixed(0)) : "n/a");
const mb = (bytes: number): string => (bytes / 1024 / 1024).toFixed(1);
const mark = (ok: boolean): string => (ok ? "✅" : "❌");

const LATENCY_ROWS: Array<{ timed: Timed; name: string; target?: number }> = [
  { timed: "course", name: "/course", target: TARGETS.lookupP99Ms },
  { timed: "country", name: "/country", target: TARGETS.lookupP99Ms },
  { timed: "theme", name: "/theme", target: TARGETS.lookupP99Ms },
  { timed: "autocomplete", name: "autocomplete (course, country, theme)", target: TARGETS.autocompleteP99Ms },
  { timed: "ask", name: "/ask (search + citations)", target: TARGETS.askP99Ms },
  { timed: "search", name: "passage search under /ask (for reference)" },
];

/** Loading from the cache: memory, and the first keystroke against the hundredth (absent in results
 *  from before these rows). */
function cacheLoadRows(r: SizeResult): string[] {
  const load = r.cacheLoad;
  if (!load) return [];
  return [
    `| peak RSS loading from the cache | ${load.rssPeakMb.toFixed(0)} MB | ≤ ${TARGETS.rssMb} MB | ${mark(load.rssPeakMb <= TARGETS.rssMb)} |`,
    `| heap retained after loading from the cache | ${load.heapRetainedMb.toFixed(0)} MB | ≤ ${TARGETS.heapRetainedMb} MB | ${mark(load.heapRetainedMb <= TARGETS.heapRetainedMb)} |`,
    ...(load.externalRetainedMb === undefined ? [] : [`| …and outside the V8 heap then (external strings: the texts; typed arrays: the postings) | ${load.externalRetainedMb.toFixed(0)} MB | | |`]),
    `| first autocomplete after a start from the cache (the hundredth: ${ms(load.hundredthAutocompleteMs)} ms) | ${ms(load.firstAutocompleteMs)} ms | ≤ ${TARGETS.firstAutocompleteMs} ms | ${mark(load.firstAutocompleteMs <= TARGETS.firstAutocompleteMs)} |`,
  ];
}

function reloadRows(r: SizeResult): string[] {
  const reload = r.reload;
  if (!reload) return [];
  return [
    `| reload (a file added: worker build, hand-over, swap) | ${ms(reload.reloadMs)} ms | | |`,
    `| longest main-thread stall during that reload | ${ms(reload.maxStallMs)} ms | | |`,
    `| first autocomplete after the reload (the hundredth: ${ms(reload.hundredthAutocompleteMs)} ms) | ${ms(reload.firstAutocompleteMs)} ms | ≤ ${TARGETS.firstAutocompleteMs} ms | ${mark(reload.firstAutocompleteMs <= TARGETS.firstAutocompleteMs)} |`,
    `| peak RSS over start from the cache, reload and swap | ${reload.rssPeakMb.toFixed(0)} MB | | |`,
  ];
}

function sizeSection(r: SizeResult): string {
  const build = r.catalogueMs + r.indexMs;
  const askRatio = ratio(r.latency.ask.p99, r.baseline.ask.p99);
  const lines = [
    `## ${r.label}: ${r.passages.toLocaleString("en")} passages in ${r.documents.toLocaleString("en")} documents (${mb(r.corpusChars)} M characters)`,
    "",
    `Catalogue extracted: ${r.catalogue.series} series, ${r.catalogue.editions} editions, ${r.catalogue.countries} countries, ${r.catalogue.regions} region mentions.`,
    "",
    "| measure | value | target | |",
    "|---|---:|---:|:-:|",
    `| load + parse files | ${ms(r.loadMs)} ms | | |`,
    `| catalogue extraction | ${ms(r.catalogueMs)} ms | | |`,
    `| index build | ${ms(r.indexMs)} ms | | |`,
    ...(r.viewsMs === undefined ? [] : [`| views (lookups, completion lists) | ${ms(r.viewsMs)} ms | | |`]),
    `| build (catalogue + index) | ${ms(build)} ms | ≤ ${TARGETS.buildMs} ms | ${mark(build <= TARGETS.buildMs)} |`,
    `| peak heap (sampled) | ${r.heapPeakMb.toFixed(0)} MB | ≤ ${TARGETS.heapMb} MB | ${mark(r.heapPeakMb <= TARGETS.heapMb)} |`,
    `| heap retained after GC | ${r.heapRetainedMb.toFixed(0)} MB | ≤ ${TARGETS.heapRetainedMb} MB | ${mark(r.heapRetainedMb <= TARGETS.heapRetainedMb)} |`,
    `| peak RSS | ${r.rssPeakMb.toFixed(0)} MB | ≤ ${TARGETS.rssMb} MB | ${mark(r.rssPeakMb <= TARGETS.rssMb)} |`,
    `| serialised index | ${mb(r.indexBytes)} MB | | |`,
    `| the bot's cache file (documents, catalogue, index, views) | ${mb(r.cacheBytes)} MB | | |`,
    `| cold start to first answer, cached index | ${ms(r.coldStartCachedMs)} ms | ≤ ${TARGETS.coldStartCachedMs} ms | ${mark(r.coldStartCachedMs <= TARGETS.coldStartCachedMs)} |`,
    `| cold start to first answer, no cache | ${ms(r.coldStartUncachedMs)} ms | | |`,
    ...cacheLoadRows(r),
    ...reloadRows(r),
    "",
    "| command | queries | p50 ms | p99 ms | max ms | target p99 | |",
    "|---|---:|---:|---:|---:|---:|:-:|",
    ...LATENCY_ROWS.map(({ timed, name, target }) => {
      const s = r.latency[timed];
      const verdict = target === undefined ? "" : mark(s.p99 <= target);
      return `| ${name} | ${r.queries[timed]} | ${ms(s.p50)} | ${ms(s.p99)} | ${ms(s.max)} | ${target === undefined ? "" : `≤ ${target}`} | ${verdict} |`;
    }),
    `| baseline: raw MiniSearch, same /ask queries | ${r.baseline.ask.count} | ${ms(r.baseline.ask.p50)} | ${ms(r.baseline.ask.p99)} | ${ms(r.baseline.ask.max)} | | |`,
    "",
    "| /ask against the baseline | ours | baseline | |",
    "|---|---:|---:|:-:|",
    `| p99 | ${ms(r.latency.ask.p99)} ms | ${ms(r.baseline.ask.p99)} ms | ratio ${Number.isFinite(askRatio) ? askRatio.toFixed(2) : "n/a"} (target ≤ 0.33) ${mark(askRatio <= TARGETS.askBaselineRatio)} |`,
    `| top-1 hit rate (${r.relevance.questions} labelled questions) | ${pct(r.relevance.top1)} | ${pct(r.baseline.relevance.top1)} | |`,
    `| top-3 hit rate | ${pct(r.relevance.top3)} | ${pct(r.baseline.relevance.top3)} | ${mark(r.relevance.top3 >= r.baseline.relevance.top3)} |`,
    `| build | ${ms(r.indexMs)} ms (index only) | ${ms(r.baseline.buildMs)} ms | |`,
    `| heap retained by the index | ${r.heapRetainedMb.toFixed(0)} MB (whole bot) | ${r.baseline.heapRetainedMb.toFixed(0)} MB (index only) | |`,
    "",
    "Slowest queries (where the p99 comes from):",
    "",
    ...LATENCY_ROWS.map(({ timed, name }) => `- ${name}: ${r.slowest[timed].map((q) => `${q.ms} ms \`${q.query.replace(/`/g, "'")}\``).join(", ")}`),
    "",
  ];
  return lines.join("\n");
}

export function formatReport(outcomes: readonly SizeOutcome[], machine: Machine, seed: number): string {
  const gate = gatingMisses(outcomes);
  const smaller = outcomes.filter((o) => o.label !== gate.label).flatMap((o) => (o.result ? missedTargets(o.result) : []));
  return [
    "# Benchmark results",
    "",
    `Written by \`npm run bench\` on ${machine.date}: ${machine.cpu} (${machine.cores} cores), Node ${machine.node}, ${machine.platform}. Generator seed ${seed}.`,
    "",
    "How it is measured: `bench/generate.ts` writes white-paper-like documents (Zipf vocabulary, programme",
    "sentences in varied phrasing, notes) which the real loader and parser read. Each size runs in fresh",
    "child processes (build and queries; baseline; cold starts), so sizes and phases share no heap. Latencies",
    "are per call after a warm-up (30 queries; 10 for the slow baseline), nearest-rank percentiles; a /course, /country, /theme or",
    "/ask call is the answer and its first page rendered as the bot sends it (the quotes of the results shown). Peak heap is the largest `heapUsed`",
    "sampled between build phases and every 50 queries; peak RSS is the process's maxrss. Cold start is the",
    "time from process start (Node, tsx and imports included) to the first /ask answer through the bot's own",
    "`loadSnapshot`: without a cache it reads, parses, builds and writes the cache; with it (median of",
    "3 fresh processes) it reads and hashes the files and loads the cache; that process's peak RSS, heap after a full GC and its first",
    "autocomplete (against the same keystroke as the hundredth) are reported too. The reload row is a store started from the cache, then a",
    "file added and reloaded (built in the worker thread, handed over, swapped in). The baseline is raw MiniSearch over the passage text with its default",
    "tokenizer and `{ fuzzy: 0.2, prefix: true }`, on the same /ask queries; relevance is the share of",
    "labelled questions (a passage's rarer words, a typo half the time) whose passage comes first / in the first three.",
    "",
    ...outcomes.map((o) =>
      o.result ? `${sizeSection(o.result)}${o.error ? `\nNote: ${o.error}\n` : ""}` : `## ${o.label}\n\nNot measured: ${o.error ?? "unknown error"}\n`,
    ),
    `## Targets missed (the targets are stated at 100k passages; this run checks ${gate.label})`,
    "",
    ...(gate.missed.length ? gate.missed.map((line) => `- ${line}`) : [`None: every target is met at ${gate.label}.`]),
    "",
    ...(smaller.length ? ["Smaller sizes, for information (not checked):", "", ...smaller.map((line) => `- ${line}`), ""] : []),
  ].join("\n");
}
