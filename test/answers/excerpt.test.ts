import { describe, expect, it } from "vitest";
import type { KnowledgeDocument, Passage } from "../../src/knowledge/types.js";
import { MAX_EXCERPT_LENGTH, citationMemo, encodeFragmentText, makeCitation, markTerms, withTextFragment } from "../../src/answers/excerpt.js";

function passage(text: string, overrides: Partial<Passage> = {}): Passage {
  return { id: "doc#p3", docSlug: "doc", paragraph: 3, kind: "paragraph", headings: ["(2) Governance", "● Japan’s Efforts"], text, noteRefs: [], line: 9, ...overrides };
}

function doc(url?: string): KnowledgeDocument {
  return { slug: "doc", file: "doc.txt", title: "White Paper 2021", section: "(2) Governance", passages: [], ...(url ? { url } : {}) };
}

const SHORT = "Japan held a seminar in 2007. In December 2021, the 15th GG Seminar was held online.";

describe("makeCitation", () => {
  it("quotes a short passage whole, with its place and the evidence sentence linked", () => {
    const citation = makeCitation(doc("https://example.org/page.html"), passage(SHORT), { sentence: "In December 2021, the 15th GG Seminar was held online." });
    expect(citation).toEqual({
      passageId: "doc#p3",
      documentTitle: "White Paper 2021",
      section: "(2) Governance › ● Japan’s Efforts",
      paragraph: 3,
      excerpt: SHORT,
      marks: [],
      url: "https://example.org/page.html#:~:text=In%20December%202021%2C%20the%2015th%20GG%20Seminar%20was%20held%20online.",
    });
  });

  it("marks the words that yield a matched term", () => {
    const citation = makeCitation(doc(), passage(SHORT), { terms: ["15", "seminar"] });
    expect(citation.marks.map(([start, end]) => citation.excerpt.slice(start, end))).toEqual(["seminar", "15th", "Seminar"]);
  });

  it("falls back to the document section when the passage has no headings, and omits the url without one", () => {
    const citation = makeCitation(doc(), passage(SHORT, { headings: [] }));
    expect(citation.section).toBe("(2) Governance");
    expect(citation.url).toBeUndefined();
  });

  const filler = (n: number): string => Array.from({ length: n }, (_, i) => `Filler sentence number ${i + 1} says nothing at all.`).join(" ");
  const LONG = `${filler(6)} The note reports over 6,100 graduates from 140 countries. ${filler(6)}`;

  it("trims a long passage around the sentence with most matched words, with ellipses", () => {
    const citation = makeCitation(doc(), passage(LONG), { terms: ["graduates", "6100"] });
    expect(citation.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH);
    expect(citation.excerpt.startsWith("… Filler")).toBe(true);
    expect(citation.excerpt.endsWith("at all. …")).toBe(true);
    expect(citation.excerpt).toContain("The note reports over 6,100 graduates from 140 countries.");
    expect(citation.marks.map(([start, end]) => citation.excerpt.slice(start, end))).toEqual(["6,100", "graduates"]);
  });

  it("cuts a sentence too long to quote whole around the rarest word asked for, not the subject's name", () => {
    const sentence = `UNAFEI, known in Japanese as Ajiken, was set up under the agreement between the United Nations and Japan, ${"which concerns the institute and its work in the region, ".repeat(5)}as Treaty No. 4 of Showa 36.`;
    const citation = makeCitation(doc(), passage(sentence), { terms: ["unafei", "treaty"], weights: new Map([["unafei", 0.2], ["treaty", 3]]) });
    expect(citation.excerpt).toContain("Treaty No. 4 of Showa 36");
    expect(citation.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH);
  });

  it("prefers the evidence sentence over the matched words", () => {
    const citation = makeCitation(doc("https://e.org/p"), passage(LONG), { sentence: "Filler sentence number 1 says nothing at all.", terms: ["graduates"] });
    expect(citation.excerpt.startsWith("Filler sentence number 1 says")).toBe(true);
    expect(citation.url).toBe("https://e.org/p#:~:text=Filler%20sentence%20number%201%20says%20nothing%20at%20all.");
  });

  it("cuts a single over-long sentence around its first matched word, at word boundaries", () => {
    const words = Array.from({ length: 150 }, (_, i) => `word${i}`);
    words[60] = "graduates";
    const citation = makeCitation(doc(), passage(`${words.join(" ")}.`), { terms: ["graduates"] });
    expect(citation.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH);
    expect(citation.excerpt).toMatch(/^… word\d+ .* graduates .* word\d+ …$/);
    expect(citation.marks).toHaveLength(1);
  });

  it("quotes an over-long sentence from its start when the matched word comes early, so its opening date is kept", () => {
    const words = Array.from({ length: 150 }, (_, i) => `word${i}`);
    words.splice(0, 6, "On", "Saturday", "29", "June", "2019", "we");
    words[15] = "symposium";
    const citation = makeCitation(doc(), passage(`${words.join(" ")}.`), { terms: ["symposium"] });
    expect(citation.excerpt).toMatch(/^On Saturday 29 June 2019 we .* symposium .* …$/);
    expect(citation.excerpt.length).toBeLessThanOrEqual(MAX_EXCERPT_LENGTH);
  });
});

describe("markTerms", () => {
  it.each([
    ["Japan’s Efforts", ["japan"], [[0, 7]]],
    ["Timor-Leste joined", ["leste"], [[0, 11]]],
    ["the 23rd UNCAC", ["23"], [[4, 8]]],
    ["nothing here", ["graduates"], []],
    ["no terms", [], []],
  ] as const)("%j with %j → %j", (excerpt, terms, expected) => {
    expect(markTerms(excerpt, new Set(terms))).toEqual(expected);
  });
});

describe("encodeFragmentText", () => {
  it.each([
    ["Timor-Leste", "Timor%2DLeste"],
    ["A & B, C", "A%20%26%20B%2C%20C"],
    ["“Quoted” text", "%E2%80%9CQuoted%E2%80%9D%20text"],
    ["Japan’s", "Japan%E2%80%99s"],
    ["(UNAFEI)", "(UNAFEI)"],
  ])("%j → %j", (input, expected) => {
    expect(encodeFragmentText(input)).toBe(expected);
  });
});

describe("withTextFragment", () => {
  it("links a short sentence whole", () => {
    expect(withTextFragment("https://e.org/p.html", "Established in 1962.")).toBe("https://e.org/p.html#:~:text=Established%20in%201962.");
  });
  it("links a long sentence by its first and last words", () => {
    expect(
      withTextFragment(
        "https://e.org/p.html",
        "In 2021, the 23rd UNCAC training programme on the theme of “Tackling Emerging Threats of Corruption in the Borderless and Digitalized World” was conducted online from September to October.",
      ),
    ).toBe("https://e.org/p.html#:~:text=In%202021%2C%20the%2023rd,from%20September%20to%20October.");
  });
  it("appends the directive to an existing fragment", () => {
    expect(withTextFragment("https://e.org/p.html#sec2", "Anti-corruption, in brief.")).toBe("https://e.org/p.html#sec2:~:text=Anti%2Dcorruption%2C%20in%20brief.");
  });
  it("leaves the url alone for an empty sentence", () => {
    expect(withTextFragment("https://e.org/p", "   ")).toBe("https://e.org/p");
  });
});

describe("citationMemo", () => {
  it("gives the citations makeCitation gives without one, for every passage and focus it is shared by", () => {
    const memo = citationMemo();
    const long = passage(`${"Words before the point. ".repeat(20)}In December 2021, the 15th GG Seminar was held online. ${"Words after it. ".repeat(20)}`, { id: "doc#p4" });
    const cases = [
      [passage(SHORT), { terms: ["15", "seminar"] }],
      [long, { sentence: "In December 2021, the 15th GG Seminar was held online.", terms: ["seminar"] }],
      [passage(SHORT), { terms: ["japan"] }],
      [long, { terms: ["15", "seminar"] }],
    ] as const;
    for (const [text, focus] of cases) {
      expect(makeCitation(doc("https://example.org/p.html"), text, { ...focus, terms: [...focus.terms] }, memo)).toEqual(makeCitation(doc("https://example.org/p.html"), text, { ...focus, terms: [...focus.terms] }));
    }
  });
});
