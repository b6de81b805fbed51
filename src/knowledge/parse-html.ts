// HTML pages as published (the ministry's white-paper section pages, the institute's activity pages),
// parsed with parse5 into the tree a browser builds. Only the page's main content is read: `<main>`
// (or role="main", or an element whose id names the main content), without navigation, breadcrumbs,
// headers, footers, "page top" links, scripts and styles. Headings (h1–h6 and the white paper's
// heading paragraphs, "(2) …", "● Japan's Efforts") give the section path; paragraphs, list items and
// table rows are passages; a boxed column's title stays in the path of what the box holds; footnote
// links become "Note 29" references and the notes block the notes, as in the plain-text format.
//
// Every walk over the tree keeps its own stack, so deeply nested tags cannot overflow the call stack.
import { parse } from "parse5";
import type { DefaultTreeAdapterTypes } from "parse5";
import { assembleDocument, yearFromTitle, type DocumentSource, type ParseResult, type PassageDraft } from "./document.js";
import { headingKind } from "./parse-text.js";
import type { DocumentMetadata } from "./metadata.js";
import { normaliseText } from "./normalise.js";
import { noteLabel, parseNoteLine, stripNoteMarkers } from "./note-markers.js";

type Node = DefaultTreeAdapterTypes.Node;
type Element = DefaultTreeAdapterTypes.Element;
type ParentNode = DefaultTreeAdapterTypes.ParentNode;

/** Never content. */
const SKIPPED_TAGS = new Set([
  "head", "script", "style", "noscript", "template", "nav", "footer", "form", "button", "iframe", "svg", "math",
  "object", "embed", "select", "textarea", "input", "canvas", "audio", "video", "map", "dialog",
]);
const SKIPPED_ROLES = new Set(["navigation", "banner", "contentinfo", "search", "menu", "menubar", "toolbar"]);
/** id or class tokens of page furniture: breadcrumbs (パンくず), "page top" links, skip links, sharing, menus. */
const FURNITURE = /^(?:breadcrumbs?|topic-?path|pankuzu|page-?top|go-?top|to-?top|back-?to-?top|skip(?:-?link|-?nav)?|sns|share|social|print(?:-?button)?|global-?nav(?:i)?|local-?nav(?:i)?|side-?nav(?:i)?|g-?nav|l-?nav|menu|sitemap|footer|lang(?:uage)?-?(?:select|switch)?)$/i;
/** The text of a block that is only a "page top" or skip link. */
const BOILERPLATE = /^(?:page ?top|back to (?:the )?top|to (?:the )?top(?: of (?:the )?page)?|top of (?:the )?page|main content|skip to (?:the )?(?:main )?content|print(?: this page)?|ページ(?:の)?(?:先頭|トップ)へ?(?:戻る)?|本文へ)$/iu;
/** id values that name the main content. */
const MAIN_ID = /^(?:main|main-?contents?|main_contents?|contents?|primary|article)$/i;
/** id or class tokens of a notes block. */
const NOTES_BLOCK = /^(?:(?:foot|end)?notes?(?:-?(?:area|block|list|box))?|fn|chu|chuki)$/i;
/** id or class tokens of a boxed column. */
const BOX = /^(?:box(?:ed)?|column|col-?box|topics?-?box|case-?box)\d*$/i;
/** id or class tokens of a heading written as a paragraph. */
const HEADING_CLASS = /(?:^|[-_])(?:title|heading|midashi|hdg|ttl)\d*$/i;
const HEADING_TAG = /^h([1-6])$/;
/** Elements whose start and end end a passage. */
const BLOCK_TAGS = new Set([
  "address", "article", "aside", "blockquote", "dd", "details", "div", "dl", "dt", "figcaption", "figure", "header",
  "hgroup", "hr", "li", "main", "ol", "p", "pre", "section", "summary", "ul", "center", "caption", "tr", "td", "th", "tbody", "thead", "tfoot",
]);
/** A footnote link's text: "Note 29", "*29", "(29)", "29", "注29". */
const NOTE_LINK_TEXT = /^[[(（]?\s*(?:Note\s*(\d{1,4})|[*※]\s*(\d{1,4})|注\s*(\d{1,4})|(\d{1,4}))\s*[\])）]?$/iu;
/** A bare number links to a note only when its target looks like one. */
const NOTE_TARGET = /note|fn|foot|chu|ref/i;
const BACKLINK_TEXT = /^(?:↩︎?|↑|\^|back|return|戻る)$/iu;
/** "29. Established …", "29: …", "(29) …" at the start of an item of a notes block. */
const NUMBERED_NOTE = /^\(?(\d{1,4})[.:)]\s+(.*)$/u;
/** Title separators: "(2) … | White Paper on Development Cooperation 2021 | Ministry of Foreign Affairs". */
const TITLE_SEPARATOR = /\s+[|｜–—-]\s+|\s*｜\s*/u;
/** More columns are repeated no further (a hostile colspan). */
const MAX_COLSPAN = 20;
/** Boxes (and captions) nested deeper than this add nothing more to the path: a hostile page could
 *  otherwise make every passage carry a path as long as the page is deep. */
const MAX_SCOPES = 8;

const tagOf = (node: Node): string | undefined => ("tagName" in node ? node.tagName : undefined);
const attr = (element: Element, name: string): string | undefined => element.attrs.find((a) => a.name === name)?.value;
const tokens = (element: Element): string[] => [attr(element, "id") ?? "", ...(attr(element, "class") ?? "").split(/\s+/)].filter(Boolean);
const lineOf = (node: Node): number | undefined => ("sourceCodeLocation" in node ? (node.sourceCodeLocation?.startLine ?? undefined) : undefined);

/** Collapsed to single spaces, normalised as every knowledge file is. */
function clean(raw: string): string {
  return normaliseText(raw).replace(/\s+/g, " ").trim();
}

function isSkipped(element: Element, insideMain: boolean): boolean {
  const tag = element.tagName;
  if (SKIPPED_TAGS.has(tag) || (tag === "header" && !insideMain)) return true;
  if (attr(element, "hidden") !== undefined || attr(element, "aria-hidden") === "true") return true;
  const role = attr(element, "role");
  if (role !== undefined && SKIPPED_ROLES.has(role)) return true;
  return tokens(element).some((token) => FURNITURE.test(token));
}

/** Every element under `root`, in document order (an explicit stack: no recursion). */
function* elements(root: ParentNode): Generator<Element> {
  const stack: Node[] = [...root.childNodes].reverse();
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (!("tagName" in node)) continue;
    yield node;
    const children = node.tagName === "template" ? [] : node.childNodes;
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i]!);
  }
}

/** The label a footnote link points to ("Note 29"), or undefined when the link is no footnote link. */
function footnoteLink(element: Element): string | undefined {
  if (element.tagName !== "a") return undefined;
  const href = attr(element, "href");
  if (href === undefined || !href.startsWith("#")) return undefined;
  const match = NOTE_LINK_TEXT.exec(clean(plainText(element)));
  if (!match) return undefined;
  const [, note, star, chu, bare] = match;
  if (bare !== undefined && !NOTE_TARGET.test(href) && tagOf(element.parentNode as Node) !== "sup") return undefined;
  return noteLabel(String(Number(note ?? star ?? chu ?? bare)));
}

/** All text under an element, without skipping anything (for short elements: links, titles). */
function plainText(root: ParentNode): string {
  let text = "";
  const stack: Node[] = [root];
  for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
    if (node.nodeName === "#text") text += (node as DefaultTreeAdapterTypes.TextNode).value;
    else if ("childNodes" in node) for (let i = node.childNodes.length - 1; i >= 0; i -= 1) stack.push(node.childNodes[i]!);
  }
  return text;
}

/** The text of an element as a reader sees it: furniture skipped, footnote links as "Note 29", a space
 *  between blocks and at line breaks. */
function textOf(root: Element, inNotes: boolean): string {
  let text = "";
  const stack: Array<Node | " "> = [...root.childNodes].reverse();
  for (let item = stack.pop(); item !== undefined; item = stack.pop()) {
    if (item === " ") {
      text += " ";
      continue;
    }
    if (item.nodeName === "#text") {
      text += (item as DefaultTreeAdapterTypes.TextNode).value;
      continue;
    }
    if (!("tagName" in item) || isSkipped(item, true)) continue;
    if (item.tagName === "br") {
      text += " ";
      continue;
    }
    const note = footnoteLink(item);
    if (note !== undefined) {
      text += ` ${note} `;
      continue;
    }
    if (inNotes && item.tagName === "a" && BACKLINK_TEXT.test(clean(plainText(item)))) continue;
    const block = BLOCK_TAGS.has(item.tagName);
    if (block) stack.push(" ");
    for (let i = item.childNodes.length - 1; i >= 0; i -= 1) stack.push(item.childNodes[i]!);
    if (block) text += " ";
  }
  return text;
}

interface PageHead {
  title?: string;
  url?: string;
}

function absoluteHttpUrl(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  try {
    const url = new URL(value.trim());
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** `<title>` (the part that names the publication), `<link rel="canonical">`, else `og:url`. */
function readHead(document: ParentNode): PageHead {
  let title: string | undefined;
  let canonical: string | undefined;
  let ogUrl: string | undefined;
  for (const element of elements(document)) {
    if (element.tagName === "body") break;
    if (element.tagName === "title" && title === undefined) title = clean(plainText(element));
    if (element.tagName === "link" && (attr(element, "rel") ?? "").toLowerCase().split(/\s+/).includes("canonical")) canonical ??= absoluteHttpUrl(attr(element, "href"));
    if (element.tagName === "meta" && attr(element, "property") === "og:url") ogUrl ??= absoluteHttpUrl(attr(element, "content"));
  }
  const url = canonical ?? ogUrl;
  return { ...(title && { title }), ...(url !== undefined && { url }) };
}

/** The part of a `<title>` that names the document: the one with a year (and words, not a bare
 *  date), else the longest. */
export function titleFromTitleElement(title: string): string | undefined {
  const parts = title.split(TITLE_SEPARATOR).map((part) => part.trim()).filter(Boolean);
  if (parts.length === 0) return undefined;
  const named = (part: string): boolean => yearFromTitle(part) !== undefined && (part.match(/\p{L}/gu) ?? []).length >= 3;
  return parts.find(named) ?? parts.reduce((a, b) => (b.length > a.length ? b : a));
}

/** The main content: `<main>`, role="main", an element whose id names it, `<article>`, else `<body>`. */
function mainContent(document: ParentNode): { root: ParentNode; found: boolean } {
  let byId: Element | undefined;
  let article: Element | undefined;
  let body: Element | undefined;
  for (const element of elements(document)) {
    if (element.tagName === "main" || attr(element, "role") === "main") return { root: element, found: true };
    if (byId === undefined && MAIN_ID.test(attr(element, "id") ?? "")) byId = element;
    if (element.tagName === "article") article ??= element;
    if (element.tagName === "body") body ??= element;
  }
  const root = byId ?? article;
  return root ? { root, found: true } : { root: body ?? document, found: false };
}

interface Heading {
  rank: number;
  text: string;
}

/** The headings in force: a box starts a scope whose path begins with the path outside it and its title. */
interface Scope {
  base: string[];
  stack: Heading[];
  /** A box whose title has not been read yet: its first heading, before any passage, is the title. */
  awaitingTitle: boolean;
  /** Passages read before the scope began. */
  passagesBefore: number;
}

/** One parse: the walk's state, mutated as the tree is read. */
class PageReader {
  readonly passages: PassageDraft[] = [];
  firstHeading: string | undefined;
  title: string | undefined;
  subtitle: string | undefined;
  private readonly scopes: Scope[] = [{ base: [], stack: [], awaitingTitle: false, passagesBefore: 0 }];
  private readonly kindRanks = new Map<string, number>();
  private buffer: { text: string; line: number; element: Element | undefined } | undefined;
  private notesDepth = 0;
  private notesCount = 0;
  private readonly noteTargets: Set<string>;

  constructor(
    title: string | undefined,
    noteTargets: Set<string>,
    private readonly insideMain: boolean,
  ) {
    this.title = title;
    this.noteTargets = noteTargets;
  }

  private get scope(): Scope {
    return this.scopes[this.scopes.length - 1]!;
  }

  private path(): string[] {
    return [...this.scope.base, ...this.scope.stack.map((heading) => heading.text)];
  }

  read(root: ParentNode): void {
    type Step = { node: Node; block: Element | undefined } | { exit: () => void };
    const stack: Step[] = [...root.childNodes].reverse().map((node) => ({ node, block: undefined }));
    for (let step = stack.pop(); step !== undefined; step = stack.pop()) {
      if ("exit" in step) {
        step.exit();
        continue;
      }
      const { node, block } = step;
      if (node.nodeName === "#text") {
        this.append((node as DefaultTreeAdapterTypes.TextNode).value, lineOf(node), block);
        continue;
      }
      if (!("tagName" in node) || isSkipped(node, this.insideMain)) continue;
      const exits = this.enter(node, block);
      if (exits === undefined) continue;
      stack.push({ exit: exits.exit });
      const inner = exits.block;
      for (let i = node.childNodes.length - 1; i >= 0; i -= 1) stack.push({ node: node.childNodes[i]!, block: inner });
    }
    this.flush();
  }

  /** Handles an element; returns what to do after its children, or undefined when they were read here. */
  private enter(element: Element, block: Element | undefined): { exit: () => void; block: Element | undefined } | undefined {
    const tag = element.tagName;
    const line = lineOf(element) ?? this.buffer?.line ?? 1;
    const heading = HEADING_TAG.exec(tag);
    if (heading) {
      this.flush();
      this.heading(Number(heading[1]), clean(textOf(element, false)));
      return undefined;
    }
    if (tag === "hgroup") return this.hgroup(element);
    if (tag === "table" && isDataTable(element)) {
      this.flush();
      this.table(element);
      return undefined;
    }
    if (tag === "br") {
      this.append(" ", line, block);
      return undefined;
    }
    const note = footnoteLink(element);
    if (note !== undefined) {
      this.append(` ${note} `, line, block);
      return undefined;
    }
    if (this.notesDepth > 0 && tag === "a" && BACKLINK_TEXT.test(clean(plainText(element)))) return undefined;
    const names = tokens(element);
    const isNotes = names.some((name) => NOTES_BLOCK.test(name)) || /^doc-(?:end|foot)notes?$/.test(attr(element, "role") ?? "") || this.noteTargets.has(attr(element, "id") ?? "");
    const isBox = !isNotes && this.scopes.length < MAX_SCOPES && (names.some((name) => BOX.test(name)) || (tag === "aside" && this.insideMain));
    if (!isNotes && !isBox && !BLOCK_TAGS.has(tag)) return { exit: () => undefined, block };
    this.flush();
    if (isNotes) this.notesDepth += 1;
    if (isBox) this.scopes.push({ base: this.path(), stack: [], awaitingTitle: true, passagesBefore: this.passages.length });
    return {
      block: element,
      exit: () => {
        this.flush();
        if (isNotes) this.notesDepth -= 1;
        if (isBox) this.scopes.pop();
      },
    };
  }

  private append(text: string, line: number | undefined, block: Element | undefined): void {
    if (this.buffer) this.buffer.text += text;
    else if (text.trim() !== "") this.buffer = { text, line: line ?? 1, element: block };
  }

  /** Ends the passage being read: a note, a heading paragraph, or a paragraph. */
  private flush(): void {
    const buffer = this.buffer;
    this.buffer = undefined;
    if (!buffer) return;
    const text = clean(buffer.text);
    if (text === "" || BOILERPLATE.test(text)) return;
    if (this.notesDepth > 0 || (buffer.element && this.noteTargets.has(attr(buffer.element, "id") ?? ""))) {
      this.note(text, buffer.line, buffer.element);
      return;
    }
    const kind = headingParagraphKind(text, buffer.element);
    if (kind !== undefined) {
      this.heading(this.rankOf(kind), text);
      return;
    }
    const stripped = stripNoteMarkers(text, "plain");
    if (stripped.text) this.passages.push({ kind: "paragraph", text: stripped.text, headings: this.path(), noteRefs: stripped.noteRefs, line: buffer.line });
  }

  private note(text: string, line: number, element: Element | undefined): void {
    this.notesCount += 1;
    const written = parseNoteLine(text, "plain");
    const numbered = written ? undefined : NUMBERED_NOTE.exec(text);
    const idNumber = /(\d{1,4})/.exec((element && attr(element, "id")) ?? "")?.[1];
    const label = written?.label ?? (numbered ? noteLabel(String(Number(numbered[1]))) : noteLabel(idNumber !== undefined ? String(Number(idNumber)) : String(this.notesCount)));
    const stripped = stripNoteMarkers(written?.text ?? numbered?.[2] ?? text, "plain");
    if (stripped.text) this.passages.push({ kind: "note", text: stripped.text, headings: this.path(), noteRefs: stripped.noteRefs, noteLabel: label, line });
  }

  /** A heading paragraph's kind ranks below the HTML heading it first appears under; kinds nest in
   *  the order they first appear, as in the plain-text format. */
  private rankOf(kind: string): number {
    let rank = this.kindRanks.get(kind);
    if (rank === undefined) {
      const base = Math.max(0, ...this.scope.stack.map((heading) => Math.floor(heading.rank)));
      const taken = [...this.kindRanks.values()].filter((value) => Math.floor(value) === base).length;
      rank = base + (Math.min(taken, 8) + 1) / 10;
      this.kindRanks.set(kind, rank);
    }
    return rank;
  }

  private heading(rank: number, raw: string): void {
    const text = stripNoteMarkers(raw, "plain").text;
    if (text === "") return;
    // The page's own title, in a heading before any passage, is not a section: headings above it
    // ("Training Courses/Seminars") are the site's, so they go too.
    const beforeContent = this.passages.length === 0 && this.scopes.length === 1;
    const isTitle = this.title === undefined ? rank === 1 && this.scope.stack.length === 0 : sameText(text, this.title) || (this.subtitle !== undefined && sameText(text, this.subtitle));
    if (beforeContent && isTitle) {
      this.title ??= text;
      this.scope.stack = [];
      this.firstHeading = undefined;
      return;
    }
    const scope = this.scope;
    if (scope.awaitingTitle) {
      scope.awaitingTitle = false;
      if (this.passages.length === scope.passagesBefore) {
        scope.base = [...scope.base, text];
        return;
      }
    }
    scope.stack = [...scope.stack.filter((heading) => heading.rank < rank), { rank, text }];
    // The section is the heading the page's text starts under; text before any heading is under the title.
    if (this.passages.length === 0) this.firstHeading ??= text;
  }

  /** `<hgroup><h1>Title</h1><p>Subtitle</p></hgroup>`: the heading, and a subtitle when it is the title. */
  private hgroup(element: Element): undefined {
    this.flush();
    const children = element.childNodes.filter((child): child is Element => "tagName" in child);
    const heading = children.find((child) => HEADING_TAG.test(child.tagName));
    const others = children.filter((child) => child !== heading).map((child) => clean(textOf(child, false))).filter(Boolean);
    if (!heading) return undefined;
    const text = clean(textOf(heading, false));
    const isTitle = this.passages.length === 0 && this.scope.stack.length === 0 && (this.title === undefined || sameText(text, this.title));
    if (isTitle && others[0] !== undefined) this.subtitle ??= others[0];
    this.heading(Number(HEADING_TAG.exec(heading.tagName)![1]), text);
    return undefined;
  }

  /** One passage per row, cells joined with " | "; the header row is the table's first passage. */
  private table(table: Element): void {
    const caption = [...elements(table)].find((element) => element.tagName === "caption");
    const captionText = caption ? clean(textOf(caption, false)) : "";
    const scoped = captionText !== "" && this.scopes.length < MAX_SCOPES;
    if (scoped) this.scopes.push({ base: [...this.path(), captionText], stack: [], awaitingTitle: false, passagesBefore: this.passages.length });
    for (const row of [...elements(table)].filter((element) => element.tagName === "tr")) {
      const cells = row.childNodes.filter((child): child is Element => tagOf(child) === "td" || tagOf(child) === "th");
      const texts: string[] = [];
      for (const cell of cells) {
        const text = clean(textOf(cell, false));
        const span = Math.min(Math.max(Number(attr(cell, "colspan") ?? 1) || 1, 1), MAX_COLSPAN);
        const isHeader = tagOf(row.parentNode as Node) === "thead" || cells.every((c) => c.tagName === "th");
        for (let i = 0; i < (isHeader ? span : 1); i += 1) texts.push(text);
      }
      if (texts.every((text) => text === "")) continue;
      const stripped = stripNoteMarkers(texts.join(" | "), "plain");
      this.passages.push({ kind: "paragraph", text: stripped.text, headings: this.path(), noteRefs: stripped.noteRefs, line: lineOf(row) ?? 1 });
    }
    if (scoped) this.scopes.pop();
  }
}

const sameText = (a: string, b: string): boolean => a.localeCompare(b, "en", { sensitivity: "accent" }) === 0;

/** Layout tables (cells holding headings, tables or several paragraphs) are read as content. */
function isDataTable(table: Element): boolean {
  for (const element of elements(table)) {
    if (element.tagName === "table" || HEADING_TAG.test(element.tagName)) return false;
    if ((element.tagName === "td" || element.tagName === "th") && element.childNodes.filter((child) => ["p", "ul", "ol", "div"].includes(tagOf(child) ?? "")).length > 1) return false;
  }
  return true;
}

/** Marked headings written as paragraphs ("(2) …", "● …", "<Japan's Efforts>"), a paragraph whose
 *  class says it is a title, or one that is only bold text and reads like a heading. */
function headingParagraphKind(text: string, element: Element | undefined): string | undefined {
  if (/^<[^<>]{1,100}>$/u.test(text)) return "angle";
  const kind = headingKind(text);
  if (kind === undefined) return undefined;
  if (kind !== "plain" && !kind.startsWith("num:")) return kind;
  if (!element || !["p", "div"].includes(element.tagName)) return undefined;
  if (tokens(element).some((token) => HEADING_CLASS.test(token))) return `class:${attr(element, "class") ?? ""}`;
  const parts = element.childNodes.filter((child) => !(child.nodeName === "#text" && (child as DefaultTreeAdapterTypes.TextNode).value.trim() === ""));
  if (parts.length === 1 && ["strong", "b"].includes(tagOf(parts[0]!) ?? "")) return "bold";
  return undefined;
}

/** The ids footnote links point to: elements with those ids are notes wherever they are. */
function footnoteTargets(root: ParentNode): Set<string> {
  const targets = new Set<string>();
  for (const element of elements(root)) {
    if (footnoteLink(element) !== undefined) targets.add(decodeURIComponentSafe(attr(element, "href")!.slice(1)));
  }
  targets.delete("");
  return targets;
}

function decodeURIComponentSafe(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

export function parseHtmlDocument(content: string, source: DocumentSource): ParseResult {
  if (content.trim() === "") return { warnings: [{ file: source.file, message: "empty file" }] };
  const document = parse(content, { sourceCodeLocationInfo: true });
  const head = readHead(document);
  const main = mainContent(document);
  const reader = new PageReader(head.title === undefined ? undefined : titleFromTitleElement(head.title), footnoteTargets(main.root), main.found);
  reader.read(main.root);
  const title = reader.title;
  const year = title === undefined || yearFromTitle(title) === undefined ? yearFromPath(head.url) : undefined;
  const metadata: DocumentMetadata = {
    ...(title !== undefined && { title }),
    ...(reader.subtitle !== undefined && { subtitle: reader.subtitle }),
    ...(year !== undefined && { year }),
    ...(head.url !== undefined && { url: head.url }),
  };
  return assembleDocument({ metadata, ...(reader.firstHeading !== undefined && { firstHeading: reader.firstHeading }), passages: reader.passages }, source, []);
}

/** "…/white/2021/html/…" → 2021, when the title has no year. */
function yearFromPath(url: string | undefined): number | undefined {
  if (url === undefined) return undefined;
  const match = /\/((?:19|20)\d{2})\//.exec(new URL(url).pathname);
  return match ? Number(match[1]) : undefined;
}
