// `npm start` as a process against the stand-in, through failures (issue 5): a rejected token (401 on
// /gateway/bot, gateway close 4004) gives one line and exit 1; SIGTERM while answers are in flight lets
// them finish, then exits 0; and across all of it (429, 500, connection reset, a failed interaction, a
// gateway close, debug logging) no output contains the token or any part of it.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { afterAll, describe, expect, it, vi } from "vitest";
import { APPLICATION_ID, GUILD_ID } from "../support/bot-harness.js";
import { eventually } from "../support/deadline.js";
import { startDiscordStandIn, type DiscordStandIn, type RecordedRequest } from "../support/discord-stand-in.js";
import { chatInput, snowflakes, text, type Person } from "../support/interactions.js";

/** A recognisable fake token of the real shape (base64url(application id) . timestamp . hmac). */
const TOKEN = `${Buffer.from(APPLICATION_ID).toString("base64url")}.FAKEtk.LeakCanary_leakcanary_0123456789`;
/** Every form in which the token could leak: whole, its three parts, and base64 of it (an auth header). */
const SECRET_FORMS = [TOKEN, ...TOKEN.split("."), Buffer.from(TOKEN).toString("base64"), Buffer.from(`Bot ${TOKEN}`).toString("base64"), "LeakCanary"];

const place = { applicationId: APPLICATION_ID, guildId: GUILD_ID };
const nextId = snowflakes();
let people = 0;
const person = (): Person => ({ id: String(4_000_000_000_000_000_000n + BigInt(++people)), username: `p${people}` });
const isCallback = (id: string) => (r: RecordedRequest) => r.method === "POST" && r.path.startsWith(`/api/v10/interactions/${id}/`);

interface Run {
  output: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
  kill(signal: NodeJS.Signals): void;
}

const children: { kill(signal: NodeJS.Signals): void; exitCode: number | null }[] = [];
const standIns: DiscordStandIn[] = [];
afterAll(async () => {
  // Only if an assertion failed first: never leave a bot running.
  for (const child of children) if (child.exitCode === null) child.kill("SIGKILL");
  await Promise.all(standIns.map((s) => s.close()));
});

async function standIn(): Promise<DiscordStandIn> {
  const started = await startDiscordStandIn({ applicationId: APPLICATION_ID, guildId: GUILD_ID });
  standIns.push(started);
  return started;
}

function startBotProcess(apiUrl: string, logLevel = "info"): Run {
  const env = { ...process.env, DISCORD_TOKEN: TOKEN, DISCORD_API_URL: apiUrl, DISCORD_GUILD_ID: GUILD_ID, KNOWLEDGE_DIR: "knowledge", LOG_LEVEL: logLevel };
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  children.push(child);
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (chunk: Buffer) => (stdout += String(chunk)));
  child.stderr.on("data", (chunk: Buffer) => (stderr += String(chunk)));
  const exited = once(child, "exit").then(([code]) => code as number | null);
  return { output: () => stdout + stderr, stderr: () => stderr, exited, kill: (signal) => child.kill(signal) };
}

function expectNoSecret(output: string): void {
  for (const form of SECRET_FORMS) expect(output).not.toContain(form);
}

const logLines = (run: Run) =>
  run
    .stderr()
    .split("\n")
    .filter((l) => l.startsWith("{"))
    .map((l) => JSON.parse(l) as Record<string, unknown>);

describe("a rejected token", () => {
  it.each([
    ["401 on GET /gateway/bot", (s: DiscordStandIn) => s.injectFault((r) => r.path.endsWith("/gateway/bot"), { status: 401, body: { message: "401: Unauthorized", code: 0 } }, 10), "401 Unauthorized"],
    ["gateway close 4004", (s: DiscordStandIn) => s.failIdentify(4004), "gateway close 4004, authentication failed"],
  ])("GIVEN %s THEN one clear line, exit 1, no stack trace, no token", async (_case, fail, reason) => {
    const s = await standIn();
    fail(s);
    const run = startBotProcess(s.apiUrl);
    expect(await run.exited).toBe(1);
    const problems = run.stderr().split("\n").filter((l) => l !== "" && !l.startsWith("{"));
    expect(problems).toEqual([`Cannot start: DISCORD_TOKEN: Discord rejected the token (${reason}). ${reason.startsWith("401") ? "Reset it in the developer portal (Bot › Reset Token) and update .env." : "Reset it in the developer portal and update .env."}`]);
    expect(run.output()).not.toMatch(/^\s+at /m);
    expectNoSecret(run.output());
  });
});

describe("the bot process through faults, then SIGTERM during traffic", () => {
  it("answers, survives 429/500/reset and a gateway close, drains in-flight answers on SIGTERM, exits 0, never prints the token", async () => {
    const s = await standIn();
    const run = startBotProcess(s.apiUrl, "debug");
    await vi.waitFor(() => expect(run.stderr()).toContain('"msg":"connected to Discord"'), eventually);
    const ask = (query: string) => {
      const id = nextId();
      return { id, payload: chatInput(place, id, "course", [text("course", query)], person()) };
    };

    // REST faults on callbacks: one 429 (retried), one 500 on every attempt and one reset on every attempt (both fail).
    const limited = ask("23rd");
    s.injectFault(isCallback(limited.id), { status: 429, headers: { "retry-after": "0.1" }, body: { message: "You are being rate limited.", retry_after: 0.1, global: false } });
    const broken = ask("23rd");
    s.injectFault(isCallback(broken.id), { status: 500 }, 20);
    const reset = ask("23rd");
    s.injectFault(isCallback(reset.id), { reset: true }, 20);
    for (const i of [limited, broken, reset]) s.dispatch("INTERACTION_CREATE", i.payload);
    await vi.waitFor(
      () => {
        const outcomes = Object.fromEntries(logLines(run).filter((l) => l.msg === "interaction").map((l) => [l.interactionId, l.outcome]));
        expect([outcomes[limited.id], outcomes[broken.id], outcomes[reset.id]]).toEqual(["answered", "error", "error"]);
      },
      eventually,
    );
    expect(logLines(run).filter((l) => l.msg === "interaction failed").map((l) => l.interactionId)).toEqual(expect.arrayContaining([broken.id, reset.id]));

    // The gateway drops the connection: the bot resumes and keeps answering.
    s.closeGateway(4000);
    await s.waitForResumes(1);
    const after = ask("23rd");
    s.dispatch("INTERACTION_CREATE", after.payload);
    expect((await s.waitForCallback(after.id)).type).toBe(4);

    // SIGTERM while 20 answers wait for Discord: they finish, then the process exits 0.
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const inFlight = Array.from({ length: 20 }, () => ask("UNCAC"));
    const heldIds = new Set(inFlight.map((i) => i.id));
    s.injectFault((r) => r.method === "POST" && heldIds.has(r.path.split("/")[4] ?? ""), { until: held }, 20);
    for (const i of inFlight) s.dispatch("INTERACTION_CREATE", i.payload);
    await vi.waitFor(() => expect(s.requests.filter((r) => heldIds.has(r.path.split("/")[4] ?? "")).length).toBe(20), eventually);
    run.kill("SIGTERM");
    await vi.waitFor(() => expect(run.stderr()).toContain('"msg":"waiting for answers in flight"'), eventually);
    expect(logLines(run).find((l) => l.msg === "waiting for answers in flight")?.inFlight).toBe(20);
    release();
    expect(await run.exited).toBe(0);
    const answered = logLines(run).filter((l) => l.msg === "interaction" && heldIds.has(String(l.interactionId)));
    expect(answered.map((l) => l.outcome)).toEqual(Array.from({ length: 20 }, () => "answered"));
    expect(s.requests.filter((r) => heldIds.has(r.path.split("/")[4] ?? "")).map((r) => r.status)).toEqual(Array.from({ length: 20 }, () => 204));

    expectNoSecret(run.output());
  });
});

describe("the process cannot go on (issue 9)", () => {
  const fatalLines = (run: Run) => logLines(run).filter((l) => l.level === 60);

  it("GIVEN gateway close 4014 after READY THEN one fatal line naming the code, exit 1, no stack trace outside JSON", async () => {
    const s = await standIn();
    const run = startBotProcess(s.apiUrl);
    await vi.waitFor(() => expect(run.stderr()).toContain('"msg":"connected to Discord"'), eventually);
    s.closeGateway(4014);
    expect(await run.exited).toBe(1);
    expect(fatalLines(run)).toEqual([expect.objectContaining({ code: 4014, codeName: "DisallowedIntents", msg: "Discord closed the gateway with 4014 (DisallowedIntents) and it cannot be resumed; exiting" })]);
    expect(run.stderr().split("\n").filter((l) => l !== "" && !l.startsWith("{"))).toEqual([]);
    expectNoSecret(run.output());
  });

  it("GIVEN a gateway event that makes discord.js throw while an answer is in flight THEN one fatal JSON line with an error id, the answer still arrives, exit 1", async () => {
    const s = await standIn();
    const run = startBotProcess(s.apiUrl);
    await vi.waitFor(() => expect(run.stderr()).toContain('"msg":"connected to Discord"'), eventually);
    let release = (): void => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const id = nextId();
    s.injectFault(isCallback(id), { until: held });
    s.dispatch("INTERACTION_CREATE", chatInput(place, id, "course", [text("course", "23rd")], person()));
    await s.waitForRequest(isCallback(id), `callback for interaction ${id}`);
    // A dispatch discord.js's handlers do not expect: MESSAGE_CREATE without a body.
    s.dispatch("MESSAGE_CREATE", null);
    await vi.waitFor(() => expect(fatalLines(run)).toHaveLength(1), eventually);
    expect(fatalLines(run)[0]).toMatchObject({ errorId: expect.stringMatching(/^[0-9a-f]{8}$/), msg: expect.stringMatching(/^unhandled promise rejection|^uncaught exception/) });
    const exitedEarly = await Promise.race([run.exited.then(() => true), new Promise((resolve) => setTimeout(() => resolve(false), 200))]);
    expect(exitedEarly).toBe(false);
    release();
    expect(await run.exited).toBe(1);
    expect(logLines(run).find((l) => l.msg === "interaction" && l.interactionId === id)).toMatchObject({ outcome: "answered" });
    expect(s.requests.filter(isCallback(id)).map((r) => r.status)).toEqual([204]);
    expect(run.stderr().split("\n").filter((l) => l !== "" && !l.startsWith("{"))).toEqual([]);
  });
});
