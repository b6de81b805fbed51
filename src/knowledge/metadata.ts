// Document metadata written in YAML: a Markdown file's front matter, or a `<name>.meta.yml` sidecar
// beside a plain-text file. Parsed with the `yaml` package and validated key by key: a bad value is
// dropped with a warning naming its line, the rest is kept, nothing throws.
import { parseDocument } from "yaml";
import type { KnowledgeWarning } from "./types.js";

export interface DocumentMetadata {
  title?: string;
  subtitle?: string;
  year?: number;
  section?: string;
  url?: string;
  /** When the source was retrieved (front matter of an imported file, `npm run import`), as
   *  YYYY-MM-DD. Recorded for the reader; nothing is derived from it. */
  retrieved?: string;
}

export type MetadataKey = keyof DocumentMetadata;

export const FRONT_MATTER_KEYS: readonly MetadataKey[] = ["title", "subtitle", "year", "section", "url", "retrieved"];
export const SIDECAR_KEYS: readonly MetadataKey[] = ["url", "title", "year", "section"];

/** Where the YAML text sits, for warnings. */
export interface MetadataPlace {
  file: string;
  /** File line number of the YAML text's first line. */
  firstLine: number;
  /** "front matter" or "sidecar": how warnings name the block. */
  label: string;
  keys: readonly MetadataKey[];
}

export interface MetadataResult {
  metadata: DocumentMetadata;
  warnings: KnowledgeWarning[];
}

interface YamlError {
  reason: string;
  /** 1-based line of the YAML text where the parser stopped, when it says. */
  line?: number;
}

type YamlParse = { data: unknown } | { error: YamlError };

/** The parser's first error, its message without the position (the warning gives the file's line). */
function parseYaml(text: string): YamlParse {
  try {
    // Timestamps as dates (YAML 1.1 style): a date where text belongs is a mistake worth a warning.
    const document = parseDocument(text, { customTags: ["timestamp"] });
    const [error] = document.errors;
    if (error) return { error: { reason: error.message.replace(/ at line \d+, column \d+:[\s\S]*$/, ""), ...(error.linePos && { line: error.linePos[0].line }) } };
    // toJS throws on an alias bomb (more alias expansions than maxAliasCount, 100 by default).
    return { data: document.toJS() as unknown };
  } catch (error) {
    return { error: { reason: error instanceof Error ? error.message : String(error) } };
  }
}

export function parseMetadata(text: string, place: MetadataPlace): MetadataResult {
  const warnings: KnowledgeWarning[] = [];
  const parsed = parseYaml(text);
  if ("error" in parsed) {
    const { reason, line } = parsed.error;
    warnings.push({ file: place.file, line: place.firstLine + Math.max((line ?? 1) - 1, 0), message: `${place.label} is not valid YAML (${reason}); ignored` });
    return { metadata: {}, warnings };
  }
  const data = parsed.data;
  if (data === null || data === undefined) return { metadata: {}, warnings };
  if (typeof data !== "object" || Array.isArray(data)) {
    warnings.push({ file: place.file, line: place.firstLine, message: `${place.label} must be a mapping of keys (${place.keys.join(", ")}); ignored` });
    return { metadata: {}, warnings };
  }
  const lineOf = (key: string): number => {
    const index = text.split("\n").findIndex((line) => line.startsWith(`${key}:`) || line.startsWith(`${key} :`));
    return place.firstLine + Math.max(index, 0);
  };
  const metadata: DocumentMetadata = {};
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    if (!(place.keys as readonly string[]).includes(key)) {
      warnings.push({ file: place.file, line: lineOf(key), message: `${place.label}: unknown key "${key}" (expected ${place.keys.join(", ")})` });
      continue;
    }
    const problem = assign(metadata, key as MetadataKey, value);
    if (problem) warnings.push({ file: place.file, line: lineOf(key), message: `${place.label}: ${key} ${problem}; ignored` });
  }
  return { metadata, warnings };
}

/** Sets metadata[key] from a YAML value; returns what is wrong with the value, if anything. */
function assign(metadata: DocumentMetadata, key: MetadataKey, value: unknown): string | undefined {
  if (key === "year") {
    const year = typeof value === "string" && /^\d{4}$/.test(value.trim()) ? Number(value) : value;
    if (typeof year !== "number" || !Number.isInteger(year) || year < 1900 || year > 2199) {
      return `must be a four-digit year, not ${describe(value)}`;
    }
    metadata.year = year;
    return undefined;
  }
  if (key === "url") {
    if (typeof value !== "string" || !/^https?:\/\/\S+$/.test(value.trim())) return `must be an http(s) URL, not ${describe(value)}`;
    metadata.url = value.trim();
    return undefined;
  }
  if (key === "retrieved") {
    const date = retrievedDate(value);
    if (date === undefined) return `must be a date (YYYY-MM-DD), not ${describe(value)}`;
    metadata.retrieved = date;
    return undefined;
  }
  if (typeof value !== "string" || value.trim() === "") return `must be non-empty text, not ${describe(value)}`;
  metadata[key] = value.trim();
  return undefined;
}

/** A YAML date (`retrieved: 2024-05-01`, read as a timestamp) or the same written as quoted text,
 *  as YYYY-MM-DD; undefined for anything else, an impossible day (2024-02-30) included. */
function retrievedDate(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value.trim())) return undefined;
  const date = new Date(`${value.trim()}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value.trim() ? value.trim() : undefined;
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${String(value)}`;
}
