import { describe, expect, it } from "vitest";
import type { Answer, AnswerResult, Citation } from "../../src/answers/types.js";
import { LIMITS as L } from "../support/discord-limits.js";
import { embedSize, fitUrl, pageCount, quote, renderAnswer, renderChoices, renderNotice, type DiscordMessage } from "../../src/render/discord.js";

const citation = (over: Partial<Citation> = {}): Citation => ({
  passageId: "wp2021#p4",
  documentTitle: "White Paper on Development Cooperation 2021",
  section: "(2) Assistance for Governance › ● Japan’s Efforts",
  paragraph: 4,
  url: "https://example.org/page.html#:~:text=the%2023rd%20UNCAC",
  excerpt: "In 2021, the 23rd UNCAC training programme was conducted online.",
  marks: [[13, 23]],
  ...over,
});

const result = (over: Partial<AnswerResult> = {}): AnswerResult => ({
  key: "uncac-23",
  title: "23rd UNCAC training programme (2021)",
  facts: [
    { label: "Theme", value: "Tackling Emerging Threats of Corruption" },
    { label: "Format", value: "online" },
  ],
  citations: [citation()],
  ...over,
});

const answer = (results: AnswerResult[], over: Partial<Answer> = {}): Answer => ({ command: "course", query: "23rd", found: true, results, suggestions: [], ...over });

const view = { page: 0, ephemeral: false, pageButtonId: (page: number) => `pg:course:${page}` };

/** Every limit of limits.ts that a message can break. */
function expectWithinLimits(message: DiscordMessage): void {
  expect(message.content?.length ?? 0).toBeLessThanOrEqual(L.messageContent);
  expect(message.embeds.length).toBeLessThanOrEqual(L.embedsPerMessage);
  expect(message.embeds.reduce((sum, e) => sum + embedSize(e), 0)).toBeLessThanOrEqual(L.embedsTotal);
  for (const embed of message.embeds) {
    expect(embed.title.length).toBeLessThanOrEqual(L.embedTitle);
    expect(embed.description?.length ?? 0).toBeLessThanOrEqual(L.embedDescription);
    expect(embed.fields.length).toBeLessThanOrEqual(L.embedFields);
    expect(embed.footer?.text.length ?? 0).toBeLessThanOrEqual(L.footerText);
    for (const field of embed.fields) {
      expect(field.name.length).toBeLessThanOrEqual(L.fieldName);
      expect(field.value.length).toBeLessThanOrEqual(L.fieldValue);
    }
  }
  for (const row of message.components) {
    expect(row.components.length).toBeLessThanOrEqual(L.buttonsPerRow);
    for (const button of row.components) {
      expect(button.label.length).toBeLessThanOrEqual(L.buttonLabel);
      expect("custom_id" in button ? button.custom_id.length : 0).toBeLessThanOrEqual(L.customId);
      expect("url" in button ? button.url.length : 0).toBeLessThanOrEqual(L.buttonUrl);
    }
  }
  expect(message.allowed_mentions).toEqual({ parse: [] });
}

describe("renderAnswer", () => {
  it("renders a course result: title, facts, quoted excerpt with bold marks, citation footer, source link", () => {
    expect(renderAnswer(answer([result()]), view)).toEqual({
      embeds: [
        {
          title: "23rd UNCAC training programme (2021)",
          url: "https://example.org/page.html#:~:text=the%2023rd%20UNCAC",
          description: "> In 2021, the **23rd UNCAC** training programme was conducted online.",
          color: 0x1f6feb,
          fields: [
            { name: "Theme", value: "Tackling Emerging Threats of Corruption", inline: true },
            { name: "Format", value: "online", inline: true },
          ],
          footer: { text: "White Paper on Development Cooperation 2021 › (2) Assistance for Governance › ● Japan’s Efforts › ¶4" },
        },
      ],
      components: [{ type: 1, components: [{ type: 2, style: 5, label: "Open source (¶4)", url: "https://example.org/page.html#:~:text=the%2023rd%20UNCAC" }] }],
      allowed_mentions: { parse: [] },
    });
  });

  it("sets flag 64 when the asker chose private", () => {
    expect(renderAnswer(answer([result()]), { ...view, ephemeral: true }).flags).toBe(64);
  });

  it("renders not found as an ephemeral notice with suggestions", () => {
    const message = renderAnswer(answer([], { found: false, query: "99th", suggestions: ["23rd UNCAC", "15th GG Seminar"] }), view);
    expect(message).toEqual({
      content: "Nothing in the knowledge matches “99th”.\nTry: **23rd UNCAC**, **15th GG Seminar**",
      embeds: [],
      components: [],
      flags: 64,
      allowed_mentions: { parse: [] },
    });
  });

  it("prefers the answer's own message when nothing is found", () => {
    const message = renderAnswer(answer([], { found: false, query: "Myanmar", message: "Myanmar is not listed in the knowledge." }), view);
    expect(message.content).toBe("Myanmar is not listed in the knowledge.");
  });

  it.each([
    [0, "Showing 1–3 of 7 for “23rd”", ["r1", "r2", "r3"], [true, false], ["pg:course:0", "pg:course:1"]],
    [1, "Showing 4–6 of 7 for “23rd”", ["r4", "r5", "r6"], [false, false], ["pg:course:0", "pg:course:2"]],
    [2, "Showing 7–7 of 7 for “23rd”", ["r7"], [false, true], ["pg:course:1", "pg:course:2"]],
    [9, "Showing 7–7 of 7 for “23rd”", ["r7"], [false, true], ["pg:course:1", "pg:course:2"]],
  ])("GIVEN 7 results and page %i THEN %s", (page, content, titles, disabled, ids) => {
    const many = answer([1, 2, 3, 4, 5, 6, 7].map((n) => result({ key: `k${n}`, title: `r${n}` })));
    const message = renderAnswer(many, { ...view, page });
    expect(message.content).toBe(content);
    expect(message.embeds.map((e) => e.title)).toEqual(titles);
    expect(message.components[0]?.components.map((b) => b.disabled)).toEqual(disabled);
    expect(message.components[0]?.components.map((b) => ("custom_id" in b ? b.custom_id : undefined))).toEqual(ids);
  });

  it("escapes Markdown and mentions in echoed input and document text", () => {
    const message = renderAnswer(
      answer([1, 2, 3, 4].map((n) => result({ key: `k${n}`, title: `*bold* @here ${n}` })), { query: "@everyone <@&123456789012345678>" }),
      view,
    );
    expect(message.content).toBe("Showing 1–3 of 4 for “@\u200beveryone \\<\u200b@&123456789012345678>”");
    expect(message.embeds[0]?.title).toBe("\\*bold\\* @\u200bhere 1");
  });

  describe("at the limits", () => {
    const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i}`).join(" ");

    it("cuts a 5000-character excerpt at a word boundary, keeping its bold marks balanced", () => {
      const excerpt = words(700).slice(0, 5000);
      const message = renderAnswer(answer([result({ citations: [citation({ excerpt, marks: [[0, 5], [4000, 4100]] })] })]), view);
      expectWithinLimits(message);
      const description = message.embeds[0]!.description!;
      expect(description.startsWith("> **word0** word1 ")).toBe(true);
      expect(description.split("**")).toHaveLength(5);
      const plain = description.replaceAll("**", "");
      const lastWord = /(word\d+)…$/.exec(plain)?.[1];
      expect(excerpt.split(" ")).toContain(lastWord);
    });

    it("shows 40 facts as 24 fields and a note of how many were left out", () => {
      const facts = Array.from({ length: 40 }, (_, i) => ({ label: `Fact ${i + 1}`, value: `value ${i + 1}` }));
      const embed = renderAnswer(answer([result({ facts })]), view).embeds[0]!;
      expect(embed.fields).toHaveLength(25);
      expect(embed.fields[24]).toEqual({ name: "…", value: "16 more facts not shown", inline: false });
    });

    it("keeps 30 results with long texts inside every limit, 3 per page over 10 pages", () => {
      const long = (i: number) =>
        result({
          key: `k${i}`,
          title: words(80),
          description: words(300),
          facts: Array.from({ length: 30 }, () => ({ label: words(60), value: words(250) })),
          citations: [citation({ excerpt: words(900) }), citation({ excerpt: words(900), paragraph: 5 })],
        });
      const many = answer(Array.from({ length: 30 }, (_, i) => long(i)), { query: words(500) });
      expect(pageCount(many)).toBe(10);
      for (const page of [0, 5, 9]) expectWithinLimits(renderAnswer(many, { ...view, page }));
    });

    it("puts up to 10 results without quotes on a page (/help, /sources)", () => {
      const plain = answer(Array.from({ length: 12 }, (_, i) => result({ key: `k${i}`, title: `r${i}`, citations: [] })), { query: "" });
      expect(pageCount(plain)).toBe(2);
      const message = renderAnswer(plain, view);
      expect(message.embeds).toHaveLength(10);
      expect(message.content).toBe("Showing 1–10 of 12");
      expectWithinLimits(message);
    });

    it("cuts a 300-character title to 256 with an ellipsis", () => {
      const title = renderAnswer(answer([result({ title: words(60).slice(0, 300) })]), view).embeds[0]!.title;
      expect(title.length).toBeLessThanOrEqual(256);
      expect(title.endsWith("…")).toBe(true);
    });

    it("drops the text fragment of a link longer than a button allows", () => {
      const url = `https://example.org/page.html#:~:text=${"a".repeat(600)}`;
      const message = renderAnswer(answer([result({ citations: [citation({ url })] })]), view);
      const button = message.components[0]?.components[0];
      expect(button && "url" in button ? button.url : undefined).toBe("https://example.org/page.html");
      expectWithinLimits(message);
    });

    it("cuts a message content longer than 2000 characters", () => {
      expect(renderNotice("x ".repeat(1500)).content?.length).toBeLessThanOrEqual(2000);
    });
  });
});

describe("quote", () => {
  it.each([
    ["fits", { excerpt: "the 23rd UNCAC course", marks: [[4, 8]] as [number, number][] }, 100, "> the **23rd** UNCAC course"],
    ["cut inside a mark", { excerpt: "alpha beta gamma delta", marks: [[6, 16]] as [number, number][] }, 17, "> alpha **beta**…"],
    ["escapes Markdown", { excerpt: "a *b* _c_", marks: [] as [number, number][] }, 100, "> a \\*b\\* \\_c\\_"],
  ])("%s", (_case, c, max, expected) => {
    expect(quote(c, max)).toBe(expected);
  });
});

describe("renderChoices", () => {
  it("keeps at most 25 choices with names and values of at most 100 characters", () => {
    const choices = Array.from({ length: 30 }, (_, i) => ({ name: `${"n".repeat(120)} ${i}`, value: "v".repeat(120) }));
    const out = renderChoices(choices);
    expect(out).toHaveLength(25);
    expect(Math.max(...out.map((c) => c.name.length))).toBe(100);
    expect(Math.max(...out.map((c) => c.value.length))).toBe(100);
  });
});

describe("fitUrl", () => {
  it.each([
    ["https://a.example/x#:~:text=short", "https://a.example/x#:~:text=short"],
    [`https://a.example/x#:~:text=${"b".repeat(600)}`, "https://a.example/x"],
    [`https://a.example/${"c".repeat(600)}`, ""],
  ])("%s", (url, expected) => {
    expect(fitUrl(url)).toBe(expected);
  });
});

describe("renderAnswer · numbered references", () => {
  const long = (n: number) => citation({ passageId: `wp#p${n}`, paragraph: n, excerpt: `Sentence ${n} `.repeat(40).trim(), marks: [], url: `https://example.org/page.html#:~:text=Sentence%20${n}` });
  const referenced = (n: number): AnswerResult =>
    result({
      key: `r${n}`,
      facts: Array.from({ length: 12 }, (_, i) => ({ label: `Fact ${i}`, value: `value ${i} `.repeat(20), basis: "stated" as const, evidence: [{ passageId: `wp#p${i}`, excerpt: "x", start: 0, end: 1, ref: i + 1 }] })),
      citations: Array.from({ length: 12 }, (_, i) => long(i + 1)),
    });

  it("GIVEN more quotes than fit THEN within every limit, the numbers kept on the facts, and a note naming those left out", () => {
    const message = renderAnswer(answer([referenced(1), referenced(2), referenced(3)]), view);
    expectWithinLimits(message);
    const embed = message.embeds[0]!;
    expect(embed.fields.every((field) => field.name === "…" || / \[\d+\]$/.test(field.value))).toBe(true);
    expect(embed.description).toMatch(/\*\*\[1\]\*\* \[White Paper on Development Cooperation 2021 › ¶1\]\(https:\/\/example\.org\/page\.html#:~:text=Sentence%201\)\n> Sentence 1/);
    expect(embed.description).toMatch(/\n\n(Some sources are|(\[\d+\])+) not shown here: see the source link\.$/);
  });

  it("GIVEN an inferred fact and a conflict THEN the marks in the field", () => {
    const facts = [
      { label: "Period", value: "2019", basis: "inferred" as const, evidence: [{ passageId: "wp#p1", excerpt: "x", start: 0, end: 1, ref: 1 }] },
      { label: "Participants", value: "24", basis: "stated" as const, evidence: [{ passageId: "wp#p1", excerpt: "x", start: 0, end: 1, ref: 1 }], conflicts: [{ value: "25", evidence: [{ passageId: "wp#p2", excerpt: "y", start: 0, end: 1, ref: 2 }] }] },
    ];
    expect(renderAnswer(answer([result({ facts })]), view).embeds[0]!.fields.map((field) => field.value)).toEqual(["2019 [1] (inferred, not stated)", "“24” [1] · “25” [2] (sources disagree)"]);
  });
});
