// "held at the Complex", "met in the Hall": a venue named by the kind of building alone, after the document
// has given its full name ("the International Legal Affairs Complex in Akishima City"). A reader looks a
// venue up by that name, so the place shown is the one full name the document gives a building of that
// kind; with none or several, the bare word says nothing and the place is dropped (the mode stays).
import type { KnowledgeDocument } from "../types.js";
import type { DocumentRecords } from "./records.js";
import { allMatches } from "./text.js";

const KINDS = "Complex|Hall|Centre|Center|Hotel|Building|Campus";
const BARE_KIND = new RegExp(`^(?:the\\s+)?(${KINDS})$`, "u");
// Capitalised words ending in the kind: "International Legal Affairs Complex", "JW Marriott Hotel".
const FULL_VENUE = new RegExp(`(?<![\\p{L}])(?:[\\p{Lu}][\\p{L}'’.-]*\\s+(?:(?:of|for|de)\\s+)?){1,6}(${KINDS})(?![\\p{L}])`, "gu");

/** The full names of buildings of each kind a document's title, headings and passages give. */
export function venuesByKind(document: KnowledgeDocument): Map<string, Set<string>> {
  const texts = [document.title, ...document.passages.flatMap((passage) => [...passage.headings, passage.text])];
  const byKind = new Map<string, Set<string>>();
  for (const text of texts) {
    for (const match of allMatches(FULL_VENUE, text)) {
      // "First at the New Complex" (a heading) says which building no more than "the Complex" does.
      const name = match[0].replace(/^(?:(?:The|This|That|At|In|New|Old|Main|Former|Same|First)\s+)+/u, "");
      if (BARE_KIND.test(name)) continue;
      const kind = match[1]!;
      const names = byKind.get(kind) ?? new Set<string>();
      names.add(name);
      byKind.set(kind, names);
    }
  }
  return byKind;
}

/** Every place of a document's editions that is a building's kind alone, named in full (or dropped). */
export function resolveVenuesByKind(out: DocumentRecords, document: KnowledgeDocument): void {
  const bare = out.editions.filter((edition) => edition.format?.value.place !== undefined && BARE_KIND.test(edition.format.value.place));
  if (bare.length === 0) return;
  const byKind = venuesByKind(document);
  for (const edition of bare) {
    const format = edition.format!;
    const kind = BARE_KIND.exec(format.value.place!)![1]!;
    const names = byKind.get(kind);
    if (names?.size === 1) format.value = { ...format.value, place: [...names][0]! };
    else {
      const { place: _dropped, ...rest } = format.value;
      format.value = rest;
    }
  }
}
