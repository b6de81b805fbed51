// The router over the real discord.js client and the local stand-in, with a small fake command table
// (so these cases do not depend on what the knowledge says): one response per interaction, paging,
// refusals, the error path.
import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CommandDefinition } from "../../commands/define.js";
import type { Answer, AnswerResult } from "../../src/answers/types.js";
import type { Snapshot } from "../../src/snapshot/snapshot.js";
import { createLogger } from "../../src/logger.js";
import { DISCORD_JS_DEFAULTS, FAKE_TOKEN, startHarness, type Harness } from "../support/bot-harness.js";
import { eventually } from "../support/deadline.js";
import { ALICE, BOB, autocomplete, buttonPress, chatInput, flag, text } from "../support/interactions.js";

const result = (n: number): AnswerResult => ({
  key: `item-${n}`,
  title: `Item ${n}`,
  facts: [{ label: "Number", value: String(n) }],
  citations: [{ passageId: `doc#p${n}`, documentTitle: "Doc", section: "Part", paragraph: n, excerpt: `Item ${n} was held.`, marks: [[0, 6]] }],
});

const table = (query: string): Answer => {
  if (query.startsWith("many")) return { command: "course", query, found: true, results: [1, 2, 3, 4, 5, 6, 7].map(result), suggestions: [] };
  return { command: "course", query, found: false, results: [], suggestions: ["Item 1", "Item 2"] };
};

const fake: CommandDefinition[] = [
  {
    data: { name: "course", description: "Fake course", options: [] },
    queryOption: "course",
    run: (_k, query) => table(query),
    autocomplete: (_k, partial) => [{ name: `Item for ${partial}`, value: "item-1" }],
  },
  {
    data: { name: "theme", description: "Always fails", options: [] },
    queryOption: "theme",
    run: () => {
      throw new Error("handler bug");
    },
  },
];

let h: Harness;
const logLines: Record<string, unknown>[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    logLines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
    done();
  },
});
beforeAll(async () => {
  h = await startHarness(() => ({}) as Snapshot, { commands: fake, logger: createLogger("info", logStream) });
});
afterAll(async () => {
  await h?.stop();
});

const EPHEMERAL = 64;

describe("startBot", () => {
  it("identifies with the Guilds intent only", () => {
    expect(h.standIn.identifies).toEqual([{ intents: 1, shard: [0, 1] }]);
  });
});

describe("interaction log", () => {
  it("writes one line per interaction with command, input size, latency and outcome, without the query or token", async () => {
    const id = h.nextId();
    await h.send(chatInput(h.place, id, "course", [text("course", "many secret words")]));
    const line = await vi.waitFor(() => {
      const found = logLines.filter((l) => l.msg === "interaction" && l.optionsSize === 17);
      expect(found).toHaveLength(1);
      return found[0]!;
    }, eventually);
    expect(Object.keys(line).sort()).toEqual(["command", "interactionId", "kind", "latencyMs", "level", "msg", "optionsSize", "outcome", "time"]);
    expect(line).toMatchObject({ kind: "command", command: "course", optionsSize: 17, outcome: "answered" });
    expect(typeof line.latencyMs).toBe("number");
    expect(JSON.stringify(logLines)).not.toContain("secret words");
    expect(JSON.stringify(logLines)).not.toContain(FAKE_TOKEN);
  });

  it("logs a failure with the error id the user was shown", async () => {
    const callback = await h.send(chatInput(h.place, h.nextId(), "theme", [text("theme", "boom")]));
    const shown = /`([0-9a-f]{8})`/.exec(String(callback.data?.content))?.[1];
    await vi.waitFor(() => {
      expect(logLines.filter((l) => l.errorId === shown).map((l) => [l.msg, l.outcome])).toEqual([
        ["interaction failed", undefined],
        ["interaction", "error"],
      ]);
    }, eventually);
  });
});

describe("chat input commands", () => {
  it("answers several results with page 1 and paging buttons owned by the asker", async () => {
    const callback = await h.send(chatInput(h.place, h.nextId(), "course", [text("course", "many")]));
    expect(callback.type).toBe(4);
    expect(callback.data?.content).toBe("Showing 1–3 of 7 for “many”");
    expect((callback.data?.embeds as { title: string }[]).map((e) => e.title)).toEqual(["Item 1", "Item 2", "Item 3"]);
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    expect(callback.data?.flags).toBeUndefined();
    const [paging] = callback.data?.components as { components: { label: string; custom_id: string; disabled: boolean }[] }[];
    expect(paging?.components.map((b) => [b.label, b.disabled])).toEqual([
      ["◀", true],
      ["▶", false],
    ]);
    expect(paging?.components[1]?.custom_id).toMatch(new RegExp(`^pg:course:1:${ALICE.id}:[0-9a-z]+:many$`));
  });

  it("makes a private answer ephemeral (flag 64)", async () => {
    const callback = await h.send(chatInput(h.place, h.nextId(), "course", [text("course", "many"), flag("private", true)]));
    expect(callback.data?.flags).toBe(EPHEMERAL);
  });

  it("answers not found ephemerally with suggestions", async () => {
    const callback = await h.send(chatInput(h.place, h.nextId(), "course", [text("course", "nothing")]));
    expect(callback).toEqual({
      type: 4,
      data: {
        content: "Nothing in the knowledge matches “nothing”.\nTry: **Item 1**, **Item 2**",
        embeds: [],
        components: [],
        flags: EPHEMERAL,
        allowed_mentions: { parse: [] },
        ...DISCORD_JS_DEFAULTS,
      },
    });
  });

  it("escapes @everyone and role mentions echoed from the query, and parses no mentions", async () => {
    const callback = await h.send(chatInput(h.place, h.nextId(), "course", [text("course", "many @everyone <@&123456789012345678>")]));
    expect(callback.data?.content).toBe("Showing 1–3 of 7 for “many @\u200beveryone \\<\u200b@&123456789012345678>”");
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
  });

  it.each([
    ["an unknown (stale) command", chatInput, "gone", [text("x", "y")], "/gone is no longer one of this bot's commands (an old registration). Try /help."],
    ["a missing option", chatInput, "course", [], "Please fill in the “course” option, then send /course again."],
    ["a mistyped option", chatInput, "course", [flag("course", true)], "Please fill in the “course” option, then send /course again."],
  ] as const)("answers %s with a clear ephemeral note", async (_case, make, name, options, note) => {
    const callback = await h.send(make(h.place, h.nextId(), name, [...options]));
    expect(callback.data).toEqual({ content: note, embeds: [], components: [], flags: EPHEMERAL, allowed_mentions: { parse: [] }, ...DISCORD_JS_DEFAULTS });
  });

  it("shows an ephemeral error with an id when a handler throws", async () => {
    const callback = await h.send(chatInput(h.place, h.nextId(), "theme", [text("theme", "x")]));
    expect(callback.type).toBe(4);
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(callback.data?.content).toMatch(/^Something went wrong while answering\. If it happens again, give the bot's operator this error id: `[0-9a-f]{8}`\.$/);
  });
});

describe("autocomplete", () => {
  it("responds with the command's choices", async () => {
    const callback = await h.send(autocomplete(h.place, h.nextId(), "course", [text("course", "2", true)]));
    expect(callback).toEqual({ type: 8, data: { choices: [{ name: "Item for 2", value: "item-1" }] } });
  });

  it("responds with no choices for an option it does not complete", async () => {
    const callback = await h.send(autocomplete(h.place, h.nextId(), "theme", [text("theme", "x", true)]));
    expect(callback).toEqual({ type: 8, data: { choices: [] } });
  });
});

describe("paging buttons", () => {
  const ask = async () => {
    const interactionId = h.nextId();
    const callback = await h.send(chatInput(h.place, interactionId, "course", [text("course", "many")]));
    const ids = (callback.data?.components as { components: { custom_id: string }[] }[])[0]!.components.map((b) => b.custom_id);
    const message = { id: h.nextId(), ...callback.data, asker: ALICE, interactionId, command: "course" };
    return { ids, message };
  };
  const titles = (callback: { data?: Record<string, unknown> }) => (callback.data?.embeds as { title: string }[]).map((e) => e.title);

  it("pages forwards to the end and back, disabling the buttons at the ends", async () => {
    const { ids, message } = await ask();
    const page2 = await h.send(buttonPress(h.place, h.nextId(), ids[1]!, message, ALICE));
    expect(page2.type).toBe(7);
    expect(titles(page2)).toEqual(["Item 4", "Item 5", "Item 6"]);
    expect(page2.data?.content).toBe("Showing 4–6 of 7 for “many”");
    const next = (page2.data?.components as { components: { custom_id: string; disabled: boolean }[] }[])[0]!.components;
    const page3 = await h.send(buttonPress(h.place, h.nextId(), next[1]!.custom_id, message, ALICE));
    expect(titles(page3)).toEqual(["Item 7"]);
    const last = (page3.data?.components as { components: { custom_id: string; disabled: boolean }[] }[])[0]!.components;
    expect(last.map((b) => b.disabled)).toEqual([false, true]);
    const back = await h.send(buttonPress(h.place, h.nextId(), last[0]!.custom_id, message, ALICE));
    expect(titles(back)).toEqual(["Item 4", "Item 5", "Item 6"]);
  });

  it("tells another user, ephemerally, that only the asker can page", async () => {
    const { ids, message } = await ask();
    const callback = await h.send(buttonPress(h.place, h.nextId(), ids[1]!, message, BOB));
    expect(callback).toEqual({
      type: 4,
      data: {
        content: "Only the person who asked can turn these pages. Run /course yourself to browse the results.",
        embeds: [],
        components: [],
        flags: EPHEMERAL,
        allowed_mentions: { parse: [] },
        ...DISCORD_JS_DEFAULTS,
      },
    });
  });

  it.each([
    ["a stale custom id", "old-button:1", "This button belongs to an older version of the bot. Please run the command again."],
    ["a changed result", `pg:course:1:${ALICE.id}:zzzz:many`, "This result has expired: the bot's knowledge changed since it was shown. Please run /course again."],
  ])("says clearly when pressing %s", async (_case, customId, note) => {
    const { message } = await ask();
    const callback = await h.send(buttonPress(h.place, h.nextId(), customId, message, ALICE));
    expect(callback.data).toMatchObject({ content: note, flags: EPHEMERAL });
  });
});
