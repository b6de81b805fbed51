import { describe, expect, it } from "vitest";
import { findEditionOrganiser } from "../../../src/knowledge/extract/organisers.js";

describe("findEditionOrganiser", () => {
  it.each([
    ["It was sponsored jointly by UNAFEI and the Malaysian Anti-Corruption Commission (MACC).", "UNAFEI and the Malaysian Anti-Corruption Commission (MACC)"],
    ["The seminar was held under the joint sponsorship of UNAFEI and the Malaysia Anti-Corruption Commission.", "UNAFEI and the Malaysia Anti-Corruption Commission"],
    ["It was co-hosted with the Anti-Corruption Commission of Timor-Leste in Dili.", "the Anti-Corruption Commission of Timor-Leste"],
    ["The programme was organised in cooperation with the Supreme People's Procuracy.", "the Supreme People's Procuracy"],
    ["UNAFEI held the 15th GG Seminar online.", "UNAFEI"],
    ["He met participants of the 26th UNCAC Training Programme that UNAFEI is now running.", "UNAFEI"],
    ["the 12th seminar, which the Supreme People's Procuracy (SPP) and UNAFEI co-hosted in Da Nang", "the Supreme People's Procuracy (SPP) and UNAFEI"],
    ["This volume collects the work of UNAFEI's ", "UNAFEI"],
    ["In 2024 the Ministry of Justice held the ", "the Ministry of Justice"],
    ["Hosted by UNAFEI", "UNAFEI"],
    ["UNAFEI and JICA held the first course in February 2014.", "UNAFEI and JICA"],
    ["From 12 October, the United Nations Asia and Far East Institute (UNAFEI) will hold its anti-corruption training course for the nineteenth time.", "UNAFEI"],
    ["The seminar was jointly organised by UNAFEI and the Ministry of Justice of Viet Nam in Hanoi.", "UNAFEI and the Ministry of Justice of Viet Nam"],
    ["It was co-hosted by UNAFEI, the Malaysian Anti-Corruption Commission (MACC), Malaysia's anti-corruption agency, and the Malaysia Anti-Corruption Academy (MACA).",
      "UNAFEI, the Malaysian Anti-Corruption Commission (MACC), Malaysia's anti-corruption agency, and the Malaysia Anti-Corruption Academy (MACA)"],
    ["The seminar was put together in close collaboration with UNAFEI and Côte d'Ivoire's National Institute of Judicial Training (Infj).", "UNAFEI and Côte d'Ivoire's National Institute of Judicial Training (Infj)"],
  ])("%j → %j", (text, value) => {
    expect(findEditionOrganiser(text)?.value).toBe(value);
  });

  it.each([
    "The seminar was co-hosted by Japan and Thailand in Bangkok.",
    "It was funded by the Government of Japan.",
    "Participants came from Cambodia and Laos.",
    "The 8th seminar was held in Tokyo in 2014.",
    "UNAFEI held a reception for the participants at its premises.",
    // A partner in work in general, not the organiser of an edition.
    "The Department carries out this work in cooperation with JICA.",
    // A country's possessive, a country holding, a place that is no body.
    "the work of Japan's ",
    "In 2024 Japan held the ",
    "In December Tokyo held the ",
  ])("%j names no organiser (countries host or fund; they do not organise; a reception is no programme)", (text) => {
    expect(findEditionOrganiser(text)).toBeUndefined();
  });

  it("gives the span of the clause that names the organiser", () => {
    const text = "In 2019 it was co-hosted with the SPP.";
    const found = findEditionOrganiser(text)!;
    expect(text.slice(found.start, found.end)).toBe("co-hosted with the SPP");
  });
});
