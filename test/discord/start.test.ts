// `npm start` as a process: with a token and DISCORD_API_URL pointing at the stand-in it logs in,
// answers, logs one line per interaction without the token, and exits 0 on SIGTERM.
import { spawn, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { APPLICATION_ID, FAKE_TOKEN, GUILD_ID } from "../support/bot-harness.js";
import { eventually } from "../support/deadline.js";
import { startDiscordStandIn, type DiscordStandIn } from "../support/discord-stand-in.js";
import { chatInput, snowflakes, text } from "../support/interactions.js";

let standIn: DiscordStandIn;
let child: ChildProcess | undefined;
beforeAll(async () => {
  standIn = await startDiscordStandIn({ applicationId: APPLICATION_ID, guildId: GUILD_ID });
});
afterAll(async () => {
  // Only if an assertion failed before the SIGTERM: never leave the bot running.
  if (child && child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  await standIn?.close();
});

describe("npm start with DISCORD_TOKEN", () => {
  it("connects, answers /course 23rd, and shuts down cleanly on SIGTERM", async () => {
    const env = { ...process.env, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: standIn.apiUrl, KNOWLEDGE_DIR: "knowledge", LOG_LEVEL: "info" };
    const bot = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
    child = bot;
    let stderr = "";
    bot.stderr.on("data", (chunk: Buffer) => (stderr += String(chunk)));
    const exited = once(bot, "exit");

    await vi.waitFor(() => expect(stderr).toContain('"msg":"connected to Discord"'), eventually);
    const id = snowflakes()();
    standIn.dispatch("INTERACTION_CREATE", chatInput({ applicationId: APPLICATION_ID, guildId: GUILD_ID }, id, "course", [text("course", "23rd")]));
    const callback = await standIn.waitForCallback(id);
    expect((callback.data?.embeds as { title: string }[])[0]?.title).toBe("23rd UNCAC Training Programme");
    await vi.waitFor(() => expect(stderr).toContain('"outcome":"answered"'), eventually);

    bot.kill("SIGTERM");
    const [code] = await exited;
    expect(code).toBe(0);
    expect(standIn.identifies).toEqual([{ intents: 1, shard: [0, 1] }]);
    expect(stderr).not.toContain(FAKE_TOKEN);
    const interactionLines = stderr.split("\n").filter((l) => l.includes('"msg":"interaction"'));
    expect(interactionLines).toHaveLength(1);
    expect(JSON.parse(interactionLines[0]!)).toMatchObject({ kind: "command", command: "course", optionsSize: 4, outcome: "answered" });
  });
});
