import { describe, expect, it } from "vitest";
import { acronymOf, collectAcronyms, extractDocument, isDistinctivePrefix } from "../../../src/knowledge/extract/document.js";
import { extractCatalogue } from "../../../src/knowledge/extract/index.js";
import * as names from "../../../src/knowledge/extract/names-in-use.js";
import { documentFromParagraphs, seedDocument } from "../../support/documents.js";

describe("acronymOf", () => {
  it.each([["GG Seminar", "GG"], ["GG", "GG"], ["PIC Programme", "PIC"], ["UNCAC Training Programme", "UNCAC"]])("%s → %s", (text, letters) => {
    expect(acronymOf(text)).toBe(letters);
  });

  it.each(["Regional Seminar", "GG Governance", "G Seminar", ""])("%j → undefined", (text) => {
    expect(acronymOf(text)).toBeUndefined();
  });
});

describe("isDistinctivePrefix", () => {
  it.each([
    ["Regional Seminar on Good Governance", "Regional Seminar on Good Governance for Southeast Asian Countries", true],
    ["international training course", "international training course on the criminal justice response to corruption", false],
    ["GG Seminar", "GG Seminar", false],
    ["UNCAC Training Programme", "Regional Seminar on Good Governance", false],
  ])("%s / %s → %s", (shorter, longer, expected) => {
    expect(isDistinctivePrefix(shorter, longer)).toBe(expected);
  });
});

describe("collectAcronyms", () => {
  it("takes the letters of defined abbreviations", () => {
    expect([...collectAcronyms([seedDocument()])]).toEqual(["GG"]);
    expect([...collectAcronyms([documentFromParagraphs("x", ["The 16th Regional Seminar on Good Governance for Southeast Asian Countries (GG16) was held."])])]).toEqual(["GG"]);
    expect([...collectAcronyms([documentFromParagraphs("y", ["Nothing here."])])]).toEqual([]);
    // A short name in apposition: ", the GG Seminar,".
    expect([...collectAcronyms([documentFromParagraphs("z", ["UNAFEI has hosted the Regional Seminar on Good Governance for Southeast Asian Countries, the GG Seminar, once a year since 2007."])])]).toEqual(["GG"]);
    // …in quotes or between dashes.
    expect([...collectAcronyms([documentFromParagraphs("q", ["UNAFEI has organised the Regional Seminar on Good Governance for Southeast Asian Countries – the “GG Seminar” – once every year since 2007."])])]).toEqual(["GG"]);
    expect([...collectAcronyms([documentFromParagraphs("r", ['UNAFEI has organised the Regional Seminar on Good Governance for Southeast Asian Countries, the "GG Seminar", since 2007.'])])]).toEqual(["GG"]);
    // Letters that are no short name of a programme: ", the UN Office,".
    expect([...collectAcronyms([documentFromParagraphs("w", ["UNAFEI has hosted the Regional Seminar on Good Governance for Southeast Asian Countries, the UN Office, once a year since 2007."])])]).toEqual([]);
  });
});

describe("extractDocument", () => {
  it("links the seed's UNCAC edition to the course described before it through the UNCAC qualifier", () => {
    const records = extractDocument(seedDocument(), new Set(["GG"]));
    const uncac = records.editions.find((e) => e.ordinal === 23)!;
    expect(uncac.series.names).toEqual([
      { text: "international training course on the criminal justice response to corruption", kind: "description" },
      { text: "UNCAC training programme", kind: "phrase" },
    ]);
  });

  it("keeps a differently named edition apart when the paragraph describes a titled series", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "Japan has held a seminar titled “Regional Seminar on Good Governance (GG Seminar)” since 2007. In 2021, the 175th International Training Course was held online.",
    ]), new Set(["GG"]));
    expect(records.editions.map((e) => e.series.names.map((n) => n.text))).toEqual([["International Training Course"]]);
  });

  it("gives a following sentence's facts to the edition the previous sentence introduced", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "The 5th Regional Workshop on Cybercrime was held in Manila, the Philippines in June 2019. The main theme was “Digital Evidence”. Participants came from Indonesia and Malaysia.",
    ]), new Set());
    const [edition] = records.editions;
    expect(edition!.theme?.value).toBe("Digital Evidence");
    expect(edition!.countries?.value).toEqual(["IDN", "MYS"]);
    expect(edition!.format?.value).toEqual({ mode: "in person", place: "Manila, the Philippines" });
    expect(records.countries.map((c) => `${c.code}:${c.role}`)).toEqual(["PHL:mentioned", "IDN:participant", "MYS:participant"]);
  });

  it("reads who took part from the list blocks after a sentence that announces them, and only there", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "The 3rd Criminal Justice Forum for Asia and the Pacific was held in Tokyo in June 2024. Practitioners from 20 countries and organisations gathered:",
      "- Australia",
      "- Brunei, the ASEAN Secretariat",
      "The forum was followed by a study visit to Osaka, Japan.",
      "Malaysia, Singapore",
    ]), new Set());
    const [edition] = records.editions;
    expect(edition!.countries?.value).toEqual(["AUS", "BRN"]);
    expect(edition!.countries?.evidence).toEqual({ passageId: "x#p2", sentence: "- Australia", start: 2, end: 11 });
    expect(edition!.countries?.support).toEqual([{ passageId: "x#p3", sentence: "- Brunei, the ASEAN Secretariat", start: 2, end: 8 }]);
    expect(records.countries.map((c) => `${c.code}:${c.role}`)).toEqual(["AUS:participant", "BRN:participant", "JPN:mentioned", "MYS:mentioned", "SGP:mentioned"]);
  });

  it("gives the bodies that hold “this annual event” to the series of the edition just named, and a body that decided to hold a series to it", () => {
    const lecture = extractDocument(documentFromParagraphs("x", [
      "On 26 January 2024 the 42nd Public Lecture on Criminal Justice Policy took place. UNAFEI and the Asia Crime Prevention Foundation (ACPF) have organised this annual event together since 1982.",
    ]), new Set());
    expect(lecture.series.map((s) => [s.names[0]!.text, s.organiser?.value, s.sinceYear?.value])).toEqual([
      ["Public Lecture on Criminal Justice Policy", "UNAFEI and the Asia Crime Prevention Foundation (ACPF)", 1982],
    ]);
    const forum = extractDocument(documentFromParagraphs("x", [
      "The Ministry of Justice decided to hold, jointly with UNODC, the Criminal Justice Forum for Asia and the Pacific (Crim-AP). The first forum was held in Tokyo in 2022.",
    ]), new Set());
    expect(forum.series.map((s) => [s.names[0]!.text, s.organiser?.value])).toEqual([["Criminal Justice Forum for Asia and the Pacific", "The Ministry of Justice and UNODC"]]);
  });

  it("takes the body of a main clause after “Since its first …,” as the standing organiser of the series and its later editions", () => {
    const record = extractDocument(documentFromParagraphs("x", [
      "Since its first International Training Course in September 1962, UNAFEI has held the course twice a year.",
      "The 178th International Training Course was held online in 2022.",
    ]), new Set());
    expect(record.series.map((s) => [s.names[0]!.text, s.organiser?.value])).toEqual([["International Training Course", "UNAFEI"]]);
    // Not from a sentence whose edition is the main clause's subject.
    const plain = extractDocument(documentFromParagraphs("x", ["The 113th International Training Course, held by UNAFEI in 1999, took up corruption."]), new Set());
    expect(plain.series.map((s) => s.organiser?.value)).toEqual([undefined]);
  });

  it("makes “the 18th course” right after a sentence describing the course a body runs an edition of that course", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "Through UNAFEI, the Ministry of Justice runs an international training course on the criminal justice response to corruption. The 18th course was held in Tokyo from 12 October to 19 November 2015.",
    ]), new Set());
    expect(records.editions.map((e) => [e.series.names[0]!.text, e.series.weak, e.ordinal, e.series.organiser?.value])).toEqual([
      ["international training course on the criminal justice response to corruption", false, 18, "UNAFEI"],
    ]);
    // A seminar is no edition of the course described.
    const seminar = extractDocument(documentFromParagraphs("x", [
      "Through UNAFEI, the Ministry of Justice runs an international training course on corruption. The 9th seminar was held in Jakarta in 2015.",
    ]), new Set());
    expect(seminar.editions.map((e) => [e.series.names[0]!.text, e.series.weak])).toEqual([["seminar", true]]);
  });

  it("counts “the 18th of these courses” in the programme the latest sentence naming one spoke of, when its noun fits", () => {
    const editions = (paragraphs: string[], headings?: string[]) => {
      const document = documentFromParagraphs("x", paragraphs);
      if (headings) document.passages.forEach((passage, index) => { passage.headings = [headings[index]!]; });
      return extractDocument(document, new Set(["GG"])).editions.map((e) => [e.series.names[0]!.text, e.ordinal, e.period?.value.text]);
    };
    // A described course, capitalised, with a sentence between it and the count.
    expect(editions([
      "Through UNAFEI, the Ministry of Justice holds an International Training Course on the Criminal Justice Response to Corruption for practitioners. Its subjects are chosen from the key issues of the Convention.",
      "The 18th of these courses was run jointly with JICA. It lasted from 12 October to 19 November 2015.",
    ])).toEqual([["International Training Course on the Criminal Justice Response to Corruption", 18, "from 12 October to 19 November 2015"]]);
    // …and "The 18th course" likewise, the sentence between naming no programme.
    expect(editions([
      "Through UNAFEI, the Ministry of Justice holds an International Training Course on the Criminal Justice Response to Corruption for practitioners. Its subjects are chosen from the key issues of the Convention. The 18th course was run jointly with JICA.",
    ]).map(([name, ordinal]) => [name, ordinal])).toEqual([["International Training Course on the Criminal Justice Response to Corruption", 18]]);
    // "these meetings": the one programme named, whatever its noun.
    expect(editions([
      "Every year since 2007 UNAFEI has run a regional meeting for practitioners from Southeast Asia, the Regional Seminar on Good Governance for Southeast Asian Countries. Its purpose is to help the region build the rule of law.",
      "The fourth of these meetings was held in Manila from 7 to 9 December 2010.",
    ])).toEqual([["Regional Seminar on Good Governance for Southeast Asian Countries", 4, "from 7 to 9 December 2010"]]);
    expect(editions([
      "The International Cooperation Human Resources Development Training is aimed at officials who hope to work in legal technical assistance.",
      "The ninth of these trainings ran from 5 to 16 November 2017.",
    ])).toEqual([["International Cooperation Human Resources Development Training", 9, "from 5 to 16 November 2017"]]);
    // Not a seminar after a course, nor across a heading.
    expect(editions([
      "Through UNAFEI, the Ministry of Justice holds an International Training Course on the Criminal Justice Response to Corruption for practitioners.",
      "The ninth of these seminars ran from 5 to 16 November 2017.",
    ]).map(([name]) => name)).toEqual(["seminar"]);
    expect(editions([
      "The International Cooperation Human Resources Development Training is aimed at officials who hope to work in legal technical assistance.",
      "The ninth of these trainings ran from 5 to 16 November 2017.",
    ], ["Training", "Other news"]).map(([name]) => name)).toEqual(["training"]);
  });

  it("reads “UNAFEI co-hosted it with …, from … to …” in the edition's own paragraph as said of the one edition in scope", () => {
    const read = (paragraphs: string[]) => extractDocument(documentFromParagraphs("x", paragraphs), new Set(["GG"])).editions.map((e) => [e.ordinal, e.period?.value.text, e.organiser?.value]);
    expect(read([
      "The ninth Regional Seminar on Good Governance for Southeast Asian Countries was held in Jakarta, Indonesia. UNAFEI co-hosted it with the Corruption Eradication Commission (KPK), from 24 to 26 November 2015.",
    ])).toEqual([[9, "from 24 to 26 November 2015", "UNAFEI and the Corruption Eradication Commission (KPK)"]]);
    // Not from the next paragraph, where "it" may be anything.
    expect(read([
      "The ninth Regional Seminar on Good Governance for Southeast Asian Countries was held in Jakarta, Indonesia.",
      "UNAFEI co-hosted it with the Corruption Eradication Commission (KPK), from 24 to 26 November 2015.",
    ])).toEqual([[9, undefined, undefined]]);
  });

  it("reads “Its eleventh edition …” after the sentence that names the series as an edition of it", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "Through UNAFEI, MOJ held an International Training Course on the Criminal Justice Response to Corruption. Since 2007, Japan has also held a Regional Seminar on Good Governance for Southeast Asian Countries once every year. Its eleventh edition went to Viet Nam. The dates were 17 to 19 October 2017.",
    ]), new Set());
    expect(records.editions.map((e) => [e.series.names[0]!.text, e.ordinal, e.period?.value.text])).toEqual([
      ["Regional Seminar on Good Governance for Southeast Asian Countries", 11, "17 to 19 October 2017"],
    ]);
    // With no series named before it, "its" refers to nothing the reader knows.
    const alone = extractDocument(documentFromParagraphs("x", ["Its eleventh edition went to Viet Nam."]), new Set());
    expect(alone.editions).toEqual([]);
  });

  it("reads “‘…’ was its theme.” and “Those attending were eighteen practitioners.” as said of the edition in scope", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "The fifteenth GG Seminar met in December 2021. ‘Effective International Cooperation’ was its theme. Those attending were eighteen criminal justice practitioners.",
    ]), new Set());
    expect(records.editions.map((e) => [e.ordinal, e.theme?.value, e.participants?.value.count])).toEqual([[15, "Effective International Cooperation", 18]]);
    // A quote that is something else's name says nothing of the theme.
    const other = extractDocument(documentFromParagraphs("x", ["The fifteenth GG Seminar met in December 2021. “Justice for All” was the name of the reception."]), new Set());
    expect(other.editions.map((e) => e.theme?.value)).toEqual([undefined]);
  });

  it("reads a bare ordinal after an edition named in a document's first sentence as the next edition of its series", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "Two courses of this kind ran online between October and December 2021: the 175th international training course, whose theme was “Treatment of Women Offenders”, and the 176th, on “Achieving Inclusive Societies”.",
    ]), new Set());
    expect(records.editions.map((e) => [e.series.names[0]!.text, e.ordinal, e.period?.value.text, e.theme?.value])).toEqual([
      ["international training course", 175, "between October and December 2021", "Treatment of Women Offenders"],
      ["international training course", 176, "between October and December 2021", "Achieving Inclusive Societies"],
    ]);
    // An ordinal below the one named looks back: no edition.
    const back = extractDocument(documentFromParagraphs("x", ["The 176th International Training Course, and the 175th, on “X”, were both online."]), new Set());
    expect(back.editions.map((e) => e.ordinal)).toEqual([176]);
  });

  it("places the earlier editions a page looks back on, and still turns to one of them when a later question names it", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "UNAFEI has held the GG Seminar once a year since 2007. The first two were held in Bangkok, Thailand; the third and fourth took place in Manila, the Philippines.",
      "Q. And the fourth?",
      "A. It ran from 7 to 9 December 2010, with 22 participants.",
    ]), new Set());
    // The fourth is named twice (placed, then asked about): the catalogue merges the two records.
    expect(records.editions.map((e) => [e.ordinal, e.format?.value.place, e.period?.value.text, e.participants?.value.count])).toEqual([
      [1, "Bangkok, Thailand", undefined, undefined],
      [2, "Bangkok, Thailand", undefined, undefined],
      [3, "Manila, the Philippines", undefined, undefined],
      [4, "Manila, the Philippines", undefined, undefined],
      [4, undefined, "from 7 to 9 December 2010", 22],
    ]);
  });

  it("gives a body that holds one programme described to that programme only, and a relative clause's holder to the programme it follows", () => {
    const one = extractDocument(documentFromParagraphs("x", [
      "Through UNAFEI, the Ministry of Justice runs an international training course on the criminal justice response to corruption. The 18th course was held in Tokyo in 2015.",
      "Japan has also held the Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar) once a year since 2007.",
      "The ninth GG Seminar met in Jakarta in November 2015.",
    ]), new Set());
    expect(one.series.map((s) => [s.names[0]!.text, s.organiser?.value])).toEqual([
      ["international training course on the criminal justice response to corruption", "UNAFEI"],
      ["Regional Seminar on Good Governance for Southeast Asian Countries", undefined],
    ]);
    // Programmes in general: every programme after it.
    const general = extractDocument(documentFromParagraphs("x", [
      "Through UNAFEI, Japan conducts annual training and seminars for criminal justice practitioners.",
      "Japan has also held the Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar) once a year since 2007.",
    ]), new Set());
    expect(general.series.map((s) => [s.names[0]!.text, s.organiser?.value])).toEqual([["Regional Seminar on Good Governance for Southeast Asian Countries", "UNAFEI"]]);
    const forum = extractDocument(documentFromParagraphs("x", [
      "Through UNAFEI, Japan conducts annual training and seminars for criminal justice practitioners.",
      "The Criminal Justice Forum for Asia and the Pacific (Crim-AP), which the Ministry of Justice holds with UNODC, held its second forum in February 2023; the third is planned for 2024.",
    ]), new Set());
    expect(forum.series.map((s) => [s.names[0]!.text, s.organiser?.value])).toEqual([["Criminal Justice Forum for Asia and the Pacific", "the Ministry of Justice and UNODC"]]);
  });

  it("gives a standing organiser to its own paragraph, the subsections under it, the block its caption labels and programmes of the kinds it names", () => {
    const organisers = (document: ReturnType<typeof documentFromParagraphs>) => extractDocument(document, new Set(["GG"])).series.map((s) => [s.names[0]!.text, s.organiser?.value]);
    // "trains … through UNAFEI" names no kind of programme: the seminar of the next paragraph may be anyone's.
    expect(organisers(documentFromParagraphs("x", [
      "Japan trains criminal justice practitioners of developing countries through UNAFEI. Its anti-corruption criminal justice training (UNCAC Training Programme) reached its 25th session in November 2023.",
      "The Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar) held its 17th session in December 2023.",
    ]))).toEqual([["UNCAC Training Programme", "UNAFEI"], ["Regional Seminar on Good Governance for Southeast Asian Countries", undefined]]);
    // A section's lead covers the subsections under it.
    const lead = documentFromParagraphs("y", [
      "Japan trains criminal justice practitioners of developing countries through UNAFEI. The results of recent years are listed below.",
      "The 17th Regional Seminar on Good Governance for Southeast Asian Countries met in December 2023.",
    ]);
    lead.passages[1]!.headings = ["Test section", "GG Seminar"];
    expect(organisers(lead)).toEqual([["Regional Seminar on Good Governance for Southeast Asian Countries", "UNAFEI"]]);
    // A caption labels the block right after it, not the paragraph after that.
    expect(organisers(documentFromParagraphs("z", [
      "Programmes organised by UNAFEI, 2023",
      "The 17th Regional Seminar on Good Governance for Southeast Asian Countries met in December 2023.",
      "The 2nd Criminal Justice Forum for Asia and the Pacific met in February 2023.",
    ]))).toEqual([["Regional Seminar on Good Governance for Southeast Asian Countries", "UNAFEI"], ["Criminal Justice Forum for Asia and the Pacific", undefined]]);
    // One stated for the series itself outranks the standing one it took.
    expect(organisers(documentFromParagraphs("w", [
      "Through UNAFEI, Japan conducts annual training and forums for criminal justice practitioners.",
      "The second Criminal Justice Forum for Asia and the Pacific met in February 2023. The Ministry of Justice has organised this forum with UNODC since 2021.",
    ]))).toEqual([["Criminal Justice Forum for Asia and the Pacific", "the Ministry of Justice and UNODC"]]);
  });

  it("adds the countries of a list to those named as some of the participants, and keeps two full lists that disagree as a conflict", () => {
    const some = extractDocument(documentFromParagraphs("x", [
      "The 25th UNCAC Training Programme was held in Tokyo. Participants: 30 from overseas and 4 from Japan.",
      "Its participants came from Kenya and Nepal.",
    ]), new Set());
    expect(some.editions.map((e) => [e.countries?.value, e.countries?.conflicts?.length])).toEqual([[["JPN", "KEN", "NPL"], undefined]]);
    const two = extractDocument(documentFromParagraphs("x", [
      "The 25th UNCAC Training Programme was held in Tokyo. Its participants came from Japan and Fiji.",
      "Its participants came from Kenya and Nepal.",
    ]), new Set());
    expect(two.editions.map((e) => [e.countries?.value, e.countries?.conflicts?.map((c) => c.value)])).toEqual([[["JPN", "FJI"], [["KEN", "NPL"]]]]);
  });

  it("reads an edition named in quotes and named again in brackets as one edition with what follows both names", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "On 24 and 25 June 2024 we held the “3rd Criminal Justice Forum for Asia and the Pacific” (in English, The 3rd Criminal Justice Forum for Asia and the Pacific; Crim-AP for short) in Tokyo.",
      "The seminar took as its theme “The Second Chance: Reintegration”.",
    ]), new Set());
    // A seminar's theme, said after a forum, is not the forum's.
    expect(records.editions.map((e) => [e.ordinal, e.period?.value.text, e.format?.value, e.theme])).toEqual([[3, "On 24 and 25 June 2024", { mode: "in person", place: "Tokyo" }, undefined]]);
  });

  it("takes no period from a line that only dates the page, nor a venue or year from another event or the series' past", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "March 2016 TOKYO, JAPAN",
      "The forum carries out the Kyoto Declaration, adopted at the 14th United Nations Congress on Crime Prevention and Criminal Justice (the “Kyoto Congress”) that met in Kyoto in Reiwa 3.",
      "UNAFEI has run it for ten years now, ever since it held the first seminar in Thailand in Heisei 19 (2007).",
    ]), new Set());
    expect(records.editions).toEqual([]);
    const titled = extractDocument(documentFromParagraphs("x", [
      "March 2016",
      "The forum carries out the Kyoto Declaration, adopted at the 14th United Nations Congress on Crime Prevention and Criminal Justice (the “Kyoto Congress”) that met in Kyoto in Reiwa 3.",
    ], { title: "The 4th Criminal Justice Forum for Asia and the Pacific" }), new Set());
    expect(titled.editions.map((e) => [e.ordinal, e.period, e.format, e.year])).toEqual([[4, undefined, undefined, undefined]]);
  });

  it("gives “it” run ever since a first seminar to the series of the edition in scope, with that year as its since-year", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "In 2017 UNAFEI will hold the 11th GG Seminar in Hanoi.",
      "UNAFEI has run it for ten years now, ever since it held the first seminar in Thailand in 2007.",
    ]), new Set(["GG"]));
    expect(records.series.map((s) => [s.names[0]!.text, s.sinceYear?.value])).toEqual([["GG Seminar", 2007]]);
    expect(records.editions.map((e) => [e.ordinal, e.year, e.format?.value.place])).toEqual([[11, 2017, "Hanoi"]]);
  });

  it("keeps the facts of a programme held “as its own” for the edition a later sentence numbers, and drops them when none does", () => {
    const paragraphs = [
      "The Department held its International Cooperation Human Resources Development Training from 5 to 16 November 2017.",
      "Six people took part this time: an attorney of the ministry, and three public prosecutors.",
    ];
    const numbered = extractDocument(documentFromParagraphs("x", [...paragraphs, "This year's training was the ninth."]), new Set());
    expect(numbered.editions.map((e) => [e.ordinal, e.ordinalText, e.series.names[0]!.text, e.period?.value.text, e.participants?.value.count])).toEqual([
      [9, "ninth", "International Cooperation Human Resources Development Training", "from 5 to 16 November 2017", 6],
    ]);
    expect(extractDocument(documentFromParagraphs("x", paragraphs), new Set())).toMatchObject({ editions: [], series: [] });
    // Another edition named: the page was not about one unnumbered edition.
    const other = extractDocument(documentFromParagraphs("x", [...paragraphs, "The 8th International Cooperation Human Resources Development Training was held in 2016.", "This year's training was the ninth."]), new Set());
    expect(other.editions.map((e) => [e.ordinal, e.period?.value.text])).toEqual([[8, "2016"]]);
  });

  it("gives “this training every year” on a page about one edition to that edition's series", () => {
    const records = extractDocument(documentFromParagraphs("x", ["The Department held its International Cooperation Human Resources Development Training from 11 to 21 November 2014.", "So that staff can see the work, the Department holds this training every year. This year it ran for the sixth time."]), new Set());
    expect(records.series.map((s) => [s.names[0]!.text, s.frequency?.value])).toEqual([["International Cooperation Human Resources Development Training", "annual"]]);
    expect(records.editions.map((e) => e.ordinal)).toEqual([6]);
  });

  it("reads a page titled with a programme and no number as about the edition it later numbers", () => {
    const records = extractDocument(documentFromParagraphs("x", ["From 11 to 21 November 2014 the training was held in Osaka.", "This year it ran for the sixth time."], { title: "Akarenga No. 48: International Cooperation Human Resources Development Training" }), new Set());
    expect(records.editions.map((e) => [e.ordinal, e.period?.value.text, e.format?.value.place])).toEqual([[6, "From 11 to 21 November 2014", "Osaka"]]);
  });

  it("reads a sentence about the series just described after a short leading phrase (“With this in mind the course …”)", () => {
    const records = extractDocument(documentFromParagraphs("x", ["Japan also holds an international training course on juvenile justice. With this in mind the course is held every year."]), new Set());
    expect(records.series.map((s) => [s.names[0]!.text, s.frequency?.value])).toEqual([["international training course on juvenile justice", "annual"]]);
    const other = extractDocument(documentFromParagraphs("x", ["Japan also holds an international training course on juvenile justice. With this in mind the ministry meets every year."]), new Set());
    expect(other.series.map((s) => s.frequency?.value)).toEqual([]);
  });

  it("reads “It is held once a year” as said of the one programme the sentence before named", () => {
    const frequency = (paragraph: string) => extractDocument(documentFromParagraphs("x", [paragraph]), new Set()).series.map((s) => [s.names[0]!.text, s.frequency?.value]);
    expect(frequency("The Legal Technical Assistance Liaison Meeting is a place to share information. It is held once a year, co-hosted by JICA.")).toEqual([["Legal Technical Assistance Liaison Meeting", "annual"]]);
    // Two programmes named before: which one is not said.
    expect(frequency("The UNCAC Training Programme and the Criminal Justice Forum are places to learn. It is held once a year.")).toEqual([]);
  });

  it("continues a page's edition with “This time the theme is …” (a short time phrase needs no comma)", () => {
    const document = documentFromParagraphs("x", ["On 31 October 2024 lawyers lectured at the 26th UNCAC Training Programme.", "This time the theme is public-private cooperation, and 29 trainees from 21 countries are taking part."]);
    const [edition] = extractDocument(document, new Set(["UNCAC"])).editions;
    expect([edition?.ordinal, edition?.theme?.value, edition?.participants?.value]).toEqual([26, "public-private cooperation", { count: 29, description: "trainees", countryCount: 21 }]);
  });

  it("reads who holds it before “it”: “Co-hosted by …, it has been held once a year since …”", () => {
    const series = (paragraph: string) => extractDocument(documentFromParagraphs("x", [paragraph]), new Set()).series.map((s) => [s.names[0]!.text, s.frequency?.value, s.sinceYear?.value]);
    expect(series("The Legal Technical Assistance Liaison Meeting brings the bodies together. Co-hosted by the Research and Training Institute and JICA, it has been held once a year since January of Heisei 12 (2000).")).toEqual([["Legal Technical Assistance Liaison Meeting", "annual", 2000]]);
    // "it" as the object: the programme the paragraph has just defined.
    expect(series("The Legal Technical Assistance Liaison Meeting is the yearly forum of the bodies involved. The Research and Training Institute and JICA have co-hosted it once a year since January 2000.")).toEqual([["Legal Technical Assistance Liaison Meeting", "annual", 2000]]);
    // Nothing defined before "it": nothing to give the years to.
    expect(series("Legal assistance matters. The Institute and JICA have co-hosted it once a year since 2000.")).toEqual([]);
  });

  it("reads “The training is held every year” as said of the programme an earlier sentence named", () => {
    const named = (paragraph: string) => extractDocument(documentFromParagraphs("x", [paragraph]), new Set()).series.map((s) => [s.names[0]!.text, s.frequency?.value]);
    expect(named("Through UNAFEI, Japan also runs the anti-corruption training (UNCAC Training Programme) for practitioners. The training is held every year.")).toEqual([["UNCAC Training Programme", "annual"]]);
    expect(named("Japan also runs the Criminal Justice Training for French-Speaking Africa in Tokyo. The training is held every year.")).toEqual([["Criminal Justice Training for French-Speaking Africa", "annual"]]);
    // The head noun must be the programme's: a seminar is not the training named before.
    expect(named("Japan also runs the Criminal Justice Training for French-Speaking Africa in Tokyo. The seminar is held every year.")).toEqual([]);
    // Brackets that hold no programme name.
    expect(named("Japan signed the Convention (United Nations Convention against Corruption) in 2003. The training is held every year.")).toEqual([]);
  });

  it("gives nothing of another programme, named without a number after an edition, to that edition", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "The 16th GG Seminar was held in Tokyo with 17 participants from ten countries.",
      "In fiscal 2022 it also ran its Criminal Justice Training for French-Speaking African Countries at JICA Tokyo. Twenty-six practitioners from Chad and Mali took part.",
      "The seminar's theme was “New Types of Crime”.",
    ]), new Set(["GG"]));
    expect(records.editions.map((e) => [e.ordinal, e.participants?.value, e.participants?.conflicts, e.countries, e.theme?.value])).toEqual([
      [16, { count: 17, countryCount: 10, description: "participants" }, undefined, undefined, "New Types of Crime"],
    ]);
    expect(records.countries.map((c) => `${c.code}:${c.role}:${c.edition === undefined ? "-" : c.edition.ordinal}`)).toEqual(["TCD:mentioned:-", "MLI:mentioned:-"]);
  });

  it("takes who “came from” where, said in the next sentence, for the one edition in scope", () => {
    const records = extractDocument(documentFromParagraphs("x", ["The 13th Regional Seminar on Good Governance was held in Tokyo. Twenty-three practitioners came from Laos and Timor-Leste.", "Officials came from Japan to watch."]), new Set());
    expect(records.editions.map((e) => [e.participants?.value.count, e.countries?.value])).toEqual([[23, ["LAO", "TLS"]]]);
  });

  it("gives the facts of the sentence before to the edition “that meeting was”, and no bare year", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "In Hanoi, eighteen practitioners met from 17 to 19 October 2017. That meeting, co-hosted by the SPP, was the eleventh Regional Seminar on Good Governance.",
      "Japan gave funds in 2019. It was the 5th Regional Seminar on Good Governance.",
      "The 6th Regional Seminar on Good Governance followed. It was the 7th Regional Seminar on Good Governance.",
    ]), new Set());
    expect(records.editions.map((e) => [e.ordinal, e.period?.value.text, e.participants?.value.count, e.year])).toEqual([
      [11, "from 17 to 19 October 2017", 18, 2017],
      [5, undefined, undefined, undefined],
      [6, undefined, undefined, undefined],
      [7, undefined, undefined, undefined],
    ]);
  });

  it("reads a bare ordinal set off by a comma as the next edition of the one series in play, and only counting on", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "The 3rd Regional Seminar on Good Governance was held in Bangkok in 2009. After it came two in Manila: the fourth, held in Manila from 7 to 9 December 2010, took up asset recovery.",
      "The second, from 1 to 3 March 2008, was smaller.",
      "The fifth day, from 9 to 10 May, was free.",
    ]), new Set());
    expect(records.editions.map((e) => [e.ordinal, e.series.names[0]!.text, e.period?.value.text])).toEqual([
      [3, "Regional Seminar on Good Governance", "2009"],
      [4, "Regional Seminar on Good Governance", "from 7 to 9 December 2010"],
    ]);
  });

  it("reads “the twenty-third session” as an edition of the programme a bracket named, its since-year and frequency the programme's", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "One example is the anti-corruption criminal justice training (UNCAC Training Programme), which Japan has held every year since 1998. In 2021 the twenty-third session took as its theme 'Tackling Threats' and was held online from September to October.",
    ]), new Set());
    expect(records.series.map((s) => [s.names[0]!.text, s.sinceYear?.value, s.frequency?.value])).toEqual([["UNCAC Training Programme", 1998, "annual"]]);
    expect(records.editions.map((e) => [e.ordinal, e.theme?.value, e.format?.value.mode, e.year])).toEqual([[23, "Tackling Threats", "online", 2021]]);
    // Another body's session numbers no edition.
    const other = extractDocument(documentFromParagraphs("x", ["Japan has held the UNCAC Training Programme every year since 1998. In 2021 the thirtieth session of the Commission met in Vienna."]), new Set());
    expect(other.editions).toEqual([]);
  });

  it("reads “the 20th meeting” as an edition of the meeting series the document names, and of nothing else", () => {
    const read = (paragraphs: string[]) => extractDocument(documentFromParagraphs("x", paragraphs), new Set()).editions.map((e) => [e.ordinal, e.period?.value.text, e.format?.value.mode]);
    expect(read(["The Institute and JICA have co-hosted the Legal Technical Assistance Liaison Meeting once a year since 2000. The 20th meeting (1 February 2019) linked Akishima with Osaka by video conference."])).toEqual([[20, "1 February 2019", undefined]]);
    // A meeting of a body ("the second meeting of the advisory panel") is no edition of any series.
    const panel = extractDocument(documentFromParagraphs("x", ["The second meeting of the advisory panel was held in May 2022."]), new Set());
    expect(panel.series).toEqual([]);
    expect(extractCatalogue([documentFromParagraphs("x", ["The second meeting of the advisory panel was held in May 2022."])]).editions).toEqual([]);
  });

  it("gives a list item's opening dateline and its “Main theme:” line to the edition the item names", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "UNAFEI has held the GG Seminar once a year since 2007.",
      "17 to 19 October 2017, at the Melia Hanoi Hotel in Hanoi, co-hosted by the SPP. This was the 11th GG Seminar.",
      "27 to 29 November 2018, co-hosted again by the SPP. Held for the twelfth time, the seminar brought together 19 officials. Main theme: 'Recent Trends'.",
    ]), new Set(["GG"]));
    expect(records.editions.map((e) => [e.ordinal, e.period?.value.text, e.format?.value.place, e.theme?.value])).toEqual([
      [11, "17 to 19 October 2017", "Melia Hanoi Hotel in Hanoi", undefined],
      [12, "27 to 29 November 2018", undefined, "Recent Trends"],
    ]);
    // A dated sentence with a verb of its own is no dateline.
    const verb = extractDocument(documentFromParagraphs("x", ["UNAFEI has held the GG Seminar once a year since 2007.", "12 May 2018 was a holiday. The 12th GG Seminar brought together 19 officials."]), new Set(["GG"]));
    expect(verb.editions.map((e) => [e.ordinal, e.period?.value.text])).toEqual([[12, undefined]]);
  });

  it("reads nothing of a note into the edition whose paragraph it explains a term of", () => {
    const document = documentFromParagraphs("x", ["ICD has held the Human Resources Development Training (Note 14) once a year since 2009. The seventh training, held from 10 to 20 November 2015, brought together six participants.", "Seven trainees had been assigned to ICD by fiscal 2017."]);
    document.passages[1] = { ...document.passages[1]!, kind: "note", noteLabel: "Note 14" };
    expect(extractDocument(document, new Set()).editions.map((e) => [e.ordinal, e.participants?.value.count, e.year])).toEqual([[7, 6, 2015]]);
  });

  it("numbers a page's unnumbered edition by “This was the seventh training.”, keeping what came before", () => {
    const document = documentFromParagraphs("x", [
      "The Department held the International Cooperation Human Resources Development Training from 10 to 20 November 2015.",
      "The Department has held the International Cooperation Human Resources Development Training once a year since 2009. This was the seventh training.",
    ], { title: "Akarenga No. 52: We held the International Cooperation Human Resources Development Training" });
    expect(extractDocument(document, new Set()).editions.map((e) => [e.ordinal, e.period?.value.text])).toEqual([[7, "from 10 to 20 November 2015"]]);
  });

  it("reads a page whose subtitle names one edition as about that edition", () => {
    const document = { ...documentFromParagraphs("x", ["This year's Liaison Meeting met on 23 January 2015 in Osaka."], { title: "Akarenga, the Ministry of Justice newsletter, No. 49" }), subtitle: "The 16th Legal Technical Assistance Liaison Meeting was held" };
    expect(extractDocument(document, new Set()).editions.map((e) => [e.ordinal, e.period?.value.text])).toEqual([[16, "on 23 January 2015"]]);
  });

  it("reads a row whose edition cell is only an ordinal as an edition of the one series the page is about", () => {
    const table = "| Session | Date | Venue |\n|---|---|---|\n| Fifteenth (15th) | Friday 24 January 2014 | Tokyo and Osaka, linked by video conference |\n| Sixteenth | 23 January 2015 | Osaka |";
    const read = (opening: string) => extractDocument(documentFromParagraphs("x", [opening, table]), new Set()).editions.map((e) => [e.ordinal, e.period?.value.text, e.format?.value.place]);
    expect(read("The Legal Technical Assistance Liaison Meeting has been held once a year since 2000.")).toEqual([
      [15, "24 January 2014", "Tokyo and Osaka"],
      [16, "23 January 2015", "Osaka"],
    ]);
    // No series in play: a number alone names no edition.
    expect(read("The table lists past sessions.")).toEqual([]);
  });

  it("reads an ordinal cell as an edition of the series its column's label names, when the page has several", () => {
    const table = "| Course | Period | Main theme |\n|---|---|---|\n| 113th | 30 August – 19 November 1999 | Corruption by public officials |";
    const opening = "UNAFEI holds the International Training Course twice a year and the International Senior Seminar once a year.";
    const read = (label: string) => extractDocument(documentFromParagraphs("x", [opening, table.replace("Course", label)]), new Set()).editions.map((e) => [e.ordinal, e.period?.value.text]);
    expect(read("Course")).toEqual([[113, "30 August – 19 November 1999"]]);
    // A label that fits neither, or both: which series is not said.
    expect(read("No.")).toEqual([]);
  });

  it("reads a table row, its empty cells giving nothing and its quoted theme quoted without its marks", () => {
    const table = "| Seminar | Dates | Venue | Co-host | Participants | Main theme |\n|---|---|---|---|---|---|\n| 12th GG Seminar | 27–29 November 2018 | (not given) | SPP, as for GG11 | 19 from the ten ASEAN members | “Recent Trends” |";
    const records = extractDocument(documentFromParagraphs("x", [table]), new Set(["GG"]));
    const [edition] = records.editions;
    expect([edition!.ordinal, edition!.format, edition!.organiser?.value, edition!.participants?.value.count, edition!.countries?.value.length, edition!.theme?.value]).toEqual([12, undefined, "SPP", 19, 10, "Recent Trends"]);
    const evidence = edition!.theme!.evidence;
    // Offsets are into the passage's text.
    expect(table.slice(evidence.start, evidence.end)).toBe("Recent Trends");
  });

  it("gives dates and themes in turn to editions listed together", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "In 2022, the 178th International Training Course on “Victims” and the 179th International Training Course on “Reintegration” were held in Tokyo from May to June and from September to October, respectively.",
      "In 2023, the 5th and 6th Criminal Justice Training Programmes for Pacific Island Countries on the themes of “Transnational Crime” and “Juvenile Justice” were held in Suva, Fiji.",
    ]), new Set());
    expect(records.editions.map((e) => [e.ordinal, e.theme?.value, e.period?.value.text, e.format?.value.place])).toEqual([
      [178, "Victims", "from May to June", "Tokyo"],
      [179, "Reintegration", "from September to October", "Tokyo"],
      [5, "Transnational Crime", "2023", "Suva, Fiji"],
      [6, "Juvenile Justice", "2023", "Suva, Fiji"],
    ]);
  });

  it("gives what follows a list's name to every edition of the list, and reads editions given by an ordinal alone", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "The Regional Seminar on Good Governance (GG Seminar) has been held every year since 2007. The First and Second Seminars took place in Bangkok, Thailand; the Third and Fourth Seminars were held in Manila, the Philippines, and the fifth in Tokyo, Japan. The 10th GG Seminar was held in Tokyo, the first in Japan.",
    ]), new Set(["GG"]));
    expect(records.editions.map((e) => [e.ordinal, e.series.names[0]!.text, e.format?.value.place])).toEqual([
      [1, "Regional Seminar on Good Governance", "Bangkok, Thailand"],
      [2, "Regional Seminar on Good Governance", "Bangkok, Thailand"],
      [3, "Regional Seminar on Good Governance", "Manila, the Philippines"],
      [4, "Regional Seminar on Good Governance", "Manila, the Philippines"],
      [5, "Regional Seminar on Good Governance", "Tokyo, Japan"],
      [10, "Regional Seminar on Good Governance", "Tokyo"],
    ]);
  });

  it("reads a lower-case edition by its description when a definition gives that name, and a title naming one edition so", () => {
    const paragraphs = [
      "The fifth seminar on criminal justice for French-speaking African countries was held in Abidjan, Côte d'Ivoire.",
      "Japan started, in 2013, a seminar on criminal justice for French-speaking African countries.",
    ];
    const { collectNamesInUse } = names;
    const document = documentFromParagraphs("x", paragraphs);
    const records = extractDocument(document, new Set(), collectNamesInUse([document], new Set()));
    expect(records.editions.map((e) => [e.ordinal, e.series.names.map((n) => `${n.kind}: ${n.text}`), e.format?.value.place])).toEqual([
      [5, ["phrase: seminar on criminal justice for French-speaking African countries", "description: seminar on criminal justice for French-speaking African countries"], "Abidjan, Côte d'Ivoire"],
    ]);
    expect(records.series.map((r) => [r.weak, r.sinceYear?.value])).toEqual([[false, 2013]]);
    // Without the definition, or a "was held", the description names nothing: the edition stays weak (dropped at merging).
    const alone = documentFromParagraphs("y", ["The fifth seminar on criminal justice for French-speaking African countries opened in Abidjan."]);
    expect(extractDocument(alone, new Set(), collectNamesInUse([alone], new Set())).series.map((r) => r.weak)).toEqual([true]);
    // A title naming the edition in lower case is enough, but not for a "first".
    const titled = documentFromParagraphs("z", ["Experts met for three days. The seminar was held in Abidjan, Côte d'Ivoire."], { title: "Abidjan hosts the fifth criminal justice seminar for French-speaking Africa" });
    expect(extractDocument(titled, new Set()).editions.map((e) => [e.ordinal, e.series.names[0]!.text, e.format?.value.place])).toEqual([
      [5, "criminal justice seminar for French-speaking Africa", "Abidjan, Côte d'Ivoire"],
    ]);
    // Said to have been held, a numbered description is an edition without a definition; a "first" is not.
    const held = documentFromParagraphs("v", ["The twelfth training course on the juvenile treatment system for Kenya was held from 14 February to 9 March.", "The first training course on prison management for Nepal was held in May."]);
    expect(extractDocument(held, new Set(), collectNamesInUse([held], new Set())).editions.map((e) => [e.ordinal, e.series.weak, e.series.names[0]!.text, e.period?.value.text])).toEqual([
      [12, false, "training course on the juvenile treatment system for Kenya", "from 14 February to 9 March"],
    ]);
    const first = documentFromParagraphs("w", ["The seminar was held in Abidjan, Côte d'Ivoire."], { title: "Abidjan hosts the first criminal justice seminar for French-speaking Africa" });
    expect(extractDocument(first, new Set()).editions).toEqual([]);
  });

  it("keeps the scope on the edition a sentence is about, not the one it is compared with, and reads a main clause after a leading one", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "UNAFEI has held the GG Seminar every year since 2007. As with the 7th GG Seminar, the 8th GG Seminar was co-hosted by UNAFEI and the MACC. It was held from 18 to 20 November 2014.",
      "To look at how systems work in practice, the seminar took as its theme “Current Issues in Corruption Cases”.",
    ]), new Set(["GG"]));
    expect(records.editions.map((e) => [e.ordinal, e.period?.value.text, e.theme?.value])).toEqual([
      [7, undefined, undefined],
      [8, "from 18 to 20 November 2014", "Current Issues in Corruption Cases"],
    ]);
  });

  it("reads a main clause after a leading phrase of time (“Ten years after the first seminar, it …”)", () => {
    const themes = (second: string) => extractDocument(documentFromParagraphs("x", [`The eleventh GG Seminar met in Hanoi from 17 to 19 October 2017. ${second}`]), new Set(["GG"])).editions.map((e) => [e.ordinal, e.theme?.value]);
    expect(themes("Ten years after the first seminar, it looked back under the theme 'Best Practices'.")).toEqual([[11, "Best Practices"]]);
    expect(themes("A decade on, the seminar looked back under the theme 'Best Practices'.")).toEqual([[11, "Best Practices"]]);
    // The main clause is another body's: no theme of the seminar.
    expect(themes("Ten years on, UNODC looked back under the theme 'Best Practices'.")).toEqual([[11, undefined]]);
  });

  it("reads a bare ordinal after a verb of holding, beside the edition it is compared with (“As with the 11th seminar, the SPP co-hosted the 12th, which …”)", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "UNAFEI has held the GG Seminar every year since 2007. As with the 11th seminar, the SPP co-hosted the 12th, which was held in Da Nang from November 27 to 29, 2018.",
    ]), new Set(["GG"]));
    expect(records.editions.map((e) => [e.ordinal, e.period?.value.text, e.format?.value.place, e.year])).toEqual([
      [11, undefined, undefined, undefined],
      [12, "from November 27 to 29, 2018", "Da Nang", 2018],
    ]);
    // A lower number than one already named ranks; another series' edition beside it names none.
    const lower = extractDocument(documentFromParagraphs("x", ["UNAFEI has held the GG Seminar every year since 2007. As with the 11th seminar, the SPP co-hosted the 9th, which was held in Hanoi."]), new Set(["GG"]));
    expect(lower.editions.map((e) => e.ordinal)).toEqual([11]);
    const other = extractDocument(documentFromParagraphs("x", ["UNAFEI has held the GG Seminar every year since 2007. After the 20th UNCAC Training Programme, the SPP co-hosted the 12th, which was held in Hanoi."]), new Set(["GG"]));
    expect(other.editions.map((e) => e.ordinal)).toEqual([20]);
  });

  it("reads a sentence whose subject is the people who took part as about the edition in scope, their quoted title its theme", () => {
    const read = (second: string) => extractDocument(documentFromParagraphs("x", [`The third GG Seminar ran in Manila from 9 to 11 December 2009. ${second}`]), new Set(["GG"])).editions.map((e) => [e.ordinal, e.participants?.value.count, e.countries?.value, e.theme?.value]);
    expect(read("Twenty-three practitioners from two countries (Cambodia and Laos) took up “Measures to Recover Proceeds”.")).toEqual([[3, 23, ["KHM", "LAO"], "Measures to Recover Proceeds"]]);
    // A lower-case quote is a topic, not a title; working groups' topics are not the seminar's theme.
    expect(read("Twenty-three practitioners from Cambodia took up “asset recovery”.")).toEqual([[3, 23, ["KHM"], undefined]]);
    expect(read("The working groups took up “Asset Recovery”.")).toEqual([[3, undefined, undefined, undefined]]);
  });

  it("reads a page whose opening block is a title naming one edition as about that edition, past editions named between", () => {
    const paragraphs = (opening: string) => [
      opening,
      "The Sixth GG Seminar took place from 12 to 14 December 2012 in Tokyo.",
      "UNAFEI has hosted the GG Seminar every year since 2007. The First and Second Seminars were held in Bangkok, and the Fifth in Tokyo.",
      "The main theme was 'International Cooperation'.",
    ];
    const theme = (opening: string) => extractDocument(documentFromParagraphs("x", paragraphs(opening)), new Set(["GG"])).editions.filter((e) => e.theme).map((e) => [e.ordinal, e.theme?.value]);
    expect(theme("Japan (UNAFEI) / Southeast Asia Sixth GG Seminar Training (December 2012)")).toEqual([[6, "International Cooperation"]]);
    // An opening sentence is prose, not a title: the theme stays unattached to any one of several editions.
    expect(theme("Japan held the Sixth GG Seminar in 2012. It went well.")).toEqual([]);
  });

  it("tells the series' history from an earlier edition without moving the scope to it", () => {
    const document = documentFromParagraphs("x", [
      "UNAFEI held the 14th GG Seminar online on 23 and 24 March 2021.",
      "Since the first seminar, held in Thailand in 2007, it has run for more than ten years, the host country changing every two years.",
      "This year's seminar was held online. Fourteen practitioners took part, from nine countries.",
    ], { section: "About the 14th GG Seminar" });
    const records = extractDocument(document, new Set(["GG"]));
    // The heading's edition and the one the first sentence names are one edition once merged.
    const of = (ordinal: number) => records.editions.filter((e) => e.ordinal === ordinal);
    expect(of(14).map((e) => [e.year, e.participants?.value.count])).toEqual([[2021, undefined], [undefined, 14]]);
    expect(of(1).map((e) => [e.year, e.format?.value.place, e.participants])).toEqual([[2007, "Thailand", undefined]]);
    expect(records.series.map((r) => r.frequency)).toEqual([undefined]);
  });

  it("links a bare “the 7th seminar” to the series two unmerged records of it share letters with", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "On the holding of the 8th Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar)",
      "UNAFEI has held a regional seminar on good governance for Southeast Asia, commonly called the GG Seminar, once a year since 2007.",
      "As with the 7th seminar, the GG8 Seminar was held in Kuala Lumpur.",
    ]), new Set(["GG"]));
    expect(records.editions.filter((e) => e.ordinal === 7).map((e) => [e.series.weak, e.series.names.some((n) => n.text === "GG")])).toEqual([[false, true]]);
  });

  it("gives a programme the short name it is known by abroad, and its bare editions with it", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "The Anti-Corruption Criminal Justice Assistance Training, known abroad as the UNCAC Training Programme, has been held every year since 1998.",
      "The eighteenth course ran from 12 October to 19 November 2015.",
    ]), new Set());
    expect(records.series.map((r) => [...new Set(r.names.map((n) => n.text))])).toEqual([["Anti-Corruption Criminal Justice Assistance Training", "UNCAC Training Programme", "UNCAC"]]);
    expect(records.editions.map((e) => [e.ordinal, e.series.names[0]!.text])).toEqual([[18, "Anti-Corruption Criminal Justice Assistance Training"]]);
  });

  it("gives each edition of a sentence its own year, not the sentence's first", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "Since 2007 UNAFEI has held the GG Seminar every year: the first and second seminars took place in Thailand, in 2007 and 2008 respectively, and the third is scheduled to be held in the Philippines in 2009.",
      "The programme goes on: the fourth seminar is planned for early 2017 and the fifth for 2018, both of them again in Côte d'Ivoire.",
    ]), new Set(["GG"]));
    expect(records.editions.map((e) => [e.ordinal, e.year])).toEqual([[1, 2007], [2, 2008], [3, 2009], [4, 2017], [5, 2018]]);
  });

  it("reads a count of editions that starts with “the first”, and gives “all of them in Tokyo” to each", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "The Ministry of Justice holds the Criminal Justice Forum for Asia and the Pacific (Crim-AP) every year with UNODC.",
      "The first forum was held on 14 and 15 February 2022, the second on 13 and 14 February 2023 and the third on 24 and 25 June 2024, all of them in Tokyo.",
    ]), new Set());
    expect(records.editions.map((e) => [e.ordinal, e.series.names[0]!.text, e.period?.value.text, e.format?.value.place])).toEqual([
      [1, "Criminal Justice Forum for Asia and the Pacific", "on 14 and 15 February 2022", "Tokyo"],
      [2, "Criminal Justice Forum for Asia and the Pacific", "on 13 and 14 February 2023", "Tokyo"],
      [3, "Criminal Justice Forum for Asia and the Pacific", "on 24 and 25 June 2024", "Tokyo"],
    ]);
  });

  it("gives a since-year stated of “this annual event” to the series of the edition just named", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "On 26 January 2024 the 42nd Public Lecture on Criminal Justice Policy took place. UNAFEI and the JCPS have organised this annual event together since 1982.",
    ]), new Set());
    expect(records.series.map((r) => [r.names[0]!.text, r.sinceYear?.value, r.frequency?.value])).toEqual([["Public Lecture on Criminal Justice Policy", 1982, "annual"]]);
  });

  it("takes a following count of people who “participated” for the edition before it, and not other sentences", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "The 15th GG Seminar was held online. Eighteen criminal justice practitioners from ten countries participated. Japan participated in the G20 meeting from 3 to 5 May.",
    ]), new Set(["GG"]));
    const [edition] = records.editions;
    expect(edition!.participants?.value).toEqual({ count: 18, description: "criminal justice practitioners", countryCount: 10 });
    expect(edition!.period).toBeUndefined();
  });

  it("takes an unquoted topic off a series name the documents use on their own", () => {
    const names = { defined: new Set<string>(), definedSignatures: new Set<string>(), editions: new Map([["international training course", new Set([180])]]) };
    const records = extractDocument(documentFromParagraphs("x", ["The 170th International Training Course on Treatment of Offenders was held in Tokyo."]), new Set(), names);
    expect(records.editions.map((e) => [e.ordinal, e.series.names, e.theme?.value, e.format?.value])).toEqual([
      [170, [{ text: "International Training Course", kind: "phrase" }], "Treatment of Offenders", { mode: "in person", place: "Tokyo" }],
    ]);
  });

  it("does not name a series by a bare head noun (“the 11th seminar”), so that unrelated series stay apart", () => {
    const records = extractDocument(documentFromParagraphs("x", [
      "Japan has held the Regional Seminar on Good Governance for Southeast Asian Countries since 2007. The 11th seminar was held in Tokyo.",
    ]), new Set());
    expect(records.series.map((s) => s.names)).toEqual([[{ text: "Regional Seminar on Good Governance for Southeast Asian Countries", kind: "name" }]]);
    expect(records.editions.map((e) => [e.ordinal, e.series === records.series[0]])).toEqual([[11, true]]);
  });

  it("drops nothing and invents nothing for a passage without programmes", () => {
    expect(extractDocument(documentFromParagraphs("x", ["Corruption impedes growth."]), new Set())).toEqual({ series: [], editions: [], countries: [], regions: [] });
  });
});

describe("extractDocument: scope", () => {
  const facts = (paragraphs: string[], options: { title?: string; section?: string } = {}) =>
    extractDocument(documentFromParagraphs("s", paragraphs, options), new Set(["GG"])).editions.map((e) => ({
      ordinal: e.ordinal, theme: e.theme?.value, place: e.format?.value.place, count: e.participants?.value.count, countries: e.countries?.value, organiser: e.organiser?.value,
    }));

  it("fills an edition from later paragraphs that refer back to it", () => {
    expect(facts([
      "The 12th GG Seminar was held in Da Nang, Viet Nam from 27 to 29 November 2018.",
      "The seminar's main theme was “Recent Trends in Corruption”.",
      "Participants came from Cambodia, Laos and Myanmar.",
    ])).toEqual([{ ordinal: 12, theme: "Recent Trends in Corruption", place: "Da Nang, Viet Nam", count: undefined, countries: ["KHM", "LAO", "MMR"], organiser: undefined }]);
  });

  it("does not give a seminar what a later paragraph says of a training course, or of something else", () => {
    expect(facts([
      "The 12th GG Seminar was held online in November 2018.",
      "The training course was held in Tokyo with 30 participants from Nepal.",
      "Japan also dispatched experts to Indonesia in March 2019.",
    ])).toEqual([{ ordinal: 12, theme: undefined, place: undefined, count: undefined, countries: undefined, organiser: undefined }]);
  });

  it("reads a page about one edition: its sentences are about it, and “this year's” points back to it after other editions were named", () => {
    expect(facts([
      "UNAFEI has hosted the GG Seminar annually since 2007. The first and second seminars were held in Bangkok, Thailand.",
      "This year's seminar was co-hosted by UNAFEI and the SPP. Nineteen prosecutors from ten countries took part.",
    ], { title: "The 12th GG Seminar", section: "The 12th GG Seminar" })).toEqual([
      { ordinal: 1, theme: undefined, place: "Bangkok, Thailand", count: undefined, countries: undefined, organiser: undefined },
      { ordinal: 2, theme: undefined, place: "Bangkok, Thailand", count: undefined, countries: undefined, organiser: undefined },
      { ordinal: 12, theme: undefined, place: undefined, count: 19, countries: undefined, organiser: "UNAFEI and the SPP" },
    ]);
  });

  it("keeps the year of the part about one edition off another named in the same sentence, unless they are listed together", () => {
    const years = (paragraphs: string[]) => extractDocument(documentFromParagraphs("s", paragraphs), new Set(["GG"])).editions.map((e) => [e.ordinal, e.period?.value.year ?? e.year]);
    expect(years(["The GG Seminar has been co-hosted twice by the SPP: after the 11th seminar in Hanoi in October 2017, the 12th met in Da Nang."])).toEqual([[11, 2017], [12, undefined]]);
    expect(years(["The 11th and the 12th GG Seminars were held in Viet Nam in 2017 and 2018 respectively."])).toEqual([[11, 2017], [12, 2018]]);
    expect(years(["Both the 175th and the 176th International Training Courses were held online in 2021."])).toEqual([[175, 2021], [176, 2021]]);
  });

  it("takes a first edition that met somewhere from a page about a later one, and keeps its place and year off the page's edition", () => {
    expect(facts([
      "UNAFEI convened the Fourteenth Regional Seminar on Good Governance for Southeast Asian Countries online on 23 and 24 March 2021.",
      "The first seminar met in Thailand in 2007; since then the host has changed.",
    ], { title: "Fourteenth Regional Seminar on Good Governance for Southeast Asian Countries" }).map((e) => [e.ordinal, e.place])).toEqual([[14, undefined], [1, "Thailand"]]);
  });

  it("does not number a seminar series' edition by another programme's training", () => {
    const editions = (paragraphs: string[]) => extractCatalogue([documentFromParagraphs("s", paragraphs)]).editions.map((e) => e.id);
    expect(editions([
      "UNAFEI has held the Regional Seminar on Good Governance for Southeast Asian Countries every year since 2007. The sixth seminar met in Tokyo in 2012.",
      "The Department's Human Resources Development Training visited Cambodia, as it did in the seventh training (10 to 20 November 2015).",
    ])).toEqual(["regional-seminar-on-good-governance-for-southeast-asian-countries-6"]);
  });

  it("reads an interview: the series named, then held 'it' every year; the answer that numbers the edition; the later answers about it", () => {
    const document = documentFromParagraphs("s", [
      "Q: What is the GG Seminar?",
      "A: Its full name is the Regional Seminar on Good Governance for Southeast Asian Countries. We at UNAFEI have hosted it every year since 2007.",
      "Q: And the one you have just come back from?",
      "A: That was the sixth. It ran from 12 to 14 December 2012.",
      "Q: Had it been held in Tokyo before?",
      "A: Bangkok had hosted the first and the second seminars.",
      "Q: Who came?",
      "A: Twenty practitioners, from eight countries: Cambodia, Laos and Viet Nam.",
    ]);
    const out = extractDocument(document, new Set());
    expect(out.series.map((series) => [series.names[0]!.text, series.sinceYear?.value, series.frequency?.value])).toEqual([["Regional Seminar on Good Governance for Southeast Asian Countries", 2007, "annual"]]);
    expect(out.editions.map((e) => [e.ordinal, e.period?.value.text, e.format?.value.place, e.participants?.value.count, e.countries?.value])).toEqual([
      [6, "from 12 to 14 December 2012", undefined, 20, ["KHM", "LAO", "VNM"]],
      [1, undefined, undefined, undefined, undefined],
      [2, undefined, undefined, undefined, undefined],
    ]);
  });

  it("reads an FAQ whose questions are headings: the answers after the one that numbers the edition are about it", () => {
    const base = documentFromParagraphs("s", [
      "UNAFEI has held the Regional Seminar on Good Governance for Southeast Asian Countries once a year since 2007.",
      "The fifth. It was held over three days, 7 to 9 December 2011.",
      "Two practitioners were sent by each of eight Southeast Asian states: Cambodia, Laos and Viet Nam.",
    ]);
    const headings = ["What is the GG Seminar?", "Which seminar does this page cover?", "Who took part?"];
    const document = { ...base, passages: base.passages.map((passage, i) => ({ ...passage, headings: [headings[i]!] })) };
    expect(extractDocument(document, new Set()).editions.map((e) => [e.ordinal, e.period?.value.text, e.participants?.value, e.countries?.value])).toEqual([
      [5, "7 to 9 December 2011", { countryCount: 8 }, ["KHM", "LAO", "VNM"]],
    ]);
  });

  it("reads a table with the editions across the top, and says nothing of an edition in how the programme was created", () => {
    const editions = extractDocument(documentFromParagraphs("s", [
      "The ASEAN–G7 Next Leaders Forum brings together young officials. It was created on a Japanese proposal made at the Justice Ministers' Interface in July 2023.",
      "| | 2nd forum (this year) | 1st forum (for comparison) | | --- | --- | --- | | Dates | 2025-09-26 to 2025-10-01 | 2024-06-26 to 2024-07-02 | | Where | Tokyo and Chiba Prefecture | Tokyo | | Participants | 41 | about sixty |",
    ], { title: "Fact sheet: 2nd ASEAN–G7 Next Leaders Forum" }), new Set()).editions;
    const byOrdinal = new Map<number, [string | undefined, string | undefined, number | undefined]>();
    for (const e of editions) if (!byOrdinal.has(e.ordinal) || e.period) byOrdinal.set(e.ordinal, [e.period?.value.text, e.format?.value.place, e.participants?.value.count]);
    expect(Object.fromEntries(byOrdinal)).toEqual({ 1: ["2024-06-26 to 2024-07-02", "Tokyo", undefined], 2: ["2025-09-26 to 2025-10-01", "Tokyo and Chiba Prefecture", 41] });
    expect(editions.flatMap((e) => (e.period?.conflicts ?? []).map((c) => c.value.text))).toEqual([]);
  });

  it("gives a since-year in a relative clause after the last of several series to that one only, and one before them all to each", () => {
    const since = (text: string) => extractDocument(documentFromParagraphs("s", [text]), new Set()).series.map((series) => [series.names[0]!.text, series.sinceYear?.value]);
    expect(since("Its regular programmes are the International Training Course (twice a year), the International Senior Seminar (once a year) and the UNCAC Training Programme, which it has held once a year since 1998.")).toEqual([
      ["International Training Course", undefined], ["International Senior Seminar", undefined], ["UNCAC Training Programme", 1998],
    ]);
    expect(since("Every year since 1962 it has held the International Training Course twice and the International Senior Seminar once.")).toEqual([
      ["International Training Course", 1962], ["International Senior Seminar", 1962],
    ]);
  });

  it("reads 'They came from ten countries:' in the edition's paragraph, and the countries the list after it names", () => {
    expect(facts([
      "The 15th GG Seminar was held online in December 2021. Eighteen practitioners took part. They came from ten countries:",
      "- nine member states of ASEAN: Brunei, Cambodia and Viet Nam;",
      "- and Timor-Leste.",
    ]).map((e) => [e.ordinal, e.count, e.countries])).toEqual([[15, 18, ["BRN", "KHM", "VNM", "TLS"]]]);
  });

  it("reads editions named in brackets after what is said of them", () => {
    const editions = extractDocument(documentFromParagraphs("s", [
      "The Ministry of Justice holds the Global Youth Forum for a Culture of Lawfulness every year.",
      "The earlier meetings took place in Tokyo in October 2021 (the first Forum) and in Kyoto in December 2022 (the second Forum, with about seventy young people).",
    ]), new Set()).editions;
    expect(editions.map((e) => [e.ordinal, e.period?.value.text, e.format?.value.place])).toEqual([[1, "in October 2021", "Tokyo"], [2, "in December 2022", "Kyoto"]]);
  });

  it("keeps a page's edition in scope after a label line that compares it with another ('…, as for the 11th seminar')", () => {
    expect(facts([
      "Co-hosts: The Supreme People's Procuracy of Viet Nam (SPP) and UNAFEI, as for the 11th seminar",
      "Participants: 19 investigators from the ten ASEAN countries",
    ], { title: "The 12th GG Seminar", section: "The 12th GG Seminar" }).map((e) => [e.ordinal, e.count])).toEqual([[11, undefined], [12, 19]]);
  });

  it("reads a note's label 'Countries of <edition>:' and the list after it", () => {
    expect(facts([
      "The 25th UNCAC Training Programme was held from 2 to 28 November 2023 with 30 participants from 25 countries and 4 from Japan.",
      "Countries of the 25th UNCAC Training Programme: Bangladesh, Brazil (two), Fiji and Zambia.",
    ]).map((e) => [e.ordinal, e.countries])).toEqual([[25, ["JPN"]], [25, ["BGD", "BRA", "FJI", "ZMB"]]]);
  });

  it("joins a table cell's countries added to others ('…, and 4 from Japan') to a note's list of the others, in one document", () => {
    const merged = extractCatalogue([documentFromParagraphs("s", [
      "| Programme | Dates | Participants | | --- | --- | --- | | 25th UNCAC Training Programme | 2–28 November 2023 | 30 from 25 countries, and 4 from Japan |",
      "Countries of the 25th UNCAC Training Programme: Bangladesh, Brazil, Fiji and Zambia.",
    ])]).editions;
    expect(merged.map((e) => [e.ordinal, e.countries?.value, e.countries?.conflicts])).toEqual([[25, ["JPN", "BGD", "BRA", "FJI", "ZMB"], undefined]]);
  });

  it("does not number the series in scope by an ordinal that counts other programmes the sentence names", () => {
    expect(facts([
      "The 15th GG Seminar was held online in December 2021.",
      "Between October and December 2021 two international training courses were given online: the 175th, on “Treatment of Women Offenders”, and the 176th, on “Inclusive Societies”.",
    ]).map((e) => e.ordinal)).toEqual([15]);
  });

  it("takes no fact from a question, and lets its answer state them", () => {
    expect(extractDocument(documentFromParagraphs("s", [
      "The 16th GG Seminar met from 14 to 16 December 2022.",
      "Was it online again? No. For the first time in three years the participants met face to face.",
      "Who runs the seminar? UNAFEI does.",
    ], { title: "The 16th GG Seminar", section: "The 16th GG Seminar" }), new Set(["GG"])).editions.map((e) => [e.ordinal, e.format?.value.mode, e.participants, e.organiser])).toEqual([[16, "in person", undefined, undefined]]);
  });

  it("keeps the edition in scope across a sentence that tells the background of its own series", () => {
    expect(facts([
      "For the twelfth time, officials from across Southeast Asia met for the GG Seminar.",
      "The Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar) has been held annually since 2007.",
      "The seminar took place in Da Nang, Viet Nam from 27 to 29 November 2018.",
    ]).map((e) => [e.ordinal, e.place])).toEqual([[12, "Da Nang, Viet Nam"]]);
  });

  it("keeps an organiser stated for one edition off the next edition of the series", () => {
    expect(facts([
      "The 11th GG Seminar was co-hosted with the Anti-Corruption Commission of Timor-Leste in Dili.",
      "The 12th GG Seminar was held in Tokyo.",
    ]).map((e) => [e.ordinal, e.organiser])).toEqual([[11, "the Anti-Corruption Commission of Timor-Leste"], [12, undefined]]);
  });

  it("gives experts' countries and counts no participant role", () => {
    expect(facts([
      "The 8th GG Seminar was held in Kuala Lumpur, Malaysia. Two visiting experts from Hong Kong and the Republic of Korea lectured, and seventeen practitioners from Brunei and Singapore took part.",
    ])).toEqual([{ ordinal: 8, theme: undefined, place: "Kuala Lumpur, Malaysia", count: 17, countries: ["BRN", "SGP"], organiser: undefined }]);
  });
  it("takes a course known by its year for another course than the numbered edition in scope", () => {
    expect(facts([
      "The fifth GG seminar opened at the Palm Club hotel in Cocody, Abidjan, in February 2018.",
      "The course for fiscal 2022, held at JICA Tokyo from 28 February to 10 March 2023, brought together 26 practitioners.",
      "The 2023 seminar was held in Tokyo with 30 participants.",
    ])).toEqual([{ ordinal: 5, theme: undefined, place: "Palm Club hotel in Cocody", count: undefined, countries: undefined, organiser: undefined }]);
  });

  it("gives a bare “the third seminar” to the training the paragraph just named, not to a seminar series of another paragraph", () => {
    const catalogue = extractDocument(documentFromParagraphs("f", [
      "The Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar) has been held every year since 2007.",
      "UNAFEI and JICA began the Criminal Justice Training for French-Speaking Africa in 2014. The third seminar was held in Côte d’Ivoire in February 2016.",
      // A body named for what it does is no series.
      "It was co-hosted by Côte d’Ivoire’s National Institute of Judicial Training (INFJ).",
    ]), new Set(["GG"]));
    expect(catalogue.editions.map((e) => [e.series.names[0]!.text, e.ordinal, e.format?.value.place])).toEqual([
      ["Criminal Justice Training for French-Speaking Africa", 3, "Côte d’Ivoire"],
    ]);
    expect(catalogue.series.map((series) => [series.names[0]!.text, series.sinceYear?.value])).toEqual([
      ["Regional Seminar on Good Governance for Southeast Asian Countries", 2007],
      ["Criminal Justice Training for French-Speaking Africa", 2014],
    ]);
  });
  it("links no edition to a series it shares a word with but not its kind of head", () => {
    const catalogue = extractDocument(documentFromParagraphs("c", [
      "The third Criminal Justice Forum for Asia and the Pacific (Crim-AP) met in Tokyo in June 2024. UNAFEI's 26th anti-corruption criminal justice training ended on 19 November 2024.",
    ]), new Set(["GG"]));
    expect(catalogue.editions.filter((e) => e.series.names.some((name) => name.text === "Crim-AP")).map((e) => e.ordinal)).toEqual([3]);
  });
});

describe("extractDocument: programmes spoken of as 'it', and fiscal years", () => {
  const editions = (paragraphs: string[]) =>
    extractCatalogue([documentFromParagraphs("fr", paragraphs)]).editions.map((edition) => ({ ordinal: edition.ordinal, year: edition.year, place: edition.format?.value.place }));

  it("reads a series named a few sentences before a sentence about 'it' that says how often it recurs", () => {
    const catalogue = extractCatalogue([documentFromParagraphs("fr", [
      "The Criminal Justice Training for French-Speaking Africa grew out of that pledge. JICA organises it with the cooperation of UNAFEI. It was planned as one session a year.",
      "The third training took place in Côte d'Ivoire from 15 to 26 February 2016.",
    ])]);
    expect(catalogue.series.map((series) => [series.name, series.frequency?.value])).toEqual([["Criminal Justice Training for French-Speaking Africa", "annual"]]);
    expect(catalogue.editions.map((edition) => [edition.ordinal, edition.period?.value.year])).toEqual([[3, 2016]]);
  });

  it("does not look back past a sentence that names nothing and does not speak of 'it'", () => {
    const catalogue = extractCatalogue([documentFromParagraphs("fr", [
      "The Criminal Justice Training for French-Speaking Africa grew out of that pledge. Many countries face terrorism. It was planned as one session a year.",
    ])]);
    expect(catalogue.series).toEqual([]);
  });

  it("takes no year from a fiscal year, which runs into the next", () => {
    expect(editions([
      "The Criminal Justice Training for French-Speaking Africa has been held every year since 2014.",
      "Fiscal year 2014 | Japan The second training, again held in Japan.",
    ])).toEqual([{ ordinal: 2, year: undefined, place: "Japan" }]);
  });
});

describe("the year a period takes from elsewhere in its sentence or table", () => {
  const periodOf = (paragraphs: string[]) => {
    const doc = documentFromParagraphs("x", paragraphs);
    const quote = (evidence: { passageId: string; start: number; end: number }) => doc.passages.find((p) => p.id === evidence.passageId)!.text.slice(evidence.start, evidence.end);
    return extractDocument(doc, new Set(["GG"])).editions.map((e) => [e.ordinal, e.year, e.period?.value.year, e.period && quote(e.period.evidence), e.period?.support?.map(quote)]);
  };

  it("quotes the clause from the year to the period, so what is shown is what is quoted", () => {
    expect(periodOf(["In 2021, the 23rd UNCAC Training Programme was held online from September to October."]))
      .toEqual([[23, 2021, 2021, "2021, the 23rd UNCAC Training Programme was held online from September to October", undefined]]);
  });

  it("dates a period by a fiscal year as the calendar year its months fall in", () => {
    expect(periodOf(["In FY2017, the 20th UNCAC Training Programme was held from 10 January to 8 February."]))
      .toEqual([[20, 2018, 2018, "FY2017, the 20th UNCAC Training Programme was held from 10 January to 8 February", undefined]]);
    expect(periodOf(["In FY2019, the 13th GG Seminar was held in December."]))
      .toEqual([[13, 2019, 2019, "FY2019, the 13th GG Seminar was held in December", undefined]]);
  });

  it("quotes a table's year cell, or the heading that gives the year, beside the row's dates", () => {
    const years = "| Year | Seminar | Dates |\n|---|---|---|\n| 2019 | 13th GG Seminar | 17–19 December |\n| FY2014 | 8th GG Seminar | 10–12 January |\n| 2016 | 10th GG Seminar | (not given) |";
    expect(periodOf(["UNAFEI holds the GG Seminar.", years])).toEqual([
      [13, 2019, 2019, "17–19 December", ["2019"]],
      [8, 2015, 2015, "10–12 January", ["FY2014"]],
      [10, 2016, 2016, "2016", undefined],
    ]);
    const heading = "| No. | Programme | Dates (2023) | Participants |\n|---|---|---|---|\n| 1 | 25th UNCAC Training Programme | 2–28 November | 30 from 25 countries |";
    expect(periodOf(["UNAFEI ran these.", heading])).toEqual([[25, 2023, 2023, "25th UNCAC Training Programme | 2–28 November", ["Dates (2023)"]]]);
  });
});

describe("what the sentences after an edition's own sentence say of it", () => {
  const GG11 = "Since 2007 UNAFEI has held the Regional Seminar on Good Governance for Southeast Asian Countries every year. Its eleventh edition was held in Hanoi from 17 to 19 October 2017.";
  const factsOf = (paragraphs: string[]) => {
    const doc = documentFromParagraphs("x", paragraphs);
    return extractDocument(doc, new Set(["GG"])).editions.map((e) => ({ ordinal: e.ordinal, theme: e.theme?.value, participants: e.participants?.value.count, countries: e.countries?.value, basis: e.countries?.basis }));
  };

  it("leaves out of 'the other nine ASEAN countries' the member the sentence before says stayed away, and counts the people sent", () => {
    expect(factsOf([`${GG11} Brunei could not take part; each of the other nine ASEAN member states sent two practitioners, eighteen in all.`])).toEqual([
      { ordinal: 11, theme: undefined, participants: 18, countries: ["KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"], basis: "inferred" },
    ]);
    expect(factsOf([`${GG11} Brunei was unable to take part. From each of the other nine ASEAN countries came two people, so that eighteen took part altogether.`])[0]!.countries)
      .toEqual(["KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]);
  });

  it("reads the countries that were represented, and the main theme said in the edition's paragraph", () => {
    expect(factsOf([`${GG11} Nineteen people attended. All ten ASEAN countries were represented. Ten years on from the first seminar, so the main theme looked back: "Best Practices in Combating Corruption".`])).toEqual([
      { ordinal: 11, theme: "Best Practices in Combating Corruption", participants: 19, countries: ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"], basis: "stated" },
    ]);
  });

  it("takes a quoted title the edition itself discussed as its theme, but not a title someone else discussed", () => {
    expect(factsOf([`${GG11} It brought practitioners of the region to Hanoi to discuss "Recent Regional Trends in Corruption".`])[0]!.theme).toBe("Recent Regional Trends in Corruption");
    expect(factsOf([`${GG11} The Minister of Justice discussed "A New Plan for Legal Cooperation" with the director.`])[0]!.theme).toBeUndefined();
    expect(factsOf([`${GG11} The theme of the G20 meeting that year was "Corruption and Growth".`])[0]!.theme).toBeUndefined();
  });
});

describe("a page about one edition, and what it says of the programme's whole run", () => {
  it("gives the page's edition nothing from a sentence about a series of courses over several years", () => {
    const doc = documentFromParagraphs("x", [
      "UNCRD and JICA ran a three-year series of training courses on regional development from fiscal 2007 to 2009, which trained twenty-five officials in all.",
      "In fiscal 2010 UNCRD began a further three-year course for Kazakhstan, Tajikistan and Uzbekistan.",
      "The course was held in Nagoya from 12 November to 14 December 2013.",
    ], { title: "Fourth UNCRD Training Course on Regional Development for Central Asia" });
    expect(extractDocument(doc, new Set()).editions.map((e) => [e.ordinal, e.period?.value, e.participants?.value.count, e.format?.value])).toEqual([
      [4, { year: 2013, startMonth: 11, startDay: 12, endMonth: 12, endDay: 14, text: "from 12 November to 14 December 2013" }, undefined, { mode: "in person", place: "Nagoya" }],
    ]);
  });
});


describe("a paragraph that opens on the edition before the page's", () => {
  it("gives the page's edition nothing from the rest of that paragraph, but turns back to it on 'this year'", () => {
    const doc = documentFromParagraphs("x", [
      "For last year's training in Japan we invited officers of the project team. They then ran group training in Kenya in September 2010. This year the course was held in Tokyo.",
    ], { title: "The 11th Training Course on the Juvenile Delinquent Treatment System for Kenya" });
    expect(extractDocument(doc, new Set()).editions.map((e) => [e.ordinal, e.period?.value.year, e.format?.value])).toEqual([[11, undefined, { mode: "in person", place: "Tokyo" }]]);
  });
});
