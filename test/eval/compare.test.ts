// compareCatalogue on tiny inline catalogues: exact correct / wrong / missed counts per slot.
import { describe, expect, it } from "vitest";
import type { Catalogue, Edition, Series } from "../../src/knowledge/types.js";
import { compareCatalogue, judgePeriod, normalise, overall, rates } from "../../src/eval/compare.js";
import type { GoldCatalogue } from "../../src/eval/gold.js";

const ev = { passageId: "d#p1", sentence: "s", start: 0, end: 1 };
const fact = <T>(value: T) => ({ value, evidence: ev, basis: "stated" as const });

function series(id: string, name: string, extra: Partial<Series> = {}): Series {
  return { id, name, aliases: [], evidence: [ev], ...extra };
}
function edition(seriesId: string, ordinal: number, extra: Partial<Edition> = {}): Edition {
  return { id: `${seriesId}-${ordinal}`, seriesId, ordinal, ordinalText: `${ordinal}th`, evidence: ev, ...extra };
}
const catalogue = (s: Series[], e: Edition[]): Catalogue => ({ series: s, editions: e, countries: [], regions: [] });

const GOLD: GoldCatalogue = {
  file: "doc.md",
  series: [{ name: "Regional Seminar on Good Governance for Southeast Asian Countries", aliases: ["GG Seminar"], sinceYear: 2007, frequency: "annual" }],
  editions: [
    {
      series: "Regional Seminar on Good Governance for Southeast Asian Countries",
      ordinal: 8,
      theme: ["Current Issues in Corruption Cases"],
      period: { year: 2014, startMonth: 11, startDay: 18, endMonth: 11, endDay: 20 },
      mode: "in person",
      place: ["Kuala Lumpur", "Kuala Lumpur, Malaysia"],
      participants: 17,
      countryCount: 10,
      countries: ["BRN", "SGP", "MYS"],
      organiser: ["UNAFEI", "MACC"],
    },
  ],
};

describe("compareCatalogue", () => {
  it("scores a perfect extraction as all correct, matching the series by abbreviation, curly quotes and case", () => {
    const gg = series("gg", "“gg seminar”", { sinceYear: fact(2007), frequency: fact("annual"), organiser: fact("MACC") });
    const e = edition("gg", 8, {
      theme: fact("“current issues in corruption cases.”"),
      period: fact({ text: "from 18 to 20 November 2014", year: 2014, startMonth: 11, startDay: 18, endMonth: 11, endDay: 20 }),
      year: 2014,
      format: fact({ mode: "in person" as const, place: "Kuala Lumpur, Malaysia" }),
      participants: fact({ count: 17, countryCount: 10 }),
      countries: fact(["MYS", "SGP", "BRN"]),
    });
    const score = compareCatalogue(catalogue([gg], [e]), GOLD);
    expect(overall(score.slots)).toEqual({ correct: 14, wrong: 0, missed: 0 });
    expect(score.slots.countries.correct).toBe(3);
    expect(score.wrong).toEqual([]);
  });

  it("judges the values shown as “also stated”: one gold does not accept is wrong, one it accepts adds nothing", () => {
    const gg = series("gg", "GG Seminar");
    const e = edition("gg", 8, {
      period: { ...fact({ text: "from 18 to 20 November 2014", year: 2014, startMonth: 11, startDay: 18, endMonth: 11, endDay: 20 }), conflicts: [{ value: { text: "March 2016", year: 2016, startMonth: 3, endMonth: 3 }, evidence: ev }] },
      format: { ...fact({ mode: "in person" as const, place: "Kuala Lumpur" }), conflicts: [{ value: { mode: "in person" as const, place: "Kuala Lumpur, Malaysia" }, evidence: ev }] },
      participants: { ...fact({ count: 17 }), conflicts: [{ value: { count: 18 }, evidence: ev }] },
    });
    const score = compareCatalogue(catalogue([gg], [e]), GOLD);
    expect(score.slots.period).toEqual({ correct: 1, wrong: 1, missed: 0 });
    expect(score.slots.place).toEqual({ correct: 1, wrong: 0, missed: 0 });
    expect(score.slots.participants).toEqual({ correct: 1, wrong: 1, missed: 0 });
    expect(score.wrong.map((issue) => [issue.slot, issue.extracted])).toEqual([["period", "also stated: year=2016 startMonth=3 endMonth=3"], ["participants", "also stated: 18"]]);
  });

  it("counts a wrong value as wrong and missed, and every unextracted gold fact as missed", () => {
    const gg = series("gg", "GG Seminar");
    const e = edition("gg", 8, { theme: fact("Something else"), countries: fact(["MYS", "KOR"]), participants: fact({ count: 19 }) });
    const score = compareCatalogue(catalogue([gg], [e]), GOLD);
    expect(score.slots.edition).toEqual({ correct: 1, wrong: 0, missed: 0 });
    expect(score.slots.theme).toEqual({ correct: 0, wrong: 1, missed: 1 });
    expect(score.slots.participants).toEqual({ correct: 0, wrong: 1, missed: 1 });
    expect(score.slots.countries).toEqual({ correct: 1, wrong: 1, missed: 2 });
    expect(score.slots.countryCount).toEqual({ correct: 0, wrong: 0, missed: 1 });
    expect(score.slots.period).toEqual({ correct: 0, wrong: 0, missed: 1 });
    expect(score.slots.year).toEqual({ correct: 0, wrong: 0, missed: 1 });
    expect(score.slots.sinceYear).toEqual({ correct: 0, wrong: 0, missed: 1 });
    expect(overall(score.slots)).toEqual({ correct: 2, wrong: 3, missed: 12 });
    expect(score.wrong.find((w) => w.slot === "countries")).toMatchObject({ extracted: "KOR", edition: "Regional Seminar on Good Governance for Southeast Asian Countries #8" });
  });

  it("treats an edition of an unknown series or ordinal as a phantom: every fact of it is wrong", () => {
    const gg = series("gg", "GG Seminar");
    const other = series("g20", "G20 Anti-Corruption Ministers Meeting");
    const phantom = edition("g20", 1, { year: 2020, format: fact({ mode: "online" as const }), period: fact({ text: "October 2020", year: 2020, startMonth: 10, endMonth: 10 }) });
    const wrongOrdinal = edition("gg", 9, { theme: fact("Current Issues in Corruption Cases") });
    const score = compareCatalogue(catalogue([gg, other], [phantom, wrongOrdinal]), GOLD);
    expect(score.slots.edition).toEqual({ correct: 0, wrong: 2, missed: 1 });
    expect(score.slots.year).toEqual({ correct: 0, wrong: 1, missed: 1 });
    expect(score.slots.mode).toEqual({ correct: 0, wrong: 1, missed: 1 });
    expect(score.slots.period).toEqual({ correct: 0, wrong: 1, missed: 1 });
    expect(score.slots.theme).toEqual({ correct: 0, wrong: 1, missed: 1 });
    expect(score.slots.countries).toEqual({ correct: 0, wrong: 0, missed: 3 });
    expect(score.wrong.filter((w) => w.edition.endsWith("(phantom)"))).toHaveLength(6);
  });

  it("a second extracted edition matching the same gold edition is a phantom", () => {
    const gg = series("gg", "GG Seminar");
    const score = compareCatalogue(catalogue([gg], [edition("gg", 8), edition("gg", 8, { year: 2014 })]), GOLD);
    expect(score.slots.edition).toEqual({ correct: 1, wrong: 1, missed: 0 });
    expect(score.slots.year).toEqual({ correct: 0, wrong: 1, missed: 1 });
  });

  it("judges partial, contradicting and over-specified periods", () => {
    const gold = { year: 2014, startMonth: 11, endMonth: 11 };
    expect(judgePeriod({ year: 2014, startMonth: 11, endMonth: 11 }, gold)).toBe("correct");
    expect(judgePeriod({ startMonth: 11 }, gold)).toBe("incomplete");
    expect(judgePeriod({ year: 2013, startMonth: 11, endMonth: 11 }, gold)).toBe("wrong");
    expect(judgePeriod({ year: 2014, startMonth: 11, endMonth: 11, startDay: 18 }, gold)).toBe("wrong");
    expect(judgePeriod({ year: 2014, startMonth: 11, endMonth: 11 }, { startMonth: 11, endMonth: 11 })).toBe("wrong");

    const gg = series("gg", "GG Seminar");
    const partial = edition("gg", 8, { period: fact({ text: "November 2014", year: 2014, startMonth: 11, endMonth: 11 }), year: 2014 });
    const score = compareCatalogue(catalogue([gg], [partial]), GOLD);
    // An agreeing subset is missed, not wrong; the year slot is still right.
    expect(score.slots.period).toEqual({ correct: 0, wrong: 0, missed: 1 });
    expect(score.slots.year).toEqual({ correct: 1, wrong: 0, missed: 0 });
  });

  it("accepts any of several gold forms for a string slot and reads the organiser from the series when the edition has none", () => {
    const gg = series("gg", "Regional Seminar on Good Governance for Southeast Asian Countries", { organiser: fact("UNAFEI") });
    const e = edition("gg", 8, { format: fact({ mode: "in person" as const, place: "kuala lumpur." }) });
    const score = compareCatalogue(catalogue([gg], [e]), GOLD);
    expect(score.slots.place).toEqual({ correct: 1, wrong: 0, missed: 0 });
    expect(score.slots.mode).toEqual({ correct: 1, wrong: 0, missed: 0 });
    expect(score.slots.organiser).toEqual({ correct: 1, wrong: 0, missed: 0 });

    const own = { ...e, organiser: fact("Supreme People's Procuracy") } as Edition;
    expect(compareCatalogue(catalogue([gg], [own]), GOLD).slots.organiser).toEqual({ correct: 0, wrong: 1, missed: 1 });
  });

  it("accepts an organiser naming several bodies when gold accepts each of them, and no other", () => {
    const gg = series("gg", "Regional Seminar on Good Governance for Southeast Asian Countries");
    const organiser = (value: string) => compareCatalogue(catalogue([gg], [{ ...edition("gg", 8), organiser: fact(value) } as Edition]), GOLD).slots.organiser;
    // GOLD accepts "UNAFEI" and "MACC".
    expect(organiser("UNAFEI and MACC")).toEqual({ correct: 1, wrong: 0, missed: 0 });
    expect(organiser("UNAFEI, MACC")).toEqual({ correct: 1, wrong: 0, missed: 0 });
    // A table cell joins co-hosts with "with".
    expect(organiser("UNAFEI with MACC")).toEqual({ correct: 1, wrong: 0, missed: 0 });
    expect(organiser("UNAFEI with JICA")).toEqual({ correct: 0, wrong: 1, missed: 1 });
    expect(organiser("UNAFEI and JICA")).toEqual({ correct: 0, wrong: 1, missed: 1 });
    // A body's own name may hold an "and": the last one joins.
    const liaison = { ...GOLD, editions: [{ ...GOLD.editions[0]!, organiser: ["Research and Training Institute of the Ministry of Justice", "JICA"] }] };
    const joined = compareCatalogue(catalogue([gg], [{ ...edition("gg", 8), organiser: fact("The Research and Training Institute of the Ministry of Justice and JICA") } as Edition]), liaison).slots.organiser;
    expect(joined).toEqual({ correct: 1, wrong: 0, missed: 0 });
    // …and so may the second body's: any one "and" may join the two.
    const manila = { ...GOLD, editions: [{ ...GOLD.editions[0]!, organiser: ["Philippine Department of Justice", "UNODC Regional Centre for East Asia and the Pacific"] }] };
    const second = (value: string) => compareCatalogue(catalogue([gg], [{ ...edition("gg", 8), organiser: fact(value) } as Edition]), manila).slots.organiser;
    expect(second("the Philippine Department of Justice and the UNODC Regional Centre for East Asia and the Pacific")).toEqual({ correct: 1, wrong: 0, missed: 0 });
    expect(second("the Philippine Department of Justice and the UNODC Regional Centre for East Asia and JICA")).toEqual({ correct: 0, wrong: 1, missed: 1 });
    // A body written with its letters in brackets is the one gold names without them.
    expect(second("the Philippine Department of Justice (DOJ) and the UNODC Regional Centre for East Asia and the Pacific")).toEqual({ correct: 1, wrong: 0, missed: 0 });
    // …and one named with the country it belongs to, but not with another possessive.
    expect(organiser("UNAFEI and Malaysia's MACC")).toEqual({ correct: 1, wrong: 0, missed: 0 });
    expect(organiser("UNAFEI and Tokyo's MACC")).toEqual({ correct: 0, wrong: 1, missed: 1 });
    // Three bodies, a comma after the first and an "and" inside the last one's name.
    const bangkok = { ...GOLD, editions: [{ ...GOLD.editions[0]!, organiser: ["UNAFEI", "Office of the Attorney General of Thailand", "UNODC Regional Centre for East Asia and the Pacific"] }] };
    const three = (value: string) => compareCatalogue(catalogue([gg], [{ ...edition("gg", 8), organiser: fact(value) } as Edition]), bangkok).slots.organiser;
    expect(three("UNAFEI, the Office of the Attorney General of Thailand and the UNODC Regional Centre for East Asia and the Pacific")).toEqual({ correct: 1, wrong: 0, missed: 0 });
    expect(three("UNAFEI, the Office of the Attorney General of Thailand and JICA")).toEqual({ correct: 0, wrong: 1, missed: 1 });
  });

  it("scores series-level facts once per gold series and flags those of series gold does not know", () => {
    const a = series("a", "GG Seminar", { sinceYear: fact(2007), frequency: fact("every fiscal year") });
    const b = series("b", "Regional Seminar on Good Governance for Southeast Asian Countries", { sinceYear: fact(2007) });
    const c = series("c", "Seminar", { sinceYear: fact(2000) });
    const score = compareCatalogue(catalogue([a, b, c], []), { ...GOLD, editions: [] });
    expect(score.slots.sinceYear).toEqual({ correct: 1, wrong: 1, missed: 0 });
    expect(score.slots.frequency).toEqual({ correct: 0, wrong: 1, missed: 1 });
  });

  it("computes rates, with nothing to judge counting as 100%", () => {
    expect(rates({ correct: 3, wrong: 1, missed: 2 })).toEqual({ precision: 0.75, recall: 0.6 });
    expect(rates({ correct: 0, wrong: 0, missed: 0 })).toEqual({ precision: 1, recall: 1 });
  });

  it("normalises case, quotes, whitespace, a leading 'the' and trailing punctuation", () => {
    expect(normalise("  The  “GG   Seminar”. ")).toBe("gg seminar");
    expect(normalise("'Treatment of Women Offenders';")).toBe("treatment of women offenders");
  });
});
