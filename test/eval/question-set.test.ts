// The question file's loader names the file, the question and the field of every problem; gold series
// that share a name are one programme, whose editions are those of every gold file.
import { describe, expect, it } from "vitest";
import type { GoldCatalogue } from "../../src/eval/gold.js";
import { goldEditionsOf, goldProgrammes, parseEditionRef, parseQuestions, QuestionError } from "../../src/eval/question-set.js";

const error = (text: string): string => {
  try {
    parseQuestions(text, "q.yml");
  } catch (e) {
    expect(e).toBeInstanceOf(QuestionError);
    return (e as Error).message;
  }
  throw new Error("no error");
};

describe("parseEditionRef", () => {
  it.each([
    ["GG Seminar #12", { series: "GG Seminar", ordinal: 12, text: "GG Seminar #12" }],
    ["  UNCAC Training Programme  #23 ", { series: "UNCAC Training Programme", ordinal: 23, text: "UNCAC Training Programme  #23" }],
  ])("%j → %j", (text, ref) => {
    expect(parseEditionRef(text)).toEqual(ref);
  });

  it.each(["GG Seminar 12", "#12", "GG Seminar #0", "GG Seminar #twelve", ""])("rejects %j", (text) => {
    expect(parseEditionRef(text)).toBeUndefined();
  });
});

describe("parseQuestions", () => {
  it("reads every kind of expectation", () => {
    const questions = parseQuestions(
      [
        "- { id: a, ask: /course GG12, expect: { edition: 'GG Seminar #12' } }",
        "- { id: b, ask: /country Cambodia, expect: { editions: ['GG Seminar #12'] } }",
        "- { id: c, ask: /country Nepal, expect: { editions: [] } }",
        "- { id: d, ask: /ask who opened it, expect: { passage: doc#p4, sentence: opened the seminar } }",
        "- { id: e, ask: /theme civil society, expect: { passage: [doc#p1, doc#p2], sentence: Civil Society } }",
        "- { id: f, ask: /course GG20, expect: { found: false } }",
      ].join("\n"),
      "q.yml",
    );
    expect(questions.map((q) => [q.id, q.command, q.query, q.expect])).toEqual([
      ["a", "course", "GG12", { kind: "edition", edition: { series: "GG Seminar", ordinal: 12, text: "GG Seminar #12" } }],
      ["b", "country", "Cambodia", { kind: "editions", editions: [{ series: "GG Seminar", ordinal: 12, text: "GG Seminar #12" }] }],
      ["c", "country", "Nepal", { kind: "editions", editions: [] }],
      ["d", "ask", "who opened it", { kind: "passage", passages: ["doc#p4"], sentence: "opened the seminar" }],
      ["e", "theme", "civil society", { kind: "passage", passages: ["doc#p1", "doc#p2"], sentence: "Civil Society" }],
      ["f", "course", "GG20", { kind: "not-found" }],
    ]);
  });

  it.each([
    ["[", /^q\.yml: is not valid YAML/],
    ["[]", /^q\.yml: must be a non-empty list of questions$/],
    ["- 3", /^q\.yml: \[0\]: must be an object$/],
    ["- { id: a, ask: /course 1st, expect: { found: false }, note: x }", /^q\.yml: \[0\]: note: unknown key/],
    ["- { ask: /course 1st, expect: { found: false } }", /^q\.yml: \[0\]: id: must be a non-empty string$/],
    ["- { id: a, ask: /course 1st, expect: { found: false } }\n- { id: a, ask: /course 2nd, expect: { found: false } }", /^q\.yml: \[1\] a: id: is used twice$/],
    ["- { id: a, ask: /sources x, expect: { found: false } }", /^q\.yml: \[0\] a: ask: must be "\/<command> <query>" with a command of \/course, \/country, \/theme, \/ask$/],
    ["- { id: a, ask: /course, expect: { found: false } }", /^q\.yml: \[0\] a: ask: has no query$/],
    ["- { id: a, ask: /course 1st, expect: { found: true } }", /^q\.yml: \[0\] a: expect\.found: can only be false$/],
    ["- { id: a, ask: /course 1st, expect: { edition: GG Seminar } }", /^q\.yml: \[0\] a: expect\.edition: must name an edition as "<series> #<ordinal>"$/],
    ["- { id: a, ask: /ask x, expect: { edition: 'GG Seminar #1' } }", /^q\.yml: \[0\] a: expect: edition does not apply to \/ask$/],
    ["- { id: a, ask: /theme x, expect: { editions: [] } }", /^q\.yml: \[0\] a: expect\.editions: must be a list of editions \(at least one\)$/],
    ["- { id: a, ask: /ask x, expect: { passage: 'doc p1', sentence: y } }", /^q\.yml: \[0\] a: expect\.passage: must be a passage id/],
    ["- { id: a, ask: /ask x, expect: { passage: doc#p1, sentence: '' } }", /^q\.yml: \[0\] a: expect\.sentence: must be a non-empty string$/],
    ["- { id: a, ask: /ask x, expect: { passage: doc#p1 } }", /^q\.yml: \[0\] a: expect: must be one of/],
  ])("rejects %j", (text, message) => {
    expect(error(text)).toMatch(message);
  });
});

describe("goldProgrammes", () => {
  const gold = (file: string, series: GoldCatalogue["series"], editions: GoldCatalogue["editions"]): GoldCatalogue => ({ file, series, editions });
  const programmes = goldProgrammes([
    gold("a.md", [{ name: "UNCAC Training Programme", aliases: ["UNCAC training programme"] }], [{ series: "UNCAC Training Programme", ordinal: 23, participants: 27 }]),
    // Another document's name for it, with the first one's name among its aliases.
    gold("b.txt", [{ name: "anti-corruption training course", aliases: ["UNCAC Training Programme"] }], [{ series: "anti-corruption training course", ordinal: 19 }, { series: "anti-corruption training course", ordinal: 23, countryCount: 19 }]),
    gold("c.md", [{ name: "GG Seminar", aliases: [] }], [{ series: "GG Seminar", ordinal: 23 }]),
  ]);

  it("joins the series that share a name, and keeps the others apart", () => {
    expect(programmes.map((p) => [...p.names].sort())).toEqual([["anti-corruption training course", "uncac training programme"], ["gg seminar"]]);
  });

  it("gives an edition what every document states of it, by any of the programme's names", () => {
    expect(goldEditionsOf(programmes, { series: "Anti-Corruption Training Course", ordinal: 23, text: "" })).toEqual([
      { series: "UNCAC Training Programme", ordinal: 23, participants: 27, file: "a.md" },
      { series: "anti-corruption training course", ordinal: 23, countryCount: 19, file: "b.txt" },
    ]);
    expect(goldEditionsOf(programmes, { series: "UNCAC Training Programme", ordinal: 19, text: "" }).map((e) => e.file)).toEqual(["b.txt"]);
  });

  it.each([
    ["GG Seminar", 19],
    ["International Training Course", 23],
  ])("has no edition %s #%d", (series, ordinal) => {
    expect(goldEditionsOf(programmes, { series, ordinal, text: "" })).toEqual([]);
  });
});
