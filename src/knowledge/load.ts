// Reading a knowledge folder: the only file-system code in src. Every file problem becomes a
// KnowledgeWarning naming the file while the rest loads; only a folder that is missing, unreadable or
// holds no loadable document throws, as KnowledgeDirError (one line for the operator).
//
// Duplicate slugs ("a/b.txt" and "a-b.md" both give "a-b"): the later file in sorted order is loaded
// under a numbered slug ("a-b-2") with a warning, so no content is lost and ids stay deterministic.
//
// The folder is a boundary: a symlink (or a folder reached through one) whose real path is outside it
// is skipped with a warning, and files are read through the real path checked at listing time. Only
// regular files are opened (a FIFO would block a read forever). Names are escaped (printable.ts)
// before they reach a warning or a document, since warnings and /sources print them.
import { constants as fsConstants, promises as fs } from "node:fs";
import path from "node:path";
import type { DocumentSource, ParseResult } from "./document.js";
import { parseMetadata, SIDECAR_KEYS } from "./metadata.js";
import { normaliseText } from "./normalise.js";
import { decodeHtml } from "./html-encoding.js";
import { parseHtmlDocument } from "./parse-html.js";
import { parseMarkdownDocument } from "./parse-markdown.js";
import { parsePdfDocument } from "./parse-pdf.js";
import { readPdfText } from "./pdf-text.js";
import { parseTextDocument } from "./parse-text.js";
import { printable } from "./printable.js";
import { slugFromPath } from "./slug.js";
import type { KnowledgeDocument, KnowledgeWarning } from "./types.js";
import { decodeUtf8, type Decoded } from "./utf8.js";

/** Larger files are skipped with a warning: a white-paper section is tens of kilobytes. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** Files read concurrently by readKnowledgeFolder. */
const PARALLEL_READS = 8;
const SIDECAR_SUFFIX = /\.meta\.ya?ml$/i;
const PARSERS: Record<string, (content: string, source: DocumentSource) => ParseResult> = {
  ".txt": parseTextDocument,
  ".md": parseMarkdownDocument,
  ".html": parseHtmlDocument,
  ".htm": parseHtmlDocument,
};
/** Formats read from their bytes (a PDF is not text), asynchronously. */
const BINARY_PARSERS: Record<string, (bytes: Uint8Array, source: DocumentSource) => Promise<ParseResult>> = {
  ".pdf": parsePdf,
};
/** How a file's bytes become text: UTF-8, except HTML pages, which declare their encoding. */
const DECODERS: Record<string, (bytes: Uint8Array) => Decoded> = { ".html": decodeHtml, ".htm": decodeHtml };
/** Formats whose metadata a `<name>.meta.yml` sidecar gives (Markdown has front matter). */
const SIDECAR_FORMATS = [".txt", ".html", ".htm", ".pdf"];
const FORMATS = ".txt, .md, .html, .htm or .pdf";

async function parsePdf(bytes: Uint8Array, source: DocumentSource): Promise<ParseResult> {
  const read = await readPdfText(bytes);
  if ("problem" in read) return { warnings: [{ file: source.file, message: read.problem }] };
  return parsePdfDocument(read.pdf, source);
}

export interface LoadResult {
  documents: KnowledgeDocument[];
  warnings: KnowledgeWarning[];
}

/** The knowledge folder is missing, unreadable, or has no loadable document. */
export class KnowledgeDirError extends Error {
  override readonly name = "KnowledgeDirError";
  constructor(
    message: string,
    /** Problems with individual files found on the way (why nothing could be loaded). */
    readonly warnings: readonly KnowledgeWarning[] = [],
    /** What is wrong, without the folder's path ("is not a folder"), for a message that names the
     *  variable the path came from instead. */
    readonly reason: string = message,
  ) {
    super(message);
  }

  /** The one-line message for an operator who set the folder through `variable`: names the
   *  variable, never its value. */
  forVariable(variable: string): string {
    return `${variable}: the knowledge folder ${this.reason}`;
  }
}

function folderError(dir: string, reason: string, warnings: readonly KnowledgeWarning[] = []): KnowledgeDirError {
  return new KnowledgeDirError(`knowledge folder ${printable(dir)} ${reason}`, warnings, reason);
}

/** The few file-system calls the loader makes; tests substitute failures root cannot produce (EACCES). */
export interface FileSystem {
  readdir(dir: string): Promise<string[]>;
  stat(file: string): Promise<{ isFile(): boolean; isDirectory(): boolean; size: number }>;
  realpath(file: string): Promise<string>;
  readFile(file: string): Promise<Uint8Array>;
}

export const nodeFileSystem: FileSystem = {
  readdir: (dir) => fs.readdir(dir),
  stat: (file) => fs.stat(file),
  realpath: (file) => fs.realpath(file),
  readFile: readRegularFile,
};

/** Reads a file only if it is a regular file: opened non-blocking (opening a FIFO for reading would
 *  otherwise wait for a writer forever), then checked on the open handle, so nothing can be swapped
 *  in between the check and the read. */
export async function readRegularFile(file: string): Promise<Uint8Array> {
  const handle = await fs.open(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) throw Object.assign(new Error(`${file} is not a regular file`), { code: NOT_REGULAR });
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

const NOT_REGULAR = "ENOTREGULAR";

function errorCode(error: unknown): string | undefined {
  return (error as NodeJS.ErrnoException | undefined)?.code;
}

function describeError(error: unknown): string {
  switch (errorCode(error)) {
    case "EACCES":
    case "EPERM":
      return "cannot be read: permission denied";
    case "ELOOP":
      return "symlink loop; skipped";
    case "ENOENT":
      return "broken symlink (its target does not exist); skipped";
    case NOT_REGULAR:
      return "not a regular file; skipped";
    default:
      return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

interface Listing {
  /** Paths relative to the knowledge folder, "/"-separated, in sorted depth-first order. */
  files: string[];
  /** The real path of each of `files` (inside the folder's real path). */
  realPaths: Map<string, string>;
  warnings: KnowledgeWarning[];
}

const OUTSIDE = "links outside the knowledge folder; skipped";

/** Every file under `root` (following symlinks that stay inside it, skipping dot-files), with loops
 *  and links leaving the folder reported, not followed. */
async function listFiles(root: string, fileSystem: FileSystem): Promise<Listing> {
  const listing: Listing = { files: [], realPaths: new Map(), warnings: [] };
  const seen = new Map<string, string>();
  const realRoot = await fileSystem.realpath(root);
  const inside = (real: string): boolean => real === realRoot || real.startsWith(realRoot.endsWith(path.sep) ? realRoot : realRoot + path.sep);
  const visit = async (relativeDir: string, ancestors: ReadonlySet<string>): Promise<void> => {
    const absoluteDir = path.join(root, relativeDir);
    const real = await fileSystem.realpath(absoluteDir);
    const name = relativeDir || ".";
    if (!inside(real)) {
      listing.warnings.push({ file: name, message: OUTSIDE });
      return;
    }
    if (ancestors.has(real)) {
      listing.warnings.push({ file: name, message: "symlink loop (links to a folder that contains it); skipped" });
      return;
    }
    const first = seen.get(real);
    if (first !== undefined) {
      listing.warnings.push({ file: name, message: `same folder as ${first} (a symlink); skipped` });
      return;
    }
    seen.set(real, name);
    const entries = (await fileSystem.readdir(absoluteDir)).filter((entry) => !entry.startsWith(".")).sort(byCodeUnit);
    for (const entry of entries) {
      const relative = relativeDir ? `${relativeDir}/${entry}` : entry;
      try {
        const stats = await fileSystem.stat(path.join(root, relative));
        if (stats.isDirectory()) await visit(relative, new Set([...ancestors, real]));
        else if (!stats.isFile()) listing.warnings.push({ file: relative, message: "not a regular file; skipped" });
        else {
          const realFile = await fileSystem.realpath(path.join(root, relative));
          if (!inside(realFile)) listing.warnings.push({ file: relative, message: OUTSIDE });
          else {
            listing.files.push(relative);
            listing.realPaths.set(relative, realFile);
          }
        }
      } catch (error) {
        listing.warnings.push({ file: relative, message: describeError(error) });
      }
    }
  };
  await visit("", new Set());
  return listing;
}

type FileBytes = Uint8Array | KnowledgeWarning;

async function readBytes(absolute: string, file: string, fileSystem: FileSystem): Promise<FileBytes> {
  try {
    const { size } = await fileSystem.stat(absolute);
    if (size > MAX_FILE_BYTES) {
      return { file, message: `larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit (${size} bytes); skipped` };
    }
    if (size === 0) return { file, message: "empty file" };
    return await fileSystem.readFile(absolute);
  } catch (error) {
    return { file, message: describeError(error) };
  }
}

type FileText = { text: string } | { warning: KnowledgeWarning };

function decodeFile(file: string, bytes: FileBytes | undefined): FileText {
  if (bytes === undefined) return { warning: { file, message: "cannot be read: not found" } };
  if (!(bytes instanceof Uint8Array)) return { warning: bytes };
  const decoded = (DECODERS[path.extname(file).toLowerCase()] ?? decodeUtf8)(bytes);
  if ("text" in decoded) return decoded;
  return { warning: { file, ...(decoded.line !== undefined && { line: decoded.line }), message: `${decoded.problem}; skipped` } };
}

async function checkFolder(dir: string, fileSystem: FileSystem): Promise<void> {
  let isDirectory: boolean;
  try {
    isDirectory = (await fileSystem.stat(dir)).isDirectory();
  } catch (error) {
    const reason = errorCode(error) === "ENOENT" ? "does not exist" : describeError(error);
    throw folderError(dir, reason);
  }
  if (!isDirectory) throw folderError(dir, "is not a folder");
}

/** A knowledge folder as read from disk, before parsing: everything the parsed result depends on, so a
 *  cache can be keyed on it (the files are read once, whether the cache is then used or not). */
export interface KnowledgeFolder {
  /** Every file found, relative to the folder, "/"-separated, in sorted depth-first order. */
  files: string[];
  /** Problems met while listing (symlink loops, unreadable entries). */
  listingWarnings: KnowledgeWarning[];
  /** The bytes of every knowledge file and sidecar, or the problem reading it gave. */
  contents: Map<string, Uint8Array | KnowledgeWarning>;
}

const isKnowledgeOrSidecar = (file: string): boolean => SIDECAR_SUFFIX.test(file) || path.extname(file).toLowerCase() in PARSERS || path.extname(file).toLowerCase() in BINARY_PARSERS;

/** Lists `dir` and reads every knowledge file (`*.txt`, `*.md`, `*.html`, `*.htm`, `*.pdf`) and sidecar in it. Throws only KnowledgeDirError. */
export async function readKnowledgeFolder(dir: string, fileSystem: FileSystem = nodeFileSystem): Promise<KnowledgeFolder> {
  await checkFolder(dir, fileSystem);
  let listing: Listing;
  try {
    listing = await listFiles(dir, fileSystem);
  } catch (error) {
    throw folderError(dir, describeError(error));
  }
  const contents = new Map<string, Uint8Array | KnowledgeWarning>();
  const pending = listing.files.filter(isKnowledgeOrSidecar);
  // A few reads in flight at once: thousands of small files read one after another spend most of
  // their time waiting (the result does not depend on the order they complete in).
  const reader = async (): Promise<void> => {
    for (let file = pending.pop(); file !== undefined; file = pending.pop()) contents.set(file, await readBytes(listing.realPaths.get(file) ?? path.join(dir, file), file, fileSystem));
  };
  await Promise.all(Array.from({ length: PARALLEL_READS }, reader));
  return { files: listing.files, listingWarnings: listing.warnings, contents };
}

/** Parses what `readKnowledgeFolder` read (no file-system access). Rejects with KnowledgeDirError
 *  (naming `dir`) when no document could be loaded. */
export async function parseKnowledgeFolder(dir: string, folder: KnowledgeFolder): Promise<LoadResult> {
  const warnings = [...folder.listingWarnings];
  const documents: KnowledgeDocument[] = [];
  const slugOwners = new Map<string, string>();
  const files = new Set(folder.files);

  for (const file of folder.files) {
    if (SIDECAR_SUFFIX.test(file)) {
      if (!SIDECAR_FORMATS.some((extension) => files.has(file.replace(SIDECAR_SUFFIX, extension)))) {
        warnings.push({ file, message: `sidecar without a matching ${SIDECAR_FORMATS.join(", ")} file; ignored` });
      }
      continue;
    }
    const extension = path.extname(file).toLowerCase();
    const parse = PARSERS[extension];
    const parseBytes = BINARY_PARSERS[extension];
    if (!parse && !parseBytes) {
      warnings.push({ file, message: `not a knowledge file (${FORMATS}); ignored` });
      continue;
    }
    const bytes = folder.contents.get(file);
    const content: FileText = parseBytes ? (bytes instanceof Uint8Array ? { text: "" } : decodeFile(file, bytes)) : decodeFile(file, bytes);
    if ("warning" in content) {
      warnings.push(content.warning);
      continue;
    }
    const shown = printable(file);
    const source: DocumentSource = { slug: uniqueSlug(slugFromPath(file), shown, slugOwners, warnings), file: shown };
    if (SIDECAR_FORMATS.includes(extension)) Object.assign(source, readSidecar(file, folder, warnings));
    const result = parseBytes ? await parseBytes(bytes as Uint8Array, source) : parse!(content.text, source);
    for (const warning of result.warnings) warnings.push(warning);
    if (result.document) documents.push(result.document);
    else slugOwners.delete(source.slug);
  }

  // Every name in a warning printable, whichever step wrote it (escaping twice changes nothing).
  for (const [i, warning] of warnings.entries()) warnings[i] = { ...warning, file: printable(warning.file), message: printable(warning.message) };
  if (documents.length === 0) {
    const problems = warnings.length > 0 ? ` (${warnings.length} file problem${warnings.length === 1 ? "" : "s"}; run npm run check-knowledge to list them)` : "";
    throw folderError(dir, `has no loadable document (${FORMATS})${problems}`, warnings);
  }
  return { documents, warnings };
}

/** Loads every knowledge file under `dir`. Throws only KnowledgeDirError. */
export async function loadKnowledgeFiles(dir: string, fileSystem: FileSystem = nodeFileSystem): Promise<LoadResult> {
  return await parseKnowledgeFolder(dir, await readKnowledgeFolder(dir, fileSystem));
}

function uniqueSlug(slug: string, file: string, owners: Map<string, string>, warnings: KnowledgeWarning[]): string {
  let unique = slug;
  for (let n = 2; owners.has(unique); n += 1) unique = `${slug}-${n}`;
  if (unique !== slug) {
    warnings.push({ file, message: `slug "${slug}" is already used by ${owners.get(slug)}; loaded as "${unique}" (rename one file to choose)` });
  }
  owners.set(unique, file);
  return unique;
}

/** Overrides from `<name>.meta.yml` beside `<name>.txt` (or `.html`, `.pdf`), when there is one. */
function readSidecar(file: string, folder: KnowledgeFolder, warnings: KnowledgeWarning[]): Partial<DocumentSource> {
  const stem = file.slice(0, file.length - path.extname(file).length);
  const sidecar = [".meta.yml", ".meta.yaml"].map((suffix) => stem + suffix).find((name) => folder.contents.has(name));
  if (sidecar === undefined) return {};
  const content = decodeFile(sidecar, folder.contents.get(sidecar));
  if ("warning" in content) {
    warnings.push(content.warning);
    return {};
  }
  const result = parseMetadata(normaliseText(content.text), { file: sidecar, firstLine: 1, label: "sidecar", keys: SIDECAR_KEYS });
  for (const warning of result.warnings) warnings.push(warning);
  return result.metadata;
}
