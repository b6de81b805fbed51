import { describe, expect, it } from "vitest";
import { parseNoteLine, stripNoteMarkers } from "../../src/knowledge/note-markers.js";

describe("stripNoteMarkers", () => {
  it.each([
    ["(UNAFEI), Note 29 Japan conducts", "(UNAFEI), Japan conducts", ["Note 29"]],
    ["the institute Note 29, which trains", "the institute, which trains", ["Note 29"]],
    ["seminars, Note 31, in Asia", "seminars, in Asia", ["Note 31"]],
    ["UNAFEI (Note 29) trains", "UNAFEI trains", ["Note 29"]],
    ["trains officials (Note 29).", "trains officials.", ["Note 29"]],
    ["the institute*30 holds", "the institute holds", ["Note 30"]],
    ["at the end Note 7", "at the end", ["Note 7"]],
    ["Note 7 at the start", "at the start", ["Note 7"]],
    ["twice Note 7 and Note 7 and Note 8", "twice and and", ["Note 7", "Note 8"]],
    ["no marker: Note that 29 is a number", "no marker: Note that 29 is a number", []],
    ["lower-case note 29 is prose", "lower-case note 29 is prose", []],
  ])("plain: GIVEN %j THEN %j %j", (input, text, noteRefs) => {
    expect(stripNoteMarkers(input, "plain")).toEqual({ text, noteRefs });
  });

  it.each([
    ["UNAFEI,[^29] Japan conducts", "UNAFEI, Japan conducts", ["Note 29"]],
    ["UNAFEI[^29] conducts", "UNAFEI conducts", ["Note 29"]],
    ["named footnote[^unafei].", "named footnote.", ["Note unafei"]],
    ["(UNAFEI), Note 29 Japan", "(UNAFEI), Japan", ["Note 29"]],
    ["*emphasis* and *29 stay in Markdown", "*emphasis* and *29 stay in Markdown", []],
  ])("markdown: GIVEN %j THEN %j %j", (input, text, noteRefs) => {
    expect(stripNoteMarkers(input, "markdown")).toEqual({ text, noteRefs });
  });
});

describe("parseNoteLine", () => {
  it.each([
    ["  1. Note 29: Established in 1962", "plain", { label: "Note 29", text: "Established in 1962" }],
    ["Note 29: Established", "plain", { label: "Note 29", text: "Established" }],
    ["Note 29. Established", "plain", { label: "Note 29", text: "Established" }],
    ["*29 Established", "plain", { label: "Note 29", text: "Established" }],
    ["2. *29: Established", "plain", { label: "Note 29", text: "Established" }],
    ["Note 29 Japan conducts", "plain", undefined],
    ["Note that this is prose: yes", "plain", undefined],
    ["[^29]: Established", "plain", undefined],
    ["[^29]: Established in 1962", "markdown", { label: "Note 29", text: "Established in 1962" }],
    ["[^unafei]:", "markdown", { label: "Note unafei", text: "" }],
    ["Note 29: Established", "markdown", { label: "Note 29", text: "Established" }],
    ["*29 Established", "markdown", undefined],
    ["*Note 29:* UNAFEI was set up in 1962", "markdown", { label: "Note 29", text: "UNAFEI was set up in 1962" }],
    ["**Note 29.** UNAFEI was set up", "markdown", { label: "Note 29", text: "UNAFEI was set up" }],
    ["*Note that this is prose:* yes", "markdown", undefined],
  ] as const)("GIVEN %j (%s) THEN %j", (line, style, expected) => {
    expect(parseNoteLine(line, style)).toEqual(expected);
  });
});
