// "During 2012 the Institute also hosted the sixth seminar", "the ministry organises it together with
// UNODC": an organiser named by its head noun alone. A reader can look the body up only by the full
// name the document gives it ("United Nations Asia and Far East Institute for …", "Ministry of
// Justice"), so such a value is replaced by that name when the document names exactly one body with
// that head, and the fact is dropped when it names none or several (precision first).
import type { KnowledgeDocument } from "../types.js";
import { FULL_NAME } from "./organisers.js";
import type { DocumentRecords } from "./records.js";
import { allMatches } from "./text.js";

// The head noun alone, not the start of a full name: "the ministry and UNODC", not "the Ministry of Justice".
const LEADING_HEAD = /^[Tt]he\s+(ministry|institute|department|centre|center|commission|academy|secretariat)(?=$|,|\s+(?:and|together|jointly)\b)/iu;
const FULL_NAMES = new RegExp(FULL_NAME, "gu");

/** The full names of bodies with each head noun that a document's title, headings and passages give. */
export function fullNamesByHead(document: KnowledgeDocument): Map<string, Set<string>> {
  const texts = [document.title, document.section, ...document.passages.flatMap((passage) => [...passage.headings, passage.text])];
  const byHead = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const match of allMatches(FULL_NAMES, text)) {
      for (const name of bodiesOf(match[0])) {
        const head = headOf(name);
        if (!head) continue;
        const names = byHead.get(head) ?? new Set<string>();
        names.add(name);
        byHead.set(head, names);
      }
    }
  }
  return byHead;
}

/**
 * The bodies a run of capitalised words lists: "Research and Training Institute and the International
 * Cooperation Department" is two, but "… Institute for the Prevention of Crime and the Treatment of
 * Offenders" one (what follows "and the" names no body of its own).
 */
function bodiesOf(run: string): string[] {
  const parts = run.replace(/^the\s+/iu, "").replace(/[.,;:]+$/u, "").split(/,\s+|\s+and\s+the\s+/u);
  const bodies: string[] = [];
  for (const part of parts) {
    if (bodies.length > 0 && !headOf(part)) bodies[bodies.length - 1] += ` and the ${part}`;
    else bodies.push(part);
  }
  return bodies.map((body) => body.replace(/\s+(?:and|the|of|for|on)$/u, ""));
}

/** The head noun a full name is a name of: "Ministry of Justice" → "ministry", "… Far East Institute for …" → "institute". */
function headOf(name: string): string | undefined {
  const words = name.toLowerCase().split(/\s+/u);
  const heads = words.filter((word) => HEADS.has(word));
  // "the International Cooperation Department of the Research and Training Institute" is a department.
  return heads[0] === "center" ? "centre" : heads[0];
}
const HEADS: ReadonlySet<string> = new Set(["ministry", "institute", "department", "centre", "center", "commission", "academy", "secretariat"]);

/**
 * `value` with a leading body-by-head replaced by the one full name the document gives it; the value
 * itself when it names its bodies in full; undefined when the document does not say which body it is.
 */
export function resolveBodyByHead(value: string, byHead: ReadonlyMap<string, ReadonlySet<string>>): string | undefined {
  const lead = LEADING_HEAD.exec(value);
  if (!lead) return value;
  const head = lead[1]!.toLowerCase().replace(/^center$/u, "centre");
  const names = byHead.get(head);
  if (names?.size !== 1) return undefined;
  return `${[...names][0]!}${value.slice(lead[0].length)}`;
}

/** Every organiser of a document's records named by its head noun, resolved against the document (or dropped). */
export function resolveBodiesByHead(out: DocumentRecords, document: KnowledgeDocument): void {
  if (![...out.editions, ...out.series].some((record) => record.organiser && LEADING_HEAD.test(record.organiser.value))) return;
  const byHead = fullNamesByHead(document);
  for (const record of [...out.editions, ...out.series]) {
    const fact = record.organiser;
    if (!fact) continue;
    const value = resolveBodyByHead(fact.value, byHead);
    if (value === undefined) delete record.organiser;
    else fact.value = value;
    if (fact.conflicts) {
      fact.conflicts = fact.conflicts.flatMap((conflict) => {
        const resolved = resolveBodyByHead(conflict.value, byHead);
        return resolved === undefined ? [] : [{ ...conflict, value: resolved }];
      });
      if (fact.conflicts.length === 0) delete fact.conflicts;
    }
  }
}
