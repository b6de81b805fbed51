import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/answers/types.js";
import { renderJson, renderTerminal, wrap } from "../../src/render/terminal.js";

const answer: Answer = {
  command: "course",
  query: "175th",
  found: true,
  results: [
    {
      key: "course-175",
      title: "175th international training course",
      description: "International training course (UNAFEI)",
      facts: [
        { label: "Theme", value: "Treatment of Women Offenders" },
        { label: "Format", value: "online" },
      ],
      citations: [
        {
          passageId: "seed#p7",
          documentTitle: "White Paper 2021",
          section: "(2) Governance › ● Efforts",
          paragraph: 7,
          url: "https://example.org/page#:~:text=the%20175th",
          excerpt: "the 175th international training course on “Treatment of Women Offenders”",
          marks: [[4, 9]],
        },
      ],
    },
  ],
  suggestions: [],
};

describe("renderTerminal", () => {
  it("renders title, facts, the quote and its citation as plain text", () => {
    expect(renderTerminal(answer, { color: false, width: 100 })).toBe(
      [
        "1. 175th international training course",
        "   International training course (UNAFEI)",
        "   Theme: Treatment of Women Offenders",
        "   Format: online",
        "    “the 175th international training course on “Treatment of Women Offenders””",
        "      — White Paper 2021 › (2) Governance › ● Efforts › ¶7",
        "      https://example.org/page#:~:text=the%20175th",
      ].join("\n"),
    );
  });

  it("emphasises matched words in colour mode", () => {
    expect(renderTerminal(answer, { color: true, width: 100 })).toContain("“the \u001b[1m175th\u001b[0m international");
  });

  it("renders a not-found answer with its message and suggestions", () => {
    const notFound: Answer = { command: "course", query: "99th", found: false, message: "No course matches “99th”.", results: [], suggestions: ["23rd", "15th"] };
    expect(renderTerminal(notFound, { color: false, width: 100 })).toBe("No course matches “99th”.\n\nTry: 23rd · 15th");
  });

  it("says so when there is nothing at all", () => {
    expect(renderTerminal({ command: "ask", query: "", found: false, results: [], suggestions: [] }, { color: false, width: 80 })).toBe("Nothing found.");
  });
});

describe("wrap", () => {
  it("wraps at the width including the indent", () => {
    expect(wrap("one two three four", 10, "  ")).toEqual(["  one two", "  three", "  four"]);
  });
});

describe("renderJson", () => {
  it("prints the Answer with the keys DESIGN.md fixes", () => {
    expect(Object.keys(JSON.parse(renderJson(answer)) as object)).toEqual(["command", "query", "found", "results", "suggestions"]);
  });
});
