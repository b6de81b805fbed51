// documentToMarkdown: a parsed page → the text of a Markdown knowledge file that the Markdown loader
// reads back as the same passages (text, section path, notes) and metadata; escapes only where the
// loader would read the text otherwise; and what the format cannot say reported, never hidden.
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { documentToMarkdown } from "../../src/console/import-markdown.js";
import { parseHtmlDocument } from "../../src/knowledge/parse-html.js";
import { normaliseText } from "../../src/knowledge/normalise.js";
import { parseMarkdownDocument } from "../../src/knowledge/parse-markdown.js";
import type { KnowledgeDocument, Passage } from "../../src/knowledge/types.js";

const page = (name: string): KnowledgeDocument =>
  parseHtmlDocument(readFileSync(new URL(`../fixtures/html/${name}`, import.meta.url), "utf8"), { slug: "page", file: name }).document!;

/** A document of the given passages (paragraphs unless a note label is given). */
function documentOf(passages: Array<{ text: string; headings?: string[]; noteRefs?: string[]; noteLabel?: string }>, extra: Partial<KnowledgeDocument> = {}): KnowledgeDocument {
  return {
    slug: "doc",
    file: "doc.html",
    title: "White Paper 2030",
    year: 2030,
    section: "Section",
    passages: passages.map((passage, index): Passage => ({
      id: `doc#p${index + 1}`,
      docSlug: "doc",
      paragraph: index + 1,
      kind: passage.noteLabel === undefined ? "paragraph" : "note",
      headings: passage.headings ?? [],
      text: passage.text,
      noteRefs: passage.noteRefs ?? [],
      ...(passage.noteLabel !== undefined && { noteLabel: passage.noteLabel }),
      line: index + 1,
    })),
    ...extra,
  };
}

const content = (document: KnowledgeDocument) => document.passages.map(({ kind, text, headings, noteRefs, noteLabel }) => ({ kind, text, headings, noteRefs, noteLabel }));
const readBack = (text: string): KnowledgeDocument => parseMarkdownDocument(text, { slug: "doc", file: "doc.md" }).document!;
/** The body: what follows the front matter. */
const body = (text: string): string => text.slice(text.indexOf("\n---\n", 4) + 5);

describe("documentToMarkdown: a ministry section page", () => {
  const document = page("ministry-section.html");
  const markdown = documentToMarkdown(document, "2031-04-01");

  it("writes front matter, a heading per step of the section path, a block per passage, notes as footnotes", () => {
    expect(markdown.text).toBe(
      [
        "---",
        "title: White Paper on Development Cooperation 2030",
        "year: 2030",
        "section: (3) Support for Justice Systems",
        "url: https://example.org/policy/oda/white/2030/html/honbun/b2/s2_1_3.html",
        "retrieved: 2031-04-01",
        "---",
        "",
        "## (3) Support for Justice Systems",
        "",
        "Courts and prosecutors that work well are the ground on which a fair society stands.",
        "",
        "### ● Japan’s Efforts",
        "",
        "Through the training institute, Japan ran a course on juvenile justice for practitioners from Asia and Africa.[^31]",
        "",
        "Ten lectures were given by visiting experts.",
        "",
        "Site visits took participants to family courts.",
        "",
        // A table row stays one block, so that it stays one passage, as the catalogue reads tables.
        "#### Courses held",
        "",
        "Course | Dates | Venue | Participants",
        "",
        "190th International Training Course | 5-28 May 2030 | Akishima, Tokyo | 21 practitioners",
        "",
        "191st International Training Course | 2-25 October 2030 | Online | 19 practitioners",
        "",
        "#### Column: A Day at the Institute",
        "",
        "Mornings begin with a lecture; afternoons are spent in group work.",
        "",
        "##### Evening",
        "",
        "Participants cook dishes from their home countries for one another.",
        "",
        // Back out of the box: the heading it returns to, again (Markdown has no end of a section).
        "### ● Japan’s Efforts",
        "",
        "After the course, graduates keep in touch through an alumni network.",
        "",
        "[^31]: An institute of the Ministry of Justice, founded in 1962.",
        "",
      ].join("\n"),
    );
    expect(markdown.differences).toEqual([]);
  });

  it("reads back as the same passages and metadata", () => {
    const back = readBack(markdown.text);
    expect(content(back)).toEqual(content(document));
    expect([back.title, back.subtitle, back.year, back.section, back.url]).toEqual([document.title, document.subtitle, document.year, document.section, document.url]);
  });

  it("leaves out retrieved when it is not known", () => {
    expect(documentToMarkdown(document).text).not.toContain("retrieved");
  });
});

describe("documentToMarkdown: escapes only what the loader would read otherwise", () => {
  it.each([
    ["Plain text stays as it is.", "Plain text stays as it is."],
    ["Cells | with | pipes stay", "Cells | with | pipes stay"],
    ["snake_case_name and 3*4 and 5*6*7 stay", "snake_case_name and 3*4 and 5*6*7 stay"],
    ["a back\\slash before a letter stays", "a back\\slash before a letter stays"],
    ["<Japan’s Efforts> written in angle brackets", "\\<Japan’s Efforts> written in angle brackets"],
    ["A *starred* word", "A \\*starred\\* word"],
    ["A **bold** word", "A \\*\\*bold\\*\\* word"],
    ["The `code` word", "The \\`code\\` word"],
    ["[a link](x) in text", "\\[a link](x) in text"],
    ["[^3] is not a footnote here", "\\[\\^3] is not a footnote here"],
    ["an escaped \\* star", "an escaped \\\\\\* star"],
    ["1. Introduction of the course", "1\\. Introduction of the course"],
    ["12) Twelfth point", "12\\) Twelfth point"],
    ["- a dash first", "\\- a dash first"],
    ["+ a plus first", "\\+ a plus first"],
    ["# not a heading", "\\# not a heading"],
    ["> not a quote", "\\> not a quote"],
    ["``` not a fence", "\\`\\`\\` not a fence"],
    ["~~~ not a fence either", "\\~~~ not a fence either"],
    ["---", "\\---"],
    ["<!-- not a comment -->", "\\<!-- not a comment -->"],
  ])("GIVEN the paragraph %j THEN the line %j", (text, line) => {
    const markdown = documentToMarkdown(documentOf([{ text }]));
    expect([body(markdown.text), markdown.differences]).toEqual([`\n${line}\n`, []]);
    expect(content(readBack(markdown.text))).toEqual(content(documentOf([{ text }])));
  });

  it.each([
    ["<Japan’s Efforts>", "## \\<Japan’s Efforts>"],
    ["C #", "## C \\#"],
    ["(2) Governance", "## (2) Governance"],
  ])("GIVEN the heading %j THEN the line %j", (heading, line) => {
    const document = documentOf([{ text: "Text.", headings: [heading] }]);
    const markdown = documentToMarkdown(document);
    expect([body(markdown.text).split("\n")[1], markdown.differences]).toEqual([line, []]);
  });

  it("writes a note's references as footnote markers and escapes a note only where needed", () => {
    const document = documentOf([
      { text: "Text.", noteRefs: ["Note 2", "Note 10"] },
      { text: "Established in 1962.", noteLabel: "Note 2", noteRefs: ["Note 10"] },
      { text: "A `coded` note.", noteLabel: "Note 10" },
    ]);
    const markdown = documentToMarkdown(document);
    expect([body(markdown.text), markdown.differences]).toEqual(["\nText.[^2][^10]\n\n[^2]: Established in 1962.[^10]\n\n[^10]: A \\`coded\\` note.\n", []]);
    expect(content(readBack(markdown.text))).toEqual(content(document));
  });

  it("quotes front matter values YAML would misread", () => {
    const document = documentOf([{ text: "Text." }], { title: "Report: 2030", section: "- listed", subtitle: "#1" });
    const markdown = documentToMarkdown(document);
    expect(markdown.text.split("\n").slice(1, 5)).toEqual(['title: "Report: 2030"', 'subtitle: "#1"', "year: 2030", "section: \"- listed\""]);
    expect(markdown.differences).toEqual([]);
  });
});

describe("documentToMarkdown: what Markdown cannot say is reported", () => {
  it.each([
    [
      "a note marker left in the text",
      [{ text: "See Note 5 for more." }],
      ["¶1: text reads back differently (“See for more.”)", "¶1: notes read back differently"],
    ],
    [
      "a section path that goes back to no heading (text after a box before any heading)",
      [{ text: "In the box.", headings: ["Box"] }, { text: "After it." }],
      ["¶2: section path reads back as “Box” instead of (none)"],
    ],
    [
      "seven levels of headings (Markdown has six)",
      [{ text: "Deep.", headings: ["1", "2", "3", "4", "5", "6", "7"] }],
      ["¶1: section path reads back as “1 › 2 › 3 › 4 › 5 › 7” instead of “1 › 2 › 3 › 4 › 5 › 6 › 7”"],
    ],
  ])("GIVEN %s THEN the difference is listed", (_name, passages, differences) => {
    expect(documentToMarkdown(documentOf(passages)).differences).toEqual(differences);
  });

  it("GIVEN six levels of headings THEN the outermost is a # heading and nothing is lost", () => {
    const document = documentOf([{ text: "Deep.", headings: ["1", "2", "3", "4", "5", "6"] }]);
    const markdown = documentToMarkdown(document);
    expect([body(markdown.text).split("\n")[1], markdown.differences]).toEqual(["# 1", []]);
  });
});

describe("documentToMarkdown on arbitrary passages", () => {
  // Text made of the characters and words the Markdown loader reacts to, normalised as the parsers
  // leave passages (single spaces, trimmed), without the one thing no escape can protect: a note
  // marker ("Note 5").
  const fragment = fc.constantFrom(
    "*", "**", "_", "__", "`", "```", "[", "]", "(", ")", "[^1]", "[a](b)", "![i](j)", "<", ">", "<b>", "</i>", "<br>", "<!--",
    "-->", "<https://x.org>", "\\", "\\*", "#", "##", "-", "+", "1.", "2)", "---", "===", "~~~", "|", "^", "!", "Note", "5",
    "word", "Japan’s", "“quoted”", "●", "(2)", ":", "é",
  );
  const text = fc
    .array(fc.oneof(fragment, fragment, fc.string({ maxLength: 4 })), { minLength: 1, maxLength: 12 })
    .map((parts) => normaliseText(parts.join(" ")).replace(/\s+/g, " ").trim())
    .filter((value) => value !== "" && !/\bNote\s+\d/.test(value));
  const passages = fc.array(fc.record({ text, headings: fc.array(text, { minLength: 1, maxLength: 4 }) }), { minLength: 1, maxLength: 6 });

  it("reads back as the same passages, with nothing reported", () => {
    fc.assert(
      fc.property(passages, (drafts) => {
        const document = documentOf(drafts);
        const markdown = documentToMarkdown(document);
        expect(markdown.differences).toEqual([]);
        expect(content(readBack(markdown.text))).toEqual(content(document));
      }),
      { numRuns: 300 },
    );
  });
});
