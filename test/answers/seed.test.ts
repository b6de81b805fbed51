// The expected seed answers of issue 2, on the real bundled knowledge: loader, extractor, index and
// answers together.
import { beforeAll, describe, expect, it } from "vitest";
import { completeCountry, completeCourse, completeTheme } from "../../src/answers/complete.js";
import { answerAsk, answerCountry, answerCourse, answerSources, answerTheme } from "../../src/answers/index.js";
import type { Answer, AnswerResult } from "../../src/answers/types.js";
import type { Snapshot } from "../../src/snapshot/snapshot.js";
import { loadSnapshot } from "../../src/snapshot/load.js";

const URL = "https://www.mofa.go.jp/policy/oda/white/2021/html/honbun/b2/s2_1_2.html";
const NOTE = "000_c889310df7d76567#p7";
let k: Snapshot;

beforeAll(async () => {
  k = (await loadSnapshot("knowledge")).snapshot;
});

const facts = (result: AnswerResult | undefined): Record<string, string> => Object.fromEntries((result?.facts ?? []).map((fact) => [fact.label, fact.value]));
const titles = (a: Answer): string[] => a.results.map((result) => result.title);

describe("seed: /course", () => {
  it("23rd → the UNCAC training programme, online, September to October 2021, annual since 1998", () => {
    const a = answerCourse(k, "23rd");
    expect(a.found).toBe(true);
    expect(titles(a)).toEqual(["23rd UNCAC Training Programme"]);
    expect(facts(a.results[0])).toMatchObject({
      Series: "UNCAC Training Programme",
      Theme: "Tackling Emerging Threats of Corruption in the Borderless and Digitalized World",
      Period: "September to October 2021",
      Format: "Online",
      "Held since": "1998",
      Frequency: "annual",
    });
    const [edition, series] = a.results[0]!.citations;
    expect(edition?.url).toBe(`${URL}#:~:text=In%202021%2C%20the%2023rd,from%20September%20to%20October.`);
    expect(edition?.excerpt).toContain("the 23rd UNCAC training programme on the theme of “Tackling Emerging Threats");
    expect(edition?.marks.map(([start, end]) => edition.excerpt.slice(start, end))).toEqual(["23rd"]);
    expect(edition?.section).toBe("(2) Assistance for Governance Including Anti-Corruption › ● Japan’s Efforts");
    expect(series?.url).toBe(`${URL}#:~:text=As%20an%20example%20of,to%20corruption%20since%201998.`);
  });

  it("15th → the GG Seminar, online, December 2021, 18 practitioners from 10 countries", () => {
    const a = answerCourse(k, "15th");
    expect(titles(a)).toEqual(["15th GG Seminar"]);
    expect(facts(a.results[0])).toMatchObject({
      Series: "Regional Seminar on Good Governance for Southeast Asian Countries",
      Theme: "Effective International Cooperation for Combating Corruption",
      Period: "December 2021",
      Format: "Online",
      Participants: "18 criminal justice practitioners from 10 countries",
      Countries: "Brunei, Cambodia, Indonesia, Laos, Malaysia, Philippines, Singapore, Thailand, Viet Nam, Timor-Leste",
      "Held since": "2007",
    });
  });

  it("176th → Achieving Inclusive Societies …, online, October to December 2021", () => {
    const a = answerCourse(k, "176th");
    expect(titles(a)).toEqual(["176th International Training Course"]);
    expect(facts(a.results[0])).toMatchObject({
      Theme: "Achieving Inclusive Societies through Effective Criminal Justice Policies and Practices",
      Period: "October to December 2021",
      Format: "Online",
    });
  });

  it.each([
    ["23", ["23rd UNCAC Training Programme"]],
    ["twenty-third", ["23rd UNCAC Training Programme"]],
    ["UNCAC 23", ["23rd UNCAC Training Programme"]],
    ["GG 15", ["15th GG Seminar"]],
    ["GG15", ["15th GG Seminar"]],
    ["15th GG Seminar", ["15th GG Seminar"]],
    ["GG Seminar", ["15th GG Seminar"]],
    ["women", ["175th International Training Course"]],
    ["international training course", ["176th International Training Course", "175th International Training Course"]],
  ])("%j → %j", (query, expected) => {
    expect(titles(answerCourse(k, query))).toEqual(expected);
  });

  it("does not find the 24th, and suggests the courses with the nearest ordinals", () => {
    expect(answerCourse(k, "24th")).toMatchObject({ found: false, results: [], suggestions: ["23rd UNCAC Training Programme", "15th GG Seminar", "175th International Training Course", "176th International Training Course"] });
  });
});

describe("seed: /country", () => {
  it.each(["Vietnam", "Viet Nam", "VNM"])("%j → the 15th GG Seminar", (query) => {
    const a = answerCountry(k, query);
    expect(titles(a)).toEqual(["15th GG Seminar"]);
    expect(a.results[0]!.description).toBe("Viet Nam took part");
  });

  it("Myanmar is not listed, and nothing is invented", () => {
    const a = answerCountry(k, "Myanmar");
    expect(a.found).toBe(false);
    expect(a.results).toEqual([]);
    expect(a.message).toMatch(/^Myanmar is not listed in the knowledge: .* Countries listed: Brunei, Cambodia, Indonesia, Laos, Malaysia, Philippines, Singapore, Thailand, Viet Nam, Timor-Leste, Japan\.$/);
  });

  it("Japan is the donor, never a participant", () => {
    const a = answerCountry(k, "Japan");
    expect(a.found).toBe(true);
    expect(a.results.flatMap((result) => result.facts.filter((fact) => fact.label === "Role").map((fact) => fact.value))).not.toContain("participant");
  });

  it.each([
    ["Cambodai", "Cambodia"],
    ["Veitnam", "Viet Nam"],
  ])("%j → did you mean %j", (query, first) => {
    const a = answerCountry(k, query);
    expect(a.found).toBe(false);
    expect(a.suggestions[0]).toBe(first);
  });
});

describe("seed: /theme, /ask, /sources", () => {
  it("/theme women → the 175th course first", () => {
    expect(titles(answerTheme(k, "women"))[0]).toBe("175th International Training Course");
  });

  it("/theme inclusive → the 176th course first", () => {
    expect(titles(answerTheme(k, "inclusive"))[0]).toBe("176th International Training Course");
  });

  it.each(["how many graduates", "UNAFEI established"])("/ask %j → the note on 6,100 graduates, established in 1962", (query) => {
    const first = answerAsk(k, query).results[0];
    expect(first?.key).toBe(NOTE);
    expect(first?.title).toBe("Note 29");
    expect(first?.citations[0]?.excerpt).toContain("Established in 1962");
    expect(first?.citations[0]?.excerpt).toContain("over 6,100 graduates from 140 countries and regions");
  });

  it("/sources → the seed document with its URL", () => {
    expect(answerSources(k).results.map((result) => [result.title, facts(result)])).toEqual([
      [
        "White Paper on Development Cooperation 2021",
        { Year: "2021", Section: "(2) Assistance for Governance Including Anti-Corruption", Passages: "7", URL, File: "000_c889310df7d76567.txt" },
      ],
    ]);
  });
});

describe("seed: autocomplete", () => {
  it.each([
    [completeCourse, "2", "23rd UNCAC Training Programme"],
    [completeCourse, "gg", "15th GG Seminar"],
    [completeCountry, "viet", "Viet Nam"],
    [completeCountry, "lao", "Laos"],
    [completeTheme, "incl", "Achieving Inclusive Societies through Effective Criminal Justice Policies and Practices"],
  ])("%o %j → %j first", (complete, partial, first) => {
    expect(complete(k, partial)[0]?.value).toBe(first);
  });
});
