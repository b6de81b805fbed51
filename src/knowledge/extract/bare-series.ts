// A bare head noun numbered before the document has named its programme ("For two years running, the
// GG Seminar has been co-hosted by the SPP: the 11th and 12th seminars were held in Hanoi and Da Nang"
// on a page whose box then names "The 12th Regional Seminar on Good Governance …") makes a weak series
// "seminar" of its own, and what follows about "the 12th seminar" joins it. Such a series is never
// shown; once the document has named exactly one programme of that kind, an edition of it is that
// programme's when the programme names it too or the sentence numbering it names the programme, as a
// reader takes them ("as they had done for the seventh seminar" in passing stays where it was). Two programmes of the kind leave it alone: which one is meant
// is not said.
import type { DocumentRecords, SeriesRecord } from "./records.js";
import { headNoun } from "./series.js";
import { distinctiveWords } from "./link.js";
import { nameKey, nameWords } from "./text.js";

export function adoptBareSeries(out: DocumentRecords, pageSeries?: SeriesRecord): void {
  for (const bare of out.series.filter((record) => isBareNoun(record) || isGenericName(record))) {
    const noun = headNoun(bare.names[0]!.text.trim().split(/\s+/u).at(-1)!);
    if (noun === undefined) continue;
    const owners = out.series.filter((record) => record !== bare && !record.weak && !isGenericName(record) && record.names.some((name) => name.kind !== "description" && nameWords(name.text).some((word) => headNoun(word) === noun)));
    if (owners.length !== 1) continue;
    const owner = owners[0]!;
    const named = new Set(out.editions.filter((edition) => edition.series === owner).map((edition) => edition.ordinal));
    const keys = owner.names.map((name) => nameKey(name.text));
    for (const edition of out.editions) {
      if (edition.series !== bare) continue;
      // On a page about the programme ("Fourth UNCRD/JICA Training Course on …" above "Previous Training
      // Courses: 3rd Training Course (13 Nov - 15 Dec 2012) …"), a generic name is its name.
      if (named.has(edition.ordinal) || namesOwner(edition.evidence.sentence, keys) || (owner === pageSeries && isGenericName(bare))) edition.series = owner;
    }
    if (!out.editions.some((edition) => edition.series === bare)) out.series.splice(out.series.indexOf(bare), 1);
  }
}

/** Whether the sentence names the programme by one of its names (folded as series names are). */
function namesOwner(sentence: string, keys: readonly string[]): boolean {
  const folded = nameWords(sentence).join(" ");
  return keys.some((key) => key.length > 0 && ` ${folded} `.includes(` ${key} `));
}

/** Named by one lower-case head noun only ("seminar", "course"), with nothing that describes it. */
function isBareNoun(record: SeriesRecord): boolean {
  return record.weak && record.names.length > 0 && record.names.every((name) => !name.text.includes(" ") && name.text === name.text.toLowerCase());
}

// Head nouns documents use for one another's editions.
const TRAINING_HEADS: ReadonlySet<string> = new Set(["seminar", "course", "programme", "program", "training", "session"]);

/**
 * "When UNAFEI's twenty-fifth anti-corruption course closed …" and, later, "The Anti-Corruption
 * Criminal Justice Assistance Training, known abroad as the UNCAC Training Programme, …": the same number
 * of a programme described in lower case and of one the document names properly, sharing a word of what
 * it is about, is one edition, the named programme's.
 */
export function adoptDescribedEditions(out: DocumentRecords): void {
  const lowerCase = (record: SeriesRecord): boolean => record.names.every((name) => name.kind !== "acronym" && name.text === name.text.toLowerCase());
  const headOf = (record: SeriesRecord): string | undefined => record.names.flatMap((name) => nameWords(name.text).map((word) => headNoun(word))).filter((noun) => noun !== undefined).pop();
  for (const edition of out.editions) {
    const described = edition.series;
    if (!lowerCase(described) || !TRAINING_HEADS.has(headOf(described) ?? "")) continue;
    const words = new Set(described.names.flatMap((name) => [...distinctiveWords(name.text)]));
    const owners = [...new Set(out.editions.filter((other) => other.ordinal === edition.ordinal && other.series !== described && !other.series.weak && !lowerCase(other.series)
      && other.series.names.some((name) => [...distinctiveWords(name.text)].some((word) => words.has(word)))).map((other) => other.series))];
    if (owners.length === 1) edition.series = owners[0]!;
  }
  for (const record of [...out.series]) if (lowerCase(record) && !out.editions.some((edition) => edition.series === record) && !record.sinceYear && !record.frequency && !record.organiser) out.series.splice(out.series.indexOf(record), 1);
}

// Nothing but a programme's kind ("Training Course", "Seminar"), in any case: no programme's own name.
// (Unlike a bare noun, such a name may be capitalised and need not be weak: a heading's "3rd Training Course".)
const GENERIC_NAME = /^(?:Training\s+)?(?:Courses?|Seminars?|Programmes?|Programs?|Trainings?|Workshops?|Forums?|Meetings?|Sessions?)$/iu;

function isGenericName(record: SeriesRecord): boolean {
  return record.names.length > 0 && record.names.every((name) => GENERIC_NAME.test(name.text.trim()));
}
