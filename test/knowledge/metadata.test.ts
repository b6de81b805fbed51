import { describe, expect, it } from "vitest";
import { FRONT_MATTER_KEYS, parseMetadata, SIDECAR_KEYS } from "../../src/knowledge/metadata.js";

const sidecar = { file: "a.meta.yml", firstLine: 1, label: "sidecar", keys: SIDECAR_KEYS };
const front = { file: "a.md", firstLine: 2, label: "front matter", keys: FRONT_MATTER_KEYS };

describe("parseMetadata", () => {
  it("reads every key of a front matter", () => {
    const text = "title: WP 2014\nsubtitle: ODA\nyear: 2014\nsection: (2) Governance\nurl: https://example.org/x";
    expect(parseMetadata(text, front)).toEqual({
      metadata: { title: "WP 2014", subtitle: "ODA", year: 2014, section: "(2) Governance", url: "https://example.org/x" },
      warnings: [],
    });
  });

  it.each([
    ["", {}],
    ["# only a comment", {}],
    ["url: https://www.mofa.go.jp/a.html", { url: "https://www.mofa.go.jp/a.html" }],
    ['year: "2019"', { year: 2019 }],
    ["title: '  spaced  '", { title: "spaced" }],
  ])("GIVEN %j THEN %j without warnings", (text, metadata) => {
    expect(parseMetadata(text, sidecar)).toEqual({ metadata, warnings: [] });
  });

  it.each([
    ["year: soon", 'year must be a four-digit year, not "soon"'],
    ["year: 21", "year must be a four-digit year, not number 21"],
    ["year: 2021.5", "year must be a four-digit year, not number 2021.5"],
    ["url: 5", "url must be an http(s) URL, not number 5"],
    ["url: www.mofa.go.jp", 'url must be an http(s) URL, not "www.mofa.go.jp"'],
    ["title: [a, b]", "title must be non-empty text, not a list"],
    ["title:", "title must be non-empty text, not an empty value"],
    ["section: 2021-01-01", "section must be non-empty text, not a date"],
    ["title: {a: 1}", "title must be non-empty text, not a mapping"],
  ])("GIVEN %j THEN drops it: %s", (text, problem) => {
    expect(parseMetadata(`# comment\n${text}`, sidecar)).toEqual({
      metadata: {},
      warnings: [{ file: "a.meta.yml", line: 2, message: `sidecar: ${problem}; ignored` }],
    });
  });

  it.each([
    ["retrieved: 2024-05-01", "2024-05-01"],
    ["retrieved: '2024-05-01'", "2024-05-01"],
    ["retrieved: 2024-05-01T23:30:00Z", "2024-05-01"],
  ])("GIVEN front matter %j THEN retrieved is %s", (text, retrieved) => {
    expect(parseMetadata(text, front)).toEqual({ metadata: { retrieved }, warnings: [] });
  });

  it.each([
    ["retrieved: yesterday", 'retrieved must be a date (YYYY-MM-DD), not "yesterday"'],
    ["retrieved: '2024-02-30'", 'retrieved must be a date (YYYY-MM-DD), not "2024-02-30"'],
    ["retrieved: '2024-5-1'", 'retrieved must be a date (YYYY-MM-DD), not "2024-5-1"'],
    ["retrieved: 2024", "retrieved must be a date (YYYY-MM-DD), not number 2024"],
  ])("GIVEN front matter %j THEN drops it: %s", (text, problem) => {
    expect(parseMetadata(text, front)).toEqual({ metadata: {}, warnings: [{ file: "a.md", line: 2, message: `front matter: ${problem}; ignored` }] });
  });

  it("rejects retrieved in a sidecar as an unknown key (a sidecar describes a file kept as published)", () => {
    expect(parseMetadata("retrieved: 2024-05-01", sidecar).warnings).toEqual([
      { file: "a.meta.yml", line: 1, message: 'sidecar: unknown key "retrieved" (expected url, title, year, section)' },
    ]);
  });

  it("rejects a subtitle in a sidecar as an unknown key", () => {
    expect(parseMetadata("subtitle: ODA", sidecar).warnings).toEqual([
      { file: "a.meta.yml", line: 1, message: 'sidecar: unknown key "subtitle" (expected url, title, year, section)' },
    ]);
  });

  it.each([
    ["just text", 2, "front matter must be a mapping of keys (title, subtitle, year, section, url, retrieved); ignored"],
    ["title: a\nyear: [1\nurl: x", 4, "front matter is not valid YAML (Flow sequence in block collection must be sufficiently indented and end with a ]); ignored"],
    ["title: a\n  bad: indent", 2, "front matter is not valid YAML (Nested mappings are not allowed in compact mappings); ignored"],
  ])("GIVEN %j THEN warns at line %d", (text, line, message) => {
    expect(parseMetadata(text, front)).toEqual({ metadata: {}, warnings: [{ file: "a.md", line, message }] });
  });

  it("gives the same answer for the same bad text twice (no stale parser cache)", () => {
    const text = "year: [1";
    expect(parseMetadata(text, front)).toEqual(parseMetadata(text, front));
    expect(parseMetadata(text, front).warnings).toHaveLength(1);
  });
});
