import { describe, expect, it } from "vitest";
import { extractDocument } from "../../../src/knowledge/extract/document.js";
import { venuesByKind } from "../../../src/knowledge/extract/venues-by-kind.js";
import { documentFromParagraphs } from "../../support/documents.js";

describe("venuesByKind", () => {
  it("collects the full names of buildings by their kind, without a leading article or 'New'", () => {
    const document = documentFromParagraphs("x", ["The seminar met at the International Legal Affairs Complex in Akishima City.", "Its guests stayed at the JW Marriott Hotel.", "First at the New Complex"]);
    expect(Object.fromEntries([...venuesByKind(document)].map(([kind, names]) => [kind, [...names]]))).toEqual({
      Complex: ["International Legal Affairs Complex"],
      Hotel: ["JW Marriott Hotel"],
    });
  });
});

describe("a venue named by the kind of building alone", () => {
  const formats = (paragraphs: string[]) =>
    extractDocument(documentFromParagraphs("x", paragraphs, { title: "Test page" }), new Set(["GG"])).editions.map((edition) => edition.format?.value);

  it("is the one building of that kind the document names", () => {
    expect(formats(["UNAFEI moved to the International Legal Affairs Complex in 2017.", "The 13th GG Seminar was held at the Complex from 17 to 19 December 2019."]))
      .toEqual([{ mode: "in person", place: "International Legal Affairs Complex" }]);
  });

  it("says which building only then: with none or two named, the place is dropped and the mode stays", () => {
    expect(formats(["The 13th GG Seminar was held at the Complex from 17 to 19 December 2019."])).toEqual([{ mode: "in person" }]);
    expect(formats(["The Tokyo Legal Complex and the Osaka Justice Complex both host courses.", "The 13th GG Seminar was held at the Complex from 17 to 19 December 2019."])).toEqual([{ mode: "in person" }]);
  });
});
