import { describe, expect, it } from "vitest";
import { findEditionMentions, readSeriesPhrase } from "../../../src/knowledge/extract/editions.js";

const GG = new Set(["GG"]);
const summary = (text: string, acronyms: ReadonlySet<string> = GG) =>
  findEditionMentions(text, acronyms).map((m) => ({ ordinal: m.ordinal, ordinalText: m.ordinalText, series: m.seriesPhrase, weak: m.weak, acronym: m.acronym, written: text.slice(m.start, m.end) }));

describe("findEditionMentions", () => {
  it.each([
    ["In 2021, the 23rd UNCAC training programme on the theme of “T” was conducted online.",
      [{ ordinal: 23, ordinalText: "23rd", series: "UNCAC training programme", weak: false, acronym: undefined, written: "23rd UNCAC training programme" }]],
    ["In December 2021, the 15th GG Seminar on the theme of “E” was held online",
      [{ ordinal: 15, ordinalText: "15th", series: "GG Seminar", weak: false, acronym: undefined, written: "15th GG Seminar" }]],
    ["The Fifteenth Regional Seminar on Good Governance for Southeast Asian Countries was held in Tokyo.",
      [{ ordinal: 15, ordinalText: "Fifteenth", series: "Regional Seminar on Good Governance for Southeast Asian Countries", weak: false, acronym: undefined, written: "Fifteenth Regional Seminar on Good Governance for Southeast Asian Countries" }]],
    ["the Eighth Regional Seminar on Good Governance was held",
      [{ ordinal: 8, ordinalText: "Eighth", series: "Regional Seminar on Good Governance", weak: false, acronym: undefined, written: "Eighth Regional Seminar on Good Governance" }]],
    ["The 16th Regional Seminar on Good Governance for Southeast Asian Countries (GG16) was held.",
      [{ ordinal: 16, ordinalText: "16th", series: "Regional Seminar on Good Governance for Southeast Asian Countries", weak: false, acronym: "GG", written: "16th Regional Seminar on Good Governance for Southeast Asian Countries (GG16)" }]],
    ["the Twentieth UNCAC Training Programme, “Corruption”, was held",
      [{ ordinal: 20, ordinalText: "Twentieth", series: "UNCAC Training Programme", weak: false, acronym: undefined, written: "Twentieth UNCAC Training Programme" }]],
    ["the Ministry held the First ASEAN–G7 Next Leaders Forum in Tokyo",
      [{ ordinal: 1, ordinalText: "First", series: "ASEAN–G7 Next Leaders Forum", weak: false, acronym: undefined, written: "First ASEAN–G7 Next Leaders Forum" }]],
    ["UNAFEI and JICA held the first \"Criminal Justice Training for French-Speaking Africa\" in February 2014.",
      [{ ordinal: 1, ordinalText: "first", series: "Criminal Justice Training for French-Speaking Africa", weak: false, acronym: undefined, written: "first \"Criminal Justice Training for French-Speaking Africa\"" }]],
    // A box's title, then the kind of project and its date on a line of their own.
    ["Viet Nam The 12th Regional Seminar on Good Governance for Southeast Asian Countries Training (November 2018)",
      [{ ordinal: 12, ordinalText: "12th", series: "Regional Seminar on Good Governance for Southeast Asian Countries", weak: false, acronym: undefined, written: "12th Regional Seminar on Good Governance for Southeast Asian Countries" }]],
    // Two bodies' letters joined by a slash are one word of the name.
    ["the Fourth UNCRD/JICA Training Course on Regional Development for Central Asia",
      [{ ordinal: 4, ordinalText: "Fourth", series: "UNCRD/JICA Training Course on Regional Development for Central Asia", weak: false, acronym: undefined, written: "Fourth UNCRD/JICA Training Course on Regional Development for Central Asia" }]],
    ["the twenty-third UNCAC training programme",
      [{ ordinal: 23, ordinalText: "twenty-third", series: "UNCAC training programme", weak: false, acronym: undefined, written: "twenty-third UNCAC training programme" }]],
    ["the first training course of its kind",
      [{ ordinal: 1, ordinalText: "first", series: "training course", weak: true, acronym: undefined, written: "first training course" }]],
    ["The 20th annual seminar on crime prevention was held",
      [{ ordinal: 20, ordinalText: "20th", series: "seminar", weak: true, acronym: undefined, written: "20th annual seminar" }]],
  ])("%s", (text, expected) => {
    expect(summary(text)).toEqual(expected);
  });

  it("finds both editions of one sentence", () => {
    const text = "in 2021, the 175th international training course on the theme of “Treatment of Women Offenders” and the 176th international training course on “Achieving Inclusive Societies” were held online";
    expect(summary(text).map((m) => [m.ordinal, m.series])).toEqual([[175, "international training course"], [176, "international training course"]]);
  });

  it("reads a list of ordinals before one plural name", () => {
    expect(summary("the 23rd and 24th UNCAC Training Programmes were held").map((m) => [m.ordinal, m.series]))
      .toEqual([[23, "UNCAC Training Programme"], [24, "UNCAC Training Programme"]]);
  });

  it("ends a name where the next edition begins", () => {
    expect(summary("Japan conducted the 26th UNCAC Training Programme and the 18th GG Seminar in person.").map((m) => [m.ordinal, m.series, m.written]))
      .toEqual([[26, "UNCAC Training Programme", "26th UNCAC Training Programme"], [18, "GG Seminar", "18th GG Seminar"]]);
  });

  it("gives a plural head noun inside a longer name in the singular", () => {
    expect(summary("the 5th and 6th Criminal Justice Training Programmes for Pacific Island Countries on the themes of").map((m) => [m.ordinal, m.series]))
      .toEqual([[5, "Criminal Justice Training Programme for Pacific Island Countries"], [6, "Criminal Justice Training Programme for Pacific Island Countries"]]);
  });

  it("finds the abbreviated style only for known acronyms", () => {
    expect(summary("GG8 was held in Bangkok, and so was GG 9.").map((m) => [m.ordinalText, m.ordinal, m.series])).toEqual([["GG8", 8, "GG"], ["GG 9", 9, "GG"]]);
    expect(summary("GG8 was held in Bangkok.", new Set())).toEqual([]);
  });

  it.each([
    ["The first and second seminars were held in Bangkok, Thailand, and the third and fourth in Manila, the Philippines.",
      [[1, "seminar", "first and second seminars"], [2, "seminar", "second seminars"], [3, "seminar", "third and fourth"], [4, "seminar", "fourth"]]],
    ["The 1st GG Seminar was held in Bangkok, the 2nd in Tokyo and the 3rd in Manila.",
      [[1, "GG Seminar", "1st GG Seminar"], [2, "GG Seminar", "2nd"], [3, "GG Seminar", "3rd"]]],
    ["The Fifth Seminar met in Tokyo; the Sixth took place in Jakarta.",
      [[5, "Seminar", "Fifth Seminar"], [6, "Seminar", "Sixth"]]],
  ])("reads editions named by an ordinal alone after a named one: %s", (text, expected) => {
    expect(summary(text).map((m) => [m.ordinal, m.series, m.written])).toEqual(expected);
  });

  it.each([
    // No named edition before it, no clause break before it, or no place, date or verb after it.
    "The third and fourth were held in Manila.",
    "The 10th GG Seminar was held in Tokyo, the first in Japan.",
    "The Fifth GG Seminar was held in Jakarta and the second in Indonesia.",
    "The 1st GG Seminar was held in Bangkok, the second of its kind.",
    "The 1st GG Seminar was held in Bangkok, the third time a seminar met there.",
  ])("reads no ellipsis in %j", (text) => {
    expect(summary(text).filter((m) => m.written.split(" ").length === 1 && m.acronym === undefined).length).toBe(0);
  });

  it.each([
    ["The fifth seminar on criminal justice for French-speaking African countries was held in Abidjan.", "seminar on criminal justice for French-speaking African countries"],
    ["the twelfth training course on the juvenile delinquent treatment system for Kenya was held", "training course on the juvenile delinquent treatment system for Kenya"],
    ["the 9th seminar on asset recovery and mutual legal assistance", "seminar on asset recovery"],
    ["The twelfth training course on the juvenile delinquent treatment system for Kenya was held", "training course on the juvenile delinquent treatment system for Kenya"],
    // Nothing it is about, or only a venue or a date after the name.
    ["the fifth seminar was held in Abidjan", undefined],
    ["the fifth seminar in Abidjan", undefined],
    ["the fifth seminar on 12 May", undefined],
    // Not weak: a proper name needs no description.
    ["the 5th GG Seminar on asset recovery", undefined],
  ])("describes a weak mention by what it is about: %s", (text, description) => {
    expect(findEditionMentions(text, GG)[0]?.description).toBe(description);
  });

  it.each([
    ["UNAFEI will hold its anti-corruption training course for the nineteenth time.", [[19, "anti-corruption training course", true, "nineteenth time"]]],
    ["The course, known as the UNCAC Training Programme, reached its twenty-third edition in 2021.", [[23, "UNCAC Training Programme", false, "twenty-third edition"]]],
    ["Officials met for a seminar that has now reached its fifth edition.", [[5, "seminar", true, "fifth edition"]]],
    ["With the GG Seminar now being held for the eleventh time, the theme looks back.", [[11, "GG Seminar", false, "eleventh time"]]],
    ["Held for the twelfth time, the seminar brought together 19 investigators.", [[12, "seminar", true, "twelfth"]]],
    ["This is the ninth time that the Regional Seminar on Good Governance for Southeast Asian Countries has been held.", [[9, "Regional Seminar on Good Governance for Southeast Asian Countries", false, "ninth time that the Regional Seminar on Good Governance for Southeast Asian Countries"]]],
    ["It was the fourth time the GG Seminar met.", [[4, "GG Seminar", false, "fourth time the GG Seminar"]]],
    // The active: the programme as the subject of "met".
    ["In December 2024 the Legal Technical Assistance Liaison Meeting met for the twenty-fifth time.", [[25, "Legal Technical Assistance Liaison Meeting", false, "twenty-fifth time"]]],
    ["The Criminal Justice Forum has now convened for the fourth time.", [[4, "Criminal Justice Forum", false, "fourth time"]]],
    ["The reason was the eleventh edition of UNAFEI's good governance seminar for Southeast Asia.", [[11, "good governance seminar", true, "eleventh edition of UNAFEI's good governance seminar"]]],
  ])("reads an edition counted rather than named: %s", (text, expected) => {
    expect(findEditionMentions(text, GG).map((m) => [m.ordinal, m.seriesPhrase, m.weak, text.slice(m.start, m.end)])).toEqual(expected);
  });

  it.each([
    // A first is a rank as often as a count; a time that is no holding of the series; an edition of no named series.
    "UNAFEI held the seminar for the first time in Japan.",
    "It was the third time that Japan hosted visitors.",
    "This is the third time that the GG Seminar has been held in Japan.",
    "It was the second time that the seminar was held online.",
    "This is the fifth time that the GG Seminar report is published.",
    "The report reached its second edition.",
    "The GG Seminar was held for the first time in Japan.",
    "The seminar was held for the second time in a row in Tokyo.",
    "UNAFEI held the course for the third time in Japan.",
    "The GG Seminar was held for the second time online.",
    "Held for the first time, the seminar drew many.",
    "Held for the second time in Japan, the seminar drew many.",
    "The Legal Technical Assistance Liaison Meeting met for the second time in Osaka.",
    "The Criminal Justice Forum met for the first time.",
    // A quoted theme, not a programme's name.
    "The third “Corruption in the digital age” was a popular topic.",
  ])("counts no edition in %j", (text) => {
    expect(findEditionMentions(text, GG)).toEqual([]);
  });

  it("reads a meeting held as a programme, by its proper name, or weakly by the word alone", () => {
    expect(summary("On 12 June the 22nd Legal Technical Assistance Liaison Meeting was held in a hybrid format.").map((m) => [m.ordinal, m.series, m.weak])).toEqual([[22, "Legal Technical Assistance Liaison Meeting", false]]);
    // Weak: an edition only of a meeting series the document names (document.test.ts).
    expect(summary("The 20th meeting was held in Akishima.").map((m) => [m.ordinal, m.series, m.weak])).toEqual([[20, "meeting", true]]);
  });

  it.each([
    // Meetings of ministers or states parties are diplomatic events; two words name no series; lower case names none.
    "the first G20 Anti-Corruption Ministers Meeting",
    "the 7th Japan–Central Asia Foreign Ministers' Meeting",
    "the Second Expert Meeting of the Dialogue",
    "the 9th Conference of the States Parties Meeting",
  ])("reads no programme meeting in %j", (text) => {
    expect(summary(text)).toEqual([]);
  });

  it.each([
    // An edition counted in its series: named after "series of", or by the programme noun before.
    ["The course is the one hundred and seventy-eighth in UNAFEI's series of International Training Courses.", [178, "International Training Course"]],
    ["Our joint seminar of 2010, the fourth in the series that UNAFEI has convened every year, ran from Tuesday.", [4, "seminar"]],
    ["This was the twenty-first meeting of the series, and it was spread over two rooms.", [21, "meeting"]],
    // The count's own noun before one said earlier in the sentence.
    ["The meeting described in paragraphs 6 and 7 was the eleventh seminar of the series.", [11, "seminar"]],
    // One of the programmes just named, counted; a count of times before the programme met for.
    ["The fourth of these meetings came back to the Philippine capital.", [4, "meeting"]],
    ["For the twelfth time, officials from across Southeast Asia met for the good governance seminar that UNAFEI organises.", [12, "good governance seminar"]],
    // Counted after the series an institute's possessive names.
    ["UNAFEI's anti-corruption course had reached its eighteenth session in autumn 2015.", [18, "anti-corruption course"]],
    // …after a possessive, by the name it gives in brackets.
    ["Its anti-corruption criminal justice training (UNCAC Training Programme), held every year since 1998, reached its 25th session in November 2023.", [25, "UNCAC Training Programme"]],
    ["Their seminar on good governance reached its twelfth session in Da Nang.", [12, "seminar"]],
  ] as Array<[string, [number, string]]>)("counts an edition in its series in %j", (text, [ordinal, phrase]) => {
    expect(findEditionMentions(text).map((mention) => [mention.ordinal, mention.seriesPhrase])).toEqual([[ordinal, phrase]]);
  });

  it.each(["for the first time", "the G20 and COVID-19", "the 60th anniversary of UNAFEI", "the UNAFEI 60th Anniversary Commemorative Lecture", "It was the first in the series.", "in its 50th year", "in 2021", "the Preparatory Meeting for the Third Country Training Program (TCTP) of JICA", ""])("finds no edition in %j", (text) => {
    expect(summary(text)).toEqual([]);
  });
});

describe("back references", () => {
  it.each([
    ["The fourth of these meetings came back to the Philippine capital.", true],
    ["The 18th of these courses was run jointly with JICA.", true],
    ["The ninth of those trainings ran from 5 to 16 November 2017.", true],
    // "of the", "of its": counted in a series named after it or before, no pointing back.
    ["The 18th of the courses was run jointly with JICA.", false],
    ["The 18th of its seminars was run jointly with JICA.", false],
    ["The 18th course was run jointly with JICA.", false],
  ])("%j points back: %s", (text, back) => {
    expect(findEditionMentions(text).map((mention) => mention.backReference === true)).toEqual([back]);
  });
});

describe("readSeriesPhrase", () => {
  it.each([
    ["GG Seminar on the theme of", "GG Seminar"],
    ["course heard lectures from Eurojust", "course"],
    ["Legal Technical Assistance Training in Japan for Indonesia, a programme", "Legal Technical Assistance Training in Japan for Indonesia"],
    // A field of study after "in" is part of the name; a place is not.
    ["International Training Course in Regional Development (ITC 36) was run", "International Training Course in Regional Development"],
    ["International Training Course in Tokyo was run", "International Training Course"],
    ["Regional Seminar on Good Governance for Southeast Asian Countries was held", "Regional Seminar on Good Governance for Southeast Asian Countries"],
    ["international training course participants", "international training course"],
    ["UNCAC Training Programmes were held", "UNCAC Training Programme"],
    // "a" inside a capitalised name, not before a word in lower case.
    ["Global Youth Forum for a Culture of Lawfulness (Col-YF)", "Global Youth Forum for a Culture of Lawfulness"],
    ["Seminar for a week in Tokyo", "Seminar"],
  ])("%s → %s", (text, phrase) => {
    expect(readSeriesPhrase(text, 0)?.phrase).toBe(phrase);
  });

  it("is undefined without a programme noun, or for a meeting of a body", () => {
    expect(readSeriesPhrase("anniversary of the founding", 0)).toBeUndefined();
    expect(readSeriesPhrase("meeting of the Ukraine Anti-Corruption Task Force", 0)).toBeUndefined();
  });
});
