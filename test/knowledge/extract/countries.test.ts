import { describe, expect, it } from "vitest";
import { findCountryNames } from "../../../src/knowledge/countries.js";
import { countryRole } from "../../../src/knowledge/extract/countries.js";

describe("countryRole", () => {
  const roles = (text: string) => findCountryNames(text).map((name) => `${name.code}:${countryRole(text, name)}`);

  it.each([
    ["As a State Party to the Convention, and by providing financial contributions to UNODC, the secretariat of the Convention, Japan has been actively engaged in developing legal systems.", ["JPN:donor"]],
    ["In addition, through UNAFEI, Japan conducts annual training", ["JPN:donor"]],
    ["Japan has annually held an international training course", ["JPN:donor"]],
    ["The seminar was funded by the Government of Japan.", ["JPN:donor"]],
    ["Japan’s assistance to Cambodia continued.", ["JPN:donor", "KHM:mentioned"]],
    ["Established in 1962 based on an agreement between the UN and the Government of Japan.", ["JPN:mentioned"]],
    ["Malaysia hosted the seminar.", ["MYS:mentioned"]],
    ["Japan also supports the Lao PDR and Myanmar.", ["JPN:donor", "LAO:mentioned", "MMR:mentioned"]],
  ])("%s", (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});
