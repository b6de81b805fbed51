import { describe, expect, it } from "vitest";
import { catalogueReport, locatorOf } from "../../src/answers/catalogue.js";
import { renderCatalogue } from "../../src/render/catalogue.js";
import { emptyKnowledge } from "../support/tiny-knowledge.js";
import { reviewedKnowledge } from "../support/reviewed-knowledge.js";

const k = reviewedKnowledge();

describe("catalogueReport", () => {
  it("GIVEN a catalogue THEN every series and edition, each fact with its basis, clause and place", () => {
    const report = catalogueReport(k);
    expect(report).toMatchObject({ documents: 1, passages: 3, conflicts: 1, inferred: 1, orphanEditions: [] });
    expect(report.series.map((series) => [series.id, series.facts.map((fact) => `${fact.label}=${fact.value} (${fact.basis})`)])).toEqual([
      ["drug-seminar", ["Name=Drug Seminar (stated)", "Organiser=UNAFEI (stated)", "Frequency=annual (stated)"]],
    ]);
    const edition = report.series[0]!.editions[0]!;
    expect(edition.mentions.map((mention) => [mention.locator, mention.excerpt])).toEqual([
      ["drugs.txt:5 ¶2", "The 9th Drug Seminar on “Treatment of Drug Offenders”"],
      ["drugs.txt:7 ¶3", "the 9th Drug Seminar"],
    ]);
    // The series' facts are reviewed with the series, not again with each edition.
    expect(edition.facts.map((fact) => fact.label)).toEqual(["Theme", "Period", "Participants", "Countries", "Experts from", "Organiser"]);
    expect(edition.facts[2]).toEqual({
      label: "Participants",
      value: "24 participants",
      basis: "stated",
      evidence: [expect.objectContaining({ passageId: "drugs#p2", locator: "drugs.txt:5 ¶2", excerpt: "It gathered 24 participants from Nepal and Sri Lanka", start: 107, end: 159 })],
      conflicts: [{ value: "25 participants", evidence: [expect.objectContaining({ locator: "drugs.txt:7 ¶3", excerpt: "the 9th Drug Seminar had 25 participants" })] }],
    });
  });

  it("GIVEN an unknown passage id THEN the locator is the id itself", () => {
    expect(locatorOf(k, "nope#p1")).toBe("nope#p1");
  });

  it("GIVEN an empty knowledge THEN an empty report, and the text says /course has nothing to show", () => {
    expect(catalogueReport(emptyKnowledge())).toEqual({ documents: 0, passages: 0, series: [], orphanEditions: [], conflicts: 0, inferred: 0 });
    expect(renderCatalogue(catalogueReport(emptyKnowledge()))).toContain("The knowledge names no series and no editions");
  });
});

describe("renderCatalogue", () => {
  it("prints each fact with its basis and clause, a repeated clause only located, conflicts marked", () => {
    expect(renderCatalogue(catalogueReport(k))).toMatchInlineSnapshot(`
      "Catalogue: 1 series, 1 edition from 1 document (3 passages); 1 fact with conflicting values, 1 inferred.
      Every fact below is shown by /course; each is followed by the clause that states it. Check each value against its clause.

      SERIES Drug Seminar [drug-seminar]
        Name: Drug Seminar (stated)
          drugs.txt:3 ¶1 [drugs#p1 0–40]
            “The Drug Seminar is organised every year”
        Organiser: UNAFEI (stated)
          drugs.txt:3 ¶1 [drugs#p1 20–50]
            “organised every year by UNAFEI”
        Frequency: annual (stated)
          drugs.txt:3 ¶1 [drugs#p1 20–40]
            “organised every year”

        EDITION 9th Drug Seminar [drug-seminar-9] (written “9th”)
          introduced by drugs.txt:5 ¶2 [drugs#p2 0–53]
            “The 9th Drug Seminar on “Treatment of Drug Offenders””
          also named by drugs.txt:7 ¶3 [drugs#p3 27–47]
            “the 9th Drug Seminar”
          Theme: Treatment of Drug Offenders (stated)
            drugs.txt:5 ¶2 [drugs#p2 0–53] (same clause as above)
          Period: 2019 (inferred)
            drugs.txt:5 ¶2 [drugs#p2 0–53] (same clause as above)
          Participants: 24 participants (stated) CONFLICT: the sources disagree
            drugs.txt:5 ¶2 [drugs#p2 107–159]
              “It gathered 24 participants from Nepal and Sri Lanka”
            also stated: 25 participants
              drugs.txt:7 ¶3 [drugs#p3 27–67]
                “the 9th Drug Seminar had 25 participants”
          Countries: Nepal, Sri Lanka (stated)
            drugs.txt:5 ¶2 [drugs#p2 107–159] (same clause as above)
          Experts from: Thailand (stated)
            drugs.txt:5 ¶2 [drugs#p2 165–199]
              “lecturers from Thailand gave talks”
          Organiser: Ministry of Justice of Nepal (stated)
            drugs.txt:5 ¶2 [drugs#p2 54–105]
              “was co-hosted with the Ministry of Justice of Nepal”"
    `);
  });
});
