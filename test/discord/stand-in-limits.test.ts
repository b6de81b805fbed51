// The local stand-in rejects a body over one of Discord's limits the way Discord does (400, code
// 50035 "Invalid Form Body"), so a renderer that sends one fails the end-to-end tests. Limits are
// literal numbers here, never read from the code under test.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { APPLICATION_ID, GUILD_ID } from "../support/bot-harness.js";
import { startDiscordStandIn, type DiscordStandIn } from "../support/discord-stand-in.js";

let standIn: DiscordStandIn;
beforeAll(async () => {
  standIn = await startDiscordStandIn({ applicationId: APPLICATION_ID, guildId: GUILD_ID });
});
afterAll(async () => {
  await standIn?.close();
});

const x = (n: number) => "x".repeat(n);
const callback = (data: Record<string, unknown>, type = 4) => ["POST", "/interactions/1/token/callback", { type, data }] as const;
const followUp = (body: Record<string, unknown>) => ["POST", `/webhooks/${APPLICATION_ID}/token`, body] as const;
const embed = (over: Record<string, unknown>) => ({ title: "t", fields: [], ...over });

async function send([method, path, body]: readonly [string, string, unknown]): Promise<{ status: number; code?: number }> {
  const response = await fetch(`${standIn.apiUrl}/v10${path}`, { method, headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const text = await response.text();
  return { status: response.status, ...(response.status === 400 && { code: (JSON.parse(text) as { code: number }).code }) };
}

describe("the stand-in on Discord's limits", () => {
  it.each([
    ["content of 2000", callback({ content: x(2000) })],
    ["an embed title of 256", callback({ embeds: [embed({ title: x(256) })] })],
    ["25 choices of 100", callback({ choices: Array.from({ length: 25 }, () => ({ name: x(100), value: x(100) })) }, 8)],
    ["a follow-up of 10 embeds", followUp({ embeds: Array.from({ length: 10 }, () => embed({})) })],
    ["a command name of 32", ["PUT", `/applications/${APPLICATION_ID}/commands`, [{ name: x(32), description: x(100) }]] as const],
  ])("accepts %s", async (_case, request) => {
    expect((await send(request)).status).toBeLessThan(300);
  });

  it.each([
    ["content of 2001", callback({ content: x(2001) })],
    ["11 embeds", callback({ embeds: Array.from({ length: 11 }, () => embed({})) })],
    ["an embed title of 257", callback({ embeds: [embed({ title: x(257) })] })],
    ["a description of 4097", callback({ embeds: [embed({ description: x(4097) })] })],
    ["26 fields", callback({ embeds: [embed({ fields: Array.from({ length: 26 }, () => ({ name: "n", value: "v" })) })] })],
    ["a field name of 257", callback({ embeds: [embed({ fields: [{ name: x(257), value: "v" }] })] })],
    ["a field value of 1025", callback({ embeds: [embed({ fields: [{ name: "n", value: x(1025) }] })] })],
    ["a footer of 2049", callback({ embeds: [embed({ footer: { text: x(2049) } })] })],
    ["6001 characters across embeds", callback({ embeds: [embed({ title: "", description: x(4000) }), embed({ title: "", description: x(2001) })] })],
    ["a custom_id of 101", callback({ components: [{ type: 1, components: [{ type: 2, style: 2, label: "▶", custom_id: x(101) }] }] }, 7)],
    ["a button label of 81", callback({ components: [{ type: 1, components: [{ type: 2, style: 2, label: x(81), custom_id: "a" }] }] })],
    ["6 action rows", callback({ components: Array.from({ length: 6 }, () => ({ type: 1, components: [] })) })],
    ["26 choices", callback({ choices: Array.from({ length: 26 }, () => ({ name: "a", value: "a" })) }, 8)],
    ["a choice name of 101", callback({ choices: [{ name: x(101), value: "a" }] }, 8)],
    ["an edit with content of 2001", ["PATCH", `/webhooks/${APPLICATION_ID}/token/messages/@original`, { content: x(2001) }] as const],
    ["a command name of 33", ["PUT", `/applications/${APPLICATION_ID}/guilds/${GUILD_ID}/commands`, [{ name: x(33), description: "d" }]] as const],
    ["a command description of 101", ["PUT", `/applications/${APPLICATION_ID}/commands`, [{ name: "c", description: x(101) }]] as const],
  ])("rejects %s with 400, code 50035", async (_case, request) => {
    expect(await send(request)).toEqual({ status: 400, code: 50035 });
  });
});
