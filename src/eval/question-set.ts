// The question set of the question-answering eval (test/corpus/questions.yml): its types, a validating
// loader, and the gold index the expectations are resolved against. Every problem is a QuestionError
// naming the file and the question ("questions.yml: [12] course/gg12: expect.edition: …").
//
// An edition is named in a question as "<series> #<ordinal>" ("GG Seminar #12"). The series is looked up
// among the names and aliases of every gold file's series, and gold series that share a name are one
// programme (the gold of one document calls it "UNCAC Training Programme", another's lists
// "anti-corruption training course" among its aliases): what the documents together say of that edition is
// the union of what each gold file says of it.
import { promises as fs } from "node:fs";
import path from "node:path";
import { parse as parseYaml } from "yaml";
import { normalise } from "./compare.js";
import type { GoldCatalogue, GoldEdition } from "./gold.js";

export const QUESTION_COMMANDS = ["course", "country", "theme", "ask"] as const;
export type QuestionCommand = (typeof QUESTION_COMMANDS)[number];

/** An edition as a question names it: "GG Seminar #12". */
export interface EditionRef {
  series: string;
  ordinal: number;
  /** As written in the question file. */
  text: string;
}

/** What a right answer must show. Exactly one shape per question. */
export type Expectation =
  /** /course: the first result is this edition, and no fact it shows is contradicted by gold. */
  | { kind: "edition"; edition: EditionRef }
  /** /country, /theme: these editions are listed (for /theme the first result is one of them); for
   *  /country no other listed edition is one gold does not show the country taking part in. */
  | { kind: "editions"; editions: EditionRef[] }
  /** /ask, /theme: the first result cites one of these passages first, and its quote holds `sentence`. */
  | { kind: "passage"; passages: string[]; sentence: string }
  /** Any command: nothing is found (a course that does not exist). */
  | { kind: "not-found" };

export interface Question {
  id: string;
  command: QuestionCommand;
  query: string;
  expect: Expectation;
}

export class QuestionError extends Error {
  override readonly name = "QuestionError";
}

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> => typeof value === "object" && value !== null && !Array.isArray(value);

/** "GG Seminar #12" → { series: "GG Seminar", ordinal: 12 }; undefined when it does not read so. */
export function parseEditionRef(text: string): EditionRef | undefined {
  const match = /^(.*\S)\s+#(\d{1,5})$/.exec(text.trim());
  if (!match || Number(match[2]) < 1) return undefined;
  return { series: match[1]!, ordinal: Number(match[2]), text: text.trim() };
}

/** Parses and validates the text of a question file (YAML: a list of { id, ask, expect }). */
export function parseQuestions(text: string, file: string): Question[] {
  let raw: Json;
  try {
    raw = parseYaml(text);
  } catch (error) {
    throw new QuestionError(`${file}: is not valid YAML (${error instanceof Error ? error.message.split("\n")[0] : String(error)})`);
  }
  if (!Array.isArray(raw) || raw.length === 0) throw new QuestionError(`${file}: must be a non-empty list of questions`);
  const ids = new Set<string>();
  return raw.map((item: Json, i: number) => {
    const where = (field: string, id?: string): string => `${file}: [${i}]${id ? ` ${id}` : ""}${field ? `: ${field}` : ""}`;
    if (!isObject(item)) throw new QuestionError(`${where("")}: must be an object`);
    for (const key of Object.keys(item)) if (!["id", "ask", "expect"].includes(key)) throw new QuestionError(`${where(key)}: unknown key (allowed: id, ask, expect)`);
    const id = typeof item.id === "string" && item.id.trim() ? item.id.trim() : undefined;
    if (!id) throw new QuestionError(`${where("id")}: must be a non-empty string`);
    if (ids.has(id)) throw new QuestionError(`${where("id", id)}: is used twice`);
    ids.add(id);
    const ask = typeof item.ask === "string" ? /^\/(\S+)\s*(.*)$/s.exec(item.ask.trim()) : null;
    const command = ask?.[1]?.toLowerCase();
    if (!ask || !(QUESTION_COMMANDS as readonly string[]).includes(command ?? "")) {
      throw new QuestionError(`${where("ask", id)}: must be "/<command> <query>" with a command of ${QUESTION_COMMANDS.map((c) => `/${c}`).join(", ")}`);
    }
    const query = ask[2]!.trim();
    if (!query) throw new QuestionError(`${where("ask", id)}: has no query`);
    return { id, command: command as QuestionCommand, query, expect: parseExpectation(item.expect, command as QuestionCommand, (field) => where(field, id)) };
  });
}

function parseExpectation(raw: Json, command: QuestionCommand, where: (field: string) => string): Expectation {
  if (!isObject(raw)) throw new QuestionError(`${where("expect")}: must be an object`);
  const keys = Object.keys(raw).sort().join(",");
  const ref = (value: Json, field: string): EditionRef => {
    const parsed = typeof value === "string" ? parseEditionRef(value) : undefined;
    if (!parsed) throw new QuestionError(`${where(field)}: must name an edition as "<series> #<ordinal>"`);
    return parsed;
  };
  const allowed = (...commands: QuestionCommand[]): void => {
    if (!commands.includes(command)) throw new QuestionError(`${where("expect")}: ${keys} does not apply to /${command}`);
  };
  if (keys === "found") {
    if (raw.found !== false) throw new QuestionError(`${where("expect.found")}: can only be false`);
    return { kind: "not-found" };
  }
  if (keys === "edition") {
    allowed("course");
    return { kind: "edition", edition: ref(raw.edition, "expect.edition") };
  }
  if (keys === "editions") {
    allowed("country", "theme");
    if (!Array.isArray(raw.editions) || (command === "theme" && raw.editions.length === 0)) {
      throw new QuestionError(`${where("expect.editions")}: must be a list of editions${command === "theme" ? " (at least one)" : ""}`);
    }
    return { kind: "editions", editions: raw.editions.map((value: Json, i: number) => ref(value, `expect.editions[${i}]`)) };
  }
  if (keys === "passage,sentence") {
    allowed("ask", "theme");
    const passages = typeof raw.passage === "string" ? [raw.passage] : raw.passage;
    if (!Array.isArray(passages) || passages.length === 0 || !passages.every((p) => typeof p === "string" && /^[a-z0-9_-]+#p\d+$/.test(p))) {
      throw new QuestionError(`${where("expect.passage")}: must be a passage id ("<slug>#p<n>") or a list of them`);
    }
    if (typeof raw.sentence !== "string" || !raw.sentence.trim()) throw new QuestionError(`${where("expect.sentence")}: must be a non-empty string`);
    return { kind: "passage", passages: passages as string[], sentence: raw.sentence.trim() };
  }
  throw new QuestionError(`${where("expect")}: must be one of { edition }, { editions }, { passage, sentence }, { found: false }`);
}

/** Reads and validates a question file. Throws QuestionError (also for an unreadable file). */
export async function loadQuestions(file: string): Promise<Question[]> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    throw new QuestionError(`${file}: cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseQuestions(text, path.basename(file));
}

/** One programme as every gold file together names it: the normalised names, and its gold editions. */
export interface GoldProgramme {
  names: Set<string>;
  /** Gold editions of every file, by ordinal (one ordinal may be stated by several documents). */
  editions: Map<number, Array<GoldEdition & { file: string }>>;
}

/** The gold series of every file, grouped into programmes by shared (normalised) names. */
export function goldProgrammes(golds: Iterable<GoldCatalogue>): GoldProgramme[] {
  const all = [...golds].flatMap((gold) => gold.series.map((series) => ({ gold, series, names: [series.name, ...series.aliases].map(normalise) })));
  // Union-find over the series records: two records that share a name are one programme.
  const parent = all.map((_, i) => i);
  const root = (i: number): number => (parent[i] === i ? i : (parent[i] = root(parent[i]!)));
  const byName = new Map<string, number>();
  all.forEach((record, i) => {
    for (const name of record.names) {
      const seen = byName.get(name);
      if (seen === undefined) byName.set(name, i);
      else parent[root(i)] = root(seen);
    }
  });
  const groups = new Map<number, GoldProgramme>();
  all.forEach((record, i) => {
    const group = groups.get(root(i)) ?? { names: new Set<string>(), editions: new Map() };
    groups.set(root(i), group);
    record.names.forEach((name) => group.names.add(name));
    for (const edition of record.gold.editions) {
      if (edition.series !== record.series.name) continue;
      const list = group.editions.get(edition.ordinal) ?? [];
      list.push({ ...edition, file: record.gold.file });
      group.editions.set(edition.ordinal, list);
    }
  });
  return [...groups.values()];
}

/** The programme a name belongs to, if any gold series is called so. */
export function programmeNamed(programmes: readonly GoldProgramme[], name: string): GoldProgramme | undefined {
  const wanted = normalise(name);
  return programmes.find((programme) => programme.names.has(wanted));
}

/** The programme any of these names (an extracted series' name, aliases, abbreviation) belongs to. */
export function programmeOf(programmes: readonly GoldProgramme[], names: readonly string[]): GoldProgramme | undefined {
  for (const name of names) {
    const found = programmeNamed(programmes, name);
    if (found) return found;
  }
  return undefined;
}

/** The gold editions a question's edition names; [] when no gold file states it. */
export function goldEditionsOf(programmes: readonly GoldProgramme[], ref: EditionRef): Array<GoldEdition & { file: string }> {
  return programmeNamed(programmes, ref.series)?.editions.get(ref.ordinal) ?? [];
}
