// Turning what a parser found (title, metadata, paragraphs, notes) into a KnowledgeDocument: metadata
// precedence, passage numbering and ids, note references checked against the notes.
import type { DocumentMetadata } from "./metadata.js";
import type { KnowledgeDocument, KnowledgeWarning, Passage, PassageKind } from "./types.js";

/** Where a document comes from, and metadata that overrides what the file itself says (a sidecar). */
export interface DocumentSource {
  slug: string;
  /** Path relative to the knowledge folder, used in warnings. */
  file: string;
  url?: string;
  title?: string;
  year?: number;
  section?: string;
}

export interface ParseResult {
  /** Absent when the file could not give a document (no title, no paragraphs); the warnings say why. */
  document?: KnowledgeDocument;
  warnings: KnowledgeWarning[];
}

/** A paragraph or note as found by a parser, before numbering. */
export interface PassageDraft {
  kind: PassageKind;
  text: string;
  headings: string[];
  noteRefs: string[];
  noteLabel?: string;
  line: number;
  /** The page it starts on, for a paged source (PDF). */
  page?: number;
}

export interface DocumentDraft {
  /** Metadata stated in the file (front matter, or the plain format's title and subtitle lines). */
  metadata: DocumentMetadata;
  /** The first heading in the body: the section when no metadata names one. */
  firstHeading?: string;
  passages: PassageDraft[];
}

const YEAR_IN_TITLE = /\b(19|20)\d{2}\b/;

export function yearFromTitle(title: string): number | undefined {
  const match = YEAR_IN_TITLE.exec(title);
  return match ? Number(match[0]) : undefined;
}

/** Builds the document, or explains (as warnings) why there is none. `warnings` are the parser's so far. */
export function assembleDocument(draft: DocumentDraft, source: DocumentSource, warnings: KnowledgeWarning[]): ParseResult {
  const file = source.file;
  const title = source.title ?? draft.metadata.title;
  if (!title) {
    return { warnings: [...warnings, { file, message: "no title: the document is skipped" }] };
  }
  const paragraphs = draft.passages.filter((passage) => passage.kind === "paragraph");
  if (paragraphs.length === 0) {
    return { warnings: [...warnings, { file, message: "no paragraphs: the document is skipped" }] };
  }
  const notes = draft.passages.filter((passage) => passage.kind === "note");
  const passages = [...paragraphs, ...notes].map((passage, index) => toPassage(passage, index + 1, source.slug));
  const year = source.year ?? draft.metadata.year ?? yearFromTitle(title);
  const url = source.url ?? draft.metadata.url;
  const document: KnowledgeDocument = {
    slug: source.slug,
    file,
    title,
    ...(draft.metadata.subtitle !== undefined && { subtitle: draft.metadata.subtitle }),
    ...(year !== undefined && { year }),
    section: source.section ?? draft.metadata.section ?? draft.firstHeading ?? title,
    ...(url !== undefined && { url }),
    passages,
  };
  return { document, warnings: [...warnings, ...noteWarnings(passages, file)] };
}

function toPassage(draft: PassageDraft, paragraph: number, slug: string): Passage {
  return {
    id: `${slug}#p${paragraph}`,
    docSlug: slug,
    paragraph,
    kind: draft.kind,
    headings: draft.headings,
    text: draft.text,
    ...(draft.noteLabel !== undefined && { noteLabel: draft.noteLabel }),
    noteRefs: draft.noteRefs,
    line: draft.line,
    ...(draft.page !== undefined && { page: draft.page }),
  };
}

/** A reference to a note that is not there, and a note label used twice, are both mistakes in the file. */
function noteWarnings(passages: Passage[], file: string): KnowledgeWarning[] {
  const warnings: KnowledgeWarning[] = [];
  const labels = new Set<string>();
  for (const passage of passages) {
    if (passage.noteLabel === undefined) continue;
    if (labels.has(passage.noteLabel)) warnings.push({ file, line: passage.line, message: `${passage.noteLabel} is defined twice` });
    labels.add(passage.noteLabel);
  }
  for (const passage of passages) {
    for (const ref of passage.noteRefs) {
      if (!labels.has(ref)) warnings.push({ file, line: passage.line, message: `refers to ${ref}, which is not among the document's notes` });
    }
  }
  return warnings;
}
