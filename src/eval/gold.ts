// The hand-written gold catalogues of the development corpus (test/corpus/gold/*.json): their types and a
// validating loader. Every problem is reported as a GoldError naming the file and the field
// ("wp2019.json: editions[2].period.startMonth: must be an integer from 1 to 12").
import { promises as fs } from "node:fs";
import path from "node:path";

export const FREQUENCIES = ["annual", "every fiscal year", "biennial", "triennial", "twice a year", "quarterly"] as const;
export type GoldFrequency = (typeof FREQUENCIES)[number];
export const MODES = ["online", "in person", "hybrid"] as const;
export type GoldMode = (typeof MODES)[number];

export interface GoldSeries {
  /** The name a correct extractor may give the series; `aliases` are the other acceptable names. */
  name: string;
  aliases: string[];
  sinceYear?: number;
  frequency?: GoldFrequency;
}

export interface GoldPeriod {
  year?: number;
  startMonth?: number;
  startDay?: number;
  endMonth?: number;
  endDay?: number;
}

export const PERIOD_FIELDS = ["year", "startMonth", "startDay", "endMonth", "endDay"] as const;
export type PeriodField = (typeof PERIOD_FIELDS)[number];

export interface GoldEdition {
  /** The `name` of one of the gold series. */
  series: string;
  ordinal: number;
  /** Acceptable forms; one of them must match. */
  theme?: string[];
  period?: GoldPeriod;
  mode?: GoldMode;
  place?: string[];
  participants?: number;
  countryCount?: number;
  /** ISO 3166-1 alpha-3 codes of participating countries. */
  countries?: string[];
  organiser?: string[];
}

export interface GoldCatalogue {
  /** The corpus document this gold describes, e.g. "wp2019-governance.md". */
  file: string;
  series: GoldSeries[];
  editions: GoldEdition[];
}

export class GoldError extends Error {
  override readonly name = "GoldError";
  constructor(
    readonly file: string,
    readonly field: string,
    problem: string,
  ) {
    super(`${file}: ${field === "" ? "" : `${field}: `}${problem}`);
  }
}

type Json = unknown;
const isObject = (value: Json): value is Record<string, Json> => typeof value === "object" && value !== null && !Array.isArray(value);

class Checker {
  constructor(readonly file: string) {}

  fail(field: string, problem: string): never {
    throw new GoldError(this.file, field, problem);
  }

  object(value: Json, field: string, allowed: readonly string[], required: readonly string[] = []): Record<string, Json> {
    if (!isObject(value)) this.fail(field, "must be an object");
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.fail(join(field, key), `unknown key (allowed: ${allowed.join(", ")})`);
    }
    for (const key of required) if (!(key in value)) this.fail(join(field, key), "is required");
    return value;
  }

  string(value: Json, field: string): string {
    if (typeof value !== "string" || value.trim() === "") this.fail(field, "must be a non-empty string");
    return value;
  }

  strings(value: Json, field: string): string[] {
    if (typeof value === "string") return [this.string(value, field)];
    if (!Array.isArray(value) || value.length === 0) this.fail(field, "must be a non-empty string or a non-empty array of strings");
    return value.map((item, i) => this.string(item, `${field}[${i}]`));
  }

  integer(value: Json, field: string, min: number, max: number): number {
    if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
      this.fail(field, `must be an integer from ${min} to ${max}`);
    }
    return value;
  }

  oneOf<T extends string>(value: Json, field: string, options: readonly T[]): T {
    if (typeof value !== "string" || !(options as readonly string[]).includes(value)) {
      this.fail(field, `must be one of ${options.map((o) => JSON.stringify(o)).join(", ")}`);
    }
    return value as T;
  }
}

const join = (field: string, key: string | number): string =>
  typeof key === "number" ? `${field}[${key}]` : field === "" ? key : `${field}.${key}`;

const DAY_LIMIT = 31;

function parsePeriod(check: Checker, value: Json, field: string): GoldPeriod {
  const raw = check.object(value, field, PERIOD_FIELDS);
  const period: GoldPeriod = {};
  if (raw.year !== undefined) period.year = check.integer(raw.year, `${field}.year`, 1900, 2100);
  for (const key of ["startMonth", "endMonth"] as const) {
    if (raw[key] !== undefined) period[key] = check.integer(raw[key], `${field}.${key}`, 1, 12);
  }
  for (const key of ["startDay", "endDay"] as const) {
    if (raw[key] !== undefined) period[key] = check.integer(raw[key], `${field}.${key}`, 1, DAY_LIMIT);
  }
  if (Object.keys(period).length === 0) check.fail(field, "must state at least one field (omit period instead)");
  if (period.startDay !== undefined && period.startMonth === undefined) check.fail(`${field}.startDay`, "needs startMonth");
  if (period.endDay !== undefined && period.endMonth === undefined) check.fail(`${field}.endDay`, "needs endMonth");
  return period;
}

function parseSeries(check: Checker, value: Json, field: string): GoldSeries {
  const raw = check.object(value, field, ["name", "aliases", "sinceYear", "frequency"], ["name"]);
  const series: GoldSeries = { name: check.string(raw.name, `${field}.name`), aliases: [] };
  if (raw.aliases !== undefined) {
    if (!Array.isArray(raw.aliases)) check.fail(`${field}.aliases`, "must be an array of strings");
    series.aliases = raw.aliases.map((alias, i) => check.string(alias, `${field}.aliases[${i}]`));
  }
  if (raw.sinceYear !== undefined) series.sinceYear = check.integer(raw.sinceYear, `${field}.sinceYear`, 1900, 2100);
  if (raw.frequency !== undefined) series.frequency = check.oneOf(raw.frequency, `${field}.frequency`, FREQUENCIES);
  return series;
}

const EDITION_KEYS = ["series", "ordinal", "theme", "period", "mode", "place", "participants", "countryCount", "countries", "organiser"] as const;

function parseEdition(check: Checker, value: Json, field: string, seriesNames: Set<string>): GoldEdition {
  const raw = check.object(value, field, EDITION_KEYS, ["series", "ordinal"]);
  const series = check.string(raw.series, `${field}.series`);
  if (!seriesNames.has(series)) check.fail(`${field}.series`, `names no series of this file (${[...seriesNames].map((n) => JSON.stringify(n)).join(", ")})`);
  const edition: GoldEdition = { series, ordinal: check.integer(raw.ordinal, `${field}.ordinal`, 1, 10_000) };
  if (raw.theme !== undefined) edition.theme = check.strings(raw.theme, `${field}.theme`);
  if (raw.period !== undefined) edition.period = parsePeriod(check, raw.period, `${field}.period`);
  if (raw.mode !== undefined) edition.mode = check.oneOf(raw.mode, `${field}.mode`, MODES);
  if (raw.place !== undefined) edition.place = check.strings(raw.place, `${field}.place`);
  if (raw.participants !== undefined) edition.participants = check.integer(raw.participants, `${field}.participants`, 1, 100_000);
  if (raw.countryCount !== undefined) edition.countryCount = check.integer(raw.countryCount, `${field}.countryCount`, 1, 300);
  if (raw.countries !== undefined) {
    if (!Array.isArray(raw.countries) || raw.countries.length === 0) check.fail(`${field}.countries`, "must be a non-empty array of ISO 3166-1 alpha-3 codes");
    const seen = new Set<string>();
    edition.countries = raw.countries.map((code, i) => {
      if (typeof code !== "string" || !/^[A-Z]{3}$/.test(code)) check.fail(`${field}.countries[${i}]`, "must be an upper-case ISO 3166-1 alpha-3 code");
      if (seen.has(code)) check.fail(`${field}.countries[${i}]`, `${code} is listed twice`);
      seen.add(code);
      return code;
    });
  }
  if (raw.organiser !== undefined) edition.organiser = check.strings(raw.organiser, `${field}.organiser`);
  return edition;
}

/** Parses and validates the text of one gold file; `file` names it in errors. Throws GoldError. */
export function parseGold(text: string, file: string): GoldCatalogue {
  const check: Checker = new Checker(file);
  let json: Json;
  try {
    json = JSON.parse(text);
  } catch (error) {
    check.fail("", `is not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const raw = check.object(json, "", ["file", "series", "editions"], ["file", "series", "editions"]);
  const docFile = check.string(raw.file, "file");
  const rawSeries = raw.series;
  const rawEditions = raw.editions;
  if (!Array.isArray(rawSeries)) check.fail("series", "must be an array");
  if (!Array.isArray(rawEditions)) check.fail("editions", "must be an array");
  const series = rawSeries.map((item, i) => parseSeries(check, item, `series[${i}]`));
  const names = new Set<string>();
  series.forEach((s, i) => {
    if (names.has(s.name)) check.fail(`series[${i}].name`, `${JSON.stringify(s.name)} is defined twice`);
    names.add(s.name);
  });
  const editions = rawEditions.map((item: Json, i: number) => parseEdition(check, item, `editions[${i}]`, names));
  const keys = new Set<string>();
  editions.forEach((e, i) => {
    const key = `${e.series}#${e.ordinal}`;
    if (keys.has(key)) check.fail(`editions[${i}]`, `edition ${e.ordinal} of ${JSON.stringify(e.series)} is listed twice`);
    keys.add(key);
  });
  return { file: docFile, series, editions };
}

/** Reads and validates one gold file. Throws GoldError (also for an unreadable file). */
export async function loadGoldFile(file: string): Promise<GoldCatalogue> {
  let text: string;
  try {
    text = await fs.readFile(file, "utf8");
  } catch (error) {
    throw new GoldError(file, "", `cannot be read (${error instanceof Error ? error.message : String(error)})`);
  }
  return parseGold(text, path.basename(file));
}

/** Every `*.json` in `dir`, keyed by file name without `.json`. Throws GoldError on the first bad file. */
export async function loadGoldDir(dir: string): Promise<Map<string, GoldCatalogue>> {
  const names = (await fs.readdir(dir)).filter((name) => name.endsWith(".json")).sort();
  const result = new Map<string, GoldCatalogue>();
  for (const name of names) result.set(name.slice(0, -".json".length), await loadGoldFile(path.join(dir, name)));
  return result;
}

/** The gold file name (without `.json`) for a corpus document path: its base name without extension. */
export const goldKeyFor = (documentFile: string): string => path.basename(documentFile).replace(/\.[^.]+$/, "");
