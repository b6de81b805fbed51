import { describe, expect, it } from "vitest";
import { answerAsk } from "../../src/answers/ask.js";
import { HOSTILE_QUERIES } from "../support/hostile-queries.js";
import { TINY_URL, emptyKnowledge, tinyKnowledge } from "../support/tiny-knowledge.js";

const k = tinyKnowledge();
const SUBJECTS = ["GG Seminar", "UNCAC training programme", "international training course", "Regional Cooperation against Corruption", "Corruption in Public Procurement", "Women in Criminal Justice"];

describe("answerAsk", () => {
  it.each([
    ["how many graduates", ["wp2019#p4"]],
    ["When was UNAFEI established?", ["wp2019#p4"]],
    ["where was the GG Seminar held", ["wp2019#p1"]],
    // ¶3 names Japan once in running text and scores under a fifth of the best: left out.
    ["Japan", ["wp2019#p2", "wp2019#p1"]],
  ])("%j → %j", (query, keys) => {
    expect(answerAsk(k, query).results.map((result) => result.key)).toEqual(keys);
  });

  it("quotes and cites each passage, titled by its place", () => {
    expect(answerAsk(k, "how many graduates")).toEqual({
      command: "ask",
      query: "how many graduates",
      found: true,
      results: [
        {
          key: "wp2019#p4",
          title: "Note 3",
          description: "White Paper on Development Cooperation 2019",
          facts: [],
          citations: [
            {
              passageId: "wp2019#p4",
              documentTitle: "White Paper on Development Cooperation 2019",
              section: "(2) Governance",
              paragraph: 4,
              excerpt: "UNAFEI was established in 1962 and has over 6,100 graduates.",
              marks: [[50, 59]],
              url: `${TINY_URL}#:~:text=UNAFEI%20was%20established%20in%201962%20and%20has%20over%206%2C100%20graduates.`,
            },
          ],
        },
      ],
      suggestions: [],
    });
  });

  it.each([
    ["", "Ask a question in a few words, for example “when did the GG Seminar start”."],
    ["what is the", "“what is the” has no word to look for. Ask a question in a few words, for example “when did the GG Seminar start”."],
    ["zzzqqq xxyyzz", "No passage matches “zzzqqq xxyyzz”. Try other words, or one of the subjects below."],
  ])("is not found for %j", (query, message) => {
    expect(answerAsk(k, query)).toEqual({ command: "ask", query, found: false, message, results: [], suggestions: SUBJECTS });
  });

  it("answers an empty knowledge", () => {
    expect(answerAsk(emptyKnowledge(), "graduates")).toMatchObject({ found: false, message: "No passage matches “graduates”. Try other words, or one of the subjects below.", suggestions: [] });
  });

  it.each(HOSTILE_QUERIES)("returns a well-formed answer for hostile query %#", (query) => {
    const answer = answerAsk(k, query);
    expect(answer.command).toBe("ask");
    expect(answer.found || answer.message !== undefined).toBe(true);
  });
});
