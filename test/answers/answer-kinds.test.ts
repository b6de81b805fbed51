// The kind of answer a question phrase asks for, and the recognisers that tell whether a sentence holds
// one: positive and negative tables per kind.
import { describe, expect, it } from "vitest";
import { holdsAnswer, questionFrame, statesPlan, type AnswerKind } from "../../src/answers/answer-kinds.js";

describe("questionFrame", () => {
  it.each([
    ["how long did the 23rd UNCAC training programme last", "duration", ["long"]],
    ["How long was the Kestrel Seminar", "duration", ["long"]],
    ["for how long did the course run", "duration", ["long"]],
    ["how often is the International Training Course held each year", "frequency", ["often"]],
    ["how many participants took part", "count", []],
    ["How much did Japan give to the fund", "count", []],
    ["when was the Kyoto Congress to be held", "time", []],
    ["since when has Japan given legal technical assistance to Viet Nam", "time", []],
    ["in which year was the institute set up", "time", ["year"]],
    ["what year did the seminar start", "time", ["year"]],
    ["on what date did the forum open", "time", ["date"]],
    ["where did the fifth seminar meet", "place", []],
    ["and where was it held", "place", []],
    ["who co-organised the workshop", "name", []],
    ["Whose message was delivered at the second forum", "name", []],
  ])("%j asks for a %s (frame words %j)", (query, kind, frameTerms) => {
    const frame = questionFrame(query);
    expect(frame.kind).toBe(kind);
    expect([...frame.frameTerms]).toEqual(frameTerms);
  });

  // No answer kind: the question phrase names none, or the wh-word is not where a question phrase is.
  it.each([
    "what did the Lao National Assembly approve",
    "which countries is the training for French-speaking Africa aimed at",
    "how was the first G20 Anti-Corruption Ministers Meeting held",
    "in which hotel was the 9th GG Seminar held",
    "the seminar where practitioners met",
    "long-term training courses",
    "somehow many",
    "",
  ])("%j asks for no kind", (query) => {
    const frame = questionFrame(query);
    expect(frame.kind).toBeUndefined();
    expect(frame.frameTerms.size).toBe(0);
  });
});

describe("holdsAnswer", () => {
  const positive: Array<[AnswerKind, string]> = [
    ["duration", "The course lasted roughly a month, from 22 September to 18 October of Reiwa 3."],
    ["duration", "It ran for three days, from 14 to 16 December 2022."],
    ["duration", "The seminar was held November 27 - 29 in Da Nang."],
    ["duration", "Period: 22 September to 18 October 2021"],
    ["duration", "Participants spent about two hours a day on the course."],
    ["duration", "The training lasted two weeks."],
    ["duration", "It met from 9 December to 11 December 2009."],
    ["time", "In Heisei 13 (2001) the Ministry of Justice set up the department."],
    ["time", "It was set up in Showa 37 under an agreement."],
    ["time", "The Kyoto Congress is to be held in Kyoto in April 2020."],
    ["time", "The FY2022 training took place at JICA Tokyo."],
    ["time", "UNAFEI was founded in 1962."],
    ["frequency", "The course is held twice a year."],
    ["frequency", "It has been held three times a year since 1970."],
    ["frequency", "The seminar has been held every year since 2007."],
    ["frequency", "UNAFEI hosts the seminar annually."],
    ["count", "Twenty-seven participants from 19 countries took part."],
    ["count", "More than 6,000 people have taken part."],
    ["count", "It has nineteen members."],
    ["count", "Japan gave about $90,000 to the fund."],
    ["count", "Between 2 to 3 participants came from each country."],
    ["place", "In 1954 the conference met in Rangoon, then the capital of Burma."],
    ["place", "They came together yesterday at the Palm Club hotel in Cocody."],
    ["place", "In Kyoto the congress opened."],
    ["place", "The training took place at JICA Tokyo."],
    ["name", "The Justice Secretary of the Philippines and the Director of UNAFEI opened the seminar."],
    ["name", "The workshop was co-organised by the Ministry of Foreign Affairs, UNAFEI and the IIJ."],
    ["name", "The sessions were chaired by Professor Sato."],
  ];
  it.each(positive)("a %s in %j", (kind, sentence) => {
    expect(holdsAnswer(kind, sentence)).toBe(true);
  });

  const negative: Array<[AnswerKind, string]> = [
    // A point in time, a frequency or a rank is not a length of time.
    ["duration", "It was held in December 2019."],
    ["duration", "The seminar is held once a year."],
    ["duration", "It is held every two years."],
    ["duration", "The 7th meeting was held in Tajikistan last May."],
    // No year, era year, fiscal year or month.
    ["time", "More than 6,000 people have taken part."],
    ["time", "Article 9 deals with public procurement."],
    ["time", "The 23rd course was held online."],
    ["time", "The course may be held online."],
    // Once, a rank or a plain duration is not how often.
    ["frequency", "It was held once in Tokyo."],
    ["frequency", "The first seminar was held in Bangkok."],
    ["frequency", "It lasted a year."],
    // Years, ordinals, days of months, era years and numbers that name things are not counts.
    ["count", "It was held in 2019."],
    ["count", "The 23rd course was held online."],
    ["count", "It ran from 22 September to 18 October."],
    ["count", "It ran from 14 to 16 December."],
    ["count", "Article 9 of the Convention deals with procurement."],
    ["count", "It was set up in Heisei 13."],
    ["count", "The twenty-third session was held online."],
    ["count", "It was one of the first such courses."],
    // A time, a language or a lower-case word after "in" is not a place.
    ["place", "It was held in April 2020."],
    ["place", "In Heisei 29 it moved."],
    ["place", "In the morning the fellows heard lectures."],
    ["place", "It was prepared in close collaboration with the institute."],
    ["place", "The course is known in English as the UNCAC Training Programme."],
    ["place", "It is held in FY2022."],
    // No body, person or title.
    ["name", "He said he was glad that a workshop could be held on the rule of law, together with counter-terrorism in Central Asia."],
    ["name", "The seminar was opened on the second day."],
  ];
  it.each(negative)("no %s in %j", (kind, sentence) => {
    expect(holdsAnswer(kind, sentence)).toBe(false);
  });

  it("GIVEN a name the question itself gives THEN it is not an answer to who", () => {
    expect(holdsAnswer("name", "The GG Seminar was co-hosted this year.", new Set(["gg", "seminar"]))).toBe(false);
    expect(holdsAnswer("name", "The GG Seminar was co-hosted by the SPP.", new Set(["gg", "seminar"]))).toBe(true);
  });
});

describe("questionFrame · plans", () => {
  it.each([
    ["when was the Kyoto Congress to be held", true],
    ["when will the forum open", true],
    ["when is the seminar due to start", true],
    ["when is the next course scheduled", true],
    ["when was the Kyoto Congress held", false],
    ["when did the forum open", false],
    // No question phrase: nothing to qualify.
    ["the congress to be held in Kyoto", false],
  ])("%j asks about a plan: %s", (query, planned) => {
    expect(questionFrame(query).planned === true).toBe(planned);
  });
});

describe("statesPlan", () => {
  it.each([
    "The congress, which is to be held in Kyoto in April 2020, is the largest in the field.",
    "The congress, due to be held in 2020, was introduced.",
    "The forum will open in March.",
    "The seminar is scheduled for December.",
    "The fourth seminar is planned for early 2017.",
    "The forthcoming 125th course was announced.",
  ])("a plan in %j", (sentence) => {
    expect(statesPlan(sentence)).toBe(true);
  });

  it.each([
    "The 14th Congress was held in Kyoto in March 2021.",
    "The forum opened in March.",
    "The institute used to be in Fuchu.",
    "It is one of the steps taken to carry out the Kyoto Declaration.",
  ])("no plan in %j", (sentence) => {
    expect(statesPlan(sentence)).toBe(false);
  });
});
