import { describe, expect, it } from "vitest";
import { findQuoted, isTitleCased, maskQuoted, nameKey, slugify, titleCase } from "../../../src/knowledge/extract/text.js";

describe("findQuoted", () => {
  it.each([
    ["on “Treatment of Women Offenders” and", "Treatment of Women Offenders"],
    ["themed \"Mutual Legal Assistance\", was", "Mutual Legal Assistance"],
    ["titled ‘Reducing Reoffending’ was", "Reducing Reoffending"],
    ["themed 'Crime Prevention in the Digital Age' was", "Crime Prevention in the Digital Age"],
    ["entitled “Juvenile Justice.”", "Juvenile Justice"],
  ])("%s", (text, inner) => {
    expect(findQuoted(text).map((q) => q.inner)).toEqual([inner]);
  });

  it("does not take apostrophes for quotes", () => {
    expect(findQuoted("Japan's and UNAFEI's activities")).toEqual([]);
  });
});

describe("maskQuoted", () => {
  it("blanks quoted spans and keeps the length", () => {
    expect(maskQuoted("on “Asia” in 2021")).toBe("on        in 2021");
  });
});

describe("nameKey", () => {
  it.each([
    ["the UNCAC Training Programs", "uncac training programme"],
    ["UNCAC training programme", "uncac training programme"],
    ["GG Seminars", "gg seminar"],
  ])("%s → %s", (name, key) => {
    expect(nameKey(name)).toBe(key);
  });
});

describe("slugify", () => {
  it.each([["GG Seminar", "gg-seminar"], ["UNCAC Training Programme", "uncac-training-programme"], ["!!!", "series"]])("%s → %s", (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });
});

describe("titleCase and isTitleCased", () => {
  it("capitalises all but minor words and keeps acronyms", () => {
    expect(titleCase("international training course on the criminal justice response")).toBe("International Training Course on the Criminal Justice Response");
    expect(titleCase("UNCAC training programme")).toBe("UNCAC Training Programme");
  });

  it.each([["Regional Seminar on Good Governance", true], ["GG Seminar", true], ["international training course", false], ["", false]])("%j → %s", (phrase, expected) => {
    expect(isTitleCased(phrase)).toBe(expected);
  });
});
