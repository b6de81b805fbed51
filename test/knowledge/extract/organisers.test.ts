import { describe, expect, it } from "vitest";
import { findDecidedHolder, findEditionOrganiser, findFullNameHolder, findHolderOfIt, findOwnHolder, findRelativeHolder } from "../../../src/knowledge/extract/organisers.js";

describe("findEditionOrganiser", () => {
  it.each([
    ["It was sponsored jointly by UNAFEI and the Malaysian Anti-Corruption Commission (MACC).", "UNAFEI and the Malaysian Anti-Corruption Commission (MACC)"],
    ["The seminar was held under the joint sponsorship of UNAFEI and the Malaysia Anti-Corruption Commission.", "UNAFEI and the Malaysia Anti-Corruption Commission"],
    ["It was co-hosted with the Anti-Corruption Commission of Timor-Leste in Dili.", "the Anti-Corruption Commission of Timor-Leste"],
    ["The programme was organised in cooperation with the Supreme People's Procuracy.", "the Supreme People's Procuracy"],
    ["UNAFEI held the 15th GG Seminar online.", "UNAFEI"],
    ["It was organised by the Japan-based United Nations Asia and Far East Institute (UNAFEI).", "the United Nations Asia and Far East Institute (UNAFEI)"],
    ["He met participants of the 26th UNCAC Training Programme that UNAFEI is now running.", "UNAFEI"],
    ["the 12th seminar, which the Supreme People's Procuracy (SPP) and UNAFEI co-hosted in Da Nang", "the Supreme People's Procuracy (SPP) and UNAFEI"],
    ["This volume collects the work of UNAFEI's ", "UNAFEI"],
    ["In 2024 the Ministry of Justice held the ", "the Ministry of Justice"],
    ["Hosted by UNAFEI", "UNAFEI"],
    // A description in apposition is no part of the bodies' names.
    ["The meeting was hosted jointly by UNAFEI, the Tokyo-based United Nations institute for crime prevention, and the KPK.", "UNAFEI"],
    ["Organised by: UNAFEI, with trainees invited by JICA", "UNAFEI"],
    // The label of an answer is no part of the name.
    ["A. UNAFEI and the Philippine Department of Justice co-hosted it, again in Manila.", "UNAFEI and the Philippine Department of Justice"],
    ["Implementing organisation: United Nations Asia and Far East Institute (UNAFEI)", "United Nations Asia and Far East Institute (UNAFEI)"],
    ["During 2012 the Institute also hosted the ", "the Institute"],
    ["UNAFEI and JICA held the first course in February 2014.", "UNAFEI and JICA"],
    ["UNAFEI has run a training programme on the Convention once a year since 1998, and in 2021 it reached its 23rd session.", "UNAFEI"],
    ["From 12 October, the United Nations Asia and Far East Institute (UNAFEI) will hold its anti-corruption training course for the nineteenth time.", "UNAFEI"],
    ["The seminar was jointly organised by UNAFEI and the Ministry of Justice of Viet Nam in Hanoi.", "UNAFEI and the Ministry of Justice of Viet Nam"],
    ["It was co-hosted by UNAFEI, the Malaysian Anti-Corruption Commission (MACC), Malaysia's anti-corruption agency, and the Malaysia Anti-Corruption Academy (MACA).",
      "UNAFEI, the Malaysian Anti-Corruption Commission (MACC), Malaysia's anti-corruption agency, and the Malaysia Anti-Corruption Academy (MACA)"],
    ["The forum is an international conference that the Ministry of Justice and UNODC hold together.", "the Ministry of Justice and UNODC"],
    ["The seminar was put together in close collaboration with UNAFEI and Côte d'Ivoire's National Institute of Judicial Training (Infj).", "UNAFEI and Côte d'Ivoire's National Institute of Judicial Training (Infj)"],
    // Its letters in apposition: one body.
    ["The forum was organised by the Ministry of Justice and the United Nations Office on Drugs and Crime, UNODC.", "the Ministry of Justice and the United Nations Office on Drugs and Crime (UNODC)"],
    // A body's name in its own language, with its letters, in the brackets.
    ["The three-day event is organised jointly by the Attorney General's Office (AGO), the Corruption Eradication Commission (Komisi Pemberantasan Korupsi, KPK) and UNAFEI.",
      "the Attorney General's Office (AGO), the Corruption Eradication Commission (Komisi Pemberantasan Korupsi, KPK) and UNAFEI"],
  ])("%j → %j", (text, value) => {
    expect(findEditionOrganiser(text)?.value).toBe(value);
  });

  it.each([
    "The seminar was co-hosted by Japan and Thailand in Bangkok.",
    // A host city is no body.
    "Bangkok was the venue of the 1st and 2nd seminars, and with this one Tokyo hosted the seminar for a second time.",
    "Organisers: Japan and Thailand",
    "It was funded by the Government of Japan.",
    "Participants came from Cambodia and Laos.",
    "The 8th seminar was held in Tokyo in 2014.",
    "UNAFEI held a reception for the participants at its premises.",
    // "run" with no programme after it: a body that runs something else.
    "UNAFEI has run its dormitory for sixty years.",
    // A partner in work in general, not the organiser of an edition.
    "The Department carries out this work in cooperation with JICA.",
    // Who runs the body the relative clause is about, not who holds a programme.
    "UNAFEI, which the Ministry of Justice runs under an agreement with the United Nations, trains practitioners.",
    // A country's possessive, a country holding, a place that is no body.
    "the work of Japan's ",
    "In 2024 Japan held the ",
    "In December Tokyo held the ",
    // "hold" alone is no holding by the bodies before it: "… that participants hold in high regard".
    "It is a forum that UNAFEI and JICA hold in high regard.",
    // Who runs a body, not an edition.
    "The United Nations Asia and Far East Institute (UNAFEI) is run by the Ministry of Justice under an agreement with the United Nations.",
    "The Institute is also run by the Ministry of Justice.",
    // What the body held is another event.
    "The newsletter reported that the Tokyo Minorukai had held a friendship gathering with the participants of this programme.",
  ])("%j names no organiser (countries host or fund; they do not organise; a reception is no programme)", (text) => {
    expect(findEditionOrganiser(text)).toBeUndefined();
  });

  it("gives the span of the clause that names the organiser", () => {
    const text = "In 2019 it was co-hosted with the SPP.";
    const found = findEditionOrganiser(text)!;
    expect(text.slice(found.start, found.end)).toBe("co-hosted with the SPP");
  });
});

describe("findHolderOfIt", () => {
  it.each([
    ["UNAFEI, the Japan Criminal Policy Society Foundation (JCPS) and the Asia Crime Prevention Foundation (ACPF) have organised this annual event together since 1982.",
      "UNAFEI, the Japan Criminal Policy Society Foundation (JCPS) and the Asia Crime Prevention Foundation (ACPF)"],
    ["Since 2014, UNAFEI has run the course jointly with JICA.", "UNAFEI and JICA"],
    ["UNAFEI co-hosted the seminar with the Corruption Eradication Commission (KPK) and the Attorney General's Office.", "UNAFEI, the Corruption Eradication Commission (KPK) and the Attorney General's Office"],
    ["Its purpose is to share knowledge, and the Ministry of Justice organises it together with the United Nations Office on Drugs and Crime (UNODC).",
      "the Ministry of Justice and the United Nations Office on Drugs and Crime (UNODC)"],
    // A body by its head noun alone: the document names it in full (bodies-by-head.ts resolves it).
    ["Its purpose is to share knowledge, and the ministry organises it together with UNODC.", "the ministry and UNODC"],
    ["The Institute has hosted the seminar since 2007.", "the Institute"],
    // A body's full name opening the sentence.
    ["The Ministry of Justice holds this forum with UNODC.", "the Ministry of Justice and UNODC"],
    // What the body is, fronted, is no body beside it.
    ["As a regional institute of the United Nations Crime Prevention and Criminal Justice Programme Network, UNAFEI holds this programme to review each system.", "UNAFEI"],
    // The "and" inside a body's name starts no body; a year before it ends what comes first.
    ["Since January 2000 the Research and Training Institute of the Ministry of Justice and the Japan International Cooperation Agency (JICA) have co-hosted it once a year.",
      "the Research and Training Institute of the Ministry of Justice and the Japan International Cooperation Agency (JICA)"],
  ])("%j → %j", (text, value) => {
    expect(findHolderOfIt(text)?.value).toBe(value);
  });

  it.each([
    ["a pronoun for a body", "It has hosted the seminar since 2007."],
    ["a demonstrative subject", "The seminar hosts it every year."],
    ["a capitalised name that is no body", "The Good Governance Seminar hosts it every year."],
    ["a country holds it", "Japan has held the seminar every year since 2007."],
    ["a body that is no organisation", "Its purpose is to share knowledge, and the public organises it together with UNODC."],
    ["holding something else", "UNAFEI holds the view that training matters."],
    ["only part of a name before the verb", "Its Research and Training Institute Building hosts it."],
  ])("none when %s", (_why, text) => {
    expect(findHolderOfIt(text)).toBeUndefined();
  });
});

describe("findRelativeHolder", () => {
  it.each([
    ["The Criminal Justice Forum for Asia and the Pacific (Crim-AP), which the Ministry of Justice holds with UNODC to follow up the Kyoto Declaration, held its second forum in 2023.",
      "the Ministry of Justice and UNODC"],
    ["The Liaison Meeting, which ICD co-hosts with the Japan International Cooperation Agency (JICA) once a year, gives a place to share views.",
      "ICD and the Japan International Cooperation Agency (JICA)"],
    ["Participants of the GG Seminar, which UNAFEI organises every year, visited Nara.", "UNAFEI"],
  ])("%j → %j", (text, value) => {
    expect(findRelativeHolder(text)?.value).toBe(value);
  });

  it.each([
    ["who runs an institute", "UNAFEI, which the Ministry of Justice runs under an agreement with the United Nations, trains practitioners."],
    ["a country holds the programme", "The GG Seminar, which Japan holds every year, met in Manila."],
    ["a past edition's host", "The 12th seminar, which UNAFEI hosted in Da Nang, closed on 29 November."],
    ["no relative clause", "The Ministry of Justice holds the forum with UNODC."],
  ])("none for %s", (_why, text) => {
    expect(findRelativeHolder(text)).toBeUndefined();
  });
});

describe("findDecidedHolder", () => {
  it("takes the body that decided to hold a programme and the partner it holds it jointly with, not the programme", () => {
    const text = "The Ministry of Justice therefore decided to hold, on a regular basis and jointly with the United Nations Office on Drugs and Crime (UNODC), the Criminal Justice Forum for Asia and the Pacific (Crim-AP), a platform for practitioners.";
    const found = findDecidedHolder(text)!;
    expect(found.value).toBe("The Ministry of Justice and the United Nations Office on Drugs and Crime (UNODC)");
    expect(text.slice(found.start, found.end)).toBe("The Ministry of Justice therefore decided to hold, on a regular basis and jointly with the United Nations Office on Drugs and Crime (UNODC)");
  });

  it.each([
    ["a country decided", "Japan decided to hold the seminar in Tokyo."],
    ["a government decided", "The Government of Japan decided to hold the seminar every year."],
    ["no decision to hold", "The Ministry of Justice decided to review its training programmes."],
  ])("none when %s", (_why, text) => {
    expect(findDecidedHolder(text)).toBeUndefined();
  });
});

describe("findOwnHolder", () => {
  it.each([
    ["From 11 to 21 November 2014 the International Cooperation Department of the Research and Training Institute ran its International Cooperation Human Resources Development Training.",
      "the International Cooperation Department of the Research and Training Institute"],
    ["In 2019 UNAFEI held its Criminal Justice Training for French-Speaking Africa.", "UNAFEI"],
  ])("%j → %j", (text, value) => {
    expect(findOwnHolder(text)?.value).toBe(value);
  });

  it.each([
    ["a country", "In 2019 Japan held its first seminar of this kind."],
    ["no programme named", "UNAFEI held its annual reception."],
    ["a pronoun", "It held its Regional Seminar in Tokyo."],
  ])("none for %s", (_why, text) => {
    expect(findOwnHolder(text)).toBeUndefined();
  });
});

describe("findFullNameHolder", () => {
  it.each([
    ["Every year the Research and Training Institute of the Ministry of Justice holds the Legal Technical Assistance Liaison Meeting.", "the Research and Training Institute of the Ministry of Justice"],
    ["Jointly with the Japan International Cooperation Agency (JICA), the Research and Training Institute holds the Liaison Meeting once a year.", "the Research and Training Institute and the Japan International Cooperation Agency (JICA)"],
    ["The International Cooperation Department (ICD) of the Research and Training Institute of the Ministry of Justice has run the Training once a year since 2009.", "The International Cooperation Department (ICD) of the Research and Training Institute of the Ministry of Justice"],
    // Two bodies that hold it together.
    ["The Research and Training Institute of the Ministry of Justice and JICA hold the Legal Technical Assistance Liaison Meeting once a year.", "The Research and Training Institute of the Ministry of Justice and JICA"],
  ])("%j → %j", (text, value) => {
    expect(findFullNameHolder(text)?.value).toBe(value);
  });

  it.each([
    // What it holds is no name; a country is a host; no full name.
    "Every year the Research and Training Institute holds the view that training matters.",
    "Every year Japan holds the Liaison Meeting.",
    "Every year UNAFEI holds the Liaison Meeting.",
  ])("none in %j", (text) => {
    expect(findFullNameHolder(text)).toBeUndefined();
  });
});

describe("findOwnHolder: a full name with a remark in brackets, holding the programme named after it", () => {
  it.each([
    ["UNAFEI held its International Training Course in 1962.", "UNAFEI"],
    ['The International Cooperation Department of the Research and Training Institute (the "Department" below) held the Human Resources Development Training from 10 to 20 November.', "The International Cooperation Department of the Research and Training Institute"],
  ])("%j → %j", (text, value) => {
    expect(findOwnHolder(text)?.value).toBe(value);
  });

  it.each(["Japan held its Regional Seminar in Tokyo.", "UNAFEI held the reception in Tokyo."])("none in %j", (text) => {
    expect(findOwnHolder(text)).toBeUndefined();
  });
});
