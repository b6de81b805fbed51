// Facts with evidence, on a catalogue whose evidence is clause-level: every fact's clause, its link,
// its citation number, conflicting values each with their own, inferred facts labelled, in the
// Answer and in each renderer.
import { describe, expect, it } from "vitest";
import { answerCourse } from "../../src/answers/course.js";
import { answerCountry } from "../../src/answers/country.js";
import { renderAnswer } from "../../src/render/discord.js";
import { renderJson, renderTerminal } from "../../src/render/terminal.js";
import { assembleSnapshot } from "../../src/snapshot/build.js";
import type { Edition } from "../../src/knowledge/types.js";
import { REVIEWED_URL, reviewedKnowledge } from "../support/reviewed-knowledge.js";

const k = reviewedKnowledge();
const nine = () => answerCourse(k, "9th");
/** The reviewed knowledge with other editions: a new snapshot, its views built from them. */
const withEditions = (editions: Edition[]) => assembleSnapshot(k.documents, { ...k.catalogue, editions }, k.index, k.warnings);

describe("edition facts with evidence", () => {
  it("GIVEN clause-level evidence THEN each fact's excerpt is its clause, with its offsets, link and citation number", () => {
    const facts = nine().results[0]!.facts;
    expect(facts.map((fact) => [fact.label, fact.value, fact.basis, fact.evidence!.map((e) => [e.excerpt, e.start, e.end, e.ref])])).toEqual([
      ["Series", "Drug Seminar", "stated", [["The Drug Seminar is organised every year", 0, 40, 3]]],
      ["Theme", "Treatment of Drug Offenders", "stated", [["The 9th Drug Seminar on “Treatment of Drug Offenders”", 0, 53, 1]]],
      ["Period", "2019", "inferred", [["The 9th Drug Seminar on “Treatment of Drug Offenders”", 0, 53, 1]]],
      ["Participants", "24 participants", "stated", [["It gathered 24 participants from Nepal and Sri Lanka", 107, 159, 1]]],
      ["Countries", "Nepal, Sri Lanka", "stated", [["It gathered 24 participants from Nepal and Sri Lanka", 107, 159, 1]]],
      ["Experts from", "Thailand", "stated", [["lecturers from Thailand gave talks", 165, 199, 1]]],
      ["Organiser", "Ministry of Justice of Nepal", "stated", [["was co-hosted with the Ministry of Justice of Nepal", 54, 105, 1]]],
      ["Frequency", "annual", "stated", [["organised every year", 20, 40, 3]]],
    ]);
    expect(facts.find((fact) => fact.label === "Experts from")!.evidence![0]!.url).toBe(`${REVIEWED_URL}#:~:text=lecturers%20from%20Thailand%20gave%20talks`);
  });

  it("GIVEN the series stated first in another passage THEN its Series fact quotes the edition's own passage", () => {
    const edition = k.catalogue.editions[0]!;
    const first = k.catalogue.series[0]!.evidence[0]!;
    expect(first.passageId).not.toBe(edition.evidence.passageId);
    const series = k.catalogue.series.map((one, i) => (i === 0 ? { ...one, evidence: [first, edition.evidence] } : one));
    const fact = answerCourse(assembleSnapshot(k.documents, { ...k.catalogue, series }, k.index, k.warnings), "9th").results[0]!.facts.find((one) => one.label === "Series")!;
    expect(fact.evidence!.map((e) => [e.passageId, e.start, e.end])).toEqual([[edition.evidence.passageId, edition.evidence.start, edition.evidence.end]]);
  });

  it("GIVEN the edition's own organiser THEN the series' standing one is not shown; GIVEN none THEN it is, labelled as the series'", () => {
    expect(nine().results[0]!.facts.map((fact) => fact.label)).not.toContain("Series organiser");
    const { organiser: _drop, ...edition } = k.catalogue.editions[0]!;
    const without = withEditions([edition]);
    expect(answerCourse(without, "9th").results[0]!.facts.find((fact) => fact.label === "Series organiser")).toMatchObject({ value: "UNAFEI", evidence: [{ excerpt: "organised every year by UNAFEI" }] });
  });

  it("GIVEN two sources that disagree THEN both values, each with its own clause and number", () => {
    expect(nine().results[0]!.facts.find((fact) => fact.label === "Participants")!.conflicts).toEqual([
      {
        value: "25 participants",
        evidence: [{ passageId: "drugs#p3", url: `${REVIEWED_URL}#:~:text=the%209th%20Drug%20Seminar%20had%2025%20participants`, excerpt: "the 9th Drug Seminar had 25 participants", start: 27, end: 67, ref: 2 }],
      },
    ]);
  });

  it("GIVEN a country in another role THEN it is under its own label, never under Countries, and /country says so", () => {
    const facts = nine().results[0]!.facts;
    expect(facts.find((fact) => fact.label === "Countries")!.value).not.toContain("Thailand");
    expect(answerCountry(k, "Thailand").results.map((result) => result.description)).toEqual(["Thailand: expert or lecturer"]);
  });

  it("GIVEN a fact whose evidence is not in the knowledge THEN it is not shown", () => {
    const edition = { ...k.catalogue.editions[0]!, theme: { value: "Ghost", basis: "stated" as const, evidence: { passageId: "drugs#p99", sentence: "x", start: 0, end: 1 } } };
    const ghost = withEditions([edition]);
    expect(answerCourse(ghost, "9th").results[0]!.facts.map((fact) => fact.label)).not.toContain("Theme");
  });
});

describe("renderers", () => {
  it("terminal: every fact line with its numbers, the citations numbered to match", () => {
    expect(renderTerminal(nine(), { color: false, width: 100 })).toMatchInlineSnapshot(`
      "1. 9th Drug Seminar
         Drug Seminar
         Series: Drug Seminar [3]
         Theme: Treatment of Drug Offenders [1]
         Period: 2019 [1] (inferred, not stated)
         Participants: “24 participants” [1] · “25 participants” [2] (sources disagree)
         Countries: Nepal, Sri Lanka [1]
         Experts from: Thailand [1]
         Organiser: Ministry of Justice of Nepal [1]
         Frequency: annual [3]
         [1] “The 9th Drug Seminar on “Treatment of Drug Offenders” was co-hosted with the Ministry of
             Justice of Nepal. It gathered 24 participants from Nepal and Sri Lanka, and lecturers from
             Thailand gave talks.”
               — Drug Seminar Report 2019 › Seminars › ¶2
               https://example.org/drug-seminar.html#:~:text=The%209th%20Drug%20Seminar,of%20Justice%20of%20Nepal.
         [2] “A later report states that the 9th Drug Seminar had 25 participants.”
               — Drug Seminar Report 2019 › Seminars › ¶3
               https://example.org/drug-seminar.html#:~:text=A%20later%20report%20states%20that%20the%209th%20Drug%20Seminar%20had%2025%20participants.
         [3] “The Drug Seminar is organised every year by UNAFEI.”
               — Drug Seminar Report 2019 › Seminars › ¶1
               https://example.org/drug-seminar.html#:~:text=The%20Drug%20Seminar%20is%20organised%20every%20year%20by%20UNAFEI."
    `);
  });

  it("Discord: fields carry the numbers and marks, the description numbers each quote with its linked source", () => {
    const embed = renderAnswer(nine(), { page: 0, ephemeral: false }).embeds[0]!;
    expect(embed.fields.map((field) => `${field.name}: ${field.value}`)).toEqual([
      "Series: Drug Seminar [3]",
      "Theme: Treatment of Drug Offenders [1]",
      "Period: 2019 [1] (inferred, not stated)",
      "Participants: “24 participants” [1] · “25 participants” [2] (sources disagree)",
      "Countries: Nepal, Sri Lanka [1]",
      "Experts from: Thailand [1]",
      "Organiser: Ministry of Justice of Nepal [1]",
      "Frequency: annual [3]",
    ]);
    expect(embed.description!.split("\n").filter((line) => line.startsWith("**["))).toEqual([
      "**[1]** [Drug Seminar Report 2019 › ¶2](https://example.org/drug-seminar.html#:~:text=The%209th%20Drug%20Seminar,of%20Justice%20of%20Nepal.)",
      "**[2]** [Drug Seminar Report 2019 › ¶3](https://example.org/drug-seminar.html#:~:text=A%20later%20report%20states%20that%20the%209th%20Drug%20Seminar%20had%2025%20participants.)",
      "**[3]** [Drug Seminar Report 2019 › ¶1](https://example.org/drug-seminar.html#:~:text=The%20Drug%20Seminar%20is%20organised%20every%20year%20by%20UNAFEI.)",
    ]);
  });

  it("JSON: each fact is { label, value, basis, evidence: [{ passageId, url, excerpt, start, end, ref }] }, conflicts beside", () => {
    const json = JSON.parse(renderJson(nine())) as { results: Array<{ facts: Array<Record<string, unknown>> }> };
    const participants = json.results[0]!.facts[3]!;
    expect(Object.keys(participants)).toEqual(["label", "value", "basis", "evidence", "conflicts"]);
    expect(Object.keys((participants.evidence as object[])[0]!)).toEqual(["passageId", "url", "excerpt", "start", "end", "ref"]);
  });
});
