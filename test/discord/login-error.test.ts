import { describe, expect, it } from "vitest";
import { describeLoginError, LoginError } from "../../src/discord/login-error.js";

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe("describeLoginError", () => {
  it.each([
    ["discord.js TokenInvalid (401 on /gateway/bot)", withCode("An invalid token was provided.", "TokenInvalid"), "DISCORD_TOKEN: Discord rejected the token (401 Unauthorized). Reset it in the developer portal (Bot › Reset Token) and update .env."],
    ["a REST 401", Object.assign(new Error("401: Unauthorized"), { status: 401 }), "DISCORD_TOKEN: Discord rejected the token (401 Unauthorized). Reset it in the developer portal (Bot › Reset Token) and update .env."],
    ["gateway close 4004", new Error("Authentication failed"), "DISCORD_TOKEN: Discord rejected the token (gateway close 4004, authentication failed). Reset it in the developer portal and update .env."],
    ["disallowed intents", new Error("Used disallowed intents"), "Discord refused the gateway intents this bot asks for (it needs only Guilds, which is never privileged)."],
    ["a refused connection", withCode("connect ECONNREFUSED 127.0.0.1:1", "ECONNREFUSED"), "cannot reach Discord (ECONNREFUSED); check the network, or DISCORD_API_URL if it is set."],
    ["undici's wrapped DNS failure", new TypeError("fetch failed", { cause: withCode("getaddrinfo ENOTFOUND x", "ENOTFOUND") }), "cannot reach Discord (ENOTFOUND); check the network, or DISCORD_API_URL if it is set."],
  ])("GIVEN %s THEN one line for the operator", (_case, error, line) => {
    const described = describeLoginError(error);
    expect(described).toBeInstanceOf(LoginError);
    expect(described?.message).toBe(line);
  });

  it.each([["a bug", new TypeError("x is not a function")], ["a non-error", "boom"], ["undefined", undefined]])("GIVEN %s THEN undefined (it stays a crash)", (_case, error) => {
    expect(describeLoginError(error)).toBeUndefined();
  });
});
