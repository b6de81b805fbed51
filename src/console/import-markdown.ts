// `npm run import`'s conversion: a parsed document (from an HTML page or a PDF) → the text of one
// Markdown knowledge file (docs/knowledge-format.md): YAML front matter for the metadata, a heading for
// each step of the section path, one block per passage (a table row stays one `a | b | c` block, so
// it stays one passage), notes as footnotes (`[^29]: …`, referred to by `[^29]` at the end of the
// paragraph). Pure: no file system, no clock.
//
// The written text is read back with the Markdown parser itself, so what is said to round-trip does:
// each line is first written as it is, escaped (CommonMark backslashes) only when the parser would
// read it differently, and whatever the format cannot say (a "Note 5" left in the text, a section
// path that goes back to none, more than six heading levels) is listed in `differences`.
import { stringify } from "yaml";
import { parseMarkdownDocument } from "../knowledge/parse-markdown.js";
import type { KnowledgeDocument, Passage } from "../knowledge/types.js";

export interface MarkdownFile {
  text: string;
  /** How the file, read back, differs from `document` (empty when it gives the same passages and
   *  metadata); one line each, for warnings. */
  differences: string[];
}

/** The part of a passage the Markdown keeps and the round trip compares (not ids, lines or pages). */
type Content = Pick<Passage, "kind" | "text" | "headings" | "noteRefs" | "noteLabel">;

const PROBE = { slug: "probe", file: "probe.md" };
/** Characters that can start inline markup or a note marker anywhere in a line. */
const INLINE_SPECIAL = /[\\`*_[<^#]/g;
const ASCII_PUNCTUATION = /^[!-/:-@[-`{-~]/;
const LIST_NUMBER = /^(\d{1,3})([.)])(?=\s|$)/;
const MAX_LEVEL = 6;

/** Backslashes before whatever the parser could read as markup: inline markup anywhere, block
 *  markers (`#`, `>`, `-`, `1.`, fences) at the start of the line. */
function escape(text: string): string {
  const inline = text.replace(INLINE_SPECIAL, "\\$&");
  if (ASCII_PUNCTUATION.test(inline) && !inline.startsWith("\\")) return `\\${inline}`;
  return inline.replace(LIST_NUMBER, "$1\\$2");
}

/** The passages a small Markdown body reads as, after a title and before a closing paragraph. */
function probe(body: string): Passage[] {
  return parseMarkdownDocument(`# Probe\n\n${body}\n\nProbe.\n`, PROBE).document?.passages ?? [];
}

function sameContent(a: Content, b: Content): boolean {
  return a.kind === b.kind && a.text === b.text && a.noteLabel === b.noteLabel && a.headings.join("\n") === b.headings.join("\n") && a.noteRefs.join("\n") === b.noteRefs.join("\n");
}

/** `text` as written, when the parser reads that back as `text`; else escaped. */
function writeText(text: string, readsBack: (candidate: string) => boolean): string {
  return readsBack(text) ? text : escape(text);
}

/** "Note 29" → "29", the footnote id the Markdown parser labels "Note 29". */
function footnoteId(label: string): string {
  return /^Note (\S{1,40})$/.exec(label)?.[1]?.replace(/]/g, "") ?? label.replace(/[\]\s]/g, "");
}

const markers = (noteRefs: readonly string[]): string => noteRefs.map((ref) => `[^${footnoteId(ref)}]`).join("");

function paragraphLine(passage: Passage): string {
  const refs = markers(passage.noteRefs);
  const expected: Content = { kind: "paragraph", text: passage.text, headings: [], noteRefs: passage.noteRefs };
  return writeText(passage.text, (candidate) => {
    const read = probe(candidate + refs);
    return read.length === 2 && sameContent(read[0]!, expected);
  }) + refs;
}

function noteLine(passage: Passage): string {
  const label = passage.noteLabel ?? "";
  const head = `[^${footnoteId(label)}]: `;
  const refs = markers(passage.noteRefs);
  const expected: Content = { kind: "note", text: passage.text, headings: [], noteRefs: passage.noteRefs, noteLabel: label };
  return head + writeText(passage.text, (candidate) => {
    const read = probe(head + candidate + refs);
    return read.length === 2 && sameContent(read[1]!, expected);
  }) + refs;
}

function headingLine(level: number, text: string): string {
  const hashes = "#".repeat(Math.min(level, MAX_LEVEL));
  return `${hashes} ${writeText(text, (candidate) => probe(`## ${candidate}`)[0]?.headings.join("\n") === text)}`;
}

/** The headings that take the section path from `from` to `to`: the steps after the shared start,
 *  or the last step again when the path only gets shorter (Markdown has no "end of section"). A path
 *  back to no heading at all cannot be written: none, and the read-back check reports it. */
function headingSteps(from: readonly string[], to: readonly string[]): Array<{ depth: number; text: string }> {
  let shared = 0;
  while (shared < from.length && shared < to.length && from[shared] === to[shared]) shared += 1;
  if (shared === to.length && shared === from.length) return [];
  const start = shared < to.length ? shared : to.length - 1;
  if (start < 0) return [];
  return to.slice(start).map((text, index) => ({ depth: start + index, text }));
}

/** The front matter: every field the Markdown loader reads, then when the source was retrieved. */
function frontMatter(document: KnowledgeDocument, retrieved: string | undefined): string {
  const fields = {
    title: document.title,
    ...(document.subtitle !== undefined && { subtitle: document.subtitle }),
    ...(document.year !== undefined && { year: document.year }),
    section: document.section,
    ...(document.url !== undefined && { url: document.url }),
    ...(retrieved !== undefined && { retrieved }),
  };
  return `---\n${stringify(fields, { lineWidth: 0 })}---\n`;
}

/** `retrieved`: YYYY-MM-DD, the day the source was fetched (or saved). */
export function documentToMarkdown(document: KnowledgeDocument, retrieved?: string): MarkdownFile {
  const depth = Math.max(0, ...document.passages.map((passage) => passage.headings.length));
  // `##` for the outermost section (as a page's own headings below its title), unless the path is
  // six deep: then from `#`, which the loader reads as a section because the front matter has the title.
  const baseLevel = depth >= MAX_LEVEL ? 1 : 2;
  const blocks: string[] = [];
  let path: readonly string[] = [];
  for (const passage of document.passages) {
    for (const step of headingSteps(path, passage.headings)) blocks.push(headingLine(baseLevel + step.depth, step.text));
    path = passage.headings;
    blocks.push(passage.kind === "note" ? noteLine(passage) : paragraphLine(passage));
  }
  const text = `${frontMatter(document, retrieved)}\n${blocks.join("\n\n")}\n`;
  return { text, differences: differences(document, text) };
}

const pathText = (headings: readonly string[]): string => (headings.length ? `“${headings.join(" › ")}”` : "(none)");

/** How `text`, read by the Markdown loader, differs from `document`. */
function differences(document: KnowledgeDocument, text: string): string[] {
  const read = parseMarkdownDocument(text, PROBE).document;
  if (!read) return ["the Markdown reads back as no document"];
  const found: string[] = [];
  for (const key of ["title", "subtitle", "year", "section", "url"] as const) {
    if (read[key] !== document[key]) found.push(`${key} reads back as ${JSON.stringify(read[key] ?? null)}, not ${JSON.stringify(document[key] ?? null)}`);
  }
  if (read.passages.length !== document.passages.length) found.push(`${document.passages.length} passages read back as ${read.passages.length}`);
  document.passages.forEach((passage, index) => {
    const back = read.passages[index];
    if (!back || sameContent(back, passage)) return;
    const where = passage.noteLabel ?? `¶${passage.paragraph}`;
    if (back.headings.join("\n") !== passage.headings.join("\n")) found.push(`${where}: section path reads back as ${pathText(back.headings)} instead of ${pathText(passage.headings)}`);
    if (back.text !== passage.text) found.push(`${where}: text reads back differently (“${back.text.slice(0, 60)}”)`);
    if (back.noteRefs.join() !== passage.noteRefs.join() || back.noteLabel !== passage.noteLabel || back.kind !== passage.kind) found.push(`${where}: notes read back differently`);
  });
  return found;
}
