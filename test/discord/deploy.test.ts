// The deploy script against the local stand-in: it registers exactly the registry's commands, in the
// configured guild or globally, and never prints the token.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { commands } from "../../commands/index.js";
import { deployCommands } from "../../src/discord/deploy.js";
import { APPLICATION_ID, FAKE_TOKEN, GUILD_ID } from "../support/bot-harness.js";
import { startDiscordStandIn, type DiscordStandIn } from "../support/discord-stand-in.js";

const run = promisify(execFile);
const registryJson = JSON.parse(JSON.stringify(commands.map((c) => c.data))) as unknown;

let standIn: DiscordStandIn;
beforeAll(async () => {
  standIn = await startDiscordStandIn({ applicationId: APPLICATION_ID, guildId: GUILD_ID });
});
afterAll(async () => {
  await standIn?.close();
});

describe("npm run deploy-commands", () => {
  it("bulk-overwrites the guild's commands with exactly the registry and prints them", async () => {
    const env = { ...process.env, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: standIn.apiUrl, LOG_LEVEL: "silent" };
    const { stdout, stderr } = await run(process.execPath, ["--import", "tsx", "src/discord/deploy.ts"], { env });
    const put = await standIn.waitForRequest((r) => r.method === "PUT" && r.path === `/api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`, `PUT /api/v10/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`);
    expect(put.body).toEqual(registryJson);
    expect(stdout.split("\n")[0]).toBe(`Registered 6 commands for server ${GUILD_ID}:`);
    expect(stdout).toMatch(/ {2}\/course \(\d+\)\n {2}\/country \(\d+\)\n {2}\/theme \(\d+\)\n {2}\/ask \(\d+\)\n {2}\/sources \(\d+\)\n {2}\/help \(\d+\)\n$/);
    expect(stdout + stderr).not.toContain(FAKE_TOKEN);
  });
});

describe("deployCommands", () => {
  it("registers globally when no guild is configured", async () => {
    const result = await deployCommands({ token: FAKE_TOKEN, clientId: APPLICATION_ID, apiUrl: standIn.apiUrl }, commands);
    const put = await standIn.waitForRequest((r) => r.method === "PUT" && r.path === `/api/v10/applications/${APPLICATION_ID}/commands`, `PUT /api/v10/applications/${APPLICATION_ID}/commands`);
    expect(put.body).toEqual(registryJson);
    expect(result.scope).toBe("global");
    expect(result.registered.map((c) => c.name)).toEqual(["course", "country", "theme", "ask", "sources", "help"]);
  });
});

describe("a response without ids (issue 9)", () => {
  it.each([
    ["commands without ids", commands.map((c) => ({ name: c.data.name }))],
    ["an empty object", {}],
  ])("GIVEN %s THEN every command is printed by name, saying the id is missing, never 'undefined'", async (_case, body) => {
    standIn.injectFault((r) => r.method === "PUT", { status: 200, body });
    const env = { ...process.env, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_CLIENT_ID: APPLICATION_ID, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: standIn.apiUrl, LOG_LEVEL: "silent" };
    const { stdout } = await run(process.execPath, ["--import", "tsx", "src/discord/deploy.ts"], { env });
    expect(stdout).toBe([`Registered 6 commands for server ${GUILD_ID}:`, ...commands.map((c) => `  /${c.data.name} (no id in Discord's response)`), ""].join("\n"));
  });
});
