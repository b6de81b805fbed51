import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeImport, importFileName, urlName } from "../../src/console/import-summary.js";
import { extractCatalogue } from "../../src/knowledge/extract/index.js";
import { parseHtmlDocument } from "../../src/knowledge/parse-html.js";

describe("importFileName", () => {
  it.each([
    [{ section: "(2) Assistance for Governance Including Anti-Corruption", year: 2021 }, "s2_1_2.html", "2021-2-assistance-for-governance-including-anti-corruption"],
    [{ section: "Holding of the 30th GG Seminar in 2036", year: 2036 }, "x.html", "holding-of-the-30th-gg-seminar-in-2036"],
    [{ section: "Coopération judiciaire" }, "x.html", "cooperation-judiciaire"],
    [{ section: "● Japan’s Efforts", year: 2030 }, "x.html", "2030-japan-s-efforts"],
    [{ section: `${"Capacity building ".repeat(8)}end`, year: 2030 }, "x.html", "2030-capacity-building-capacity-building-capacity-building-capacity-building"],
    [{ section: "A".repeat(100) }, "x.html", "a".repeat(80)],
  ])("GIVEN %j THEN %s", (document, source, name) => {
    expect(importFileName(document, source)).toBe(name);
  });

  it.each([
    // Mostly Japanese: the few Latin letters ("GG") would make a poor name; the source's name is better.
    [{ section: "第31回GGセミナーの開催について", year: 2037 }, "GG31_kaisai.html", "gg31-kaisai"],
    [{ section: "第31回セミナー" }, "報告.pdf", "imported"],
    [{ section: "2021" }, "page.pdf", "page"],
  ])("GIVEN %j from %s THEN the source's name: %s", (document, source, name) => {
    expect(importFileName(document, source)).toBe(name);
  });
});

describe("urlName", () => {
  it.each([
    ["https://www.mofa.go.jp/policy/oda/white/2021/html/honbun/b2/s2_1_2.html", "s2_1_2.html"],
    ["https://example.org/reports/%E5%A0%B1%E5%91%8A.pdf?x=1", "報告.pdf"],
    ["https://example.org/a/", "a"],
    ["https://example.org/", "example.org"],
    ["https://example.org/%E0%A4%A", "%E0%A4%A"],
  ])("GIVEN %s THEN %s", (url, name) => {
    expect(urlName(new URL(url))).toBe(name);
  });
});

describe("describeImport", () => {
  it("counts sections, passages, paragraphs and notes, series and editions, and names the editions", () => {
    const html = readFileSync(new URL("../fixtures/html/seed.html", import.meta.url), "utf8");
    const document = parseHtmlDocument(html, { slug: "seed", file: "seed.html" }).document!;
    expect(describeImport(document, extractCatalogue([document]))).toBe(
      "2 sections, 7 passages (6 paragraphs, 1 note), 3 series, 4 editions (23rd UNCAC Training Programme, 15th GG Seminar, 175th International Training Course, 176th International Training Course)",
    );
  });

  it("says one in the singular and lists no editions when there are none", () => {
    const document = parseHtmlDocument("<title>Notes 2030</title><main><h2>Only</h2><p>A single paragraph.</p></main>", { slug: "d", file: "d.html" }).document!;
    expect(describeImport(document, extractCatalogue([document]))).toBe("1 section, 1 passage (1 paragraph, 0 notes), 0 series, 0 editions");
  });
});
