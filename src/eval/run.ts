// `npm run eval [-- --corpus DIR] [--gold DIR] [--json] [--check]`: extracts the catalogue of every corpus
// document, scores it against the document's gold catalogue, and prints precision and recall per slot,
// per document and overall, then every wrong and every missed fact. Each document is read twice: among
// all the others, as the bot reads what an operator loads (the acronyms and names one document defines
// change how another reads: "GG14" is an edition only where "GG" is known), and alone. The first is
// the report; the second's overall figures and wrong facts follow it.
// --check exits 1 unless overall precision is 100% and recall at least 95%.
import path from "node:path";
import { extractCatalogue, extractEachInCompany } from "../knowledge/extract/index.js";
import { loadKnowledgeFiles } from "../knowledge/load.js";
import type { DocumentScore, FactIssue, Slot, Tally } from "./compare.js";
import { addTallies, compareCatalogue, overall, rates, SLOTS } from "./compare.js";
import { parseEvalArgs } from "./args.js";
import { goldKeyFor, loadGoldDir } from "./gold.js";

export interface EvalOptions {
  corpus: string;
  gold: string;
  json: boolean;
  check: boolean;
}

export interface EvalReport {
  documents: Array<{ document: string; tally: Tally; precision: number; recall: number; slots: Record<Slot, Tally> }>;
  slots: Record<Slot, Tally & { precision: number; recall: number }>;
  overall: Tally & { precision: number; recall: number };
  wrong: FactIssue[];
  missed: FactIssue[];
  /** The same documents each read alone, with no other document's acronyms or names. */
  alone: { overall: Tally & { precision: number; recall: number }; wrong: FactIssue[] };
  /** Problems that are not scores: a document without gold, a gold file without a document, load warnings. */
  problems: string[];
  elapsedMs: number;
}

export const CHECK_PRECISION = 1;
export const CHECK_RECALL = 0.95;

export const parseArgs = (argv: string[]): EvalOptions => parseEvalArgs(argv, ["corpus", "gold", "json", "check"]);

export async function evaluate(options: Pick<EvalOptions, "corpus" | "gold">): Promise<EvalReport> {
  const started = performance.now();
  const { documents, warnings } = await loadKnowledgeFiles(options.corpus);
  const golds = await loadGoldDir(options.gold);
  const problems = warnings.map((w) => `warning: ${w.file}${w.line === undefined ? "" : `:${w.line}`}: ${w.message}`);
  const scores: DocumentScore[] = [];
  const aloneScores: DocumentScore[] = [];
  const inCompany = extractEachInCompany(documents);
  const used = new Set<string>();
  for (const document of [...documents].sort((a, b) => a.file.localeCompare(b.file))) {
    const key = goldKeyFor(document.file);
    const gold = golds.get(key);
    if (!gold) {
      problems.push(`no gold file ${key}.json for document ${document.file}`);
      continue;
    }
    used.add(key);
    if (gold.file !== path.basename(document.file)) problems.push(`${key}.json names ${gold.file}, not ${path.basename(document.file)}`);
    scores.push(compareCatalogue(inCompany.get(document.slug) ?? extractCatalogue([document]), gold));
    aloneScores.push(compareCatalogue(extractCatalogue([document]), gold));
  }
  for (const key of golds.keys()) if (!used.has(key)) problems.push(`gold file ${key}.json has no document`);

  const withRates = <T extends Tally>(tally: T): T & { precision: number; recall: number } => ({ ...tally, ...rates(tally) });
  const slots = addTallies(scores.map((s) => s.slots));
  return {
    documents: scores.map((s) => {
      const tally = overall(s.slots);
      return { document: s.document, tally, ...rates(tally), slots: s.slots };
    }),
    slots: Object.fromEntries(SLOTS.map((slot) => [slot, withRates(slots[slot])])) as EvalReport["slots"],
    overall: withRates(overall(slots)),
    wrong: scores.flatMap((s) => s.wrong),
    missed: scores.flatMap((s) => s.missed),
    alone: { overall: withRates(overall(addTallies(aloneScores.map((s) => s.slots)))), wrong: aloneScores.flatMap((s) => s.wrong) },
    problems,
    elapsedMs: Math.round(performance.now() - started),
  };
}

const pct = (x: number): string => `${(x * 100).toFixed(1)}%`.padStart(6);
const counts = (t: Tally): string => `${t.correct} correct, ${t.wrong} wrong, ${t.missed} missed`;

export function formatReport(report: EvalReport): string {
  const lines: string[] = [];
  lines.push(`Overall: precision ${pct(report.overall.precision)}  recall ${pct(report.overall.recall)}  (${counts(report.overall)})`);
  lines.push(`Alone:   precision ${pct(report.alone.overall.precision)}  recall ${pct(report.alone.overall.recall)}  (${counts(report.alone.overall)}; each document read without the others)`, "");
  lines.push("Per slot:", `  ${"slot".padEnd(13)} precision  recall   correct wrong missed`);
  for (const slot of SLOTS) {
    const s = report.slots[slot];
    lines.push(`  ${slot.padEnd(13)} ${pct(s.precision)}    ${pct(s.recall)}   ${String(s.correct).padStart(7)} ${String(s.wrong).padStart(5)} ${String(s.missed).padStart(6)}`);
  }
  lines.push("", "Per document:");
  const width = Math.max(8, ...report.documents.map((d) => d.document.length));
  for (const d of report.documents) lines.push(`  ${d.document.padEnd(width)} ${pct(d.precision)} ${pct(d.recall)}  (${counts(d.tally)})`);
  const issue = (i: FactIssue): string =>
    `  ${i.document} | ${i.edition} | ${i.slot} | extracted: ${i.extracted ?? "-"} | gold: ${i.gold ?? "-"}`;
  lines.push("", `Wrong facts (${report.wrong.length}):`, ...report.wrong.map(issue));
  lines.push("", `Missed facts (${report.missed.length}):`, ...report.missed.map(issue));
  const onlyAlone = report.alone.wrong.filter((a) => !report.wrong.some((w) => issue(w) === issue(a)));
  if (onlyAlone.length > 0) lines.push("", `Wrong only when a document is read alone (${onlyAlone.length}):`, ...onlyAlone.map(issue));
  if (report.problems.length > 0) lines.push("", "Problems:", ...report.problems.map((p) => `  ${p}`));
  lines.push("", `(${report.documents.length} documents in ${report.elapsedMs} ms)`);
  return lines.join("\n");
}

export const passes = (report: EvalReport): boolean =>
  report.alone.overall.precision >= CHECK_PRECISION && report.overall.precision >= CHECK_PRECISION && report.overall.recall >= CHECK_RECALL && report.problems.every((p) => p.startsWith("warning:"));

async function main(): Promise<void> {
  let options: EvalOptions;
  try {
    options = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  let report: EvalReport;
  try {
    report = await evaluate(options);
  } catch (error) {
    process.stderr.write(`eval: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatReport(report)}\n`);
  if (options.check && !passes(report)) {
    process.stderr.write(`eval --check: needs precision 100% and recall >= ${CHECK_RECALL * 100}%, and every document paired with its gold\n`);
    process.exit(1);
  }
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (invokedDirectly) await main();
