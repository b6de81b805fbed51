// Documents' records → one catalogue. Series are the same when they share a name, an abbreviation or
// an acronym, or when one's name begins the other's with a distinctive word ("Regional Seminar on
// Good Governance" and "… for Southeast Asian Countries"). Editions are the same when their series
// and number are; facts come from whichever mention states them first, evidence lists are combined.
import type { Catalogue, CountryMention, Edition, Evidence, Fact, RegionMention, Series } from "../types.js";
import { combine } from "./conflicts.js";
import { acronymOf } from "./link.js";
import type { DocumentRecords, EditionRecord, SeriesName, SeriesRecord } from "./records.js";
import { GENERIC_WORDS, headNoun } from "./series.js";
import { isTitleCased, nameKey, slugify, titleCase } from "./text.js";

function nameIdentity(name: SeriesName): string {
  return name.kind === "acronym" ? `acronym:${name.text}` : nameKey(name.text);
}

/** Groups of records that are one series, each group in document order. */
function groupSeries(records: readonly SeriesRecord[]): SeriesRecord[][] {
  const parent = records.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]!]!;
    return i;
  };
  const union = (a: number, b: number): void => {
    const [ra, rb] = [find(a), find(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  const firstWithName = new Map<string, number>();
  records.forEach((record, i) => {
    for (const name of record.names) {
      const identity = nameIdentity(name);
      const known = firstWithName.get(identity);
      if (known === undefined) firstWithName.set(identity, i);
      else union(known, i);
    }
  });
  // "UNAFEI UNCAC Training Programme" is the UNCAC Training Programme: an organiser's letters in front.
  records.forEach((record, i) => {
    for (const name of record.names) {
      const words = name.text.split(/\s+/);
      if (words.length < 3 || !/^[A-Z]{2,8}(?:['’]s)?$/u.test(words[0]!) || name.kind === "acronym") continue;
      const known = firstWithName.get(nameKey(words.slice(1).join(" ")));
      if (known !== undefined) union(known, i);
    }
  });
  // Records join when one's name begins another's with a distinctive word (see `isDistinctivePrefix`).
  // Instead of testing every pair of records, every proper prefix of every name is looked up among
  // the full names: the same pairs, in time linear in the number of name words.
  const withKey = new Map<string, number[]>();
  const keyWords = records.map((record) => record.names.filter((name) => name.kind !== "acronym").map((name) => nameKey(name.text).split(" ")));
  keyWords.forEach((names, i) => {
    for (const words of names) {
      const key = words.join(" ");
      const known = withKey.get(key);
      if (known) known.push(i);
      else withKey.set(key, [i]);
    }
  });
  keyWords.forEach((names, i) => {
    for (const words of names) {
      let distinctive = false;
      for (let length = 1; length < words.length; length++) {
        distinctive ||= !GENERIC_WORDS.has(words[length - 1]!);
        if (!distinctive) continue;
        for (const j of withKey.get(words.slice(0, length).join(" ")) ?? []) union(i, j);
      }
    }
  });
  // "GG Seminar" and "Regional Seminar on Good Governance for Southeast Asian Countries": letters that
  // are the initials of capitalised words inside a longer name with the same head noun name one series.
  const byInitials = new Map<string, number[]>();
  records.forEach((record, i) => {
    for (const name of record.names) {
      if (name.kind === "acronym") continue;
      for (const key of initialsKeys(name.text)) {
        const known = byInitials.get(key);
        if (known) known.push(i);
        else byInitials.set(key, [i]);
      }
    }
  });
  records.forEach((record, i) => {
    for (const name of record.names) {
      const letters = acronymOf(name.text);
      const head = headOf(name.text);
      if (!letters || !head) continue;
      for (const j of byInitials.get(`${letters} ${head}`) ?? []) union(i, j);
    }
  });
  const groups = new Map<number, SeriesRecord[]>();
  records.forEach((record, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(record);
    else groups.set(root, [record]);
  });
  return [...groups.values()];
}

/** The head noun of a name: its last programme noun ("Regional Seminar on …" → "seminar"). */
function headOf(name: string): string | undefined {
  return name.split(/\s+/).map(headNoun).filter((noun): noun is string => noun !== undefined).pop();
}

/**
 * "GG seminar" for "Regional Seminar on Good Governance for Southeast Asian Countries": the initials of
 * each run of two to six capitalised words, with the name's head noun, for a name of three words or more.
 */
function initialsKeys(name: string): string[] {
  const words = name.split(/\s+/);
  const head = headOf(name);
  if (!head || words.length < 3) return [];
  const keys: string[] = [];
  for (let start = 0; start < words.length; start++) {
    let letters = "";
    for (let end = start; end < words.length && end - start < 6; end++) {
      const word = words[end]!;
      if (!/^\p{Lu}/u.test(word) || headNoun(word)) break;
      letters += word[0]!.toUpperCase();
      if (letters.length >= 2) keys.push(`${letters} ${head}`);
    }
  }
  return keys;
}

/** A name in capitals, as titles in capitals write it: "SEMINAR ON THE JUDICIAL SYSTEM FOR TAJIKISTAN". */
function shouted(text: string): boolean {
  return /\p{Lu}{3}/u.test(text) && text === text.toUpperCase();
}

/** "SEMINAR ON THE JUDICIAL SYSTEM FOR TAJIKISTAN" → "Seminar on the Judicial System for Tajikistan"; letters of two ("GG") stay. */
function unshout(text: string): string {
  return titleCase(text.split(/(\s+)/).map((word) => (/^\p{Lu}{2}$/u.test(word) && !MINOR_SHOUTED.has(word) ? word : word.toLowerCase())).join(""));
}
const MINOR_SHOUTED = new Set(["OF", "ON", "IN", "TO", "BY", "AT", "OR", "AN"]);

function displayName(all: readonly SeriesName[], usage: ReadonlyMap<string, number> = new Map()): string {
  // A name written in mixed case wins over the same name in a title in capitals.
  const quiet = all.filter((name) => !shouted(name.text));
  const shown = quiet.length > 0 ? quiet : all.map((name) => ({ ...name, text: unshout(name.text) }));
  // Not "UNAFEI UNCAC Training Programme" when "UNCAC Training Programme" is a name too.
  const keys = new Set(shown.map((name) => nameKey(name.text)));
  const unprefixed = shown.filter((name) => !(/^[A-Z]{2,8}(?:['’]s)?\s/u.test(name.text) && keys.has(nameKey(name.text.replace(/^\S+\s+/u, "")))));
  const names = unprefixed.length > 0 ? unprefixed : shown;
  // The longest name, but a name in the singular before the same in the plural ("Regional Seminars on …").
  const singular = (text: string): string => text.split(/\s+/u).map((word) => (headNoun(word) ?? word.toLowerCase())).join(" ");
  const plural = (name: SeriesName, list: readonly SeriesName[]): boolean => list.some((other) => other.text.length < name.text.length && singular(other.text) === singular(name.text));
  const longest = (list: readonly SeriesName[]) => list.filter((name) => !plural(name, list)).reduce((best, name) => (name.text.length > best.text.length ? name : best));
  // Of the proper names, the one most documents use ("… for Southeast Asian Countries" in twenty, "…
  // for South-East Asian Countries" in one); among those, the longest.
  const proper = names.filter((name) => name.kind === "name");
  const used = (name: SeriesName): number => usage.get(nameKey(name.text)) ?? 1;
  const most = Math.max(...proper.map(used));
  if (proper.length > 0) return longest(proper.filter((name) => used(name) === most)).text;
  const phrases = names.filter((name) => name.kind === "phrase");
  if (phrases.length > 0) {
    // The most complete way editions name it, in title case as programme titles are written.
    const text = longest(phrases).text;
    return isTitleCased(text) ? text : titleCase(text);
  }
  // "a training course on … (UNCAC Training Programme)": the name in parentheses is the proper one.
  const given = names.filter((name) => name.kind === "abbreviation" && /\s/.test(name.text));
  if (given.length > 0) return longest(given).text;
  const described = names.filter((name) => name.kind === "description");
  if (described.length > 0) return titleCase(longest(described).text);
  return longest(names).text;
}

/**
 * A name read past its end or cut short, not a way the series is called: "REGIONAL SEMINAR ON GOOD
 * GOVER-" (a line broken in a PDF), "GG Seminar Seminar", "UNCAC TRAINING PROGRAMME Training" (a title
 * in capitals run into the word after it), "… for Southeast Asian Countries Technical" (a known name
 * and the next word). `keys` are the series' names, folded.
 */
export function misread(name: string, keys: ReadonlySet<string>): boolean {
  const words = name.split(/\s+/u);
  if (/-$/u.test(name)) return true;
  for (let i = 1; i < words.length; i++) {
    const [before, word] = [words[i - 1]!, words[i]!];
    if (headNoun(before) !== undefined && headNoun(before) === headNoun(word)) return true;
    if (/^\p{Lu}{3,}$/u.test(before) && headNoun(before) !== undefined && /^\p{Lu}\p{Ll}+$/u.test(word)) return true;
  }
  const last = words.at(-1)!;
  return words.length > 2 && headNoun(last) === undefined && /^\p{Lu}\p{Ll}+$/u.test(last) && keys.has(nameKey(words.slice(0, -1).join(" ")))
    && headNoun(words.at(-2)!) === undefined && !/^(?:of|for|on|and|the|in)$/iu.test(words.at(-2)!);
}

/** How many of the records use each name (by its folded key): each document's record counts once. */
function namesUsage(group: readonly SeriesRecord[]): Map<string, number> {
  const usage = new Map<string, number>();
  for (const record of group) for (const key of new Set(record.names.map((name) => nameKey(name.text)))) usage.set(key, (usage.get(key) ?? 0) + 1);
  return usage;
}

function firstFact<K extends "organiser" | "sinceYear" | "frequency">(group: readonly SeriesRecord[], key: K): SeriesRecord[K] {
  return group.find((record) => record[key] !== undefined)?.[key];
}

/** Whether a record's evidence sentence writes its ordinal ("Thirteenth", "13th", "GG13"). */
function namesItsEdition(record: EditionRecord): boolean {
  return record.ordinalText !== "" && record.evidence.sentence.toLowerCase().includes(record.ordinalText.toLowerCase());
}

/** The evidence in order, each passage's sentence once (a Map per passage, not a scan of the list). */
function uniqueEvidence(items: readonly Evidence[]): Evidence[] {
  const seen = new Map<string, Set<string>>();
  const out: Evidence[] = [];
  for (const item of items) {
    const sentences = seen.get(item.passageId) ?? new Set<string>();
    if (sentences.has(item.sentence)) continue;
    sentences.add(item.sentence);
    seen.set(item.passageId, sentences);
    out.push(item);
  }
  return out;
}

function buildSeries(group: readonly SeriesRecord[], takenIds: Set<string>): Series {
  const names = group.flatMap((record) => record.names);
  const name = displayName(names, namesUsage(group));
  // Given in parentheses, else the way editions write it with the series' acronym ("the 17th GG Seminar").
  const acronyms = new Set(names.filter((n) => n.kind === "acronym").map((n) => n.text));
  const short = names.find((n) => n.kind === "abbreviation")?.text
    ?? names.find((n) => n.kind === "phrase" && acronyms.has(acronymOf(n.text) ?? ""))?.text;
  // A name given in parentheses may be the display name itself: then there is no shorter form.
  const abbreviation = short !== undefined && nameKey(short) !== nameKey(name) ? short : undefined;
  const aliases: string[] = [];
  const seen = new Set([nameKey(name)]);
  // The abbreviation first, then acronyms, then the other names in the order found.
  const ordered = [
    ...(abbreviation ? [{ text: abbreviation, kind: "abbreviation" as const }] : []),
    ...names.filter((n) => n.kind === "acronym"),
    ...names.filter((n) => n.kind !== "acronym"),
  ];
  const keys = new Set(ordered.map((alias) => nameKey(alias.text)));
  for (const alias of ordered) {
    const key = nameKey(alias.text);
    if (seen.has(key) || misread(alias.text, keys)) continue;
    seen.add(key);
    aliases.push(alias.text);
  }
  const base = slugify(short ?? name);
  let id = base;
  for (let n = 2; takenIds.has(id); n++) id = `${base}-${n}`;
  takenIds.add(id);
  const all = uniqueEvidence(group.flatMap((record) => record.evidence));
  // The sentences that write one of the series' names; a sentence that only spoke of it (on a page its
  // title names) quotes no name, and is shown only when no sentence does.
  const written = [name, ...aliases].map((one) => one.toLowerCase());
  const naming = all.filter((item) => written.some((one) => item.sentence.toLowerCase().includes(one)));
  const evidence = naming.length > 0 ? naming : all;
  const series: Series = { id, name, aliases, evidence };
  if (abbreviation) series.abbreviation = abbreviation;
  const organiser = firstFact(group, "organiser");
  const sinceYear = firstFact(group, "sinceYear");
  const frequency = firstFact(group, "frequency");
  if (organiser) series.organiser = organiser;
  if (sinceYear) series.sinceYear = sinceYear;
  if (frequency) series.frequency = frequency;
  return series;
}

const EDITION_FACTS = ["theme", "period", "format", "participants", "countries", "organiser"] as const;

function mergeEdition(into: Edition, record: EditionRecord): void {
  for (const key of EDITION_FACTS) {
    const merged = combine<unknown>(key, into[key] as Fact<unknown> | undefined, record[key] as Fact<unknown> | undefined);
    if (merged) (into as unknown as Record<string, unknown>)[key] = merged;
  }
  if (into.year === undefined && record.year !== undefined) {
    into.year = record.year;
    if (record.yearBasis) into.yearBasis = record.yearBasis;
  }
  // A period the merge made more specific carries its own year.
  if (into.period?.value.year !== undefined && into.year !== into.period.value.year) into.year = into.period.value.year;
}

function factCount(record: EditionRecord): number {
  return EDITION_FACTS.filter((key) => record[key] !== undefined).length;
}

/** The catalogue of all documents' records, in the order things are first mentioned. */
export function mergeRecords(documents: readonly DocumentRecords[]): Catalogue {
  const records = documents.flatMap((document) => document.series);
  const seriesOf = new Map<SeriesRecord, Series>();
  const takenIds = new Set<string>();
  const series: Series[] = [];
  for (const group of groupSeries(records)) {
    if (group.every((record) => record.weak)) continue;
    const built = buildSeries(group, takenIds);
    series.push(built);
    for (const record of group) seriesOf.set(record, built);
  }
  const firstIndex = new Map<Series, number>();
  records.forEach((record, i) => {
    const owner = seriesOf.get(record);
    if (owner && !firstIndex.has(owner)) firstIndex.set(owner, i);
  });
  series.sort((a, b) => firstIndex.get(a)! - firstIndex.get(b)!);

  // One edition per series and number. The mention that states the most facts introduces it; the
  // others fill what it lacks, and every mention is kept.
  const byId = new Map<string, EditionRecord[]>();
  for (const record of documents.flatMap((document) => document.editions)) {
    const owner = seriesOf.get(record.series);
    if (!owner) continue;
    const id = `${owner.id}-${record.ordinal}`;
    const group = byId.get(id);
    if (group) group.push(record);
    else byId.set(id, [record]);
  }
  const editions: Edition[] = [];
  const editionOf = new Map<EditionRecord, Edition>();
  for (const [id, group] of byId) {
    const primary = group.reduce((best, record) => (factCount(record) > factCount(best) ? record : best));
    const owner = seriesOf.get(primary.series)!;
    // A page about one edition may first speak of it in a sentence that does not name it ("The views
    // expressed in this publication …" under its title): the edition is introduced by one that names it.
    const naming = group.filter((record) => namesItsEdition(record));
    const introducing = namesItsEdition(primary) ? primary : (naming[0] ?? primary);
    const edition: Edition = { id, seriesId: owner.id, ordinal: primary.ordinal, ordinalText: primary.ordinalText, evidence: introducing.evidence };
    for (const record of [primary, ...group.filter((r) => r !== primary)]) mergeEdition(edition, record);
    // Every sentence that spoke of it stays a mention: /ask reads them as passages about the edition.
    edition.mentions = uniqueEvidence(group.map((record) => record.evidence));
    for (const record of group) editionOf.set(record, edition);
    editions.push(edition);
  }

  // Duplicates (the same country, role and edition in the same sentence) are dropped by key, in one pass.
  const countries: CountryMention[] = [];
  const seenCountries = new Map<string, string[] | Set<string>>();
  for (const record of documents.flatMap((document) => document.countries)) {
    const edition = record.edition ? editionOf.get(record.edition) : undefined;
    if (record.edition && !edition) continue;
    // Codes are three letters, roles one word and edition ids slugs, so the key names one code, role,
    // edition and passage; the sentence is the map's key.
    const key = `${record.code} ${record.role} ${edition ? `#${edition.id}` : ""}\u0000${record.evidence.passageId}`;
    if (!firstTime(seenCountries, record.evidence.sentence, key)) continue;
    const mention: CountryMention = { code: record.code, asWritten: record.asWritten, role: record.role, evidence: record.evidence };
    if (edition) mention.editionId = edition.id;
    countries.push(mention);
  }

  const regions: RegionMention[] = [];
  const seenRegions = new Map<string, Set<string>>();
  for (const region of documents.flatMap((document) => document.regions)) {
    const names = seenRegions.get(region.evidence.passageId) ?? new Set<string>();
    if (names.has(region.name)) continue;
    names.add(region.name);
    seenRegions.set(region.evidence.passageId, names);
    regions.push(region);
  }
  return { series, editions, countries, regions };
}

/**
 * True the first time `key` is seen with `sentence` (and records it). Most sentences have a few keys,
 * kept in a list; one with many (a sentence repeated in many passages) gets a set.
 */
function firstTime(seen: Map<string, string[] | Set<string>>, sentence: string, key: string): boolean {
  const keys = seen.get(sentence);
  if (keys === undefined) {
    seen.set(sentence, [key]);
    return true;
  }
  if (Array.isArray(keys)) {
    if (keys.includes(key)) return false;
    keys.push(key);
    if (keys.length > 32) seen.set(sentence, new Set(keys));
    return true;
  }
  if (keys.has(key)) return false;
  keys.add(key);
  return true;
}
