import { describe, expect, it } from "vitest";
import { ASEAN_MEMBERS, findGroups, readCountryList } from "../../../src/knowledge/extract/groups.js";

describe("findGroups", () => {
  const summary = (text: string) => findGroups(text).map((g) => ({ name: g.name, asWritten: g.asWritten, count: g.count, members: g.members, excluded: g.excluded.map((e) => e.code) }));

  it.each([
    ["namely nine ASEAN member states (Brunei, Cambodia, Indonesia, Laos, Malaysia, the Philippines, Singapore, Thailand, and Viet Nam) and Timor-Leste",
      { name: "ASEAN", asWritten: "nine ASEAN member states", count: 9, members: ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM"], excluded: [] }],
    ["participants from all ten ASEAN countries and Timor-Leste",
      { name: "ASEAN", asWritten: "all ten ASEAN countries", count: 10, members: [...ASEAN_MEMBERS], excluded: [] }],
    ["from nine ASEAN member states except Myanmar",
      { name: "ASEAN", asWritten: "nine ASEAN member states", count: 9, members: ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM"], excluded: ["MMR"] }],
    ["ASEAN countries other than Myanmar and Brunei",
      { name: "ASEAN", asWritten: "ASEAN countries", count: undefined, members: ["KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM"], excluded: ["MMR", "BRN"] }],
    ["from the ASEAN Member States, namely Cambodia, Lao PDR and Vietnam, and Japan",
      { name: "ASEAN", asWritten: "the ASEAN Member States", count: undefined, members: ["KHM", "LAO", "VNM"], excluded: [] }],
    ["the ten ASEAN member states, except Myanmar, and Timor-Leste",
      { name: "ASEAN", asWritten: "the ten ASEAN member states", count: 10, members: ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM"], excluded: ["MMR"] }],
    ["nine ASEAN countries except Myanmar, and Timor-Leste",
      { name: "ASEAN", asWritten: "nine ASEAN countries", count: 9, members: ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM"], excluded: ["MMR"] }],
    // An exception's list ends at a colon; the members listed after it are the group's.
    ["from nine countries, every ASEAN member except Brunei: Cambodia, Indonesia and Viet Nam",
      { name: "ASEAN", asWritten: "every ASEAN member", count: undefined, members: ["KHM", "IDN", "VNM"], excluded: ["BRN"] }],
    // …and a colon list that names an excepted member is no list of the rest.
    ["every ASEAN member except Brunei: Brunei sent observers",
      { name: "ASEAN", asWritten: "every ASEAN member", count: undefined, members: ["KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"], excluded: ["BRN"] }],
    ["from Pacific island countries, namely Fiji, Samoa and Tonga",
      { name: "Pacific island countries", asWritten: "Pacific island countries", count: undefined, members: ["FJI", "WSM", "TON"], excluded: [] }],
  ])("%s", (text, expected) => {
    expect(summary(text)).toEqual([expected]);
  });

  it("does not take some of a group for all of it", () => {
    expect(findGroups("Brunei and Viet Nam, nine of the ten ASEAN members, together with Timor-Leste")[0]?.members).toBeUndefined();
    expect(findGroups("Every one of the ten ASEAN member states sent delegates.")[0]?.members).toEqual([...ASEAN_MEMBERS]);
  });

  it("does not guess which nine members a bare count means", () => {
    expect(findGroups("nine ASEAN member states")[0]?.members).toBeUndefined();
  });

  it("does not resolve a group whose membership is not fixed", () => {
    expect(findGroups("Pacific island countries")[0]?.members).toBeUndefined();
  });

  it("finds no group in plain text", () => {
    expect(findGroups("Cambodia and Laos")).toEqual([]);
  });
});

describe("readCountryList", () => {
  it("reads names joined by commas, “and” and “the”", () => {
    const text = "namely Brunei, the Philippines and Viet Nam, as experts";
    expect(readCountryList(text, 6).list.map((n) => n.code)).toEqual(["BRN", "PHL", "VNM"]);
    expect(readCountryList(text, 6).end).toBe(text.indexOf(", as"));
  });
});
