// `npm run import -- <file or URL>… [--out DIR] [--force]`: the command's edge (file system and
// network). Each input (a saved HTML page, a PDF, or an http(s) URL) is read or downloaded, parsed by
// the knowledge loader exactly as if it were in the knowledge folder (the same decoders, parsers and
// sidecar), converted to Markdown (import-markdown.ts), read back, and written to the output folder
// as one `.md` file: to a temporary dot-file first (the loader skips dot-files), then linked into
// place, so a running bot's live reload never sees half a file, and an existing file is never
// replaced without --force.
//
// Inputs are processed one after another and independently: a failed input is one line on stderr
// (`import: <input>: <reason>; nothing written`) and writes nothing, the others are still imported;
// the exit code is 1 if any failed (2 for bad usage), and with several inputs a last line counts them.
import { randomUUID } from "node:crypto";
import { promises as fs } from "node:fs";
import path from "node:path";
import { extractCatalogue } from "../knowledge/extract/index.js";
import { KnowledgeDirError, MAX_FILE_BYTES, parseKnowledgeFolder, readRegularFile, type KnowledgeFolder } from "../knowledge/load.js";
import { parseMarkdownDocument } from "../knowledge/parse-markdown.js";
import { printable } from "../knowledge/printable.js";
import type { KnowledgeDocument, KnowledgeWarning } from "../knowledge/types.js";
import { FETCH_LIMITS, fetchSource, httpUrl, type FetchLimits } from "./import-fetch.js";
import { IMPORT_USAGE, parseImportArguments } from "./import-args.js";
import { documentToMarkdown } from "./import-markdown.js";
import { describeImport, importFileName, urlName } from "./import-summary.js";

export interface Output {
  write(text: string): unknown;
}

export interface ImportContext {
  /** Where files go without --out: the configured knowledge folder. */
  defaultOutDir: string;
  stdout: Output;
  stderr: Output;
  /** The clock for a download's `retrieved` date. */
  now: () => Date;
  fetch?: typeof fetch;
  limits?: FetchLimits;
}

/** An input, read or downloaded, before parsing. */
interface Source {
  /** The name the loader parses it under: its extension chooses the parser. */
  name: string;
  bytes: Uint8Array;
  sidecar?: { name: string; bytes: Uint8Array };
  /** Where a download came from, after redirects: the document's URL when the page names none. */
  url?: string;
  /** YYYY-MM-DD: the day of the download, or the day a saved file was last modified. */
  retrieved: string;
  /** What the file name falls back on: the URL's last segment, or the file's name. */
  sourceName: string;
  /** The folder of an input file. */
  dir?: string;
}

/** Why an input is not imported: one line, after the input's name. */
class InputProblem extends Error {
  constructor(
    message: string,
    readonly line?: number,
  ) {
    super(message);
  }
}

const FILE_FORMATS = new Set([".html", ".htm", ".pdf"]);
const isoDate = (date: Date): string => date.toISOString().slice(0, 10);

function fileError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "ENOENT":
      return "does not exist";
    case "EACCES":
    case "EPERM":
      return "cannot be read: permission denied";
    case "EISDIR":
      return "is a folder, not a file";
    default:
      return `cannot be read: ${error instanceof Error ? error.message : String(error)}`;
  }
}

async function readOptional(file: string): Promise<Uint8Array | undefined> {
  try {
    return await readRegularFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new InputProblem(`${printable(path.basename(file))} ${fileError(error)}`);
  }
}

async function readFileSource(input: string): Promise<Source> {
  const extension = path.extname(input).toLowerCase();
  if (!FILE_FORMATS.has(extension)) throw new InputProblem("not an HTML page or a PDF (.html, .htm or .pdf), nor an http(s) URL");
  let stats;
  try {
    stats = await fs.stat(input);
  } catch (error) {
    throw new InputProblem(fileError(error));
  }
  if (stats.isDirectory()) throw new InputProblem("is a folder, not a file");
  if (stats.size > MAX_FILE_BYTES) throw new InputProblem(`larger than the ${MAX_FILE_BYTES / 1024 / 1024} MB limit (${stats.size} bytes)`);
  let bytes: Uint8Array;
  try {
    bytes = await readRegularFile(input);
  } catch (error) {
    throw new InputProblem(fileError(error));
  }
  const name = path.basename(input);
  const stem = input.slice(0, input.length - extension.length);
  let sidecar: Source["sidecar"];
  for (const suffix of [".meta.yml", ".meta.yaml"]) {
    const found = await readOptional(stem + suffix);
    if (found) {
      sidecar = { name: path.basename(stem) + suffix, bytes: found };
      break;
    }
  }
  return { name, bytes, ...(sidecar && { sidecar }), retrieved: isoDate(stats.mtime), sourceName: name, dir: path.dirname(input) };
}

async function downloadSource(url: URL, context: ImportContext): Promise<Source> {
  const fetched = await fetchSource(url, context.limits ?? FETCH_LIMITS, context.fetch ?? fetch);
  if ("problem" in fetched) throw new InputProblem(fetched.problem);
  return { name: `page.${fetched.kind}`, bytes: fetched.bytes, url: fetched.url, retrieved: isoDate(context.now()), sourceName: urlName(new URL(fetched.url)) };
}

/** The loader's reason for skipping a file, as the reason the import writes nothing. */
function skipReason(warning: KnowledgeWarning, source: Source): InputProblem {
  const message = warning.message.replace(/(?::|;) (?:the document is )?skipped$/, "");
  const reason = /\.html?$/i.test(source.name) && message === "no paragraphs" ? "no main content (no paragraphs outside navigation, headers and footers)" : message;
  return new InputProblem(reason, warning.line);
}

/** The document the knowledge loader reads from the source, with the loader's warnings. */
async function parseSource(source: Source): Promise<{ document: KnowledgeDocument; warnings: KnowledgeWarning[] }> {
  const contents = new Map<string, Uint8Array>([[source.name, source.bytes], ...(source.sidecar ? [[source.sidecar.name, source.sidecar.bytes] as const] : [])]);
  const folder: KnowledgeFolder = { files: [...contents.keys()].sort(), listingWarnings: [], contents };
  try {
    const { documents, warnings } = await parseKnowledgeFolder(".", folder);
    const document = documents[0]!;
    return { document: source.url !== undefined && document.url === undefined ? { ...document, url: source.url } : document, warnings };
  } catch (error) {
    if (!(error instanceof KnowledgeDirError)) throw error;
    // Warnings name files as printable() shows them.
    const reason = error.warnings.filter((warning) => warning.file === printable(source.name)).at(-1) ?? { file: source.name, message: error.reason };
    throw skipReason(reason, source);
  }
}

/** Why writing failed, in a few words. */
function writeError(error: unknown): string {
  switch ((error as NodeJS.ErrnoException).code) {
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "EEXIST":
    case "ENOTDIR":
      return "a file is in the way of the folder";
    case "ENOSPC":
      return "no space left on the device";
    default:
      return error instanceof Error ? error.message : String(error);
  }
}

const present = (file: string): Promise<boolean> =>
  fs.lstat(file).then(
    () => true,
    () => false,
  );

/** File systems without hard links (some network and container mounts) refuse link() so. */
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV"]);

/** Writes `text` to `target` through a temporary dot-file (which the loader skips): linked into place,
 *  which fails on an existing file, or renamed over it with `force`. Resolves to false when `target`
 *  exists and `force` is not set. */
async function writeAtomically(target: string, text: string, force: boolean): Promise<boolean> {
  const dir = path.dirname(target);
  try {
    await fs.mkdir(dir, { recursive: true });
  } catch (error) {
    throw new InputProblem(`cannot create the folder ${printable(dir)}: ${writeError(error)}`);
  }
  const temp = path.join(dir, `.${path.basename(target)}.${process.pid}-${randomUUID().slice(0, 8)}.tmp`);
  try {
    await fs.writeFile(temp, text, { flag: "wx" });
    if (force) {
      await fs.rename(temp, target);
      return true;
    }
    try {
      await fs.link(temp, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? "";
      if (code === "EEXIST") return false;
      if (!NO_LINKS.has(code)) throw error;
      // Without hard links: checked, then renamed (a file created in between would be replaced).
      if (await present(target)) return false;
      await fs.rename(temp, target);
    }
    return true;
  } catch (error) {
    throw new InputProblem(`cannot write ${printable(target)}: ${writeError(error)}`);
  } finally {
    await fs.rm(temp, { force: true });
  }
}

const place = (input: string, line?: number): string => `${printable(input)}${line !== undefined ? `:${line}` : ""}`;

interface Run {
  context: ImportContext;
  outDir: string;
  force: boolean;
  /** Files written in this run, and from which input: a second input never replaces one. */
  written: Map<string, string>;
}

async function importOne(input: string, run: Run): Promise<void> {
  const { context } = run;
  const url = httpUrl(input);
  const source = url ? await downloadSource(url, context) : await readFileSource(input);
  const { document, warnings } = await parseSource(source);
  const markdown = documentToMarkdown(document, source.retrieved);
  const name = importFileName(document, source.sourceName);
  const target = path.join(run.outDir, `${name}.md`);
  const read = parseMarkdownDocument(markdown.text, { slug: name, file: `${name}.md` }).document!;

  const earlier = run.written.get(path.resolve(target));
  if (earlier !== undefined) throw new InputProblem(`${printable(target)} was already written from ${printable(earlier)} in this run`);
  const exists = `${printable(target)} already exists (use --force to replace it)`;
  if (!run.force && (await present(target))) throw new InputProblem(exists);
  if (!(await writeAtomically(target, markdown.text, run.force))) throw new InputProblem(exists);
  run.written.set(path.resolve(target), input);

  // A warning about the sidecar names the sidecar; every other, the input.
  const sidecar = source.sidecar && printable(source.sidecar.name);
  const named = (warning: KnowledgeWarning): string => (warning.file === sidecar ? path.join(path.dirname(input), source.sidecar!.name) : input);
  for (const warning of warnings) context.stderr.write(`warning: ${place(named(warning), warning.line)}: ${warning.message}\n`);
  for (const difference of markdown.differences) context.stderr.write(`warning: ${place(input)}: the Markdown cannot say this exactly: ${difference}\n`);
  context.stdout.write(`imported ${place(input)} → ${printable(target)}: ${describeImport(read, extractCatalogue([read]))}\n`);
  if (path.extname(source.name).toLowerCase() === ".pdf") context.stdout.write(`note: ${printable(target)} keeps no page numbers: its citations give ¶n, not p. n (keep the .pdf for page citations)\n`);
  const fromOut = source.dir !== undefined ? path.relative(path.resolve(run.outDir), path.resolve(source.dir)) : "..";
  if (!fromOut.startsWith("..") && !path.isAbsolute(fromOut)) context.stdout.write(`note: ${place(input)} is in ${printable(run.outDir)} too: the bot loads both; remove one\n`);
}

/** Runs the command; resolves to its exit code. */
export async function runImport(argv: readonly string[], context: ImportContext): Promise<number> {
  const args = parseImportArguments(argv);
  if ("error" in args) {
    if (args.error) context.stderr.write(`import: ${args.error}\n`);
    context.stderr.write(`${IMPORT_USAGE}\n`);
    return 2;
  }
  const run: Run = { context, outDir: args.outDir ?? context.defaultOutDir, force: args.force, written: new Map() };
  let failed = 0;
  for (const input of args.inputs) {
    try {
      await importOne(input, run);
    } catch (error) {
      if (!(error instanceof InputProblem)) throw error;
      failed += 1;
      context.stderr.write(`import: ${place(input, error.line)}: ${error.message}; nothing written\n`);
    }
  }
  const total = args.inputs.length;
  if (total > 1) {
    if (failed === 0) context.stdout.write(`imported ${total} of ${total} inputs\n`);
    else context.stderr.write(`imported ${total - failed} of ${total} inputs; ${failed} failed\n`);
  }
  return failed === 0 ? 0 : 1;
}
