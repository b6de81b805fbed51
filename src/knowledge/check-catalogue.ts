// What check-knowledge says about the extracted catalogue: facts whose sources disagree, and editions
// without a theme or a period. These are notes for the operator's review (`npm run catalogue` shows
// the facts with their clauses), not errors: the bot shows conflicting values side by side, and a
// text that does not state a theme or a period is not wrong, so they never fail the check.
import { editionTitle } from "./names.js";
import type { Catalogue, Edition, Evidence, Fact, KnowledgeDocument, KnowledgeWarning, Series } from "./types.js";

interface Place {
  file: string;
  line?: number;
}

export function catalogueNotes(documents: readonly KnowledgeDocument[], catalogue: Catalogue): KnowledgeWarning[] {
  const places = new Map<string, Place>();
  for (const document of documents) for (const passage of document.passages) places.set(passage.id, { file: document.file, line: passage.line });
  const where = (evidence: Evidence): Place => places.get(evidence.passageId) ?? { file: evidence.passageId };
  const at = (place: Place): string => (place.line === undefined ? place.file : `${place.file}:${place.line}`);
  const notes: KnowledgeWarning[] = [];
  const note = (evidence: Evidence, message: string): void => {
    notes.push({ ...where(evidence), message });
  };
  const conflicts = <T>(subject: string, label: string, fact: Fact<T> | undefined): void => {
    if (!fact?.conflicts?.length) return;
    const others = fact.conflicts.map((conflict) => `${describe(conflict.value)} (${at(where(conflict.evidence))})`).join(", ");
    note(fact.evidence, `${subject}: sources disagree on ${label}: ${describe(fact.value)} here, ${others}; both are shown`);
  };
  const seriesById = new Map<string, Series>(catalogue.series.map((series) => [series.id, series]));
  for (const series of catalogue.series) {
    conflicts(series.name, "the organiser", series.organiser);
    conflicts(series.name, "the start year", series.sinceYear);
    conflicts(series.name, "the frequency", series.frequency);
  }
  for (const edition of catalogue.editions) {
    const title = editionTitle(edition.ordinal, seriesById.get(edition.seriesId));
    const missing = [!edition.theme && "theme", !edition.period && "period"].filter(Boolean);
    if (missing.length) note(edition.evidence, `${title} has no ${missing.join(" and no ")} stated in its scope; /course shows none`);
    editionConflicts(edition, (label, fact) => conflicts(title, label, fact));
  }
  return notes;
}

function editionConflicts(edition: Edition, check: <T>(label: string, fact: Fact<T> | undefined) => void): void {
  check("the theme", edition.theme);
  check("the period", edition.period);
  check("the format", edition.format);
  check("the participants", edition.participants);
  check("the countries", edition.countries);
  check("the organiser", edition.organiser);
}

/** A value as a note quotes it: text quoted, a period as written, participants by their count. */
function describe(value: unknown): string {
  if (typeof value === "string") return `“${value}”`;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.join(", ");
  if (value && typeof value === "object") {
    const record = value as Record<string, unknown>;
    if (typeof record.text === "string") return `“${record.text}”${typeof record.year === "number" ? ` (${record.year})` : ""}`;
    if (typeof record.count === "number") return `${record.count} ${typeof record.description === "string" ? record.description : "participants"}`;
    if (typeof record.mode === "string") return [record.mode, record.place].filter((part) => typeof part === "string").join(", ");
  }
  return JSON.stringify(value);
}
