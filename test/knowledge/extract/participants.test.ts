import { describe, expect, it } from "vitest";
import { findParticipantCount, findParticipation, opensWithPeople } from "../../../src/knowledge/extract/participants.js";

const SEED_TAIL = " was held online, with participation by 18 criminal justice practitioners from 10 countries, namely nine ASEAN member states (Brunei, Cambodia, Indonesia, Laos, Malaysia, the Philippines, Singapore, Thailand, and Viet Nam) and Timor-Leste.";

describe("findParticipantCount", () => {
  it.each([
    ["Six people took part this time: an attorney, and three public prosecutors.", 6],
    ["Ten persons participated.", 10],
    ["The trainees were the following ten people, chosen by the court:", 10],
    ["Participants numbered 24.", 24],
    // A number with no noun, said to be the whole; the people per country before it are not.
    ["From each of the other nine ASEAN countries came two people — judges and prosecutors — so that eighteen took part altogether.", 18],
    ["Brunei could not take part; each of the other nine ASEAN member states sent two practitioners, eighteen in all.", 18],
    // A labelled list item's numbers of people and countries.
    [" (2024): 29 from 21", 29],

    ["Brunei could not attend; two each came from the other nine ASEAN countries, 18 in all.", 18],
    // A record's field: the leading number under the label.
    ["Participants: 30 from overseas and 4 from Japan", 30],
    ["Trainees: 18, from eleven countries", 18],
    ["Two judges or prosecutors from each ASEAN member except Brunei, eighteen people in all, met in Hanoi.", 18],
    ["Nineteen people attended: investigators, prosecutors and officers of anti-corruption agencies.", 19],
  ])("counts people who took part, not the parts after a colon: %j", (text, count) => {
    expect(findParticipantCount(text)?.participants.count).toBe(count);
  });

  it("counts a total, not its parts after a dash", () => {
    expect(findParticipantCount("Participants: 22 in all — 16 from overseas and 6 from Japan")?.participants.count).toBe(22);
  });

  it("counts the people a training took, not the parts of them listed after the colon", () => {
    expect(findParticipantCount("The ninth training took six people: one attorney, one official, three prosecutors and one prosecutor's assistant.")?.participants).toEqual({ count: 6, description: "people" });
  });

  it("reads a number per country as no head-count, and keeps the number of countries", () => {
    expect(findParticipantCount("Two practitioners came from each of eight countries.")?.participants).toEqual({ countryCount: 8 });
    // The count of a group, with another country besides it, is no count of the countries that took part.
    expect(findParticipantCount("Twenty-three investigators came from the ten ASEAN countries (Brunei, Cambodia and Viet Nam) and Timor-Leste.")?.participants).toEqual({ count: 23, description: "investigators" });
    expect(findParticipantCount("Two practitioners were sent by each of eight Southeast Asian states: Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Thailand and Viet Nam.")?.participants).toEqual({ countryCount: 8 });
    expect(findParticipantCount("The same eight countries as in Manila each sent two practitioners.")).toBeUndefined();
    // The others besides the speaker's country.
    expect(findParticipantCount("Its staff said they had compared notes with participants from twenty-seven other jurisdictions.")).toBeUndefined();
    // Former participants of every edition.
    expect(findParticipantCount("With ITC 36 completed, the course counts 906 alumni from seventy-one countries.")).toBeUndefined();
    // …while the total stated beside it is the head-count.
    expect(findParticipantCount("The ten ASEAN members each sent two judges or prosecutors, and 23 practitioners attended in all.")?.participants).toEqual({ count: 23, description: "practitioners" });
  });

  it("reads a labelled count of participating countries", () => {
    expect(findParticipantCount("Participating countries (10): Brunei, Cambodia")?.participants).toEqual({ countryCount: 10 });
    expect(findParticipantCount("Countries (10): Brunei, Cambodia")).toBeUndefined();
    expect(findParticipantCount("A total of seventeen prosecutors and officers represented ten countries.")?.participants).toEqual({ count: 17, description: "prosecutors", countryCount: 10 });
    // A list item that is nothing but a count of countries; a group's count heading its list is the group's.
    expect(findParticipantCount("10 countries in all")?.participants).toEqual({ countryCount: 10 });
    expect(findParticipantCount("nine ASEAN members: Brunei · Cambodia · Indonesia")).toBeUndefined();
    expect(findParticipantCount("Thirteen countries in total shared their experience.")).toBeUndefined();
    // The number of countries that sent people is no head-count.
    expect(findParticipantCount("Every one of the ten ASEAN member states sent delegates.")?.participants).toEqual({ countryCount: 10 });
  });

  it.each(["Participants: 2023 and 2024 intakes", "Participants: about 40", "Eighty people attended in person.", "Eighty-four people attended in person and a further 101 joined online.", "Thirty participants joined online and twelve at the venue.", "The trainees were the following: judges and prosecutors.", "Participants were twenty percent more than last year."])("counts no participants in %j", (text) => {
    expect(findParticipantCount(text)).toBeUndefined();
  });

  it.each([
    [SEED_TAIL, { count: 18, description: "criminal justice practitioners", countryCount: 10 }],
    ["Twenty-two participants from eleven countries attended.", { count: 22, description: "participants", countryCount: 11 }],
    ["attended by twenty-five participants from all ten ASEAN countries", { count: 25, description: "participants", countryCount: 10 }],
    ["Seventeen judges attended, coming from all ten ASEAN member states.", { count: 17, description: "judges", countryCount: 10 }],
    ["two each from nine ASEAN countries, every member except Brunei", { countryCount: 9 }],
    ["19 officials took part, from the ten ASEAN countries.", { count: 19, description: "officials", countryCount: 10 }],
    ["with 25 participants from nine ASEAN member states and Timor-Leste", { count: 25, description: "participants" }],
    ["20 judges from eight ASEAN countries plus Timor-Leste", { count: 20, description: "judges" }],
    ["practitioners from 23 countries and organisations gathered", undefined],
    ["practitioners from 12 countries and regions gathered", { countryCount: 12 }],
    ["A total of 25 participants, 15 from overseas, took part.", { count: 25, description: "participants" }],
    ["with practitioners from 12 countries", { countryCount: 12 }],
    ["with 30 judges and prosecutors", { count: 30, description: "judges" }],
    ["19 participants from the ten ASEAN members", { count: 19, description: "participants", countryCount: 10 }],
    ["Two each of the judges and prosecutors came from the nine ASEAN countries other than Brunei, eighteen participants in all.", { count: 18, description: "participants", countryCount: 9 }],
    ["Judges and prosecutors took part, two each from the nine ASEAN member states other than Brunei: 18 in all.", { count: 18, description: "participants", countryCount: 9 }],
    // The total after who sent people, set off by a comma.
    ["Brunei was unable to attend, and the other nine ASEAN member states each sent two judges, prosecutors or investigators, for a total of eighteen.", { count: 18, description: "participants" }],
    // Members without a region's name count nothing.
    ["19 participants from eight members", { count: 19, description: "participants" }],
    // People added to those counted first are no total; the first count stands.
    ["Thirty participants came from 25 countries. Four participants from within Japan joined them.", { count: 30, description: "participants", countryCount: 25 }],
  ] as Array<[string, object | undefined]>)("%s", (text, expected) => {
    expect(findParticipantCount(text)?.participants).toEqual(expected);
  });

  it.each(["It has produced over 6,100 graduates.", "held in 2021", "the 18th seminar", "Some sixty young officials took part.", "about 30 participants attended", "The main venue alone drew close to 150 participants.", "more than 80 participants came", "The report ran to 40 pages: 12 in all were printed.", "By the ninth training, seven former trainees had been assigned to ICD.", "The ten ASEAN members signed it.", "Six more participants came from Japan.", "From 13 May to 18 June 2015 participants met at the institute.", "Four participants from within Japan joined them.", "Six Japanese officials also took part.", "The difference lies in six officers of Japanese agencies.", "It ran from 11 to 21 November 2014 for Japanese officials.", "Two senior officials taking part in the 186th Seminar, Mr. Paes of Brazil and Mr. Anwar of Pakistan, spoke first.", "Over sixty years, more than 6,200 trainees from 142 countries have taken part in its courses.", "It has trained some 6,000 officials from about 140 countries.", "Figures on slides 5 and 8 are head-counts of participants.", "See table 3 participants by country.", "The ministry sent two reports, for a total of eighteen pages.", "The court took part, for a total of eighteen days of hearings.", ""])("finds no count in %j", (text) => {
    expect(findParticipantCount(text)).toBeUndefined();
  });
});

describe("findParticipation", () => {
  const codes = (text: string) => findParticipation(text)?.countries.map((c) => c.code) ?? [];

  it.each([
    [SEED_TAIL, ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM", "TLS"]],
    [" was attended by twenty-five participants from all ten ASEAN countries and Timor-Leste.", ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS"]],
    ["Cambodia, Lao PDR and Myanmar took part in the seminar.", ["KHM", "LAO", "MMR"]],
    [" with participants from nine ASEAN member states except Myanmar", ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM"]],
    [" was held in Kuala Lumpur, Malaysia, with participants from Cambodia and Vietnam", ["KHM", "VNM"]],
    [" with participation of officials from Pacific island countries, namely Fiji, Samoa, Tonga and Vanuatu.", ["FJI", "WSM", "TON", "VUT"]],
    ["Participants came from Bhutan, Nepal and Sri Lanka.", ["BTN", "NPL", "LKA"]],
    // How many each sent, between "came" and "from"; the list after who stayed away.
    ["Judges came two each from Cambodia, Indonesia and Laos.", ["KHM", "IDN", "LAO"]],
    // A line that opens with a count of countries and lists that many.
    ["- 11 countries: the ten ASEAN member states + Timor-Leste", ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM", "TLS"]],
    ["Three countries: Japan, Cambodia and Laos", ["JPN", "KHM", "LAO"]],
    ["Judges, prosecutors and investigators came two each from the nine ASEAN countries other than Brunei, which could not attend: Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Viet Nam.", ["KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]],
    // A country that stayed away takes no part, whatever the others did.
    ["Brunei was unable to attend, and the other nine ASEAN member states each sent two judges.", []],
    ["Myanmar could not attend; Cambodia and Laos took part.", ["KHM", "LAO"]],
    ["Two practitioners were sent by each of eight Southeast Asian states: Cambodia, Laos and Viet Nam.", ["KHM", "LAO", "VNM"]],
    ["Ten countries were represented: Timor-Leste and nine ASEAN members, namely Brunei, Cambodia and Viet Nam.", ["TLS", "BRN", "KHM", "VNM"]],
    // The countries that were represented, before the verb.
    ["All ten ASEAN countries were represented.", ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]],
    ["Cambodia and Laos were also represented.", ["KHM", "LAO"]],
    // Nationalities listed before the people who came.
    ["Beside us sat Cambodian, Indonesian, Lao, Myanmar and Vietnamese counterparts.", ["KHM", "IDN", "LAO", "MMR", "VNM"]],
    // The list ends where a clause of other words comes between two names.
    ["Two practitioners each from eight countries — Cambodia, Laos and Viet Nam — discussed “X” with experts from UNODC, and heard officials of the Japan Fair Trade Commission describe Japan's systems.", ["KHM", "LAO", "VNM"]],
    // …but not at what a bracket adds to a name, nor at "as well as from".
    ["Participants came from Cambodia (two judges and one prosecutor), Laos (three investigators) and Nepal.", ["KHM", "LAO", "NPL"]],
    ["Participants came from Cambodia and Laos, as well as from Timor-Leste.", ["KHM", "LAO", "TLS"]],
    // People counted by nationality, joined to those who took part or taking part themselves.
    [" brought together 24 officials from Kenya and Fiji, together with six Japanese practitioners.", ["KEN", "FJI", "JPN"]],
    ["Six Thai trainees also took part.", ["THA"]],
    // People who represented countries.
    ["Seventeen investigators, prosecutors and judges represented all ten ASEAN countries.", ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]],
    ["Nineteen investigators and officials of anti-corruption agencies from Cambodia and Laos will meet.", ["KHM", "LAO"]],
    ["Four participants from within Japan joined them.", ["JPN"]],
    ["Nineteen practitioners attended, from ten countries in total: nine members of ASEAN (Brunei, Cambodia) and Timor-Leste.", ["BRN", "KHM", "TLS"]],
    // A country's name heading a body's name, or "home and abroad", names no country taking part.
    ["Bodies such as universities, the Japan Federation of Bar Associations and firms took part, with officials from Laos.", ["LAO"]],
    ["Some 200 people from Japan and abroad took part, among them officials from Hong Kong SAR and Lao PDR.", ["HKG", "LAO"]],
    ["Thirty officials participated from Brunei, Cambodia and Timor-Leste.", ["BRN", "KHM", "TLS"]],
    [" with 25 participants from ten ASEAN countries and Timor-Leste, except Myanmar.", ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM", "TLS"]],
    [" with participants from Cambodia, Laos, Myanmar and Thailand, excluding Laos and Myanmar", ["KHM", "THA"]],
    [" with the participation of the ten ASEAN member states, except Myanmar, and Timor-Leste.", ["BRN", "KHM", "IDN", "LAO", "MYS", "PHL", "SGP", "THA", "VNM", "TLS"]],
    ["Two judges or prosecutors from each ASEAN member except Brunei met in Hanoi.", ["KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]],
    ["Eighteen participants came from nine countries, every ASEAN member except Brunei: Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Viet Nam.", ["KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]],
    // One of those who took part, quoted.
    // Countries that sent people, people who come from them, and people who represented them.
    ["Every one of the ten ASEAN member states sent delegates.", ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]],
    ["Every ASEAN member sent delegates — Brunei, Cambodia, … — and they numbered nineteen.", ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]],
    ["They come from all ten ASEAN member states: Brunei Darussalam, Cambodia and Viet Nam.", ["BRN", "KHM", "VNM"]],
    ["They represented ten countries: every ASEAN member state except Myanmar (Brunei, Cambodia and Viet Nam) and, beyond ASEAN, Timor-Leste.", ["BRN", "KHM", "VNM", "TLS"]],
    // The clause of the verb, after a joining ", so".
    ["Brunei and Singapore were there for the first time, so every one of the ten ASEAN countries sent people: seventeen in all.", ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]],
    ["Cambodia, Laos, and Viet Nam took part.", ["KHM", "LAO", "VNM"]],
    // Where they went is no country that took part.
    ["The training brought officials from Senegal and Mali to Japan.", ["SEN", "MLI"]],
    ["“It was useful,” said one fellow, from Cambodia’s Ministry of Justice.", ["KHM"]],
    ["A trainee from Viet Nam said the visits had helped.", ["VNM"]],
  ])("%s", (text, expected) => {
    expect(codes(text)).toEqual(expected);
  });

  it("names the group for members it does not name one by one", () => {
    const found = findParticipation("participants from all ten ASEAN countries")!.countries[0];
    expect(found).toEqual({ code: "BRN", asWritten: "all ten ASEAN countries", start: 18, end: 41, viaGroup: true });
  });

  it("leaves out a venue given as a span to exclude", () => {
    const text = "attended by officials from Malaysia and Thailand";
    expect(findParticipation(text, [{ start: 27, end: 35 }])?.countries.map((c) => c.code)).toEqual(["THA"]);
  });

  it.each([
    " for practitioners in developing countries such as Kenya",
    // Nationalities before people of no country ("Asian"), or one alone.
    "Many Asian and African practitioners have trained here.",
    "A Japanese prosecutor lectured.",
    "Japan has held a seminar in Asia and Africa.",
    "nine ASEAN member states",
    " with observers from Japan",
    // The host's own agencies: "from within Japan".
    "From within Japan the central authorities attended as well.",
    // A nationality without a count, a count not joined to anyone taking part, a shared adjective.
    "Japanese participants enjoyed calligraphy.",
    "Two Japanese prosecutors gave the opening remarks.",
    "and two Dominican officials",
    "Experts represented UNODC and Japan.",
    // Represented by someone: who spoke for a country, not a country taking part.
    "Japan was represented by its ambassador at the opening.",
    // A country that sent experts sent no participants.
    "Japan sent two experts.",
    // Names a clause or more before the verb are not its subject.
    "Because travel to Japan was still restricted, the course ran online: practitioners followed recorded lectures on demand and joined live sessions.",
    // A clause between the cue and the name: not where they came from.
    "A public prosecutor, who came from the bench, is now working in Cambodia as a long-term expert.",
    // Someone who once took part is not one of those taking part now.
    "The lecturer, a former trainee from Thailand, spoke first.",
    "",
    // A member that stayed away, said in a participle clause.
    "Judges took part, two from each participating country: eighteen practitioners in all, from nine ASEAN member states, Brunei having been unable to attend.",
    // A count of countries the list does not agree with, and one that does not open the line.
    "Two countries: Japan, Cambodia and Laos",
    "The report covers three countries: Japan, Cambodia and Laos.",
  ])("makes no country a participant in %j", (text) => {
    expect(findParticipation(text)).toBeUndefined();
  });
});

describe("opensWithPeople", () => {
  it.each([
    "Twenty-three practitioners from seven countries took up “X”.",
    "Two practitioners each from eight countries discussed “X”.",
    "Nineteen investigators, prosecutors and anti-corruption officials from all ten ASEAN countries examined “X”.",
    "Some 30 judges attended.",
  ])("%j opens with the people who took part", (sentence) => {
    expect(opensWithPeople(sentence)).toBe(true);
  });

  it.each([
    "Two visiting experts from Hong Kong lectured.",
    "Ten young political figures visited Japan.",
    "The 19 practitioners discussed “X”.",
    "In 2019, 20 officials attended.",
    "",
  ])("%j does not", (sentence) => {
    expect(opensWithPeople(sentence)).toBe(false);
  });
});
