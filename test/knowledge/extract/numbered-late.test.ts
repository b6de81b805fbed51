import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/knowledge/extract/document.js";
import { documentFromParagraphs } from "../../support/documents.js";

const GG = "Regional Seminar on Good Governance for Southeast Asian Countries";
// Each edition the document states, with its period and participants: "<series> #<n>: <period> / <count>".
const read = (paragraphs: string[]): string[] =>
  extractDocument(documentFromParagraphs("x", paragraphs, { title: "From the archive" }), new Set(["GG"])).editions
    .filter((edition) => !edition.series.weak)
    .map((edition) => `${edition.series.names[0]!.text} #${edition.ordinal}: ${edition.period?.value.text ?? "-"} / ${edition.participants?.value.count ?? "-"}`);

describe("a page about one edition that numbers it only at the end", () => {
  it("is read as a page about that edition when it numbers it by pointing back", () => {
    expect(read([
      "Kuala Lumpur was the host city. The meeting ran from 18 to 20 November 2014.",
      "Seventeen criminal justice practitioners took part.",
      `UNAFEI has hosted the ${GG} (GG Seminar) every year since 2007. The Kuala Lumpur meeting was the eighth GG Seminar.`,
    // The sentence that numbers it is a record of that edition too (merged with the first when catalogued).
    ])).toEqual([`${GG} #8: from 18 to 20 November 2014 / 17`, `${GG} #8: - / -`]);
  });

  it("is read as that edition's page when 'the meeting described in paragraphs 6 and 7' is numbered", () => {
    expect(read([
      `UNAFEI has hosted the ${GG} (GG Seminar) every year since 2007.`,
      "In 2017 the seminar was held in Hanoi from 17 to 19 October 2017.",
      "The meeting described in paragraphs 6 and 7 was the eleventh seminar of the series.",
    ])).toEqual([`${GG} #11: from 17 to 19 October 2017 / -`, `${GG} #11: - / -`]);
  });

  it.each([
    // Numbered outright, not by pointing back: the facts before stay unattributed.
    [["The meeting ran from 18 to 20 November 2014.", `The 8th ${GG} met in Kuala Lumpur.`], [`${GG} #8: - / -`]],
    // Two editions named: which one the facts were about is not said.
    [["The meeting ran from 18 to 20 November 2014.", `It was the eighth ${GG}; the ninth met in Jakarta.`], [`${GG} #8: - / -`, `${GG} #9: - / -`]],
  ] as Array<[string[], string[]]>)("is read in order otherwise: %j", (paragraphs, editions) => {
    expect(read(paragraphs)).toEqual(editions);
  });
});
