import { describe, expect, it } from "vitest";
import { findFormat, findPlace } from "../../../src/knowledge/extract/format.js";

describe("findFormat", () => {
  it.each([
    [" was held in Kuala Lumpur, Malaysia from 18 to 20 November 2014.", { mode: "in person", place: "Kuala Lumpur, Malaysia" }],
    ["Kuala Lumpur was the host city.", { mode: "in person", place: "Kuala Lumpur" }],
    ["Manila, the capital of the Philippines, was the venue.", { mode: "in person", place: "Manila" }],
    // A list of places: the country after "and" goes on it, unless it starts a clause.
    ["7 to 18 November 2016 (travel days included), in Osaka, Viet Nam and Laos.", { mode: "in person", place: "Osaka, Viet Nam and Laos" }],
    ["It was held in Manila, the Philippines and Thailand sent people.", { mode: "in person", place: "Manila, the Philippines" }],
    ["second forum on 13 and 14 February 2023 at the Westin Hotel Tokyo, a year after the first;", { mode: "in person", place: "Westin Hotel Tokyo" }],
    ["It was co-hosted by the SPP. The Melia Hanoi Hotel in Hanoi was the venue, and the dates were 17 to 19 October 2017.", { mode: "in person", place: "Melia Hanoi Hotel in Hanoi" }],
    [" was held online, with participation", { mode: "online" }],
    [" was conducted virtually", { mode: "online" }],
    [" was held via video conference", { mode: "online" }],
    // Venues linked by video conference: people met in person at each.
    [" was held in Tokyo, linked by video conference to Osaka", { mode: "in person", place: "Tokyo" }],
    [" was held in Tokyo from 10 January to 8 February 2019", { mode: "in person", place: "Tokyo" }],
    [" took place in Hanoi, Viet Nam in March 2019", { mode: "in person", place: "Hanoi, Viet Nam" }],
    [" was held in Manila, the Philippines, from 3 May", { mode: "in person", place: "Manila, the Philippines" }],
    [" the 15th GG Seminar in Tokyo from 3 to 5 March", { mode: "in person", place: "Tokyo" }],
    [" was held in person in Tokyo", { mode: "in person", place: "Tokyo" }],
    [" was held face-to-face", { mode: "in person" }],
    [" was held in a hybrid format in Bangkok in December 2022", { mode: "hybrid", place: "Bangkok" }],
    [" was held both online and in person", { mode: "hybrid" }],
    [", on Saturday 12 June 2021, combined attendance at the venue with online streaming", { mode: "hybrid" }],
    [" was held from 5 to 30 June 2023 at UNAFEI.", { mode: "in person", place: "UNAFEI" }],
    [" was held from 9 January to 7 February 2019 at UNAFEI, Tokyo.", { mode: "in person", place: "UNAFEI, Tokyo" }],
    [" was held in December 2021 in Tokyo", { mode: "in person", place: "Tokyo" }],
    [" was conducted in a remote format owing to COVID-19", { mode: "online" }],
    [" was held in-person for the first time in three years", { mode: "in person" }],
    [" in person at its premises in Akishima, Tokyo.", { mode: "in person", place: "Akishima, Tokyo" }],
    [" was held 6-8 December 2022 in Tokyo.", { mode: "in person", place: "Tokyo" }],
    [" was held on 6–8 December 2022 at UNAFEI", { mode: "in person", place: "UNAFEI" }],
    // Where it brought its people; a holding told in a relative clause.
    [" brought 29 trainees from 21 countries to the International Legal Affairs Complex in Akishima, Tokyo, and ran until 19 November", { mode: "in person", place: "International Legal Affairs Complex" }],
    [" took corruption as its theme and brought together 29 trainees from 21 countries at the International Legal Affairs Complex;", { mode: "in person", place: "International Legal Affairs Complex" }],
    [" which UNAFEI is holding at the International Legal Affairs Complex.", { mode: "in person", place: "International Legal Affairs Complex" }],
  ])("%s", (text, format) => {
    expect(findFormat(text)?.format).toEqual(format);
  });

  it.each([
    " for practitioners in developing countries",
    " held in December 2021",
    " held from 1 to 5 May in cooperation with the Ministry",
    " for experts in Tokyo, with others",
    " in Asia",
    " was held in Africa",
    // Some of those who took part joined online: the edition was not held online.
    " Most came to Tokyo, and a few of them joined online",
    " Many took part, some at the venue and some online",
    " It met again after two years online",
    " Two speakers participated online",
    // Where the people were, not where it was held.
    " It drew about 200 people in Japan and abroad",
    // Figures combined are no way of holding it.
    " The report combined attendance figures with those of the year before",
    // A host named by what it is, not by its name.
    "Indonesia's capital was the host city in 2015.",
    // A date that dates a document, not a holding.
    "A report dated 3 March 2023 at the Ministry was released.",
    // A meeting is no venue.
    "The meeting in Tokyo was the venue of talks.",
    // Where the people who took part work.
    ", a programme for fourteen judges and others who handle intellectual property cases in Indonesia.",
    // A talk given online says nothing of how the edition was held.
    "Note for the presenter: the lecture reached the group online",
    "Visiting expert's lecture (online)",
    "*Lecture by the overseas expert (online)*",
    // The owner of a place is no place: "at UNAFEI's new facility".
    " it was held at UNAFEI's new facility",
    // A fronted place with no meeting in the main clause, a bracket without a date.
    "In Tokyo, the ministry announced the programme.",
    " (Crim-AP, Tokyo) will be discussed",
    // A plan for later courses says nothing of how this one was held.
    "It is now preparing to bring trainees back to Japan for face-to-face courses from the autumn.",
    // What it brought that is no people, and people brought from one country to another.
    "The programme brought new ideas to Cambodia.",
    "The seminar brought experts from Korea to Japan.",
    "",
  ])("finds no format in %j", (text) => {
    expect(findFormat(text)).toBeUndefined();
  });
});

describe("findPlace", () => {
  it("gives the place and its offsets", () => {
    const text = "It was held in Suva, Fiji from 1 to 5 August 2022.";
    expect(findPlace(text)).toEqual({ place: "Suva, Fiji", start: 15, end: 25 });
  });

  it("reads a line that labels its place, and no label of nothing", () => {
    expect(findPlace("Venue: Kuala Lumpur, Malaysia", false)).toEqual({ place: "Kuala Lumpur, Malaysia", start: 7, end: 29 });
    expect(findPlace("**Venue:** the Melia Hanoi Hotel, Hanoi", false)?.place).toBe("Melia Hanoi Hotel, Hanoi");
    expect(findPlace("Venue: to be announced", false)).toBeUndefined();
  });

  it("reads a sentence that opens with its verb, as a booklet writes it, and not 'Held in high regard'", () => {
    expect(findPlace("Held in Tokyo on 12–14 December 2012.", false)).toEqual({ place: "Tokyo", start: 8, end: 13 });
    expect(findPlace("Held in high regard in Japan, the course grew.", false)).toBeUndefined();
  });

  it.each([
    ["The international conference room in Osaka served as the main venue and a room in Tokyo as a satellite.", "international conference room in Osaka"],
    ["It took place on 22 January, with the International Conference Room of the Department as the main venue.", "International Conference Room of the Department"],
    ["The venue was the Melia Hanoi Hotel.", "Melia Hanoi Hotel"],
    // A dateline with the place after its dates.
    ["17 to 19 October of Heisei 29 (2017), at the Melia Hanoi Hotel in Hanoi, co-hosted by the SPP.", "Melia Hanoi Hotel in Hanoi"],
    // …after a programme's title and a dash, and a summary line that gives the place before the dates.
    ["On the 13th GG Seminar — 17–19 December 2019 at the International Legal Affairs Complex, Akishima: the first held there.", "International Legal Affairs Complex, Akishima"],
    [" — Melia Hanoi Hotel, Hanoi, 17 to 19 October 2017, co-hosted with the SPP.", "Melia Hanoi Hotel, Hanoi"],
    ["On the 4th GG Seminar — Manila (the Philippines), 7–9 December 2010, co-hosted with the Department of Justice.", "Manila (the Philippines)"],
    // A dateline after the title of something else is no venue.
    ["The report — Tokyo, 3 March 2020, revised.", undefined],
    ["Annual report — 3 March 2020 at the Ministry of Justice.", undefined],
    // People gathering at a place, the kind of building in lower case, its town.
    ["Judges and prosecutors came together yesterday at the Palm Club hotel in Cocody for the seminar.", "Palm Club hotel in Cocody"],
    ["Delegates gathered in Vientiane for the opening.", "Vientiane"],
    ["we are proud to be hosting it here in Indonesia", "Indonesia"],
    ["the 26th Training, now under way at the International Legal Affairs Complex in Akishima", "International Legal Affairs Complex"],
    ["The twenty-sixth programme ran until 19 November 2024 at the International Legal Affairs Complex in Akishima", "International Legal Affairs Complex"],
    ["Nineteen investigators spent three days at the JW Marriott Hotel in Jakarta this week.", "JW Marriott Hotel"],
    // A weekday in the date, a lower-case owner before the name; a planned venue.
    ["The 22nd programme opened on Wednesday 9 October 2019 in the complex's International Conference Hall.", "International Conference Hall"],
    ["Its fourth and fifth seminars were planned in Côte d’Ivoire for 2017 and 2018.", "Côte d’Ivoire"],
    // A programme is no place.
    ["Timor-Leste first took part in the GG Seminar at the 13th seminar.", undefined],
    // Where the preparing is done is no venue.
    ["Preparations are under way in the International Strategy Planning Office.", undefined],
    // Where a training's days were spent.
    ["It opened with two days of lectures in Japan, at the International Cooperation Department in Osaka, on the basics.", "International Cooperation Department in Osaka"],
    ["First came three days of lectures at the Department in Osaka on the history of the work.", "Department in Osaka"],
    // What kind of town it is, then its name; a time of day after the verb.
    ["It took place in the central Vietnamese city of Da Nang from 27 to 29 November 2018.", "Da Nang"],
    ["It was held in the Indonesian capital, Jakarta, from 24 November.", "Jakarta"],
    ["Prosecutors came together this morning at the JW Marriott Hotel in Jakarta.", "JW Marriott Hotel"],
    // A building as the subject that held it.
    ["From 24 to 26 November, the JW Marriott Hotel in Jakarta held the ninth Regional Seminar on Good Governance.", "JW Marriott Hotel in Jakarta"],
    // Who held it, then where; "and" inside a body's name; a rank that names a city still names it.
    ["The Thirteenth Regional Seminar was hosted by UNAFEI in Akishima from 17 to 19 December 2019.", "Akishima"],
    ["It was held at the International Cooperation Department of the Ministry's Research and Training Institute in Osaka.", "International Cooperation Department of the Ministry's Research and Training Institute"],
    ["The two seminars were held in Hanoi and Da Nang.", "Hanoi"],
    ["The sixth seminar used the same room and was the second to be held in Tokyo.", "Tokyo"],
    // "at" right after the edition's name.
    [" (GG Seminar) at the JW Marriott Hotel.", "JW Marriott Hotel"],
    [" (GG Seminar) at the JW Marriott Hotel in Jakarta.", "Jakarta"],
  ])("reads a venue named as such in %j", (text, place) => {
    expect(findPlace(text)?.place).toBe(place);
  });

  it.each([
    // No name in it: "the venue" of nothing in particular.
    "The room served as the main venue.",
    "the venue was changed at short notice",
    "27 to 29 November 2018, co-hosted again by the SPP.",
    // A lecturer's days, not the training's; a building in lower case with no name.
    "She lectures at Kyoto University on criminal law.",
    "They gathered at the hotel in the evening.",
    "He spent two days of lectures preparing his notes.",
    // A body that hosted it organised it; "at" away from the edition's name is where someone works.
    "UNAFEI hosted the seminar in close cooperation with the SPP.",
    "The Supreme People's Procuracy hosted the delegation.",
    "The seminar heard a prosecutor who works at the Supreme Court of Japan.",
    "Participants met the city of Tokyo's mayor.",
    // A rank among the host countries is no venue.
    "The fifth seminar, from 7 to 9 December 2011, was the first ever held in Japan.",
    "It was the first seminar held in Japan.",
    "Although it was the third GG Seminar to take place in Japan, none had met at the new facility before.",
  ])("reads no venue in %j", (text) => {
    expect(findPlace(text)).toBeUndefined();
  });
});

describe("findFormat right after an edition's name", () => {
  it("takes “in Tokyo” at the start of the text as the venue", () => {
    expect(findFormat(" in Tokyo, attended by participants")?.format).toEqual({ mode: "in person", place: "Tokyo" });
  });

  it("reads past a long parenthesis after the name, but not past a clause", () => {
    expect(findFormat(" (in English, The 3rd Criminal Justice Forum for Asia and the Pacific; Crim-AP for short) in Tokyo.")?.format).toEqual({ mode: "in person", place: "Tokyo" });
    expect(findFormat(", which took up corruption in the private sector and was welcomed in Tokyo circles")).toBeUndefined();
  });
});
