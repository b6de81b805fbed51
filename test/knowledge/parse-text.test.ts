import { describe, expect, it } from "vitest";
import { headingKind, parseTextDocument } from "../../src/knowledge/parse-text.js";
import type { KnowledgeDocument } from "../../src/knowledge/types.js";
import { SEED_FILE, SEED_SLUG, SEED_TEXT } from "./seed.js";

const SECTION = "(2) Assistance for Governance Including Anti-Corruption";
const EFFORTS = "● Japan’s Efforts";
const source = { slug: SEED_SLUG, file: SEED_FILE };

function parseSeed(text = SEED_TEXT): KnowledgeDocument {
  const result = parseTextDocument(text, source);
  expect(result.warnings).toEqual([]);
  return result.document!;
}

describe("parseTextDocument on the seed", () => {
  const document = parseSeed();

  it("reads the document's metadata from its first lines", () => {
    expect({ ...document, passages: document.passages.length }).toEqual({
      slug: SEED_SLUG,
      file: SEED_FILE,
      title: "White Paper on Development Cooperation 2021",
      subtitle: "Japan's International Cooperation",
      year: 2021,
      section: SECTION,
      passages: 7,
    });
  });

  it("numbers six paragraphs then the note, with their headings and lines", () => {
    expect(document.passages.map((p) => [p.id, p.paragraph, p.kind, p.headings, p.line, p.text.slice(0, 30)])).toEqual([
      [`${SEED_SLUG}#p1`, 1, "paragraph", [SECTION], 6, "The occurrence of corruption, "],
      [`${SEED_SLUG}#p2`, 2, "paragraph", [SECTION, EFFORTS], 10, "As a State Party to the United"],
      [`${SEED_SLUG}#p3`, 3, "paragraph", [SECTION, EFFORTS], 12, "In addition, through the Unite"],
      [`${SEED_SLUG}#p4`, 4, "paragraph", [SECTION, EFFORTS], 14, "As an example of a specific in"],
      [`${SEED_SLUG}#p5`, 5, "paragraph", [SECTION, EFFORTS], 16, "Furthermore, Japan has held a "],
      [`${SEED_SLUG}#p6`, 6, "paragraph", [SECTION, EFFORTS], 18, "In addition, UNAFEI’s activiti"],
      [`${SEED_SLUG}#p7`, 7, "note", [SECTION, EFFORTS], 21, "Established in 1962 based on a"],
    ]);
    expect(document.passages.every((p) => p.docSlug === SEED_SLUG)).toBe(true);
  });

  it("takes the note marker out of the UNAFEI paragraph and records it", () => {
    const unafei = document.passages[2]!;
    expect(unafei.text).toBe(
      "In addition, through the United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders (UNAFEI), Japan conducts annual training and seminars for criminal justice practitioners in developing countries, such as in Asia and Africa, as part of its assistance for the development of legal and judicial systems and support for governance, including anti-corruption measures.",
    );
    expect(unafei.noteRefs).toEqual(["Note 29"]);
    expect(document.passages.filter((p) => p.noteRefs.length > 0).map((p) => p.id)).toEqual([`${SEED_SLUG}#p3`]);
  });

  it("makes the note a passage with its label and without it in the text", () => {
    const note = document.passages[6]!;
    expect(note.noteLabel).toBe("Note 29");
    expect(note.noteRefs).toEqual([]);
    expect(note.text).toBe(
      "Established in 1962 based on an agreement between the UN and the Government of Japan. It is operated by the UN Training Cooperation Department of the Research and Training Institute within the Ministry of Justice. It has produced over 6,100 graduates from 140 countries and regions since its establishment.",
    );
  });

  it("keeps curly quotes as published", () => {
    expect(document.passages[3]!.text).toContain("on the theme of “Tackling Emerging Threats of Corruption in the Borderless and Digitalized World” was conducted online");
  });

  it.each([
    ["CRLF line ends", SEED_TEXT.replace(/\n/g, "\r\n")],
    ["old Mac CR line ends", SEED_TEXT.replace(/\n/g, "\r")],
    ["a byte-order mark", `\uFEFF${SEED_TEXT}`],
    ["non-breaking and odd spaces", SEED_TEXT.replace(/ the /g, "\u00A0the\u2009").replace(/, /g, ",\u00A0 ")],
    ["trailing spaces and tabs", SEED_TEXT.replace(/\n/g, " \t\n")],
    ["decomposed accents (NFD)", SEED_TEXT.normalize("NFD")],
    ["all of them together", `\uFEFF${SEED_TEXT.replace(/ the /g, "\u00A0the ").replace(/\n/g, "\r\n")}`],
  ])("gives the same document with %s", (_name, variant) => {
    expect(parseSeed(variant)).toEqual(document);
  });

  it("joins a paragraph wrapped over several lines", () => {
    const wrapped = SEED_TEXT.replace(/(.{60,75}?) /g, "$1\n");
    expect(wrapped.split("\n").length).toBeGreaterThan(60);
    expect(parseSeed(wrapped).passages.map((p) => [p.text, p.noteRefs, p.noteLabel])).toEqual(document.passages.map((p) => [p.text, p.noteRefs, p.noteLabel]));
  });
});

describe("parseTextDocument on other layouts", () => {
  const parse = (text: string) => parseTextDocument(text, { slug: "doc", file: "doc.txt" });

  it("nests headings by the order their kinds appear and replaces same-level ones", () => {
    const text = [
      "White Paper on Development Cooperation 2019",
      "",
      "(1) Rule of Law",
      "",
      "● Japan's Efforts",
      "",
      "First paragraph.",
      "",
      "■ Training",
      "Second paragraph starts right after its heading.",
      "",
      "● Other Donors",
      "",
      "Third paragraph.",
      "",
      "(2) Governance",
      "",
      "Fourth paragraph.",
    ].join("\n");
    const { document, warnings } = parse(text);
    expect(warnings).toEqual([]);
    expect(document!.subtitle).toBeUndefined();
    expect(document!.year).toBe(2019);
    expect(document!.section).toBe("(1) Rule of Law");
    expect(document!.passages.map((p) => [p.text, p.headings, p.line])).toEqual([
      ["First paragraph.", ["(1) Rule of Law", "● Japan's Efforts"], 7],
      ["Second paragraph starts right after its heading.", ["(1) Rule of Law", "● Japan's Efforts", "■ Training"], 10],
      ["Third paragraph.", ["(1) Rule of Law", "● Other Donors"], 14],
      ["Fourth paragraph.", ["(2) Governance"], 18],
    ]);
  });

  it("takes the title as the section when there is no heading, and no year when the title has none", () => {
    const { document } = parse("Rule of Law Assistance\n\nJapan supports the drafting of civil codes.\n");
    expect(document).toMatchObject({ title: "Rule of Law Assistance", section: "Rule of Law Assistance", passages: [{ headings: [] }] });
    expect(document!.year).toBeUndefined();
  });

  it("reads notes written as 'Note 29:' and '*29', wrapped over lines, with markers in every form", () => {
    const text = [
      "White Paper 2018",
      "",
      "UNAFEI (Note 29) trains officials.",
      "",
      "The institute*30 holds seminars, Note 31, in Asia.",
      "",
      "Note 29: Established in 1962",
      "in Fuchu, Tokyo.",
      "*30 A second note.",
      "1. Note 31: A third.",
    ].join("\n");
    const { document, warnings } = parse(text);
    expect(warnings).toEqual([]);
    expect(document!.passages.map((p) => [p.id, p.kind, p.text, p.noteRefs, p.noteLabel, p.line])).toEqual([
      ["doc#p1", "paragraph", "UNAFEI trains officials.", ["Note 29"], undefined, 3],
      ["doc#p2", "paragraph", "The institute holds seminars, in Asia.", ["Note 30", "Note 31"], undefined, 5],
      ["doc#p3", "note", "Established in 1962 in Fuchu, Tokyo.", [], "Note 29", 7],
      ["doc#p4", "note", "A second note.", [], "Note 30", 9],
      ["doc#p5", "note", "A third.", [], "Note 31", 10],
    ]);
  });

  it("numbers paragraphs before notes even when a notes block comes first", () => {
    const { document } = parse("Title 2020\n\nNote 1: A note.\n\nA paragraph, Note 1 with a marker.\n");
    expect(document!.passages.map((p) => [p.id, p.kind, p.line])).toEqual([
      ["doc#p1", "paragraph", 5],
      ["doc#p2", "note", 3],
    ]);
  });

  it.each([
    ["an empty text", "", { file: "doc.txt", message: "empty file" }],
    ["only blank lines", "\n \n\t\n", { file: "doc.txt", message: "empty file" }],
    ["a title and headings only", "Title\nSubtitle\n\n(1) Heading\n\n● Another\n", { file: "doc.txt", message: "no paragraphs: the document is skipped" }],
  ])("gives no document for %s", (_name, text, warning) => {
    expect(parse(text)).toEqual({ warnings: [warning] });
  });

  it.each([
    ["a marker with no note", "Title\n\nText, Note 4 more text.\n", [{ file: "doc.txt", line: 3, message: "refers to Note 4, which is not among the document's notes" }]],
    ["a note defined twice", "Title\n\nText, Note 4 more.\n\nNote 4: One.\nNote 4: Two.\n", [{ file: "doc.txt", line: 6, message: "Note 4 is defined twice" }]],
    [
      "a first line that reads like prose",
      "This document starts with a sentence instead of a title.\n\nText.\n",
      [{ file: "doc.txt", line: 1, message: "the first line should be the document's title, but it reads like a paragraph" }],
    ],
  ])("warns about %s and still loads", (_name, text, warnings) => {
    const result = parse(text);
    expect(result.warnings).toEqual(warnings);
    expect(result.document).toBeDefined();
  });

  it("lets the source override title, year and section, and sets the url", () => {
    const { document } = parseTextDocument(SEED_TEXT, { ...source, url: "https://example.org/a", title: "WP", year: 2020, section: "Governance" });
    expect(document).toMatchObject({ title: "WP", year: 2020, section: "Governance", url: "https://example.org/a" });
  });
});

describe("parseTextDocument: a plain line under a marked heading of its block", () => {
  const parse = (text: string) => parseTextDocument(text, { slug: "doc", file: "doc.txt" }).document!;

  it("is the passage the heading introduces, not a heading of its own", () => {
    const document = parse(["Memo", "", "3. Main theme", "\"New Types of Corruption-Related Crime\"", "", "4. Attendance", "Seventeen took part."].join("\n"));
    expect(document.passages.map((passage) => [passage.headings, passage.text])).toEqual([
      [["3. Main theme"], "\"New Types of Corruption-Related Crime\""],
      [["4. Attendance"], "Seventeen took part."],
    ]);
  });

  it("still lets a block of one plain line be a heading", () => {
    const document = parse(["Memo", "", "Project Introduction", "", "The seminar met."].join("\n"));
    expect(document.passages.map((passage) => [passage.headings, passage.text])).toEqual([[["Project Introduction"], "The seminar met."]]);
  });
});

describe("parseTextDocument: notes under a label, and sections numbered like notes", () => {
  const parse = (text: string) => parseTextDocument(text, { slug: "doc", file: "doc.txt" });

  it("reads the notes of a block that opens with \"Notes\"", () => {
    const result = parse(["Memo", "", "UNAFEI Note 66 ran the course.", "", "Notes", "Note 66: The institute, set up in 1962."].join("\n"));
    expect(result.warnings).toEqual([]);
    expect(result.document!.passages.map((passage) => [passage.kind, passage.noteLabel ?? "-", passage.text])).toEqual([
      ["paragraph", "-", "UNAFEI ran the course."],
      ["note", "Note 66", "The institute, set up in 1962."],
    ]);
  });

  it("keeps \"Note 1 - The name of the course\" as text, not a reference to a note", () => {
    const result = parse(["Reading notes", "", "Note 1 - The name of the course", "The Japanese text calls it a training."].join("\n"));
    expect(result.warnings).toEqual([]);
    expect(result.document!.passages.map((passage) => passage.text)).toEqual(["Note 1 - The name of the course The Japanese text calls it a training."]);
  });
});

describe("headingKind", () => {
  it.each([
    ["(2) Assistance for Governance Including Anti-Corruption", "(n)"],
    ["(b) Legal Systems", "(a)"],
    ["● Japan’s Efforts", "mark:●"],
    ["■ Training", "mark:■"],
    ["1. Overview", "num:1"],
    ["2.3 Results in Asia", "num:2"],
    ["Box", "word:box"],
    ["Box 3 UNAFEI at 60", "word:box"],
    ["Japan’s Efforts", "plain"],
    ["“Quoted” Heading", "plain"],
    ["A sentence that ends with a full stop.", undefined],
    ["Introduced as follows:", undefined],
    ["lower-case start is a wrapped line", undefined],
    ["", undefined],
    [`(1) ${"word ".repeat(40)}`, undefined],
    [`Plain ${"word ".repeat(22)}`, undefined],
  ])("GIVEN %j THEN %j", (line, kind) => {
    expect(headingKind(line)).toBe(kind);
  });
});

describe("parseTextDocument: lists", () => {
  const parse = (body: string) => parseTextDocument(`Title\n\n${body}\n`, { slug: "doc", file: "doc.txt" }).document!.passages.map((p) => [p.text, p.line]);

  it("makes each item of a list of two or more a passage of its own, continuation lines joined", () => {
    expect(parse("- 17 to 19 October 2017, in Hanoi. This was the 11th GG Seminar.\n  Eighteen took part.\n- 27 to 29 November 2018, in Da Nang.")).toEqual([
      ["17 to 19 October 2017, in Hanoi. This was the 11th GG Seminar. Eighteen took part.", 3],
      ["27 to 29 November 2018, in Da Nang.", 5],
    ]);
  });

  it("makes each line of a numbered list a passage of its own, never a run of headings", () => {
    expect(parse("1. Dates: Tuesday 18 to Thursday 20 November\n2. Venue: Kuala Lumpur, Malaysia\n3. Main theme: 'Current Issues'")).toEqual([
      ["Dates: Tuesday 18 to Thursday 20 November", 3],
      ["Venue: Kuala Lumpur, Malaysia", 4],
      ["Main theme: 'Current Issues'", 5],
    ]);
    // Numbers that do not count up by one are headings, as before (the second in place of the first).
    const numbered = parseTextDocument("Title\n\n1. Outline\n3. Results\nThe course was held in Tokyo.\n", { slug: "doc", file: "doc.txt" }).document!.passages;
    expect(numbered.map((p) => [p.text, p.headings])).toEqual([["The course was held in Tokyo.", ["3. Results"]]]);
  });

  it("makes each line of a record of fields a passage of its own", () => {
    expect(parse("Dates: 2 to 28 November 2023\nOrganised by: UNAFEI, with trainees invited by JICA\nParticipants: 30 from overseas and 4 from Japan")).toEqual([
      ["Dates: 2 to 28 November 2023", 3],
      ["Organised by: UNAFEI, with trainees invited by JICA", 4],
      ["Participants: 30 from overseas and 4 from Japan", 5],
    ]);
    // A sentence with a colon among the lines, or a label too long to be one, keeps the block whole.
    expect(parse("Dates: 2 to 28 November 2023\nThe course was held in Tokyo.")).toEqual([["Dates: 2 to 28 November 2023 The course was held in Tokyo.", 3]]);
    expect(parse("The seminar that was held in Tokyo last year: a success\nTheme: trust")).toEqual([["The seminar that was held in Tokyo last year: a success Theme: trust", 3]]);
  });

  it("keeps a table's rows apart between pipes, as a Markdown table's, in one passage", () => {
    expect(parse("Seminar | Year | Venue\n3rd | 9-11 December 2009 | Manila\n4th | 2010 | Manila")).toEqual([
      ["| Seminar | Year | Venue | | 3rd | 9-11 December 2009 | Manila | | 4th | 2010 | Manila |", 3],
    ]);
    // Lines with unequal cells, or one pipe, are no table.
    expect(parse("Seminar | Year | Venue\nThe 3rd met in Manila | 2009")).toEqual([["Seminar | Year | Venue The 3rd met in Manila | 2009", 3]]);
    expect(parse("Seminar | Year\n3rd | 2009")).toEqual([["Seminar | Year 3rd | 2009", 3]]);
  });

  it("keeps a block that is no list, or a single dash line, as one passage", () => {
    expect(parse("The seminar met in Hanoi.\n- one aside")).toEqual([["The seminar met in Hanoi. - one aside", 3]]);
    expect(parse("- SETO Takeshi, Director of UNAFEI")).toEqual([["- SETO Takeshi, Director of UNAFEI", 3]]);
  });
});
