import { describe, expect, it } from "vitest";
import { fullNamesByHead, resolveBodyByHead } from "../../../src/knowledge/extract/bodies-by-head.js";
import { extractDocument } from "../../../src/knowledge/extract/document.js";
import { documentFromParagraphs } from "../../support/documents.js";

describe("resolveBodyByHead", () => {
  const byHead = new Map([["institute", new Set(["United Nations Asia and Far East Institute"])], ["ministry", new Set(["Ministry of Justice"])], ["department", new Set(["Department of Justice", "International Cooperation Department"])]]);

  it.each([
    ["the Institute", "United Nations Asia and Far East Institute"],
    ["the ministry and UNODC", "Ministry of Justice and UNODC"],
    ["The Ministry, UNODC and JICA", "Ministry of Justice, UNODC and JICA"],
    // Already a full name, or letters: kept as written.
    ["the Ministry of Justice", "the Ministry of Justice"],
    ["UNAFEI and the Institute", "UNAFEI and the Institute"],
    ["UNAFEI", "UNAFEI"],
  ])("%j → %j", (value, expected) => {
    expect(resolveBodyByHead(value, byHead)).toBe(expected);
  });

  it.each([
    // Two departments named: which one is not said. No academy named at all.
    "the Department",
    "the Academy",
  ])("drops %j", (value) => {
    expect(resolveBodyByHead(value, byHead)).toBeUndefined();
  });
});

describe("fullNamesByHead", () => {
  it("collects the full names of the title, headings and passages by head noun", () => {
    const document = documentFromParagraphs("x", ["Speaking for the Ministry of Justice, Mr Kanda opened it.", "The Research and Training Institute and the International Cooperation Department met."], { title: "United Nations Asia and Far East Institute for the Prevention of Crime" });
    expect(Object.fromEntries([...fullNamesByHead(document)].map(([head, names]) => [head, [...names]]))).toEqual({
      institute: ["United Nations Asia and Far East Institute for the Prevention of Crime", "Research and Training Institute"],
      ministry: ["Ministry of Justice"],
      department: ["International Cooperation Department"],
    });
  });
});

describe("an organiser named by its head noun", () => {
  const organisers = (paragraphs: string[], title = "Test page") =>
    extractDocument(documentFromParagraphs("x", paragraphs, { title }), new Set(["GG"])).editions.map((edition) => edition.organiser?.value);

  it("is the one body of that head the document names", () => {
    expect(organisers(["During 2012 the Institute also hosted the sixth Regional Seminar on Good Governance, held from 12 to 14 December."], "United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders")).toEqual(["United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders"]);
    expect(organisers(["The fourth Criminal Justice Forum met in Tokyo in 2024. The ministry organises it together with UNODC.", "Mr Kanda spoke for the Ministry of Justice."])).toEqual(["Ministry of Justice and UNODC"]);
  });

  it("is dropped when the document names no such body, or two", () => {
    expect(organisers(["During 2012 the Institute also hosted the sixth Regional Seminar on Good Governance, held from 12 to 14 December."])).toEqual([undefined]);
    expect(organisers(["During 2012 the Institute also hosted the sixth Regional Seminar on Good Governance.", "The Research and Training Institute and the Tokyo Legal Institute met."])).toEqual([undefined]);
  });
});
