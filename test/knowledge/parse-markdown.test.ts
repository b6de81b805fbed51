import { describe, expect, it } from "vitest";
import { parseMarkdownDocument, stripInlineMarkup } from "../../src/knowledge/parse-markdown.js";
import { parseTextDocument } from "../../src/knowledge/parse-text.js";
import { SEED_TEXT } from "./seed.js";

const source = { slug: "wp-2014", file: "wp/2014.md" };
const parse = (text: string) => parseMarkdownDocument(text, source);

const SAMPLE = [
  "---",
  "title: White Paper on Development Cooperation 2014",
  "subtitle: Japan's ODA",
  "year: 2014",
  "section: Governance",
  "url: https://www.mofa.go.jp/policy/oda/white/2014/html/",
  "---",
  "",
  "## (3) Assistance for Governance",
  "",
  "The **8th** GG Seminar was held in [Kuala Lumpur](https://example.org), Malaysia",
  "from 18 to 20 November 2014.[^29]",
  "",
  "### ● Japan’s Efforts",
  "",
  "- UNAFEI, Note 30 trains officials",
  "  from *all ten* ASEAN countries.",
  "",
  "## (4) Next",
  "",
  "> A quoted paragraph.",
  "",
  "[^29]: The GG Seminar started in 2007.",
  "Note 30: Established in 1962.",
  "",
].join("\n");

describe("parseMarkdownDocument", () => {
  it("makes each line of a record of fields a passage of its own, and keeps a wrapped paragraph whole", () => {
    const passages = (body: string) => parse(`---\ntitle: T\n---\n\n${body}\n`).document!.passages.map((p) => [p.text, p.line]);
    expect(passages("**Dates:** 2 to 28 November 2023\n**Venue:** UNAFEI, Akishima")).toEqual([["Dates: 2 to 28 November 2023", 5], ["Venue: UNAFEI, Akishima", 6]]);
    expect(passages("The seminar was held\nin Tokyo: a first.")).toEqual([["The seminar was held in Tokyo: a first.", 5]]);
  });

  it("reads front matter, headings, paragraphs and both kinds of notes", () => {
    const { document, warnings } = parse(SAMPLE);
    expect(warnings).toEqual([]);
    expect({ ...document, passages: undefined }).toEqual({
      slug: "wp-2014",
      file: "wp/2014.md",
      title: "White Paper on Development Cooperation 2014",
      subtitle: "Japan's ODA",
      year: 2014,
      section: "Governance",
      url: "https://www.mofa.go.jp/policy/oda/white/2014/html/",
      passages: undefined,
    });
    expect(document!.passages.map((p) => [p.id, p.kind, p.text, p.headings, p.noteRefs, p.noteLabel, p.line])).toEqual([
      [
        "wp-2014#p1",
        "paragraph",
        "The 8th GG Seminar was held in Kuala Lumpur, Malaysia from 18 to 20 November 2014.",
        ["(3) Assistance for Governance"],
        ["Note 29"],
        undefined,
        11,
      ],
      [
        "wp-2014#p2",
        "paragraph",
        "UNAFEI, trains officials from all ten ASEAN countries.",
        ["(3) Assistance for Governance", "● Japan’s Efforts"],
        ["Note 30"],
        undefined,
        16,
      ],
      ["wp-2014#p3", "paragraph", "A quoted paragraph.", ["(4) Next"], [], undefined, 21],
      ["wp-2014#p4", "note", "The GG Seminar started in 2007.", ["(4) Next"], [], "Note 29", 23],
      ["wp-2014#p5", "note", "Established in 1962.", ["(4) Next"], [], "Note 30", 24],
    ]);
  });

  it("takes the title from a first # heading, the year from the title and the section from the next heading", () => {
    const { document, warnings } = parse("# White Paper 2019\n\n## Rule of Law\n\nText.\n");
    expect(warnings).toEqual([]);
    expect(document).toMatchObject({ title: "White Paper 2019", year: 2019, section: "Rule of Law", passages: [{ headings: ["Rule of Law"], line: 5 }] });
  });

  it("reads front matter's retrieved date without a warning", () => {
    const { document, warnings } = parse("---\ntitle: WP 2020\nretrieved: 2024-05-01\n---\nText.\n");
    expect([warnings, document?.title]).toEqual([[], "WP 2020"]);
  });

  it("treats a # heading as a section heading when front matter has another title", () => {
    const { document } = parse("---\ntitle: WP 2020\n---\n# Governance\n\nText.\n");
    expect(document).toMatchObject({ title: "WP 2020", year: 2020, section: "Governance", passages: [{ headings: ["Governance"], line: 6 }] });
  });

  it("reads setext headings and skips code, comments and rules", () => {
    const text = "Title 2015\n==========\n\nSection\n-------\n\n<!-- a comment\nspanning lines -->\n\n```\ncode();\n```\n\n***\n\nText.\n";
    const { document, warnings } = parse(text);
    expect(warnings).toEqual([]);
    expect(document).toMatchObject({ title: "Title 2015", section: "Section", passages: [{ text: "Text.", headings: ["Section"], line: 16 }] });
    expect(document!.passages).toHaveLength(1);
  });

  it("gives the seed's passages when the seed is written as Markdown", () => {
    const seed = parseTextDocument(SEED_TEXT, source).document!;
    const lines = SEED_TEXT.split("\n");
    const markdown = [`# ${lines[0]}`, "", `## ${lines[3]}`, ...lines.slice(4, 7), `### ${lines[7]}`, ...lines.slice(8)].join("\n");
    const { document, warnings } = parse(`---\nsubtitle: ${lines[1]}\n---\n${markdown}`);
    expect(warnings).toEqual([]);
    expect(document!.passages.map((p) => [p.kind, p.text, p.headings, p.noteRefs, p.noteLabel])).toEqual(
      seed.passages.map((p) => [p.kind, p.text, p.headings, p.noteRefs, p.noteLabel]),
    );
    expect([document!.title, document!.subtitle, document!.year, document!.section]).toEqual([seed.title, seed.subtitle, seed.year, seed.section]);
  });

  it("handles CRLF, a BOM and non-breaking spaces", () => {
    const variant = `\uFEFF${SAMPLE.replace(/ the /g, "\u00A0the ").replace(/\n/g, "\r\n")}`;
    expect(parse(variant)).toEqual(parse(SAMPLE));
  });

  it.each([
    [
      "a YAML syntax error",
      "---\nyear: 2016\ntitle: WP: 2016\n---\n# WP 2016\n\nText.\n",
      { file: "wp/2014.md", line: 3, message: "front matter is not valid YAML (Nested mappings are not allowed in compact mappings); ignored" },
    ],
    ["a list instead of a mapping", "---\n- a\n- b\n---\n# WP 2016\n\nText.\n", { file: "wp/2014.md", line: 2, message: "front matter must be a mapping of keys (title, subtitle, year, section, url, retrieved); ignored" }],
    ["year: soon", "---\ntitle: WP\nyear: soon\n---\nText.\n", { file: "wp/2014.md", line: 3, message: 'front matter: year must be a four-digit year, not "soon"; ignored' }],
    ["url: 5", "---\ntitle: WP\nurl: 5\n---\nText.\n", { file: "wp/2014.md", line: 3, message: "front matter: url must be an http(s) URL, not number 5; ignored" }],
    ["an unknown key", "---\ntitle: WP\ntags: [a]\n---\nText.\n", { file: "wp/2014.md", line: 3, message: 'front matter: unknown key "tags" (expected title, subtitle, year, section, url, retrieved)' }],
    ["unclosed front matter", "---\n# WP 2016\n\nText.\n", { file: "wp/2014.md", line: 1, message: "front matter is never closed by a --- line; read as text" }],
  ])("warns about %s with its line", (_name, text, warning) => {
    const result = parse(text);
    expect(result.warnings).toEqual([warning]);
  });

  it("still loads the body after malformed front matter when the body has a title", () => {
    const result = parse("---\ntitle: [unclosed\n---\n# WP 2016\n\nText.\n");
    expect(result.warnings).toHaveLength(1);
    expect(result.document).toMatchObject({ title: "WP 2016", year: 2016, passages: [{ text: "Text.", line: 6 }] });
  });

  it.each([
    ["an empty file", "", "empty file"],
    ["no title anywhere", "Just a paragraph.\n", "no title: the document is skipped"],
    ["a title but no paragraphs", "# WP 2016\n\n## Section\n", "no paragraphs: the document is skipped"],
    ["malformed front matter and no title", "---\ntitle: [x\n---\nText.\n", "no title: the document is skipped"],
  ])("gives no document for %s", (_name, text, message) => {
    const result = parse(text);
    expect(result.document).toBeUndefined();
    expect(result.warnings.at(-1)).toEqual({ file: "wp/2014.md", message });
  });
});

describe("stripInlineMarkup", () => {

  it.each([
    ["**bold** and __strong__", "bold and strong"],
    ["*em* and _em_ but snake_case_word and 2*3*4", "em and em but snake_case_word and 2*3*4"],
    ["[a link](https://x.org) and ![alt](i.png)", "a link and alt"],
    ["<https://x.org> and `code`", "https://x.org and code"],
    ["line<br>break and <span>tag</span>", "line break and tag"],
    ["escaped \\*stars\\*", "escaped *stars*"],
    ["“curly” quotes stay", "“curly” quotes stay"],
    // CommonMark backslash escapes: any ASCII punctuation, and an escaped character starts no markup.
    ["\\<Japan’s Efforts> and \\<br>", "<Japan’s Efforts> and <br>"],
    ["\\[not a link](x) and \\`not code\\` and \\*\\*not bold\\*\\*", "[not a link](x) and `not code` and **not bold**"],
    ["\\^ \\# \\$ \\~ \\| \\\\", "^ # $ ~ | \\"],
    ["a\\\\[link](x)", "a\\link"],
    ["\\é and \\a stay", "\\é and \\a stay"],
  ])("GIVEN %j THEN %j", (input, expected) => {
    expect(stripInlineMarkup(input)).toBe(expected);
  });
});
