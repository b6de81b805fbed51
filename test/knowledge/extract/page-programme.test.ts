import { describe, expect, it } from "vitest";
import { definedProgrammeInTitle, programmeOfPage, strandOfProgramme } from "../../../src/knowledge/extract/page-programme.js";

const EXCHANGE = "Exchange Programme between the Japanese Prosecution Service and the Supreme People's Procuracy of Viet Nam";

describe("programmeOfPage", () => {
  it.each([
    [EXCHANGE, EXCHANGE],
    [`UNAFEI: ${EXCHANGE}`, EXCHANGE],
    [`${EXCHANGE} (UNAFEI Training Courses/Seminars)`, EXCHANGE],
    [`${EXCHANGE} | Training Courses/Seminars | UNAFEI`, EXCHANGE],
    ["The International Training Course on Corrections", "International Training Course on Corrections"],
    ["Seminar for Senior Prosecutors of Laos", "Seminar for Senior Prosecutors of Laos"],
  ])("%j names %j", (title, name) => {
    expect(programmeOfPage(title)).toBe(name);
  });

  it.each([
    "Training Courses/Seminars",
    "Annual Report 2019",
    "The 23rd Exchange Programme",
    "UNAFEI holds an exchange programme with Viet Nam",
    "Seminar",
    "Training Programme Network of the Region",
    "Ministry of Justice",
    "United Nations Development Programme",
    "Programme for",
  ])("%j names no programme", (title) => {
    expect(programmeOfPage(title)).toBeUndefined();
  });
});

describe("strandOfProgramme", () => {
  it.each([
    ["1. Japan session", "Japan session"],
    ["2. Viet Nam session", "Viet Nam session"],
    ["(b) Viet Nam Session", "Viet Nam session"],
    ["Part 2: Tokyo track", "Tokyo track"],
    ["Japan session", "Japan session"],
  ])("%j is the strand %j", (heading, strand) => {
    expect(strandOfProgramme(heading)).toBe(strand);
  });

  it.each(["1. Overview", "Sessions held so far", "2. Past sessions", "the Japan session of the programme", "Session", "1. Japan"])("%j names no strand", (heading) => {
    expect(strandOfProgramme(heading)).toBeUndefined();
  });
});

describe("definedProgrammeInTitle", () => {
  const defined = new Set(["good governance seminar", "regional seminar on good governance", "international training course", "criminal justice forum for asia and the pacific"]);
  it.each([
    ["The good governance seminar's early years — a timeline with commentary", "good governance seminar"],
    ["Notes on the Regional Seminar on Good Governance: 2007–2010", "Regional Seminar on Good Governance"],
    ["Criminal Justice Forum for Asia and the Pacific | past meetings", "Criminal Justice Forum for Asia and the Pacific"],
  ])("%j names %j", (title, name) => {
    expect(definedProgrammeInTitle(title, defined)).toBe(name);
  });

  it.each([
    // No defined name in it, or only a head noun with generic words.
    "The seminar's early years",
    "A timeline of the training course",
    // A defined name of generic words alone tells no series apart.
    "International Training Course: how to apply",
    "The juvenile justice seminar's early years",
    "Annual Report 2019",
  ])("%j names no defined programme", (title) => {
    expect(definedProgrammeInTitle(title, defined)).toBeUndefined();
  });
});
