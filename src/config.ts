// The only reader of process.env. Reads `.env` (dotenv) once, validates, and returns a frozen, typed
// Config. Errors name the variable, never its value: a token must not end up in a log.
import dotenv from "dotenv";

export const LOG_LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface DiscordConfig {
  token: string;
  /** Application id: DISCORD_CLIENT_ID, else derived from the token's first segment. */
  clientId: string;
  /** Deploy commands to this guild only (instant), instead of globally. */
  guildId?: string;
  /** REST base URL (discord.js `rest.api`), e.g. "http://127.0.0.1:8080/api"; Discord's when absent. */
  apiUrl?: string;
  /** SHARD_COUNT: run the shards in processes of SHARDS_PER_PROCESS shards each (src/discord/shard-manager.ts);
   *  one process with one shard when absent. */
  sharding?: ShardingConfig;
}

/** Shards one process runs when SHARDS_PER_PROCESS is not set: so up to 16 shards (16,000 to 40,000
 *  servers at Discord's 1,000 to 2,500 per shard) are one process with one knowledge index. Not
 *  more, because a process that restarts identifies all its shards again, and a bot below Discord's
 *  large-bot sharding (150,000 servers) has max_concurrency 1: one identify per 5.5 s, so 16 shards
 *  are back within about 90 s, inside the READY deadline (src/discord/bot.ts), and a crash takes at
 *  most 16 shards offline at once. */
export const DEFAULT_SHARDS_PER_PROCESS = 16;

export interface ShardingConfig {
  /** "auto": Discord's recommended count (GET /gateway/bot); a number: exactly that many shards. */
  count: number | "auto";
  /** SHARDS_PER_PROCESS: at most this many shards in one process (DEFAULT_SHARDS_PER_PROCESS when unset). */
  perProcess: number;
  /** Only in a shard process: the shard ids it runs, from SHARDS, which the shard manager sets
   *  (together with SHARD_COUNT, then always a number) in every process it starts. */
  ids?: readonly number[];
}

export interface Config {
  /** Absent when DISCORD_TOKEN is not set: the terminal front end runs instead. */
  discord?: DiscordConfig;
  knowledgeDir: string;
  /** Folder of the built-knowledge cache (KNOWLEDGE_CACHE_DIR, default ".cache"); absent when the
   *  variable is "off", and then every start parses and indexes the knowledge afresh. */
  knowledgeCacheDir?: string;
  logLevel: LogLevel;
  /** Per-user command limit, only when RATE_LIMIT_* is set; the bot's default (5 per 10 s) otherwise. */
  rateLimit?: RateLimitConfig;
}

export interface RateLimitConfig {
  /** RATE_LIMIT_COMMANDS: commands per window per user; 0 turns the limit off. */
  commands?: number;
  /** RATE_LIMIT_WINDOW_SECONDS: length of the sliding window. */
  windowSeconds?: number;
}

/** A mistake in the environment: shown to the operator as one line, without a stack trace. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  constructor(
    readonly variable: string,
    message: string,
  ) {
    super(`${variable}: ${message}`);
  }
}

export type Env = Readonly<Record<string, string | undefined>>;

/** process.env after `.env` has been applied (variables already set win over the file). */
export function readEnvironment(path = ".env"): Env {
  dotenv.config({ path, quiet: true });
  return process.env;
}

const SNOWFLAKE = /^\d{17,20}$/;
// Bot tokens are three base64url segments separated by dots; the first encodes the application id.
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$/;

function clean(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** The application id encoded in a bot token's first segment, or undefined when it does not decode to one. */
export function clientIdFromToken(token: string): string | undefined {
  const first = token.split(".")[0] ?? "";
  const decoded = Buffer.from(first, "base64url").toString("utf8");
  return SNOWFLAKE.test(decoded) ? decoded : undefined;
}

function parseDiscord(env: Env): DiscordConfig | undefined {
  const token = clean(env.DISCORD_TOKEN);
  if (!token) return undefined;
  if (!TOKEN_SHAPE.test(token)) {
    throw new ConfigError("DISCORD_TOKEN", "is not a bot token (expected three dot-separated parts, as shown in the developer portal)");
  }
  const clientId = clean(env.DISCORD_CLIENT_ID) ?? clientIdFromToken(token);
  if (!clientId || !SNOWFLAKE.test(clientId)) {
    throw new ConfigError("DISCORD_CLIENT_ID", "must be the application id (17–20 digits); it could not be derived from the token");
  }
  const guildId = clean(env.DISCORD_GUILD_ID);
  if (guildId && !SNOWFLAKE.test(guildId)) throw new ConfigError("DISCORD_GUILD_ID", "must be a server id (17–20 digits)");
  const apiUrl = clean(env.DISCORD_API_URL);
  if (apiUrl && !/^https?:\/\/[^\s]+$/.test(apiUrl)) throw new ConfigError("DISCORD_API_URL", "must be an http(s) URL");
  const sharding = parseSharding(env);
  return { token, clientId, ...(guildId && { guildId }), ...(apiUrl && { apiUrl: apiUrl.replace(/\/+$/, "") }), ...(sharding && { sharding }) };
}

const SHARD_NUMBER = /^[1-9]\d{0,5}$/;

function parseSharding(env: Env): ShardingConfig | undefined {
  const count = clean(env.SHARD_COUNT)?.toLowerCase();
  const perProcessText = clean(env.SHARDS_PER_PROCESS);
  if (!count) {
    if (perProcessText !== undefined) throw new ConfigError("SHARDS_PER_PROCESS", "needs SHARD_COUNT (it splits SHARD_COUNT's shards between processes)");
    return undefined;
  }
  if (count !== "auto" && !SHARD_NUMBER.test(count)) throw new ConfigError("SHARD_COUNT", "must be auto or a whole number of shards (1 or more)");
  if (perProcessText !== undefined && !SHARD_NUMBER.test(perProcessText)) {
    throw new ConfigError("SHARDS_PER_PROCESS", "must be a whole number of shards (1 or more) to run in one process");
  }
  const perProcess = perProcessText === undefined ? DEFAULT_SHARDS_PER_PROCESS : Number(perProcessText);
  const shards = clean(env.SHARDS);
  if (shards === undefined) return Object.freeze({ count: count === "auto" ? "auto" : Number(count), perProcess });
  // A shard process: the manager writes SHARDS as a JSON list ("[0,1]"); one id ("0") is accepted too.
  const ids = /^\d+$/.test(shards) ? [Number(shards)] : /^\[\d+(,\d+)*\]$/.test(shards) ? (JSON.parse(shards) as number[]) : undefined;
  if (count === "auto" || !ids || ids.some((id) => id >= Number(count))) {
    throw new ConfigError("SHARDS", "must be shard ids below SHARD_COUNT (both are set by the shard manager, not by hand)");
  }
  return Object.freeze({ count: Number(count), perProcess, ids: Object.freeze(ids) });
}

function parseRateLimit(env: Env): RateLimitConfig | undefined {
  const commands = clean(env.RATE_LIMIT_COMMANDS);
  const windowSeconds = clean(env.RATE_LIMIT_WINDOW_SECONDS);
  if (commands !== undefined && !/^\d{1,6}$/.test(commands)) {
    throw new ConfigError("RATE_LIMIT_COMMANDS", "must be a whole number of commands per window (0 turns the limit off)");
  }
  if (windowSeconds !== undefined && !/^[1-9]\d{0,5}$/.test(windowSeconds)) {
    throw new ConfigError("RATE_LIMIT_WINDOW_SECONDS", "must be a whole number of seconds (1 or more)");
  }
  if (commands === undefined && windowSeconds === undefined) return undefined;
  return Object.freeze({ ...(commands !== undefined && { commands: Number(commands) }), ...(windowSeconds !== undefined && { windowSeconds: Number(windowSeconds) }) });
}

function parseLogLevel(env: Env): LogLevel {
  const level = clean(env.LOG_LEVEL)?.toLowerCase() ?? "info";
  if (!(LOG_LEVELS as readonly string[]).includes(level)) {
    throw new ConfigError("LOG_LEVEL", `must be one of ${LOG_LEVELS.join(", ")}`);
  }
  return level as LogLevel;
}

function parseKnowledgeCache(env: Env): Pick<Config, "knowledgeCacheDir"> {
  const dir = clean(env.KNOWLEDGE_CACHE_DIR) ?? ".cache";
  return dir.toLowerCase() === "off" ? {} : { knowledgeCacheDir: dir };
}

/** Validates the environment. Throws ConfigError naming the first bad variable. */
export function loadConfig(env: Env = readEnvironment()): Readonly<Config> {
  const discord = parseDiscord(env);
  const rateLimit = parseRateLimit(env);
  const config: Config = {
    knowledgeDir: clean(env.KNOWLEDGE_DIR) ?? "knowledge",
    ...parseKnowledgeCache(env),
    logLevel: parseLogLevel(env),
    ...(rateLimit && { rateLimit }),
    ...(discord && { discord: Object.freeze(discord) }),
  };
  return Object.freeze(config);
}
