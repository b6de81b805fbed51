// Tables of editions, as annual reports and record pages give them: a header row of labels
// ("Seminar | Dates | Venue | Co-host | Participants | Theme"), then one row per edition. A row states
// each fact in the cell under its label, so the cell is the fact's evidence. Rows come one per
// passage (the plain-text layout, and tables converted from HTML) or several in one passage (a
// Markdown table, whose lines the parser joins: "| a | b | |---|---| | c | d |").
import { findCountryNames } from "../countries.js";
import type { Format } from "../types.js";
import { findFormat } from "./format.js";
import { CARDINAL_SOURCE, parseCardinal } from "../ordinals.js";
import { findParticipantCount, findParticipation } from "./participants.js";
import type { Span } from "./text.js";
import { PLACEHOLDER, withoutTranslationNote } from "./themes.js";

export interface Cell extends Span {
  text: string;
}

export type Column = "edition" | "period" | "place" | "organiser" | "participants" | "theme" | "countries" | "format" | "year" | "other";

const LABELS: ReadonlyArray<readonly [Column, RegExp]> = [
  ["edition", /^(?:seminars?|courses?|programmes?|programs?|trainings?|editions?|sessions?|meetings?|forums?|symposi(?:um|a)|workshops?|names?|titles?|events?|no\.?|(?:seminar|course|session|programme|program|training|meeting|forum|edition)\s+(?:no\.?|number|#))$/iu],
  ["period", /^(?:dates?|period|held|when|duration|schedule)$/iu],
  ["place", /^(?:venues?|places?|locations?|held\s+(?:at|in)|where|sites?|city|cities|host\s+(?:city|cities))$/iu],
  ["organiser", /^(?:co-?hosts?|co-?organi[sz]ers?|organi[sz]ers?|hosts?|partners?|(?:in\s+)?cooperation(?:\s+with)?|jointly\s+with)$/iu],
  ["participants", /^(?:participants?|attendance|attendees|trainees|(?:number|no\.?)\s+of\s+(?:participants|trainees|attendees)|who\s+(?:came|attended|took\s+part|joined))$/iu],
  ["theme", /^(?:main\s+|overall\s+)?(?:themes?|topics?|subjects?)$/iu],
  ["countries", /^(?:(?:participating\s+)?countries)$/iu],
  ["format", /^(?:formats?|modes?|delivery)$/iu],
  ["year", /^(?:years?|fy|fiscal\s+years?)$/iu],
];

const SEPARATOR_ROW = /^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$/u;
// "-", "none", "(not given)", "n/a", "unknown": a cell that says nothing.
const EMPTY = /^\s*\(?\s*(?:-|–|—|none|nil|n\/a|not\s+(?:given|stated|known|available|applicable)|unknown|tb[ad])?\s*\)?\s*\.?\s*$/iu;

function cellsOf(text: string, offset: number): Cell[] {
  const cells: Cell[] = [];
  let start = 0;
  const push = (end: number): void => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const value = raw.trim();
    cells.push({ text: value, start: offset + start + lead, end: offset + start + lead + value.length });
  };
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== "|") continue;
    push(i);
    start = i + 1;
  }
  push(text.length);
  // A Markdown row's outer pipes leave an empty cell at either end.
  if (cells[0]?.text === "") cells.shift();
  if (cells[cells.length - 1]?.text === "") cells.pop();
  return cells;
}

/** The rows of a passage that is (part of) a table, each with three cells or more; [] for prose. */
export function tableRows(text: string): Cell[][] {
  if (!text.includes("|") || (text.match(/\s\|\s|^\||\|$/gu) ?? []).length < 2) return [];
  // A Markdown table joined into one passage: rows meet at "| |"; so do a plain-text table's rows, each
  // set between pipes when its lines were joined (see parse-text.ts).
  const markdown = /\|\s*:?-{3,}/u.test(text);
  const joined = markdown || /^\|.*\|\s+\|.*\|$/u.test(text.trim());
  const lines = joined ? splitJoinedRows(text) : [{ text, start: 0 }];
  // Two cells make a row only under a Markdown separator ("| Seminar | City |" over "|---|---|"): in
  // plain text one pipe may be any aside.
  const fewest = markdown ? 2 : 3;
  const rows: Cell[][] = [];
  for (const line of lines) {
    if (SEPARATOR_ROW.test(line.text.trim())) continue;
    const cells = cellsOf(line.text, line.start);
    if (cells.length < fewest) return [];
    rows.push(cells);
  }
  return rows;
}

function splitJoinedRows(text: string): Array<{ text: string; start: number }> {
  // Every row has as many cells as the separator row ("|---|---|---|"): with an empty cell ("| | 2nd
  // forum | 1st forum |") "| |" is no boundary, so rows are counted off by their pipes.
  // Without a separator row, the header's pipes count the rows off: it has no empty cell.
  const separator = /\|(?:\s*:?-{3,}:?\s*\|)+/u.exec(text);
  const pipes = [...text.matchAll(/\|/gu)].map((match) => match.index);
  const firstBound = /\|\s+(?=\|)/u.exec(text);
  const perRow = separator ? (separator[0].match(/-{3,}/gu) ?? []).length + 1 : firstBound ? pipes.filter((at) => at <= firstBound.index).length : 0;
  if (perRow < 2 || text.trimStart()[0] !== "|" || pipes.length % perRow !== 0) return splitAtDoublePipes(text);
  const out: Array<{ text: string; start: number }> = [];
  for (let i = 0; i < pipes.length; i += perRow) out.push({ text: text.slice(pipes[i]!, pipes[i + perRow - 1]! + 1), start: pipes[i]! });
  return out;
}

function splitAtDoublePipes(text: string): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  let from = 0;
  for (const boundary of text.matchAll(/\|\s+(?=\|)/gu)) {
    const end = boundary.index + 1;
    out.push({ text: text.slice(from, end), start: from });
    from = boundary.index + boundary[0].length;
  }
  out.push({ text: text.slice(from), start: from });
  return out;
}

/** The columns a header row names, or undefined when the row is not a header (two known labels at least, no figures). */
export function headerColumns(row: readonly Cell[]): Column[] | undefined {
  if (row.some((cell) => /\d/u.test(cell.text) || cell.text.split(/\s+/).length > 4)) return undefined;
  const columns = row.map((cell) => labelOf(cell.text));
  return columns.filter((column) => column !== "other").length >= 2 ? columns : undefined;
}

/** The column a label names ("Venue(s)" → place), or "other". */
function labelOf(text: string): Column {
  // "Venue(s)", "Date(s)": a label that allows the plural.
  const label = text.replace(/\(s\)$/u, "s");
  return LABELS.find(([, pattern]) => pattern.test(label))?.[0] ?? "other";
}

/**
 * A table written the other way round, editions across the top and one fact per row ("| | 2nd forum |
 * 1st forum |", then "| Dates | … | … |"): what each row holds, the editions' row first; undefined when
 * the rows' first cells are not labels (two at least).
 */
export function transposedColumns(rows: readonly Cell[][]): Column[] | undefined {
  const [top, ...rest] = rows;
  if (!top || rest.length < 2 || headerColumns(top) || rows.some((row) => row.length !== top.length)) return undefined;
  const labels = rest.map((row) => labelOf(row[0]!.text.trim()));
  return labels.filter((label) => label !== "other").length >= 2 && !labels.includes("edition") ? ["edition", ...labels] : undefined;
}

/** True when a cell says nothing ("-", "none"). */
export function emptyCell(cell: Cell): boolean {
  return EMPTY.test(cell.text);
}

/** A venue cell: online or hybrid as written, else in person at the place it names. */
export function formatInCell(cell: Cell): Format | undefined {
  if (emptyCell(cell)) return undefined;
  const stated = findFormat(cell.text);
  if (stated && stated.format.mode !== "in person") return stated.format;
  if (/\b(?:in[\s-]person|face[\s-]to[\s-]face|on[\s-]site)\b/iu.test(cell.text)) return { mode: "in person" };
  // "Tokyo and Osaka, linked by video conference": the places, without how they were joined.
  return { mode: "in person", place: cell.text.replace(/,\s*(?:linked|connected|joined)\b.*$/isu, "").replace(/[.;,]+$/u, "") };
}

/** A theme cell without its quotes: the title, and the span of the cell it stands in. */
export function themeInCell(cell: Cell): { theme: string; span: Cell } | undefined {
  if (emptyCell(cell)) return undefined;
  const theme = withoutTranslationNote(cell.text.replace(/^["“‘']+|["”’']+$/gu, "").replace(/[.;]+$/u, "").trim());
  // "to be announced", "not given in the contents": no theme written yet.
  if (!theme || PLACEHOLDER.test(theme)) return undefined;
  const lead = /^["“‘']+/u.exec(cell.text)?.[0].length ?? 0;
  const trail = /["”’']+[.;]*$/u.exec(cell.text)?.[0].length ?? 0;
  const quoted = lead > 0 && trail > 0 && lead + trail < cell.text.length;
  return { theme, span: quoted ? { text: cell.text.slice(lead, cell.text.length - trail), start: cell.start + lead, end: cell.end - trail } : cell };
}

/**
 * A Participants cell: "23 practitioners from 11 countries", or a number first and who they were
 * ("18: two each from the ASEAN members other than Brunei", "19 from the ten ASEAN members"): under
 * that label the leading number is the count.
 */
export function participantsInCell(cell: Cell): ReturnType<typeof findParticipantCount> {
  if (emptyCell(cell)) return undefined;
  const found = findParticipantCount(cell.text);
  // "23 (7 countries)", "2 per country, 8 countries": under that label a number of countries is theirs.
  const countries = found?.participants.countryCount === undefined ? new RegExp(`(?:^|[(,;]\\s*)(${CARDINAL_SOURCE})\\s+countries\\b`, "iu").exec(cell.text) : null;
  const countryCount = countries ? parseCardinal(countries[1]!) : undefined;
  const stated: typeof found = countryCount === undefined ? found
    : { participants: { ...found?.participants, countryCount }, start: Math.min(found?.start ?? countries!.index, countries!.index), end: Math.max(found?.end ?? 0, countries!.index + countries![0].length) };
  if (stated?.participants.count !== undefined) return stated;
  // "2 per country": a number per country, not the total.
  if (/^\s*\S+\s+(?:per|each\s+from\s+each|from\s+each)\s+country\b/iu.test(cell.text)) return stated;
  // "19 from the ten ASEAN members": the column says what the leading number counts.
  const leading = new RegExp(`^\\s*(${CARDINAL_SOURCE})(?=\\s*(?:[:;,(]|from\\b|$))`, "iu").exec(cell.text);
  const count = leading ? parseCardinal(leading[1]!) : undefined;
  if (count === undefined) return stated;
  const end = leading!.index + leading![0].length;
  return { participants: { count, description: "participants", ...stated?.participants }, start: leading!.index, end: Math.max(end, stated?.end ?? 0) };
}

/** The countries a Participants cell says they came from ("19 from the ten ASEAN members", "… other than Brunei"). */
export function participantCountriesInCell(cell: Cell): string[] {
  if (emptyCell(cell)) return [];
  // The column's label is the cue that these are who took part: read the cell as if it said so.
  const cue = "participants from ";
  const found = findParticipation(`${cue}${cell.text.replace(/^\s*[^a-zA-Z]*?\bfrom\b\s*/u, "")}`);
  return found ? [...new Set(found.countries.map((name) => name.code))] : [];
}

export function countriesInCell(cell: Cell): string[] {
  return [...new Set(findCountryNames(cell.text).map((name) => name.code))];
}

/**
 * An organiser cell's bodies, without a pointer to another row ("SPP, as for GG11" → "SPP"), or
 * undefined for a cell that says nothing.
 */
export function organiserInCell(cell: Cell): string | undefined {
  if (emptyCell(cell)) return undefined;
  return cell.text.replace(/,?\s*\(?(?:as\s+(?:for|with|in|at)|same\s+as|like)\s+[^,;]*\)?\s*$/iu, "").replace(/[.;]+$/u, "").trim() || undefined;
}
