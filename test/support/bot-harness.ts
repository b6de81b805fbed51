// One stand-in plus one logged-in bot (the real discord.js client via startBot), for a test file's
// beforeAll/afterAll, and a `send` that dispatches an interaction and returns its callback body.
import { loadConfig } from "../../src/config.js";
import type { AppContext } from "../../src/context.js";
import type { Snapshot } from "../../src/snapshot/snapshot.js";
import { silentLogger, type Logger } from "../../src/logger.js";
import { startBot, type Bot, type BotOptions } from "../../src/discord/bot.js";
import { startDiscordStandIn, type Callback, type DiscordStandIn } from "./discord-stand-in.js";
import { snowflakes, type Place } from "./interactions.js";

export const APPLICATION_ID = "1234567890123456789";
export const GUILD_ID = "9876543210987654321";
/** A fake token of the real shape: base64url(application id) . timestamp . hmac. */
export const FAKE_TOKEN = `${Buffer.from(APPLICATION_ID).toString("base64url")}.AAAAAA.${"x".repeat(27)}`;

/** Fields discord.js adds to every message body it sends (so exact-body assertions include them). */
export const DISCORD_JS_DEFAULTS = { tts: false, enforce_nonce: false };

export interface Harness {
  standIn: DiscordStandIn;
  bot: Bot;
  place: Place;
  nextId: () => string;
  /** Dispatches INTERACTION_CREATE and resolves with the bot's callback body. */
  send(payload: Record<string, unknown>): Promise<Callback>;
  /** Stops the bot and starts a fresh one (nothing kept in memory) against the same stand-in. */
  restart(): Promise<void>;
  stop(): Promise<void>;
}

/** The per-user rate limit is off unless a test sets RATE_LIMIT_* in `env`: most tests are one user
 *  sending many commands. */
export function testContext(apiUrl: string, knowledge: () => Snapshot, logger: Logger = silentLogger(), env: Record<string, string> = {}): AppContext {
  const config = loadConfig({ DISCORD_TOKEN: FAKE_TOKEN, DISCORD_GUILD_ID: GUILD_ID, DISCORD_API_URL: apiUrl, LOG_LEVEL: "silent", RATE_LIMIT_COMMANDS: "0", ...env });
  return { config, logger, knowledge };
}

export interface HarnessOptions extends BotOptions {
  logger?: Logger;
  /** Extra environment for the bot's config (e.g. RATE_LIMIT_COMMANDS). */
  env?: Record<string, string>;
  /** Stand-in gateway heartbeat interval (ms). */
  heartbeatInterval?: number;
}

export async function startHarness(knowledge: () => Snapshot, options: HarnessOptions = {}): Promise<Harness> {
  const standIn = await startDiscordStandIn({
    applicationId: APPLICATION_ID,
    guildId: GUILD_ID,
    ...(options.heartbeatInterval !== undefined && { heartbeatInterval: options.heartbeatInterval }),
  });
  const start = () => startBot(testContext(standIn.apiUrl, knowledge, options.logger, options.env), options);
  const harness: Harness = {
    standIn,
    bot: await start(),
    place: { applicationId: APPLICATION_ID, guildId: GUILD_ID },
    nextId: snowflakes(),
    async send(payload) {
      standIn.dispatch("INTERACTION_CREATE", payload);
      return standIn.waitForCallback(String(payload.id));
    },
    async restart() {
      await harness.bot.stop();
      harness.bot = await start();
    },
    async stop() {
      await harness.bot.stop();
      await standIn.close();
    },
  };
  return harness;
}
