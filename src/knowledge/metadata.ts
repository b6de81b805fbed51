// Document metadata written in YAML: a Markdown file's front matter, or a `<name>.meta.yml` sidecar
// beside a plain-text file. Parsed through gray-matter (which wraps js-yaml) and validated key by key:
// a bad value is dropped with a warning naming its line, the rest is kept, nothing throws.
import matter from "gray-matter";
import type { KnowledgeWarning } from "./types.js";

export interface DocumentMetadata {
  title?: string;
  subtitle?: string;
  year?: number;
  section?: string;
  url?: string;
}

export type MetadataKey = keyof DocumentMetadata;

export const FRONT_MATTER_KEYS: readonly MetadataKey[] = ["title", "subtitle", "year", "section", "url"];
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
  reason?: string;
  message?: string;
  mark?: { line?: number };
}

type YamlParse = { data: unknown } | { error: YamlError };

function parseYaml(text: string): YamlParse {
  try {
    // Options are passed so gray-matter does not cache: its cache keeps a half-parsed entry when the
    // YAML throws and would return it, error-free, the next time the same text is seen.
    return { data: matter(`---\n${text}\n---\n`, {}).data as unknown };
  } catch (error) {
    return { error: error as YamlError };
  }
}

export function parseMetadata(text: string, place: MetadataPlace): MetadataResult {
  const warnings: KnowledgeWarning[] = [];
  const parsed = parseYaml(text);
  if ("error" in parsed) {
    const markLine = parsed.error.mark?.line;
    // The wrapped text has one line before the YAML (the opening "---"), and mark.line is 0-based.
    const line = typeof markLine === "number" ? place.firstLine + Math.max(markLine - 1, 0) : place.firstLine;
    const reason = parsed.error.reason ?? parsed.error.message ?? "unknown error";
    warnings.push({ file: place.file, line, message: `${place.label} is not valid YAML (${reason}); ignored` });
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
  if (typeof value !== "string" || value.trim() === "") return `must be non-empty text, not ${describe(value)}`;
  metadata[key] = value.trim();
  return undefined;
}

function describe(value: unknown): string {
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (value instanceof Date) return "a date";
  if (typeof value === "object") return "a mapping";
  return `${typeof value} ${String(value)}`;
}
