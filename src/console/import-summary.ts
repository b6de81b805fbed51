// `npm run import`'s pure parts besides the conversion: the name of the file it writes, and the line
// it prints for each input (what it found: sections, passages, editions).
import { editionTitle } from "../knowledge/names.js";
import type { Catalogue, KnowledgeDocument } from "../knowledge/types.js";

/** File names are cut to this many characters (at a word). */
const MAX_NAME = 80;

/** Lower-case ASCII words joined by "-": accents dropped, everything else a separator. */
function slugWords(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

function cut(slug: string): string {
  if (slug.length <= MAX_NAME) return slug;
  const head = slug.slice(0, MAX_NAME + 1);
  const at = head.lastIndexOf("-");
  return (at > 0 ? head.slice(0, at) : slug.slice(0, MAX_NAME)).replace(/-+$/, "");
}

/**
 * The written file's name, without `.md`: the document's year and section (its title when the section
 * is the title), as lower-case ASCII words joined by "-", at most 80 characters:
 * "2021-2-assistance-for-governance-including-anti-corruption". When most of the section's letters
 * are not Latin (a Japanese title), the name of the source instead (the URL's last path segment, or
 * the file's name, without its extension); "imported" when neither has a Latin letter.
 */
export function importFileName(document: Pick<KnowledgeDocument, "section" | "year">, sourceName: string): string {
  const words = slugWords(document.section);
  const letters = document.section.normalize("NFKD").replace(/\p{M}/gu, "").match(/\p{L}/gu) ?? [];
  const latin = letters.filter((letter) => /[a-z]/i.test(letter)).length;
  const year = document.year !== undefined && !words.split("-").includes(String(document.year)) ? `${document.year}-` : "";
  if (latin > 0 && latin * 2 >= letters.length) return cut(year + words);
  const source = slugWords(sourceName.replace(/\.[^.]*$/, ""));
  return /[a-z]/.test(source) ? cut(source) : "imported";
}

/** The last path segment of a URL ("s2_1_2.html"), or its host. */
export function urlName(url: URL): string {
  const segment = url.pathname.split("/").filter(Boolean).at(-1);
  if (segment === undefined) return url.hostname;
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const plural = (count: number, word: string, many = `${word}s`): string => `${count} ${count === 1 ? word : many}`;

/** What the import found, counted from the document as the written file reads back: "2 sections,
 *  7 passages (6 paragraphs, 1 note), 3 series, 4 editions (23rd UNCAC …, 15th GG Seminar, …)". */
export function describeImport(document: KnowledgeDocument, catalogue: Catalogue): string {
  const sections = new Set(document.passages.filter((passage) => passage.headings.length > 0).map((passage) => passage.headings.join("\n")));
  const notes = document.passages.filter((passage) => passage.kind === "note").length;
  const series = new Map(catalogue.series.map((entry) => [entry.id, entry]));
  const editions = catalogue.editions.map((edition) => editionTitle(edition.ordinal, series.get(edition.seriesId)));
  return [
    plural(sections.size, "section"),
    `${plural(document.passages.length, "passage")} (${plural(document.passages.length - notes, "paragraph")}, ${plural(notes, "note")})`,
    plural(catalogue.series.length, "series", "series"),
    `${plural(editions.length, "edition")}${editions.length ? ` (${editions.join(", ")})` : ""}`,
  ].join(", ");
}
