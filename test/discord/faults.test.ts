// Faults through the local Discord stand-in, with the real discord.js client (issue 5): REST 429, 500
// and connection resets on the interaction callback, gateway closes (resumable and not), a missed
// heartbeat ACK, handlers that are slow, hang or fail after the deferral, and the per-user rate limit.
// A small fake command table keeps these cases independent of what the knowledge says.
import fc from "fast-check";
import { Writable } from "node:stream";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { CommandDefinition } from "../../commands/define.js";
import type { Answer, AnswerResult } from "../../src/answers/types.js";
import type { Snapshot } from "../../src/snapshot/snapshot.js";
import { AUTOCOMPLETE_INPUT_MAX } from "../../src/discord/router.js";
import { createLogger } from "../../src/logger.js";
import { renderAnswer } from "../../src/render/discord.js";
import { APPLICATION_ID, DISCORD_JS_DEFAULTS, startHarness, type Harness } from "../support/bot-harness.js";
import { eventually } from "../support/deadline.js";
import type { RecordedRequest } from "../support/discord-stand-in.js";
import { autocomplete, buttonPress, chatInput, flag, text, type Person } from "../support/interactions.js";

const EPHEMERAL = 64;
const ERROR_NOTE = /^Something went wrong while answering\. If it happens again, give the bot's operator this error id: `([0-9a-f]{8})`\.$/;

const result = (n: number): AnswerResult => ({ key: `item-${n}`, title: `Item ${n}`, facts: [{ label: "Number", value: String(n) }], citations: [] });
const found = (query: string, count = 1): Answer => ({
  command: "course",
  query,
  found: true,
  results: Array.from({ length: count }, (_, i) => result(i + 1)),
  suggestions: [],
});
const missing = (query: string): Answer => ({ command: "course", query, found: false, results: [], suggestions: ["Item 1"] });

const calls = new Map<string, number>();

/** The query decides how the fake handler behaves ("later slow": fast the first time only). */
async function behave(query: string): Promise<Answer> {
  calls.set(query, (calls.get(query) ?? 0) + 1);
  if (query === "hang") return new Promise<Answer>(() => undefined);
  if (query.startsWith("slow") || (query.startsWith("later slow") && calls.get(query)! > 1)) await sleep(300);
  if (query.endsWith("boom")) throw new Error("handler bug after a while");
  if (query.endsWith("missing")) return missing(query);
  return found(query, query.includes("pages") ? 25 : 1);
}

const fake: CommandDefinition[] = [
  {
    data: { name: "course", description: "Fake course", options: [] },
    queryOption: "course",
    run: (_k, query) => behave(query),
    autocomplete: (_k, partial) => [{ name: `Item for ${partial.slice(0, 20)} (${partial.length})`, value: "item-1" }],
  },
];

const DEFER_AFTER_MS = 50;
const GIVE_UP_AFTER_MS = 600;
const FIXED_NOW = 1_700_000_000_000;

let h: Harness;
const logLines: Record<string, unknown>[] = [];
const logStream = new Writable({
  write(chunk: Buffer, _encoding, done) {
    for (const line of String(chunk).split("\n").filter(Boolean)) logLines.push(JSON.parse(line) as Record<string, unknown>);
    done();
  },
});

beforeAll(async () => {
  h = await startHarness(() => ({}) as Snapshot, {
    commands: fake,
    logger: createLogger("info", logStream),
    deferAfterMs: DEFER_AFTER_MS,
    giveUpAfterMs: GIVE_UP_AFTER_MS,
    // A fixed clock so the rate limit's wait is exact. (Discord's heartbeat interval: the missed-ACK
    // test has a bot of its own with a short one.)
    now: () => FIXED_NOW,
    env: { RATE_LIMIT_COMMANDS: "3", RATE_LIMIT_WINDOW_SECONDS: "60" },
  });
});
afterAll(async () => {
  await h?.stop();
});

// Every interaction comes from a new person unless a test needs the same one (the rate limit is on).
let people = 0;
const person = (): Person => ({ id: String(3_000_000_000_000_000_000n + BigInt(++people)), username: `user${people}` });
const course = (query: string, user: Person = person(), extra = [] as ReturnType<typeof flag>[]) => {
  const id = h.nextId();
  return { id, payload: chatInput(h.place, id, "course", [text("course", query), ...extra], user) };
};
const callbackRequests = (id: string): RecordedRequest[] =>
  h.standIn.requests.filter((r) => r.method === "POST" && r.path.startsWith(`/api/v10/interactions/${id}/`));
const webhookPath = (id: string, suffix: string) => `/api/v10/webhooks/${APPLICATION_ID}/interaction-token-${id}${suffix}`;
const webhook = (id: string, method: string, suffix = "") => (r: RecordedRequest) =>
  // discord.js writes "@original" as "%40original".
  r.method === method && decodeURIComponent(r.path) === webhookPath(id, suffix);
/** Waits for the bot's webhook request (edit, follow-up or delete) for interaction `id`. */
const webhookRequest = (id: string, method: string, suffix = "") =>
  h.standIn.waitForRequest(webhook(id, method, suffix), `${method} ${webhookPath(id, suffix)} (interaction ${id})`);
const isCallback = (id: string) => (r: RecordedRequest) => r.method === "POST" && r.path.startsWith(`/api/v10/interactions/${id}/`);
const logsFor = (id: string) => logLines.filter((l) => l.interactionId === id).map((l) => l.msg);

/** Proves the bot is still up and connected: a new interaction is answered. */
async function answersNext(target: Harness = h): Promise<void> {
  const next = course("still there?");
  const callback = await target.send(next.payload);
  expect(callback.type).toBe(4);
  expect((callback.data?.embeds as { title: string }[]).map((e) => e.title)).toEqual(["Item 1"]);
}

describe("REST faults on the interaction callback", () => {
  it("GIVEN a 429 with retry_after THEN the bot waits and the answer still arrives", async () => {
    const { id, payload } = course("rate limited");
    h.standIn.injectFault(isCallback(id), {
      status: 429,
      headers: { "retry-after": "0.2", "x-ratelimit-scope": "user" },
      body: { message: "You are being rate limited.", retry_after: 0.2, global: false },
    });
    h.standIn.dispatch("INTERACTION_CREATE", payload);
    await vi.waitFor(() => expect(callbackRequests(id).map((r) => r.status)).toEqual([429, 204]), eventually);
    expect(callbackRequests(id)[1]?.body).toMatchObject({ type: 4, data: { embeds: [{ title: "Item 1" }] } });
    await vi.waitFor(() => expect(logLines.find((l) => l.interactionId === id && l.msg === "interaction")?.outcome).toBe("answered"), eventually);
  });

  it.each([
    ["a 500 on every attempt", { status: 500 }],
    ["a connection reset on every attempt", { reset: true as const }],
  ])("GIVEN %s THEN the failure is logged with the interaction id and the next interaction is answered", async (_case, fault) => {
    const { id, payload } = course("server trouble");
    h.standIn.injectFault(isCallback(id), fault, 20);
    h.standIn.dispatch("INTERACTION_CREATE", payload);
    await vi.waitFor(() => expect(logsFor(id)).toEqual(["interaction failed", "could not tell the user about an error", "interaction"]), eventually);
    expect(logLines.find((l) => l.interactionId === id && l.msg === "interaction")).toMatchObject({ outcome: "error", command: "course" });
    expect(callbackRequests(id).every((r) => r.status !== 204)).toBe(true);
    await answersNext();
  });
});

describe("secrets in error logs (issue 9)", () => {
  it.each([
    ["a 400 with an error body", { status: 400, body: { message: "Invalid Form Body", code: 50035, errors: { data: { content: { _errors: [{ code: "BASE_TYPE_MAX_LENGTH", message: "too long" }] } } } } }],
    ["a 500", { status: 500 }],
  ])("GIVEN %s on the callback and the follow-up THEN no logged line holds the interaction token or the request body", async (_case, fault) => {
    const { id, payload } = course("secret query text");
    h.standIn.injectFault((r) => r.path.includes(`interaction-token-${id}`), fault, 20);
    h.standIn.dispatch("INTERACTION_CREATE", payload);
    await vi.waitFor(() => expect(logsFor(id)).toContain("interaction"), eventually);
    const lines = logLines.filter((l) => l.interactionId === id);
    const failed = lines.find((l) => l.msg === "interaction failed") as { err: { url?: string; requestBody?: unknown } };
    expect(failed.err.url).toBe(`${h.standIn.apiUrl}/v10/interactions/${id}/[redacted]/callback?with_response=false`);
    expect(failed.err.requestBody).toEqual({ jsonBytes: expect.any(Number) });
    const text = JSON.stringify(lines);
    expect(text).not.toContain(`interaction-token-${id}`);
    expect(text).not.toContain("secret query text");
  });
});

describe("hostile characters in options (issue 9)", () => {
  // eslint-disable-next-line no-control-regex -- the point
  const UNSAFE = /[\uD800-\uDFFF\u0000-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;
  const strings = (value: unknown): string[] =>
    typeof value === "string" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(strings) : [];

  it("GIVEN lone surrogates, NUL and a bidi override in the query THEN neither the content nor any custom_id holds them", async () => {
    const asker = person();
    const { id, payload } = course("pages \uD800x\u0000y\uDC00 \u202Ez", asker);
    const callback = await h.send(payload);
    expect(callback.type).toBe(4);
    expect(callback.data?.content).toBe("Showing 1–10 of 25 for “pages xy z”");
    const ids = (callback.data?.components as { components: { custom_id: string }[] }[]).flatMap((row) => row.components.map((c) => c.custom_id));
    expect(ids.length).toBeGreaterThan(0);
    expect(strings(callback.data).filter((text) => UNSAFE.test(text))).toEqual([]);
    expect(calls.has("pages xy z")).toBe(true);
    // The query still pages: the next page is the same query's.
    const message = { id: h.nextId(), ...callback.data, asker, interactionId: id, command: "course" };
    const next = await h.send(buttonPress(h.place, h.nextId(), ids[1]!, message, asker));
    expect(next.data?.content).toBe("Showing 11–20 of 25 for “pages xy z”");
  });
});

describe("gateway faults", () => {
  it("GIVEN a resumable close (4000) THEN the client resumes the session and answers", async () => {
    const resumes = h.standIn.resumes.length;
    const identifies = h.standIn.identifies.length;
    h.standIn.closeGateway(4000);
    await h.standIn.waitForResumes(resumes + 1);
    expect(h.standIn.resumes.at(-1)).toMatchObject({ session_id: h.standIn.sessionIds.at(-1) });
    expect(h.standIn.identifies).toHaveLength(identifies);
    await answersNext();
  });

  it("GIVEN a non-resumable close (4007 invalid sequence) THEN the client identifies again and answers", async () => {
    const identifies = h.standIn.identifies.length;
    h.standIn.closeGateway(4007);
    await h.standIn.waitForIdentifies(identifies + 1);
    expect(h.standIn.identifies.at(-1)).toEqual({ intents: 1, shard: [0, 1] });
    await answersNext();
  });

  it("GIVEN a heartbeat that is never acknowledged THEN the client reconnects (resumes) and answers", async () => {
    // A bot of its own, with a heartbeat short enough for the missed ACK to be noticed within the test.
    // The connection it resumes on gets Discord's interval: on a busy machine a 150 ms heartbeat also
    // finds ACKs that are merely late, and the answer that follows should not race another reconnect.
    const own = await startHarness(() => ({}) as Snapshot, { commands: fake, heartbeatInterval: 150 });
    try {
      const resumes = own.standIn.resumes.length;
      own.standIn.dropHeartbeatAcks(1);
      own.standIn.setHeartbeatInterval(undefined);
      await own.standIn.waitForResumes(resumes + 1);
      await answersNext(own);
    } finally {
      await own.stop();
    }
  });
});

describe("the 3-second deadline", () => {
  it("GIVEN a slow handler THEN the router defers publicly, then edits the original with the answer", async () => {
    const { id, payload } = course("slow");
    const callback = await h.send(payload);
    expect(callback).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await webhookRequest(id, "PATCH", "/messages/@original");
    expect(edit.body).toMatchObject({ content: "", embeds: [{ title: "Item 1" }], allowed_mentions: { parse: [] } });
    expect(edit.body).not.toHaveProperty("flags");
  });

  it("GIVEN a slow handler and private:true THEN the deferral is ephemeral", async () => {
    const { id, payload } = course("slow", person(), [flag("private", true)]);
    expect(await h.send(payload)).toEqual({ type: 5, data: { flags: EPHEMERAL } });
    const edit = await webhookRequest(id, "PATCH", "/messages/@original");
    expect(edit.body).toMatchObject({ embeds: [{ title: "Item 1" }] });
  });

  it("GIVEN a slow not-found answer after a public deferral THEN it is sent ephemerally and the placeholder deleted", async () => {
    const { id, payload } = course("slow missing");
    expect(await h.send(payload)).toEqual({ type: 5, data: { flags: 0 } });
    const followUp = await webhookRequest(id, "POST");
    expect(followUp.body).toEqual({
      content: renderAnswer(missing("slow missing"), { page: 0, ephemeral: false }).content,
      embeds: [],
      components: [],
      flags: EPHEMERAL,
      allowed_mentions: { parse: [] },
      ...DISCORD_JS_DEFAULTS,
    });
    await webhookRequest(id, "DELETE", "/messages/@original");
  });

  it.each([
    ["fails after the deferral", "slow boom"],
    ["never finishes (given up after GIVE_UP_AFTER_MS)", "hang"],
  ])("GIVEN a handler that %s THEN the user gets an ephemeral error id, never silence", async (_case, query) => {
    const { id, payload } = course(query);
    expect(await h.send(payload)).toEqual({ type: 5, data: { flags: 0 } });
    const followUp = await webhookRequest(id, "POST");
    const note = (followUp.body as { content: string; flags: number }).content;
    expect((followUp.body as { flags: number }).flags).toBe(EPHEMERAL);
    const errorId = ERROR_NOTE.exec(note)?.[1];
    expect(errorId).toMatch(/^[0-9a-f]{8}$/);
    await webhookRequest(id, "DELETE", "/messages/@original");
    await vi.waitFor(() => expect(logLines.filter((l) => l.errorId === errorId).map((l) => l.interactionId)).toEqual([id, id]), eventually);
  });

  it("GIVEN a slow page turn THEN the router defers the update, then edits the message", async () => {
    const asker = person();
    const first = course("later slow pages", asker);
    const shown = await h.send(first.payload);
    const next = (shown.data?.components as { components: { custom_id: string }[] }[]).at(0)?.components[1]?.custom_id;
    expect(next).toBeDefined();
    const pressId = h.nextId();
    const message = { id: h.nextId(), ...shown.data, asker, interactionId: first.id, command: "course" };
    expect(await h.send(buttonPress(h.place, pressId, next!, message, asker))).toEqual({ type: 6 });
    const edit = await webhookRequest(pressId, "PATCH", "/messages/@original");
    expect((edit.body as { content: string }).content).toBe("Showing 11–20 of 25 for “later slow pages”");
  });
});

describe("an interaction that reaches the router late (issue 9)", () => {
  /** A snowflake created `ms` ago: Discord stamped the interaction then, and the event loop (a rebuild,
   *  say) or the gateway held it until now. */
  let counter = 0n;
  const createdAgo = (ms: number) => String(((BigInt(Date.now() - ms) - 1_420_070_400_000n) << 22n) | (++counter & 0xfffn));

  it("GIVEN a command already 2 s old THEN the router defers before running the handler, then edits with the answer", async () => {
    const id = createdAgo(2_000);
    const before = calls.get("old") ?? 0;
    expect(await h.send(chatInput(h.place, id, "course", [text("course", "old")], person()))).toEqual({ type: 5, data: { flags: 0 } });
    const edit = await webhookRequest(id, "PATCH", "/messages/@original");
    expect(edit.body).toMatchObject({ embeds: [{ title: "Item 1" }], allowed_mentions: { parse: [] } });
    expect(calls.get("old")).toBe(before + 1);
  });

  it("GIVEN such a command and a long 429 on the edit THEN the bot waits it out and the answer still arrives", async () => {
    const id = createdAgo(2_000);
    h.standIn.injectFault(webhook(id, "PATCH", "/messages/@original"), {
      status: 429,
      headers: { "retry-after": "2", "x-ratelimit-scope": "user" },
      body: { message: "You are being rate limited.", retry_after: 2, global: false },
    });
    expect((await h.send(chatInput(h.place, id, "course", [text("course", "old and limited")], person()))).type).toBe(5);
    await vi.waitFor(() => expect(h.standIn.requests.filter(webhook(id, "PATCH", "/messages/@original")).map((r) => r.status)).toEqual([429, 200]), eventually);
    await vi.waitFor(() => expect(logLines.find((l) => l.interactionId === id && l.msg === "interaction")?.outcome).toBe("answered"), eventually);
  });

  it("GIVEN a page turn already 2 s old THEN the router defers the update, then edits the message", async () => {
    const asker = person();
    const first = course("pages", asker);
    const shown = await h.send(first.payload);
    const next = (shown.data?.components as { components: { custom_id: string }[] }[])[0]!.components[1]!.custom_id;
    const pressId = createdAgo(2_000);
    const message = { id: h.nextId(), ...shown.data, asker, interactionId: first.id, command: "course" };
    expect(await h.send(buttonPress(h.place, pressId, next, message, asker))).toEqual({ type: 6 });
    const edit = await webhookRequest(pressId, "PATCH", "/messages/@original");
    expect((edit.body as { content: string }).content).toBe("Showing 11–20 of 25 for “pages”");
  });
});

describe("buttons with any custom id", () => {
  const REFUSALS = [
    "This button belongs to an older version of the bot. Please run the command again.",
    "This result has expired: the bot's knowledge changed since it was shown. Please run /course again.",
  ];
  it("GIVEN random, truncated or foreign custom ids THEN each press gets a clear ephemeral note", async () => {
    const asker = person();
    const first = course("pages", asker);
    const shown = await h.send(first.payload);
    const real = (shown.data?.components as { components: { custom_id: string }[] }[])[0]!.components[1]!.custom_id;
    const ids = [
      ...fc.sample(fc.string({ unit: "binary", minLength: 1, maxLength: 100 }), { numRuns: 5, seed: 5 }),
      real.slice(0, 30),
      real.replace(/:[0-9a-z]+:pages$/, ":zz:pages"),
      "pg:course:1:1:x:",
      "next_page",
    ];
    const message = { id: h.nextId(), ...shown.data, asker, interactionId: first.id, command: "course" };
    for (const id of ids) {
      const callback = await h.send(buttonPress(h.place, h.nextId(), id, message, asker));
      expect(callback.type).toBe(4);
      expect(callback.data?.flags).toBe(EPHEMERAL);
      expect(REFUSALS).toContain(callback.data?.content);
    }
  });
});

describe("per-user rate limit (3 per 60 s in this file)", () => {
  it("GIVEN a 4th command within the window THEN an ephemeral 'slow down' with the wait; autocomplete and buttons are not counted", async () => {
    const alice = person();
    const callbacks = [];
    for (let i = 0; i < 3; i += 1) {
      callbacks.push(await h.send(course(`pages ${i}`, alice).payload));
      const choices = await h.send(autocomplete(h.place, h.nextId(), "course", [text("course", "it", true)], alice));
      expect(choices).toEqual({ type: 8, data: { choices: [{ name: "Item for it (2)", value: "item-1" }] } });
    }
    expect(callbacks.map((c) => c.type)).toEqual([4, 4, 4]);
    const refused = await h.send(course("one more", alice).payload);
    expect(refused).toEqual({
      type: 4,
      data: { content: "Slow down: too many commands in a short time. Try again in 60 s.", embeds: [], components: [], flags: EPHEMERAL, allowed_mentions: { parse: [] }, ...DISCORD_JS_DEFAULTS },
    });
    // Paging the first answer still works.
    const next = (callbacks[0]!.data?.components as { components: { custom_id: string }[] }[])[0]!.components[1]!.custom_id;
    const message = { id: h.nextId(), ...callbacks[0]!.data, asker: alice, interactionId: "1", command: "course" };
    expect((await h.send(buttonPress(h.place, h.nextId(), next, message, alice))).type).toBe(7);
    // Autocomplete stays cheap however much is typed: the completer sees at most AUTOCOMPLETE_INPUT_MAX characters.
    const long = await h.send(autocomplete(h.place, h.nextId(), "course", [text("course", "y".repeat(6_000), true)], alice));
    expect(long).toEqual({ type: 8, data: { choices: [{ name: `Item for ${"y".repeat(20)} (${AUTOCOMPLETE_INPUT_MAX})`, value: "item-1" }] } });
    // Someone else is not affected.
    expect((await h.send(course("pages", person()).payload)).type).toBe(4);
    await vi.waitFor(() => expect(logLines.filter((l) => l.outcome === "rate-limited")).toHaveLength(1), eventually);
  });
});
