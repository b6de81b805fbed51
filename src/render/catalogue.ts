// The catalogue review (`npm run catalogue`) as readable text: every series, then its editions, each
// fact with its basis and the clause stating it, located by passage id, file and line. `--json`
// prints the report itself.
import type { CatalogueReport, ReviewEdition, ReviewEvidence, ReviewFact } from "../answers/catalogue.js";
import { wrap } from "./terminal.js";

function plural(count: number, word: string, many = `${word}s`): string {
  return `${count} ${count === 1 ? word : many}`;
}

export function renderCatalogue(report: CatalogueReport, width = 100): string {
  const editions = report.series.reduce((sum, series) => sum + series.editions.length, 0) + report.orphanEditions.length;
  const lines = [
    `Catalogue: ${plural(report.series.length, "series", "series")}, ${plural(editions, "edition")} from ${plural(report.documents, "document")} (${plural(report.passages, "passage")}); ${plural(report.conflicts, "fact")} with conflicting values, ${report.inferred} inferred.`,
    "Every fact below is shown by /course; each is followed by the clause that states it. Check each value against its clause.",
  ];
  for (const series of report.series) {
    lines.push("", `SERIES ${series.name} [${series.id}]`);
    const names = [series.abbreviation, ...series.aliases].filter((name, i, all): name is string => Boolean(name) && all.indexOf(name) === i);
    if (names.length) lines.push(...wrap(`Also called: ${names.join(" · ")}`, width, "  "));
    const quoted = new Set<string>();
    for (const fact of series.facts) lines.push(...factLines(fact, width, "  ", quoted));
    if (!series.editions.length) lines.push("  (no editions)");
    for (const edition of series.editions) lines.push(...editionLines(edition, width));
  }
  if (report.orphanEditions.length) {
    lines.push("", "EDITIONS WITHOUT A SERIES");
    for (const edition of report.orphanEditions) lines.push(...editionLines(edition, width));
  }
  if (!report.series.length && !report.orphanEditions.length) lines.push("", "The knowledge names no series and no editions: /course has nothing to show.");
  return lines.join("\n");
}

function editionLines(edition: ReviewEdition, width: number): string[] {
  const lines = ["", `  EDITION ${edition.title} [${edition.id}] (written “${edition.ordinalText}”)`];
  const quoted = new Set<string>();
  for (const [i, mention] of edition.mentions.entries()) lines.push(...evidenceLines(i === 0 ? "introduced by" : "also named by", mention, width, "    ", quoted));
  if (!edition.facts.length) lines.push("    (no facts)");
  for (const fact of edition.facts) lines.push(...factLines(fact, width, "    ", quoted));
  return lines;
}

/** `quoted`: the clauses already quoted in this block, which are then only located ("same clause as above"). */
function factLines(fact: ReviewFact, width: number, indent: string, quoted: Set<string>): string[] {
  const conflicted = Boolean(fact.conflicts?.length);
  const lines = wrap(`${fact.label}: ${fact.value} (${fact.basis})${conflicted ? " CONFLICT: the sources disagree" : ""}`, width, indent);
  for (const item of fact.evidence) lines.push(...evidenceLines("", item, width, `${indent}  `, quoted));
  for (const conflict of fact.conflicts ?? []) {
    lines.push(...wrap(`also stated: ${conflict.value}`, width, `${indent}  `));
    for (const item of conflict.evidence) lines.push(...evidenceLines("", item, width, `${indent}    `, quoted));
  }
  return lines;
}

function evidenceLines(lead: string, item: ReviewEvidence, width: number, indent: string, quoted: Set<string>): string[] {
  const key = `${item.passageId} ${item.start}–${item.end}`;
  const where = `${lead ? `${lead} ` : ""}${item.locator} [${key}]`;
  if (quoted.has(key)) return wrap(`${where} (same clause as above)`, width, indent);
  quoted.add(key);
  return [...wrap(where, width, indent), ...wrap(`“${item.excerpt}”`, width, `${indent}  `)];
}
