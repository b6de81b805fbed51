import { describe, expect, it } from "vitest";
import { clientIdFromToken, ConfigError, loadConfig } from "../src/config.js";

// A token of the right shape whose first segment encodes the id 123456789012345678.
const ID = "123456789012345678";
const TOKEN = `${Buffer.from(ID).toString("base64url")}.GhIjKl.abcdefghijklmnopqrstuvwxyz012345`;

function configError(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error("expected a ConfigError");
}

describe("loadConfig", () => {
  it("GIVEN no variables THEN the terminal defaults", () => {
    expect(loadConfig({})).toEqual({ knowledgeDir: "knowledge", knowledgeCacheDir: ".cache", logLevel: "info" });
  });

  it("GIVEN a token THEN derives the client id and keeps the optional values", () => {
    expect(loadConfig({ DISCORD_TOKEN: ` ${TOKEN} `, DISCORD_GUILD_ID: "987654321098765432", DISCORD_API_URL: "http://127.0.0.1:9999/api/", KNOWLEDGE_DIR: "kb", LOG_LEVEL: "DEBUG" })).toEqual({
      knowledgeDir: "kb",
      knowledgeCacheDir: ".cache",
      logLevel: "debug",
      discord: { token: TOKEN, clientId: ID, guildId: "987654321098765432", apiUrl: "http://127.0.0.1:9999/api" },
    });
  });

  it.each([
    [{}, ".cache"],
    [{ KNOWLEDGE_CACHE_DIR: " /var/cache/bot " }, "/var/cache/bot"],
    [{ KNOWLEDGE_CACHE_DIR: "" }, ".cache"],
    [{ KNOWLEDGE_CACHE_DIR: "off" }, undefined],
    [{ KNOWLEDGE_CACHE_DIR: "OFF" }, undefined],
  ])("GIVEN %j THEN the knowledge cache folder is %s", (env, dir) => {
    expect(loadConfig(env).knowledgeCacheDir).toBe(dir);
  });

  it("GIVEN an explicit client id THEN it wins over the token's", () => {
    expect(loadConfig({ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: "111111111111111111" }).discord?.clientId).toBe("111111111111111111");
  });

  it("returns a frozen object", () => {
    expect(Object.isFrozen(loadConfig({ DISCORD_TOKEN: TOKEN }))).toBe(true);
  });

  it.each([
    [{ DISCORD_TOKEN: "not-a-token" }, "DISCORD_TOKEN"],
    [{ DISCORD_TOKEN: "aaaaaaaaaaaaaaaaaaaa.bbbbbb.cccccccccccccccccccccccccc" }, "DISCORD_CLIENT_ID"],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: "abc" }, "DISCORD_CLIENT_ID"],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: "12" }, "DISCORD_GUILD_ID"],
    [{ DISCORD_TOKEN: TOKEN, DISCORD_API_URL: "ftp://x" }, "DISCORD_API_URL"],
    [{ LOG_LEVEL: "loud" }, "LOG_LEVEL"],
  ])("GIVEN %j THEN a ConfigError naming %s", (env, variable) => {
    expect(configError(env).variable).toBe(variable);
  });

  it("never puts the token's value in the message", () => {
    const secret = "SECRETSECRETSECRET.x.y";
    expect(configError({ DISCORD_TOKEN: secret }).message).not.toContain("SECRET");
    expect(configError({ DISCORD_TOKEN: secret }).message).toBe(
      "DISCORD_TOKEN: is not a bot token (expected three dot-separated parts, as shown in the developer portal)",
    );
  });
});

describe("clientIdFromToken", () => {
  it.each([
    [TOKEN, ID],
    ["bm90LWFuLWlk.x.y", undefined],
    ["", undefined],
  ])("GIVEN %s THEN %s", (token, expected) => {
    expect(clientIdFromToken(token)).toBe(expected);
  });
});

describe("loadConfig: rate limit", () => {
  it.each([
    [{}, undefined],
    [{ RATE_LIMIT_COMMANDS: "3" }, { commands: 3 }],
    [{ RATE_LIMIT_WINDOW_SECONDS: " 30 " }, { windowSeconds: 30 }],
    [{ RATE_LIMIT_COMMANDS: "0", RATE_LIMIT_WINDOW_SECONDS: "1" }, { commands: 0, windowSeconds: 1 }],
  ])("GIVEN %j THEN rateLimit is %j", (env, rateLimit) => {
    expect(loadConfig(env).rateLimit).toEqual(rateLimit);
  });

  it.each([
    [{ RATE_LIMIT_COMMANDS: "five" }, "RATE_LIMIT_COMMANDS"],
    [{ RATE_LIMIT_COMMANDS: "-1" }, "RATE_LIMIT_COMMANDS"],
    [{ RATE_LIMIT_WINDOW_SECONDS: "0" }, "RATE_LIMIT_WINDOW_SECONDS"],
    [{ RATE_LIMIT_WINDOW_SECONDS: "1.5" }, "RATE_LIMIT_WINDOW_SECONDS"],
  ])("GIVEN %j THEN a ConfigError naming %s", (env, variable) => {
    expect(configError(env).variable).toBe(variable);
  });
});

describe("ConfigError messages", () => {
  // Each bad value carries a recognisable marker: no message may echo any part of it.
  const MARK = "Zq9Marker";
  it.each<Record<string, string>>([
    { DISCORD_TOKEN: `${MARK}.x.y` },
    { DISCORD_TOKEN: TOKEN, DISCORD_CLIENT_ID: MARK },
    { DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: MARK },
    { DISCORD_TOKEN: TOKEN, DISCORD_API_URL: `ftp://${MARK}` },
    { LOG_LEVEL: MARK },
    { RATE_LIMIT_COMMANDS: MARK },
    { RATE_LIMIT_WINDOW_SECONDS: MARK },
    { DISCORD_TOKEN: TOKEN, SHARD_COUNT: MARK },
    { DISCORD_TOKEN: TOKEN, SHARD_COUNT: "2", SHARDS_PER_PROCESS: MARK },
  ])("GIVEN %j THEN the message names the variable, not the value", (env) => {
    const error = configError(env);
    expect(error.message.startsWith(`${error.variable}: `)).toBe(true);
    expect(error.message.toLowerCase()).not.toContain(MARK.toLowerCase());
  });
});

describe("loadConfig: sharding", () => {
  it.each([
    [{}, undefined],
    [{ SHARD_COUNT: "" }, undefined],
    [{ SHARD_COUNT: "auto" }, { count: "auto", perProcess: 16 }],
    [{ SHARD_COUNT: " AUTO " }, { count: "auto", perProcess: 16 }],
    [{ SHARD_COUNT: "4" }, { count: 4, perProcess: 16 }],
    [{ SHARD_COUNT: "8", SHARDS_PER_PROCESS: "4" }, { count: 8, perProcess: 4 }],
    [{ SHARD_COUNT: "auto", SHARDS_PER_PROCESS: " 1 " }, { count: "auto", perProcess: 1 }],
    [{ SHARD_COUNT: "2", SHARDS_PER_PROCESS: "" }, { count: 2, perProcess: 16 }],
    // More per process than shards is not a mistake: every shard is then in the one process.
    [{ SHARD_COUNT: "2", SHARDS_PER_PROCESS: "4" }, { count: 2, perProcess: 4 }],
    // What the shard manager puts in a shard process's environment (besides the manager's own).
    [{ SHARD_COUNT: "2", SHARDS: "1" }, { count: 2, perProcess: 16, ids: [1] }],
    [{ SHARD_COUNT: "8", SHARDS_PER_PROCESS: "4", SHARDS: "[4,5,6,7]" }, { count: 8, perProcess: 4, ids: [4, 5, 6, 7] }],
  ])("GIVEN %j THEN sharding is %j", (env, expected) => {
    expect(loadConfig({ DISCORD_TOKEN: TOKEN, ...env }).discord?.sharding).toEqual(expected);
  });

  it("GIVEN no token THEN SHARD_COUNT and SHARDS_PER_PROCESS are ignored (the terminal front end has no shards)", () => {
    expect(loadConfig({ SHARD_COUNT: "2", SHARDS_PER_PROCESS: "x" })).toEqual({ knowledgeDir: "knowledge", knowledgeCacheDir: ".cache", logLevel: "info" });
  });

  it.each([
    [{ SHARD_COUNT: "0" }, "SHARD_COUNT"],
    [{ SHARD_COUNT: "-1" }, "SHARD_COUNT"],
    [{ SHARD_COUNT: "2.5" }, "SHARD_COUNT"],
    [{ SHARD_COUNT: "many" }, "SHARD_COUNT"],
    [{ SHARD_COUNT: "auto", SHARDS: "0" }, "SHARDS"],
    [{ SHARD_COUNT: "2", SHARDS: "2" }, "SHARDS"],
    [{ SHARD_COUNT: "2", SHARDS: "zero" }, "SHARDS"],
    [{ SHARD_COUNT: "2", SHARDS: "[0,]" }, "SHARDS"],
    [{ SHARD_COUNT: "8", SHARDS_PER_PROCESS: "0" }, "SHARDS_PER_PROCESS"],
    [{ SHARDS_PER_PROCESS: "4" }, "SHARDS_PER_PROCESS"],
  ])("GIVEN %j THEN a ConfigError naming %s", (env, variable) => {
    expect(configError({ DISCORD_TOKEN: TOKEN, ...env }).variable).toBe(variable);
  });

  it.each([
    [{ SHARD_COUNT: "0" }, "SHARD_COUNT: must be auto or a whole number of shards (1 or more)"],
    [{ SHARD_COUNT: "many" }, "SHARD_COUNT: must be auto or a whole number of shards (1 or more)"],
    [{ SHARD_COUNT: "8", SHARDS_PER_PROCESS: "0" }, "SHARDS_PER_PROCESS: must be a whole number of shards (1 or more) to run in one process"],
    [{ SHARD_COUNT: "8", SHARDS_PER_PROCESS: "-4" }, "SHARDS_PER_PROCESS: must be a whole number of shards (1 or more) to run in one process"],
    [{ SHARD_COUNT: "8", SHARDS_PER_PROCESS: "2.5" }, "SHARDS_PER_PROCESS: must be a whole number of shards (1 or more) to run in one process"],
    [{ SHARD_COUNT: "8", SHARDS_PER_PROCESS: "four" }, "SHARDS_PER_PROCESS: must be a whole number of shards (1 or more) to run in one process"],
    [{ SHARD_COUNT: "auto", SHARDS_PER_PROCESS: "auto" }, "SHARDS_PER_PROCESS: must be a whole number of shards (1 or more) to run in one process"],
    [{ SHARDS_PER_PROCESS: "4" }, "SHARDS_PER_PROCESS: needs SHARD_COUNT (it splits SHARD_COUNT's shards between processes)"],
    [{ SHARD_COUNT: " ", SHARDS_PER_PROCESS: "4" }, "SHARDS_PER_PROCESS: needs SHARD_COUNT (it splits SHARD_COUNT's shards between processes)"],
    [{ SHARD_COUNT: "2", SHARDS: "2" }, "SHARDS: must be shard ids below SHARD_COUNT (both are set by the shard manager, not by hand)"],
  ])("GIVEN %j THEN the message is %s", (env, message) => {
    expect(configError({ DISCORD_TOKEN: TOKEN, ...env }).message).toBe(message);
  });
});
