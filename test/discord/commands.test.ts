// End to end on the real bundled knowledge: the real discord.js client (startBot) against the local
// stand-in, real INTERACTION_CREATE payloads, and the exact callback bodies the bot sends.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Snapshot } from "../../src/snapshot/snapshot.js";
import { loadSnapshot } from "../../src/snapshot/load.js";
import { DISCORD_JS_DEFAULTS, startHarness, type Harness } from "../support/bot-harness.js";
import type { Callback } from "../support/discord-stand-in.js";
import { ALICE, BOB, autocomplete, buttonPress, chatInput, flag, text } from "../support/interactions.js";
import { COURSE_23RD_FIELDS } from "../support/course-23rd.js";

const EPHEMERAL = 64;
const SOURCE = "https://www.mofa.go.jp/policy/oda/white/2021/html/honbun/b2/s2_1_2.html";
const DOCUMENT = "White Paper on Development Cooperation 2021";
const SECTION = "(2) Assistance for Governance Including Anti-Corruption › ● Japan’s Efforts";

let knowledge: Snapshot;
let h: Harness;
beforeAll(async () => {
  knowledge = (await loadSnapshot("knowledge")).snapshot;
  h = await startHarness(() => knowledge);
});
afterAll(async () => {
  await h?.stop();
});

type Embed = { title: string; url?: string; description?: string; fields: { name: string; value: string; inline: boolean }[]; footer?: { text: string } };
type Row = { components: { label: string; custom_id?: string; url?: string; disabled?: boolean }[] };
const embeds = (callback: Callback) => callback.data?.embeds as Embed[];
const rows = (callback: Callback) => callback.data?.components as Row[];

describe("/course", () => {
  it("answers /course 23rd with the edition's facts, the quoted sentence and its citation", async () => {
    const callback = await h.send(chatInput(h.place, h.nextId(), "course", [text("course", "23rd")]));
    const quoted = `${SOURCE}#:~:text=In%202021%2C%20the%2023rd,from%20September%20to%20October.`;
    expect(callback.type).toBe(4);
    expect(callback.data?.flags).toBeUndefined();
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
    const [embed] = embeds(callback);
    expect(embeds(callback)).toHaveLength(1);
    expect(embed?.title).toBe("23rd UNCAC Training Programme");
    expect(embed?.url).toBe(quoted);
    expect(embed?.fields).toEqual(COURSE_23RD_FIELDS);
    // Each quote numbered as the facts refer to it, with its source linked at the quoted sentence.
    expect(embed?.description?.split("\n\n").slice(0, 2)).toEqual([
      "UNCAC Training Programme",
      `**[1]** [${DOCUMENT} › ¶4](${quoted})\n> … In 2021, the **23rd** UNCAC training programme on the theme of “Tackling Emerging Threats of Corruption in the Borderless and Digitalized World” was conducted online from September to October.`,
    ]);
    expect(embed?.footer).toEqual({ text: `${DOCUMENT} › ${SECTION} › ¶4` });
    expect(rows(callback)).toEqual([{ type: 1, components: [{ type: 2, style: 5, label: "Open source (¶4)", url: quoted }] }]);
  });

  it("offers the 23rd first when the user types “2”", async () => {
    const callback = await h.send(autocomplete(h.place, h.nextId(), "course", [text("course", "2", true)]));
    const choices = (callback.data?.choices ?? []) as { name: string; value: string }[];
    expect(callback.type).toBe(8);
    expect(choices[0]).toEqual({ name: "23rd UNCAC Training Programme (2021) · Tackling Emerging Threats of Corruption in the Borderless…", value: "23rd UNCAC Training Programme" });
    expect(choices.length).toBeLessThanOrEqual(25);
  });

  it("answers an unknown course ephemerally, with suggestions", async () => {
    const callback = await h.send(chatInput(h.place, h.nextId(), "course", [text("course", "99th")]));
    expect(callback).toEqual({
      type: 4,
      data: {
        content:
          "No course matches “99th”. The closest known courses are suggested below.\n" +
          "Try: **23rd UNCAC Training Programme**, **175th International Training Course**, **176th International Training Course**, **15th GG Seminar**",
        embeds: [],
        components: [],
        flags: EPHEMERAL,
        allowed_mentions: { parse: [] },
        ...DISCORD_JS_DEFAULTS,
      },
    });
  });

  it("answers privately with flag 64 when private:true", async () => {
    const callback = await h.send(chatInput(h.place, h.nextId(), "course", [text("course", "23rd"), flag("private", true)]));
    expect(callback.data?.flags).toBe(EPHEMERAL);
    expect(embeds(callback)[0]?.title).toBe("23rd UNCAC Training Programme");
  });
});

describe("/country", () => {
  it("answers Viet Nam and Vietnam with the same message: the 15th GG Seminar", async () => {
    const written = await h.send(chatInput(h.place, h.nextId(), "country", [text("country", "Viet Nam")]));
    const variant = await h.send(chatInput(h.place, h.nextId(), "country", [text("country", "Vietnam")]));
    expect(variant).toEqual(written);
    expect(embeds(written).map((e) => e.title)).toEqual(["15th GG Seminar"]);
    expect(embeds(written)[0]?.fields.find((f) => f.name === "Countries")?.value).toBe(
      "Brunei, Cambodia, Indonesia, Laos, Malaysia, Philippines, Singapore, Thailand, Viet Nam, Timor-Leste [1]",
    );
    expect(embeds(written)[0]?.footer).toEqual({ text: `${DOCUMENT} › ${SECTION} › ¶5` });
  });

  it.each([
    ["viet", { name: "Viet Nam (took part in 15th GG Seminar)", value: "Viet Nam" }],
    ["lao", { name: "Laos (took part in 15th GG Seminar)", value: "Laos" }],
  ])("offers the country first when the user types “%s”", async (typed, first) => {
    const callback = await h.send(autocomplete(h.place, h.nextId(), "country", [text("country", typed, true)]));
    expect((callback.data?.choices as unknown[])[0]).toEqual(first);
  });
});

describe("paging /country Japan (5 results)", () => {
  const ask = async () => {
    const interactionId = h.nextId();
    const callback = await h.send(chatInput(h.place, interactionId, "country", [text("country", "Japan")]));
    return { callback, message: { id: h.nextId(), ...callback.data, asker: ALICE, interactionId, command: "country" } };
  };
  const titles = (callback: Callback) => embeds(callback).map((e) => e.title);

  it("pages forwards and back", async () => {
    const { callback, message } = await ask();
    expect(callback.data?.content).toBe("Showing 1–3 of 5 for “Japan”");
    expect(titles(callback)).toEqual(["¶2 · ● Japan’s Efforts", "¶3 · ● Japan’s Efforts", "¶4 · ● Japan’s Efforts"]);
    const [back, next] = rows(callback)[0]!.components;
    expect([back?.disabled, next?.disabled]).toEqual([true, false]);

    const page2 = await h.send(buttonPress(h.place, h.nextId(), next!.custom_id!, message, ALICE));
    expect(page2.type).toBe(7);
    expect(page2.data?.content).toBe("Showing 4–5 of 5 for “Japan”");
    expect(titles(page2)).toEqual(["¶5 · ● Japan’s Efforts", "Note 29"]);
    const [back2, next2] = rows(page2)[0]!.components;
    expect([back2?.disabled, next2?.disabled]).toEqual([false, true]);

    const page1 = await h.send(buttonPress(h.place, h.nextId(), back2!.custom_id!, message, ALICE));
    expect(page1.type).toBe(7);
    expect(page1.data).toEqual({ ...callback.data, flags: undefined });
  });

  it("tells another user who presses a button, ephemerally, that only the asker can page", async () => {
    const { callback, message } = await ask();
    const next = rows(callback)[0]!.components[1]!;
    const pressed = await h.send(buttonPress(h.place, h.nextId(), next.custom_id!, message, BOB));
    expect(pressed).toEqual({
      type: 4,
      data: {
        content: "Only the person who asked can turn these pages. Run /country yourself to browse the results.",
        embeds: [],
        components: [],
        flags: EPHEMERAL,
        allowed_mentions: { parse: [] },
        ...DISCORD_JS_DEFAULTS,
      },
    });
  });

  it("still pages after the bot restarts (the buttons carry their state)", async () => {
    const { callback, message } = await ask();
    const next = rows(callback)[0]!.components[1]!;
    await h.restart();
    const page2 = await h.send(buttonPress(h.place, h.nextId(), next.custom_id!, message, ALICE));
    expect(page2.type).toBe(7);
    expect(page2.data?.content).toBe("Showing 4–5 of 5 for “Japan”");
  });
});

describe("paging /ask with a question longer than a custom id holds (issue 9)", () => {
  // 150 characters with Markdown, a mention and a colon: the id keeps only its beginning, and the
  // rest is read back from the message the button is on.
  const QUESTION = "How many graduates of UNAFEI's *training* courses_in_Japan (since 1962): prosecutors, judges, @everyone and police officers from Asia and Africa, in total?";

  it("GIVEN a long question THEN ▶ shows page 2 of the same results, also after a restart, never 'expired'", async () => {
    expect(QUESTION.length).toBeGreaterThan(100);
    const interactionId = h.nextId();
    const callback = await h.send(chatInput(h.place, interactionId, "ask", [text("question", QUESTION)]));
    const content = String(callback.data?.content);
    expect(content).toMatch(/^Showing 1–\d+ of \d+ for “/);
    const next = rows(callback)[0]!.components[1]!;
    expect(next.custom_id!.length).toBeLessThanOrEqual(100);
    expect(next.disabled).toBe(false);
    const message = { id: h.nextId(), ...callback.data, asker: ALICE, interactionId, command: "ask" };
    const page2 = await h.send(buttonPress(h.place, h.nextId(), next.custom_id!, message, ALICE));
    expect(page2.type).toBe(7);
    expect(page2.data?.content).toMatch(/^Showing \d+–\d+ of \d+ for “/);
    expect(page2.data?.content).not.toBe(content);
    await h.restart();
    const back = rows(page2)[0]!.components[0]!;
    const again = await h.send(buttonPress(h.place, h.nextId(), back.custom_id!, { ...message, ...page2.data }, ALICE));
    expect(again.type).toBe(7);
    expect(again.data?.content).toBe(content);
    expect(embeds(again)).toEqual(embeds(callback));
  });

  it("GIVEN a cut id on a message whose text does not begin with what the id kept THEN a clear ephemeral note", async () => {
    const interactionId = h.nextId();
    const callback = await h.send(chatInput(h.place, interactionId, "ask", [text("question", QUESTION)]));
    const next = rows(callback)[0]!.components[1]!;
    const message = { id: h.nextId(), ...callback.data, content: "Showing 1–3 of 9 for “something else”", asker: ALICE, interactionId, command: "ask" };
    const pressed = await h.send(buttonPress(h.place, h.nextId(), next.custom_id!, message, ALICE));
    expect(pressed.type).toBe(4);
    expect(pressed.data?.flags).toBe(EPHEMERAL);
  });
});

describe("mentions", () => {
  it("pings no one when a query says @everyone, and shows it inert", async () => {
    const callback = await h.send(chatInput(h.place, h.nextId(), "ask", [text("question", "@everyone")]));
    expect(callback.data).toMatchObject({
      content:
        "No passage matches “@\u200beveryone”. Try other words, or one of the subjects below.\nTry: **UNCAC Training Programme**, **GG Seminar**, " +
        "**International Training Course**, **Tackling Emerging Threats of Corruption in the Borderless and Digitalized World**, " +
        "**Effective International Cooperation for Combating Corruption**, **Treatment of Women Offenders**, " +
        "**Achieving Inclusive Societies through Effective Criminal Justice Policies and Practices**",
      flags: EPHEMERAL,
      allowed_mentions: { parse: [] },
    });
  });

  it("escapes a role mention echoed in a found answer", async () => {
    const callback = await h.send(chatInput(h.place, h.nextId(), "ask", [text("question", "<@&123456789012345678> corruption")]));
    expect(callback.data?.content).toBe("Showing 1–3 of 5 for “\\<\u200b@&123456789012345678> corruption”");
    expect(callback.data?.allowed_mentions).toEqual({ parse: [] });
  });
});

describe("/help and /sources", () => {
  it("lists the six commands on one page", async () => {
    const callback = await h.send(chatInput(h.place, h.nextId(), "help", []));
    expect(callback.data?.content).toBe("Every answer quotes the passage it rests on, with a link to the source.");
    expect(embeds(callback).map((e) => e.title)).toEqual(["/course <ordinal, series or theme words>", "/country <name>", "/theme <words>", "/ask <question>", "/sources", "/help"]);
    expect(rows(callback)).toEqual([]);
  });

  it("names the bundled document and its source page", async () => {
    const callback = await h.send(chatInput(h.place, h.nextId(), "sources", []));
    expect(embeds(callback).map((e) => e.title)).toEqual([DOCUMENT]);
    expect(embeds(callback)[0]?.fields.find((f) => f.name === "URL")?.value).toBe(SOURCE);
  });
});
