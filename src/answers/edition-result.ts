// One edition as an answer result: its facts, each from the catalogue, and the sentences that state them.
import type { Knowledge } from "../knowledge/knowledge.js";
import { citeEvidence } from "./cite.js";
import { formatFormat, formatParticipants, formatPeriod } from "./format.js";
import type { AnswerFact, AnswerResult } from "./types.js";
import { viewOf, type EditionView } from "./view.js";

/** Citations per result: the edition's sentence, the sentences of its other facts, the series' own. */
const MAX_EDITION_CITATIONS = 3;

export function editionResult(k: Knowledge, view: EditionView, terms: string[] = [], description?: string): AnswerResult {
  const { edition, series } = view;
  const facts: AnswerFact[] = [];
  const fact = (label: string, value: string | undefined): void => {
    if (value) facts.push({ label, value });
  };
  fact("Series", series?.name);
  fact("Theme", edition.theme?.value);
  fact("Period", edition.period ? formatPeriod(edition.period.value) : view.year ? String(view.year) : undefined);
  fact("Format", edition.format && formatFormat(edition.format.value));
  fact("Participants", edition.participants && formatParticipants(edition.participants.value));
  fact("Countries", edition.countries?.value.map(viewOf(k).countryName).join(", "));
  fact("Organiser", series?.organiser?.value);
  fact("Held since", series?.sinceYear ? String(series.sinceYear.value) : undefined);
  fact("Frequency", series?.frequency?.value);

  const citations = citeEvidence(
    k,
    [
      edition.evidence,
      edition.theme?.evidence,
      edition.period?.evidence,
      edition.format?.evidence,
      edition.participants?.evidence,
      edition.countries?.evidence,
      series?.sinceYear?.evidence ?? series?.evidence[0],
      series?.frequency?.evidence,
      series?.organiser?.evidence,
    ],
    terms,
    MAX_EDITION_CITATIONS,
  );
  const line = description ?? series?.name;
  return { key: edition.id, title: view.title, ...(line ? { description: line } : {}), facts, citations };
}
