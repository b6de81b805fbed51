// Adding a command is one file in commands/ plus one registry line: a throwaway /echo, added to a copy
// of the registry here (passed in, no module mocks), is listed by /help, parsed and completed by the
// terminal front end, pages through the real router over the local stand-in, and is deployed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { defineCommand, describe as describeCommand, privateOption, textOption, type Registry } from "../../commands/define.js";
import { answer, commands } from "../../commands/index.js";
import type { Answer } from "../../src/answers/types.js";
import { commandCompleter, parseCommandLine } from "../../src/console/parse.js";
import { respond } from "../../src/console/respond.js";
import { deployCommands } from "../../src/discord/deploy.js";
import { decodePageId, encodePageId } from "../../src/discord/paging.js";
import { validateCommands } from "../../src/discord/validate.js";
import { APPLICATION_ID, FAKE_TOKEN, GUILD_ID, startHarness, type Harness } from "../support/bot-harness.js";
import { ALICE, buttonPress, chatInput, text } from "../support/interactions.js";
import { tinyKnowledge } from "../support/tiny-knowledge.js";

/** Says the query back, one quoted result per word: several words give several results, hence pages. */
const echo = defineCommand({
  data: describeCommand("echo", "Says your words back", { name: "エコー", description: "言葉を返す" }, [
    textOption({ name: "words", description: "Words to say back", ja: { name: "言葉", description: "返す言葉" } }),
    privateOption,
  ]),
  queryOption: "words",
  run: (_knowledge, query): Answer => ({
    command: "echo",
    query,
    found: true,
    results: query.split(/\s+/).map((word, i) => ({
      key: `echo-${i}`,
      title: word,
      facts: [],
      citations: [{ passageId: `echo#p${i}`, documentTitle: "Echo", section: "Words", paragraph: i + 1, excerpt: word, marks: [] }],
    })),
    suggestions: [],
  }),
});

const registry: Registry = [...commands, echo];
const k = tinyKnowledge();

describe("a command added to the registry", () => {
  it("is valid for Discord", () => {
    expect(validateCommands(registry)).toEqual([]);
  });

  it("is listed by /help, its usage from its query option, with no invented example", async () => {
    const help = await answer(k, "help", "", registry);
    expect(help.results.map((r) => r.key)).toEqual(["course", "country", "theme", "ask", "sources", "help", "echo"]);
    expect(help.results.at(-1)).toMatchObject({ title: "/echo <words>", description: "Says your words back", facts: [] });
  });

  it("is parsed, answered and tab-completed by the terminal front end", async () => {
    expect(parseCommandLine("/echo hello there", registry)).toEqual({ ok: true, command: "echo", query: "hello there" });
    expect((await respond(k, "/echo hello there", registry)).results.map((r) => r.title)).toEqual(["hello", "there"]);
    expect(commandCompleter(registry)("/e")).toEqual([["/echo "], "/e"]);
    expect(parseCommandLine("/weather", registry)).toMatchObject({ error: expect.stringContaining("/help, /echo.") as unknown });
  });

  it("is unknown to the registry without it", () => {
    expect(parseCommandLine("/echo hello", commands)).toMatchObject({ ok: false });
    const id = encodePageId({ command: "echo", page: 1, askerId: ALICE.id, fingerprint: "abc", query: "q" });
    expect(decodePageId(id, registry)).toMatchObject({ command: "echo", page: 1 });
    expect(decodePageId(id, commands)).toBeUndefined();
  });

  describe("on Discord (the real client against the local stand-in)", () => {
    let h: Harness;
    beforeAll(async () => {
      h = await startHarness(() => k, { commands: registry });
    });
    afterAll(async () => {
      await h?.stop();
    });

    it("answers, and its page buttons turn the pages", async () => {
      const interactionId = h.nextId();
      const first = await h.send(chatInput(h.place, interactionId, "echo", [text("words", "a b c d e")]));
      expect((first.data?.embeds as { title: string }[]).map((e) => e.title)).toEqual(["a", "b", "c"]);
      const ids = (first.data?.components as { components: { custom_id: string }[] }[])[0]!.components.map((b) => b.custom_id);
      const message = { id: h.nextId(), ...first.data, asker: ALICE, interactionId, command: "echo" };
      const next = await h.send(buttonPress(h.place, h.nextId(), ids[1]!, message, ALICE));
      expect(next.type).toBe(7);
      expect((next.data?.embeds as { title: string }[]).map((e) => e.title)).toEqual(["d", "e"]);
    });

    it("is deployed with the others", async () => {
      const result = await deployCommands({ token: FAKE_TOKEN, clientId: APPLICATION_ID, guildId: GUILD_ID, apiUrl: h.standIn.apiUrl }, registry);
      const put = await h.standIn.waitForRequest((r) => r.method === "PUT" && r.path === `/api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`, `PUT /api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
      expect((put.body as { name: string }[]).map((c) => c.name)).toEqual(["course", "country", "theme", "ask", "sources", "help", "echo"]);
      expect(result.registered.map((c) => c.name)).toEqual(["course", "country", "theme", "ask", "sources", "help", "echo"]);
    });
  });
});
