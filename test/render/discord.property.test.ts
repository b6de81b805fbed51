// Any string as the option of every command (issue 5, hostile input): no throw, a well-formed Answer,
// every rendered message and every page within every limit Discord states (literal numbers in
// test/support/discord-limits.ts, not the code's own src/render/limits.ts), and no mention left live
// anywhere (allowed_mentions parses nothing, and the text itself is inert).
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import type { Answer, Choice } from "../../src/answers/types.js";
import { encodePageId, fingerprint } from "../../src/discord/paging.js";
import type { Snapshot } from "../../src/snapshot/snapshot.js";
import { loadSnapshot } from "../../src/snapshot/load.js";
import { pageCount, renderAnswer, renderChoices, renderNotice, type DiscordMessage } from "../../src/render/discord.js";
import { escapeText } from "../../src/render/discord-text.js";
import { LIMITS as L } from "../support/discord-limits.js";
import { tinyKnowledge } from "../support/tiny-knowledge.js";

/** The cases the issue names, weighted in among arbitrary text. */
export const NASTY = [
  "@everyone", "@here", "<@123456789012345678>", "<@!123456789012345678>", "<@&123456789012345678>", "<#123456789012345678>",
  "@\u200beveryone", "<t:0:R>", "<:emoji:123456789012345678>", "<a:e:123456789012345678>", "</course:123456789012345678>",
  "```", "```js\n", "`", "**", "__", "~~", "||", "> ", ">>> ", "# ", "## ", "- ", "1. ", "\\", "[x](https://example.org)",
  "https://example.org/@everyone?q=<@1>", "http://x.y/a_b*c", "www.example.org", "\u202e", "\u202d", "\u200f", "\u200b", "\u200d",
  "\ufeff", "\u0000", "\u0007", "\u001b[31m", "\u007f", "\r\n", "\n", "\t", "🙂", "👍🏽", "👨‍👩‍👧", "🇯🇵", "汚職対策", "ベトナム",
  "ฉันรักภาษาไทย", "مرحبا", "23rd", "UNCAC", "Viet Nam", "GG Seminar", "2021", ".*+?^${}()|[]", "(((((", "\\d+", "$&", "__proto__",
  "constructor", " ".repeat(40), "x".repeat(300), "a".repeat(101),
];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 20 }) },
);
/** Up to Discord's 6000 characters for a string option. */
export const hostileInput = fc.oneof(
  fc.array(piece, { maxLength: 30 }).map((parts) => parts.join("")),
  fc.array(piece, { minLength: 200, maxLength: 600 }).map((parts) => parts.join("").slice(0, L.optionStringMaxLength)),
  fc.string({ unit: "grapheme", maxLength: L.optionStringMaxLength }),
);

/** No lone surrogate (String.prototype.isWellFormed, which this TypeScript lib does not declare). */
const isWellFormed = (text: string): boolean => !/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(text);

/** A mention Discord would parse: @everyone, @here, <@id>, <@!id>, <@&id>, <#id>. */
const LIVE_MENTION = /@(everyone|here)|<(@[!&]?|#)\d+>/;

function texts(message: DiscordMessage): string[] {
  return [
    message.content ?? "",
    ...message.embeds.flatMap((e) => [e.title, e.description ?? "", e.footer?.text ?? "", ...e.fields.flatMap((f) => [f.name, f.value])]),
    ...message.components.flatMap((row) => row.components.map((b) => b.label)),
  ];
}

/** Every limit in limits.ts that a message can break, checked independently of the renderer's own sums. */
export function expectWithinLimits(message: DiscordMessage, inputWellFormed: boolean): void {
  expect(message.allowed_mentions).toEqual({ parse: [] });
  expect((message.content ?? "").length).toBeLessThanOrEqual(L.messageContent);
  expect(message.embeds.length).toBeLessThanOrEqual(L.embedsPerMessage);
  let total = 0;
  for (const embed of message.embeds) {
    expect(embed.title.length).toBeGreaterThan(0);
    expect(embed.title.length).toBeLessThanOrEqual(L.embedTitle);
    expect((embed.description ?? "").length).toBeLessThanOrEqual(L.embedDescription);
    expect((embed.footer?.text ?? "").length).toBeLessThanOrEqual(L.footerText);
    expect(embed.fields.length).toBeLessThanOrEqual(L.embedFields);
    for (const field of embed.fields) {
      // Discord rejects an empty field name or value as well as a long one.
      expect(field.name.length).toBeGreaterThan(0);
      expect(field.name.length).toBeLessThanOrEqual(L.fieldName);
      expect(field.value.length).toBeGreaterThan(0);
      expect(field.value.length).toBeLessThanOrEqual(L.fieldValue);
    }
    if (embed.url) expect(embed.url.length).toBeLessThanOrEqual(L.buttonUrl);
    total += embed.title.length + (embed.description ?? "").length + (embed.footer?.text ?? "").length + embed.fields.reduce((s, f) => s + f.name.length + f.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(L.embedsTotal);
  expect(message.components.length).toBeLessThanOrEqual(L.actionRows);
  const ids: string[] = [];
  for (const row of message.components) {
    expect(row.components.length).toBeGreaterThan(0);
    expect(row.components.length).toBeLessThanOrEqual(L.buttonsPerRow);
    for (const button of row.components) {
      expect(button.label.length).toBeGreaterThan(0);
      expect(button.label.length).toBeLessThanOrEqual(L.buttonLabel);
      if (button.style === 5) expect(button.url!.length).toBeLessThanOrEqual(L.buttonUrl);
      else {
        expect(button.custom_id!.length).toBeGreaterThan(0);
        expect(button.custom_id!.length).toBeLessThanOrEqual(L.customId);
        ids.push(button.custom_id!);
      }
    }
  }
  // Discord rejects a message whose components share a custom id.
  expect(new Set(ids).size).toBe(ids.length);
  for (const text of texts(message)) {
    expect(text).not.toMatch(LIVE_MENTION);
    // A cut must never split a surrogate pair: Discord would reject the string (or show garbage).
    if (inputWellFormed) expect(isWellFormed(text)).toBe(true);
  }
  if (inputWellFormed) for (const id of ids) expect(isWellFormed(id)).toBe(true);
}

function expectWellFormedAnswer(answer: Answer, name: string, knowledge: Snapshot): void {
  expect(answer.command).toBe(name);
  expect(answer.query).toBe(answer.query.trim());
  if (!answer.found) expect(answer.message?.length ?? answer.suggestions.length).toBeGreaterThan(0);
  for (const result of answer.results) {
    expect(result.key.length).toBeGreaterThan(0);
    expect(result.title.length).toBeGreaterThan(0);
    for (const citation of result.citations) {
      expect(knowledge.passages.has(citation.passageId)).toBe(true);
      expect(citation.paragraph).toBeGreaterThanOrEqual(1);
      for (const [start, end] of citation.marks) expect(0 <= start && start < end && end <= citation.excerpt.length).toBe(true);
    }
  }
}

function expectChoices(choices: Choice[], inputWellFormed: boolean): void {
  expect(choices.length).toBeLessThanOrEqual(L.autocompleteChoices);
  for (const choice of choices) {
    expect(choice.name.length).toBeGreaterThan(0);
    expect(choice.name.length).toBeLessThanOrEqual(L.choiceName);
    expect(choice.value.length).toBeGreaterThan(0);
    expect(choice.value.length).toBeLessThanOrEqual(L.choiceValue);
    if (inputWellFormed) expect(isWellFormed(choice.name) && isWellFormed(choice.value)).toBe(true);
  }
}

const ASKER = "1111111111111111111";
let seed: Snapshot;
beforeAll(async () => {
  seed = (await loadSnapshot("knowledge")).snapshot;
});

describe.each(commands.map((c) => [c.data.name, c] as const))("/%s with any option value", (name, command) => {
  it("never throws; the answer is well formed; every page and the choices fit Discord and ping no one", async () => {
    const knowledges = [seed, tinyKnowledge()];
    await fc.assert(
      fc.asyncProperty(hostileInput, fc.boolean(), async (input, ephemeral) => {
        const wellFormed = isWellFormed(input);
        for (const knowledge of knowledges) {
          const answer = await command.run(knowledge, input, commands);
          expectWellFormedAnswer(answer, name, knowledge);
          const print = fingerprint(answer);
          const pageButtonId = (page: number) => encodePageId({ command: name, page, askerId: ASKER, fingerprint: print, query: answer.query });
          for (let page = 0; page < pageCount(answer); page += 1) {
            expectWithinLimits(renderAnswer(answer, { page, ephemeral, pageButtonId }), wellFormed);
          }
          if (command.autocomplete) expectChoices(renderChoices(command.autocomplete(knowledge, input)), wellFormed);
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe("renderNotice with echoed input", () => {
  it("stays within the content limit and pings no one", () => {
    fc.assert(
      fc.property(hostileInput, (input) => {
        expectWithinLimits(renderNotice(`Nothing matches “${escapeText(input)}”.`), isWellFormed(input));
      }),
      { numRuns: 200 },
    );
  });
});
