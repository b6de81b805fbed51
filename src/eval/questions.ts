// `npm run eval:questions [-- --corpus DIR] [--gold DIR] [--questions FILE] [--json]`: asks the bot every
// question of the question set (test/corpus/questions.yml) through the real answer layer, on one snapshot
// of the whole corpus (every document loaded together, as an operator loads them into knowledge/, built
// the way `npm run ask` builds it), and prints per question pass or fail, what the failing answers showed,
// and the share answered right.
//
// "Right", per expectation (question-set.ts):
// - edition (/course): the first result is an edition of the expected programme with the expected ordinal,
//   and none of the facts it shows (theme, period or year, format, participants, countries, the edition's
//   organiser; every conflicting value too) is contradicted by what the gold of every document together
//   states for that edition. A stated fact no gold states is contradicted (gold lists every stated fact);
//   an inferred one only when gold states another value. Series-level facts are not judged here.
// - editions (/country): every expected edition is listed, and every listed edition is one the gold of
//   some document shows the country taking part in. (/theme): the first result is one of the expected
//   editions, and every expected edition is listed.
// - passage (/ask, /theme): the first result cites one of the expected passages first (or merges it as a
//   near-duplicate), and its quoted excerpt contains the expected words.
// - not-found: the answer found nothing.
import path from "node:path";
import { answerAsk, answerCountry, answerCourse, answerTheme } from "../answers/index.js";
import type { Answer } from "../answers/types.js";
import { countryByCode, resolveCountry } from "../knowledge/countries.js";
import type { Edition, Fact, Series } from "../knowledge/types.js";
import { loadSnapshot } from "../snapshot/load.js";
import type { Snapshot } from "../snapshot/snapshot.js";
import { parseEvalArgs } from "./args.js";
import { acceptableBodies, judgePeriod, normalise } from "./compare.js";
import type { GoldEdition, GoldPeriod } from "./gold.js";
import { loadGoldDir, PERIOD_FIELDS } from "./gold.js";
import {
  goldEditionsOf,
  goldProgrammes,
  loadQuestions,
  programmeNamed,
  programmeOf,
  type EditionRef,
  type Expectation,
  type GoldProgramme,
  type Question,
  type QuestionCommand,
} from "./question-set.js";

export interface QuestionOutcome {
  id: string;
  ask: string;
  pass: boolean;
  /** Why it failed (empty when it passed). */
  reasons: string[];
  /** What the answer showed: its message and first results, one line each (failures only). */
  shown: string[];
}

export interface QuestionReport {
  outcomes: QuestionOutcome[];
  right: number;
  total: number;
  share: number;
  /** Problems with the question set itself: an expected edition or passage the corpus does not have. */
  problems: string[];
}

const ANSWER: Record<QuestionCommand, (k: Snapshot, query: string) => Answer> = {
  course: answerCourse,
  country: answerCountry,
  theme: answerTheme,
  ask: answerAsk,
};

type GoldOf = GoldEdition & { file: string };

/** Quotes folded, case folded, whitespace collapsed: how an expected sentence is looked for in a quote. */
const fold = (text: string): string => normalise(text).replace(/…/g, " ").replace(/\s+/g, " ");

/** The programme and ordinal of an extracted edition, as gold names them. */
function goldOfEdition(k: Snapshot, programmes: readonly GoldProgramme[], edition: Edition): GoldOf[] {
  const series = k.catalogue.series.find((s) => s.id === edition.seriesId);
  const programme = series && programmeOf(programmes, seriesNames(series));
  return programme?.editions.get(edition.ordinal) ?? [];
}

const seriesNames = (series: Series): string[] => [series.name, ...(series.aliases ?? []), ...(series.abbreviation ? [series.abbreviation] : [])];

/** Whether an extracted edition is the edition a question names: that ordinal, in a series one of whose
 *  names is a name of the expected programme. */
function isEdition(k: Snapshot, programmes: readonly GoldProgramme[], edition: Edition, ref: EditionRef): boolean {
  const expected = programmeNamed(programmes, ref.series);
  const series = k.catalogue.series.find((s) => s.id === edition.seriesId);
  return expected !== undefined && series !== undefined && edition.ordinal === ref.ordinal && seriesNames(series).some((name) => expected.names.has(normalise(name)));
}

function editionOf(k: Snapshot, key: string | undefined): Edition | undefined {
  return key === undefined ? undefined : k.view.editionById.get(key)?.edition;
}

/** Every value of a fact: the one stated first, then the conflicting ones. */
const valuesOf = <T>(fact: Fact<T> | undefined): T[] => (fact ? [fact.value, ...(fact.conflicts ?? []).map((c) => c.value)] : []);

/** The shown facts of `edition` that gold (every document's, for that edition) contradicts. */
export function contradictedFacts(edition: Edition, gold: readonly GoldOf[], year?: { value: number; inferred: boolean }): string[] {
  const bad: string[] = [];
  const forms = (pick: (g: GoldOf) => readonly string[] | undefined): Set<string> => new Set(gold.flatMap((g) => pick(g) ?? []).map(normalise));
  const themes = forms((g) => g.theme);
  for (const theme of valuesOf(edition.theme)) if (!themes.has(normalise(theme))) bad.push(`theme "${theme}"`);
  const periods = gold.flatMap((g) => (g.period ? [g.period] : []));
  for (const period of valuesOf(edition.period)) {
    const fields: GoldPeriod = {};
    for (const field of PERIOD_FIELDS) if (typeof period[field] === "number") fields[field] = period[field];
    if (!periods.some((g) => judgePeriod(fields, g) !== "wrong")) bad.push(`period "${period.text}"`);
  }
  if (!edition.period && year) {
    const years = periods.flatMap((p) => (p.year === undefined ? [] : [p.year]));
    if (years.length ? !years.includes(year.value) : !year.inferred) bad.push(`year ${year.value}`);
  }
  const modes = new Set(gold.flatMap((g) => (g.mode ? [g.mode] : [])));
  const places = forms((g) => g.place);
  for (const format of valuesOf(edition.format)) {
    if (format.mode && !modes.has(format.mode)) bad.push(`mode "${format.mode}"`);
    if (format.place && !places.has(normalise(format.place))) bad.push(`place "${format.place}"`);
  }
  const counts = new Set(gold.flatMap((g) => (g.participants === undefined ? [] : [g.participants])));
  const countryCounts = new Set(gold.flatMap((g) => (g.countryCount === undefined ? [] : [g.countryCount])));
  for (const participants of valuesOf(edition.participants)) {
    if (participants.count !== undefined && !counts.has(participants.count)) bad.push(`participants ${participants.count}`);
    if (participants.countryCount !== undefined && !countryCounts.has(participants.countryCount)) bad.push(`country count ${participants.countryCount}`);
  }
  const codes = new Set(gold.flatMap((g) => g.countries ?? []));
  for (const code of new Set(valuesOf(edition.countries).flat())) if (!codes.has(code)) bad.push(`country ${code}`);
  // As the catalogue's eval judges it: a value naming several bodies is right when gold accepts each.
  const organisers = [...new Set(gold.flatMap((g) => g.organiser ?? []))];
  for (const organiser of valuesOf(edition.organiser)) if (!acceptableBodies(organiser, organisers)) bad.push(`organiser "${organiser}"`);
  return bad;
}

/** One line per result shown, for a failing answer's report. */
function shownLines(answer: Answer): string[] {
  const lines = answer.message ? [`message: ${answer.message}`] : [];
  if (!answer.found && !answer.message) lines.push("(nothing found)");
  answer.results.slice(0, 3).forEach((result, i) => {
    const facts = result.facts.filter((fact) => fact.label !== "Series").map((fact) => `${fact.label}: ${fact.value}`).join("; ");
    const quote = result.citations[0] ? ` | [${result.citations[0].passageId}] ${result.citations[0].excerpt}` : "";
    lines.push(`${i + 1}. ${result.title}${facts ? ` — ${facts}` : ""}${quote}`.slice(0, 400));
  });
  if (answer.results.length > 3) lines.push(`… ${answer.results.length - 3} more`);
  return lines;
}

/** Why `answer` is not the right answer to `question` ([] when it is). */
export function judge(k: Snapshot, programmes: readonly GoldProgramme[], question: Question, answer: Answer): string[] {
  const expect: Expectation = question.expect;
  if (expect.kind === "not-found") return answer.found ? [`found ${answer.results.length} result(s), expected nothing`] : [];
  if (!answer.found || answer.results.length === 0) return ["nothing found"];
  const first = answer.results[0]!;
  if (expect.kind === "edition") {
    const edition = editionOf(k, first.key);
    if (!edition) return [`first result is not an edition (${first.title})`];
    if (!isEdition(k, programmes, edition, expect.edition)) return [`first result is ${first.title}, expected ${expect.edition.text}`];
    const view = k.view.editionById.get(edition.id)!;
    const year = view.year === undefined ? undefined : { value: view.year, inferred: (edition.yearBasis ?? "stated") === "inferred" };
    return contradictedFacts(edition, goldEditionsOf(programmes, expect.edition), year).map((fact) => `shows ${fact}, which gold does not state for ${expect.edition.text}`);
  }
  if (expect.kind === "editions") {
    const listed = answer.results.flatMap((result) => editionOf(k, result.key) ?? []);
    const reasons = expect.editions.filter((ref) => !listed.some((edition) => isEdition(k, programmes, edition, ref))).map((ref) => `does not list ${ref.text}`);
    if (question.command === "theme") {
      const top = editionOf(k, first.key);
      if (!top || !expect.editions.some((ref) => isEdition(k, programmes, top, ref))) reasons.unshift(`first result is ${first.title}, expected one of ${expect.editions.map((ref) => ref.text).join(", ")}`);
    } else {
      const code = (resolveCountry(question.query) ?? (/^[a-z]{3}$/i.test(question.query) ? countryByCode(question.query) : undefined))?.code;
      for (const edition of listed) {
        const gold = goldOfEdition(k, programmes, edition);
        if (!gold.some((g) => code !== undefined && (g.countries ?? []).includes(code))) reasons.push(`lists ${k.view.editionById.get(edition.id)?.title ?? edition.id}, which gold does not show ${question.query} taking part in`);
      }
    }
    return reasons;
  }
  const citation = first.citations[0];
  const ids = [citation?.passageId, ...(first.alsoIn ?? []).map((source) => source.passageId)];
  if (!ids.some((id) => id !== undefined && expect.passages.includes(id))) return [`first result cites ${citation?.passageId ?? "nothing"} first, expected ${expect.passages.join(" or ")}`];
  if (!fold(citation?.excerpt ?? "").includes(fold(expect.sentence))) return [`the quote does not contain "${expect.sentence}"`];
  return [];
}

/** Question-set problems: expected editions that no gold file states, expected passages the corpus lacks. */
function questionProblems(k: Snapshot, programmes: readonly GoldProgramme[], questions: readonly Question[]): string[] {
  const problems: string[] = [];
  for (const question of questions) {
    const { expect } = question;
    const refs = expect.kind === "edition" ? [expect.edition] : expect.kind === "editions" ? expect.editions : [];
    for (const ref of refs) if (goldEditionsOf(programmes, ref).length === 0) problems.push(`${question.id}: no gold file states ${ref.text}`);
    if (expect.kind === "passage") for (const id of expect.passages) if (!k.passages.has(id)) problems.push(`${question.id}: the corpus has no passage ${id}`);
  }
  return problems;
}

/** Asks every question of `questions` on the snapshot `k`, judged against `golds`' programmes. */
export function runQuestions(k: Snapshot, programmes: readonly GoldProgramme[], questions: readonly Question[]): QuestionReport {
  const outcomes = questions.map((question): QuestionOutcome => {
    const answer = ANSWER[question.command](k, question.query);
    const reasons = judge(k, programmes, question, answer);
    return { id: question.id, ask: `/${question.command} ${question.query}`, pass: reasons.length === 0, reasons, shown: reasons.length ? shownLines(answer) : [] };
  });
  const right = outcomes.filter((outcome) => outcome.pass).length;
  return { outcomes, right, total: outcomes.length, share: outcomes.length ? right / outcomes.length : 1, problems: questionProblems(k, programmes, questions) };
}

export interface QuestionEvalOptions {
  corpus: string;
  gold: string;
  questions: string;
  json: boolean;
}

/** Loads the corpus (one snapshot of every document, no cache), the gold and the questions, and runs them. */
export async function evaluateQuestions(options: Pick<QuestionEvalOptions, "corpus" | "gold" | "questions">): Promise<QuestionReport> {
  const [{ snapshot }, golds, questions] = await Promise.all([loadSnapshot(options.corpus), loadGoldDir(options.gold), loadQuestions(options.questions)]);
  return runQuestions(snapshot, goldProgrammes(golds.values()), questions);
}

export function formatQuestionReport(report: QuestionReport): string {
  const lines = report.outcomes.map((outcome) => `${outcome.pass ? "pass" : "FAIL"}  ${outcome.id.padEnd(28)} ${outcome.ask}`);
  const failing = report.outcomes.filter((outcome) => !outcome.pass);
  if (failing.length) {
    lines.push("", `Failing answers (${failing.length}):`);
    for (const outcome of failing) {
      lines.push(`  ${outcome.id}  ${outcome.ask}`, ...outcome.reasons.map((reason) => `    ✗ ${reason}`), ...outcome.shown.map((line) => `      ${line}`));
    }
  }
  if (report.problems.length) lines.push("", "Problems with the question set:", ...report.problems.map((problem) => `  ${problem}`));
  lines.push("", `Answered right: ${report.right} of ${report.total} (${(report.share * 100).toFixed(1)}%)`);
  return lines.join("\n");
}

export const parseQuestionArgs = (argv: string[]): QuestionEvalOptions => parseEvalArgs(argv, ["corpus", "gold", "questions", "json"]);

async function main(): Promise<void> {
  let report: QuestionReport;
  let options: QuestionEvalOptions;
  try {
    options = parseQuestionArgs(process.argv.slice(2));
    report = await evaluateQuestions(options);
  } catch (error) {
    process.stderr.write(`eval:questions: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(2);
  }
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatQuestionReport(report)}\n`);
  if (report.problems.length) process.exitCode = 1;
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (invokedDirectly) await main();
