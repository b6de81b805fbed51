import { describe, expect, it } from "vitest";
import { adoptDescribedEditions } from "../../../src/knowledge/extract/bare-series.js";
import { extractDocument } from "../../../src/knowledge/extract/document.js";
import { documentFromParagraphs } from "../../support/documents.js";

// Which series each edition a document states ends up in, and the ordinals: "<series name> #<n>".
const editionsOf = (paragraphs: string[]): string[] =>
  extractDocument(documentFromParagraphs("x", paragraphs, { title: "Test page" }), new Set()).editions.map((edition) => `${edition.series.names[0]!.text} #${edition.ordinal}`);

const GG = "Regional Seminar on Good Governance for Southeast Asian Countries";

describe("a bare head noun numbered before the programme is named", () => {
  it("joins the one programme of that kind when the programme names that edition too", () => {
    expect(editionsOf([
      "The 11th and 12th seminars were held in Hanoi and Da Nang.",
      `The 12th ${GG} met in Da Nang.`,
      "The 12th seminar took place in Da Nang from 27 to 29 November 2018.",
    // The 11th is named by nothing else: it stays apart.
    ])).toEqual(["seminar #11", `${GG} #12`, `${GG} #12`, `${GG} #12`]);
  });

  it("joins it when the sentence that numbers it names the programme", () => {
    expect(editionsOf([
      `The ${GG} has been co-hosted by the SPP twice: the 11th and 12th seminars were held in Hanoi and Da Nang.`,
      `The 12th ${GG} met in Da Nang.`,
    ])).toEqual([`${GG} #11`, `${GG} #12`, `${GG} #12`]);
  });

  it.each([
    // Named in passing, in a sentence that names no programme: it stays apart, and is never shown.
    [["The two bodies hosted it, as they had done for the seventh seminar.", `The 8th ${GG} met in Kuala Lumpur.`], ["seminar #7", `${GG} #8`]],
    // Two programmes of the kind: which one is meant is not said.
    [["The 3rd seminar was held in Tokyo.", `The 8th ${GG} met in Kuala Lumpur.`, "The 123rd International Senior Seminar met in Fuchu."], ["seminar #3", `${GG} #8`, "International Senior Seminar #123"]],
  ] as Array<[string[], string[]]>)("leaves %j apart", (paragraphs, editions) => {
    expect(editionsOf(paragraphs)).toEqual(editions);
  });
});

describe("a programme's kind used as its name on a page about the programme", () => {
  const ENRD = "UNCRD/JICA Training Course on Endogenous Regional Economic Development for Central Asia";
  const onPage = (title: string, paragraphs: string[]): string[] =>
    extractDocument(documentFromParagraphs("x", paragraphs, { title }), new Set()).editions.map((edition) => `${edition.series.names[0]!.text} #${edition.ordinal}`).sort();

  it("numbers the page's programme by 'the 3rd Training Course' listed among its earlier editions", () => {
    expect(onPage(`Fourth ${ENRD}`, ["Venue: Nagoya, Japan.", "3rd Training Course (13 Nov - 15 Dec 2012)", "2nd Training Course (15 Nov - 17 Dec 2011)"]))
      .toEqual([`${ENRD} #2`, `${ENRD} #3`, `${ENRD} #4`]);
  });

  it("leaves a bare 'Training Course' apart on a page about no programme of that kind", () => {
    expect(onPage("Annual report", ["3rd Training Course (13 Nov - 15 Dec 2012)", "The 8th Regional Seminar on Good Governance for Southeast Asian Countries met in Kuala Lumpur."]))
      .toEqual(["Regional Seminar on Good Governance for Southeast Asian Countries #8", "Training Course #3"]);
  });
});

describe("a programme described in lower case beside one named properly", () => {
  const adopt = (described: string, named: string): string[] => {
    const lower = { names: [{ text: described, kind: "phrase" as const }], evidence: [], weak: false };
    const proper = { names: [{ text: named, kind: "name" as const }], evidence: [], weak: false };
    const evidence = { passageId: "x#p1", sentence: "s", start: 0, end: 1 };
    const out = { series: [lower, proper], editions: [{ series: lower, ordinal: 25, ordinalText: "25th", evidence }, { series: proper, ordinal: 25, ordinalText: "25th", evidence }], countries: [], regions: [] };
    adoptDescribedEditions(out);
    return out.editions.map((edition) => edition.series.names[0]!.text);
  };

  it("gives the same number to the named one when they share a word of what they are about", () => {
    expect(adopt("anti-corruption course", "Anti-Corruption Criminal Justice Assistance Training")).toEqual(["Anti-Corruption Criminal Justice Assistance Training", "Anti-Corruption Criminal Justice Assistance Training"]);
  });

  it("leaves them apart when they share none", () => {
    expect(adopt("anti-corruption course", "UNCAC Training Programme")).toEqual(["anti-corruption course", "UNCAC Training Programme"]);
  });
});
