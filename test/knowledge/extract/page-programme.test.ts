import { describe, expect, it } from "vitest";
import { programmeOfPage, strandOfProgramme } from "../../../src/knowledge/extract/page-programme.js";

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
