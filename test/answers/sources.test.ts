import { describe, expect, it } from "vitest";
import { answerSources } from "../../src/answers/sources.js";
import { emptyKnowledge, tinyKnowledge } from "../support/tiny-knowledge.js";

describe("answerSources", () => {
  it("gives one result per document: title, year, section, passage count, URL", () => {
    expect(answerSources(tinyKnowledge())).toEqual({
      command: "sources",
      query: "",
      found: true,
      message: "1 document in the knowledge.",
      results: [
        {
          key: "wp2019",
          title: "White Paper on Development Cooperation 2019",
          facts: [
            { label: "Year", value: "2019" },
            { label: "Section", value: "(2) Governance" },
            { label: "Passages", value: "4" },
            { label: "URL", value: "https://example.org/wp2019.html" },
            { label: "File", value: "wp2019.txt" },
          ],
          citations: [],
        },
      ],
      suggestions: [],
    });
  });

  it("says so when there is no document", () => {
    expect(answerSources(emptyKnowledge())).toEqual({ command: "sources", query: "", found: false, message: "The knowledge has no documents.", results: [], suggestions: [] });
  });
});
