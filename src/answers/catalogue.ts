// `npm run catalogue`: every series and edition the bot would claim, each fact with the clause that
// states it, where that clause is (passage id, file and line, ¶n), its basis and any conflicting
// values, so an operator can review the catalogue before the bot goes live. Pure: Snapshot → report;
// src/render/catalogue.ts prints it, src/console/catalogue.ts runs it.
import type { Snapshot } from "../snapshot/snapshot.js";
import type { Evidence } from "../knowledge/types.js";
import { answerFact, factEvidence } from "./cite.js";
import { locator } from "./excerpt.js";
import { editionFacts, seriesFacts, type SourcedFact } from "./facts.js";
import type { FactBasis, FactEvidence } from "./types.js";
import type { EditionView } from "../snapshot/view.js";

/** A clause and where it is: "000_c889310df7d76567.txt:13 ¶5" (file and line of its passage). */
export interface ReviewEvidence extends Omit<FactEvidence, "ref"> {
  locator: string;
}

export interface ReviewValue {
  value: string;
  evidence: ReviewEvidence[];
}

export interface ReviewFact {
  label: string;
  value: string;
  basis: FactBasis;
  evidence: ReviewEvidence[];
  conflicts?: ReviewValue[];
}

export interface ReviewEdition {
  id: string;
  title: string;
  ordinal: number;
  ordinalText: string;
  /** The clause that introduces the edition, then every other that names it. */
  mentions: ReviewEvidence[];
  facts: ReviewFact[];
}

export interface ReviewSeries {
  id: string;
  name: string;
  abbreviation?: string;
  aliases: string[];
  facts: ReviewFact[];
  editions: ReviewEdition[];
}

export interface CatalogueReport {
  documents: number;
  passages: number;
  series: ReviewSeries[];
  /** Editions whose series is not in the catalogue (should not happen; listed, never hidden). */
  orphanEditions: ReviewEdition[];
  /** How many facts have conflicting values, and how many are inferred. */
  conflicts: number;
  inferred: number;
}

export function catalogueReport(k: Snapshot): CatalogueReport {
  const view = k.view;
  const counts = { conflicts: 0, inferred: 0 };
  const review = (facts: SourcedFact[]): ReviewFact[] =>
    facts.flatMap((fact) => {
      const shown = reviewFact(k, fact);
      if (shown?.conflicts) counts.conflicts += 1;
      if (shown?.basis === "inferred") counts.inferred += 1;
      return shown ? [shown] : [];
    });
  const edition = (entry: EditionView): ReviewEdition => {
    const { edition } = entry;
    // What names the edition: a sentence that only spoke of it (on a page its title names) is no name
    // to review, unless nothing else mentions it.
    const all = uniqueEvidence([edition.evidence, ...(edition.mentions ?? [])]);
    const naming = all.filter((item) => item.sentence.toLowerCase().includes(edition.ordinalText.toLowerCase()));
    const mentions = (naming.length > 0 ? naming : all).flatMap((item) => located(k, item) ?? []);
    // The series' own facts are reviewed once, with the series.
    const facts = editionFacts(view, entry).filter((fact) => !fact.ofSeries);
    return { id: edition.id, title: entry.title, ordinal: edition.ordinal, ordinalText: edition.ordinalText, mentions, facts: review(facts) };
  };
  const series = k.catalogue.series.map((item): ReviewSeries => ({
    id: item.id,
    name: item.name,
    ...(item.abbreviation ? { abbreviation: item.abbreviation } : {}),
    aliases: item.aliases,
    facts: review(seriesFacts(item)),
    editions: (view.editionsBySeries.get(item.id) ?? []).map(edition),
  }));
  const orphanEditions = view.editions.filter((entry) => !view.seriesById.has(entry.edition.seriesId)).map(edition);
  const passages = k.documents.reduce((sum, document) => sum + document.passages.length, 0);
  return { documents: k.documents.length, passages, series, orphanEditions, ...counts };
}

function reviewFact(k: Snapshot, fact: SourcedFact): ReviewFact | undefined {
  const shown = answerFact(k, fact);
  if (!shown) return undefined;
  const locate = (items: FactEvidence[]): ReviewEvidence[] => items.map((item) => ({ ...item, locator: locatorOf(k, item.passageId) }));
  const conflicts = shown.conflicts?.map((value) => ({ value: value.value, evidence: locate(value.evidence) }));
  return { label: shown.label, value: shown.value, basis: shown.basis, evidence: locate(shown.evidence), ...(conflicts ? { conflicts } : {}) };
}

function located(k: Snapshot, evidence: Evidence): ReviewEvidence | undefined {
  const item = factEvidence(k, evidence);
  return item && { ...item, locator: locatorOf(k, item.passageId) };
}

/** "file.txt:13 ¶5" (or "file.txt:40 Note 29"): where an operator finds the passage. */
export function locatorOf(k: Snapshot, passageId: string): string {
  const passage = k.passages.get(passageId);
  const document = passage && k.view.documentBySlug.get(passage.docSlug);
  if (!passage || !document) return passageId;
  return `${document.file}:${passage.line} ${passage.kind === "note" && passage.noteLabel ? passage.noteLabel : locator(passage)}`;
}

function uniqueEvidence(items: Evidence[]): Evidence[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = `${item.passageId}\u0000${item.start}\u0000${item.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
