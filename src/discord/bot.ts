// Starts the bot: log in, route every interaction through the registry, one log line per interaction.
// Stopping lets the answers in flight finish (for at most `drainMs`) before the gateway is closed.
// Login must reach READY on every shard the client runs within `readyTimeoutMs` (discord.js would
// otherwise retry a gateway that never answers forever, silently); a gateway close discord.js will not
// recover from (4014 disallowed intents, 4004, 4010–4013) on any of them fails the login, or after
// READY logs one fatal line naming the code and the shard and calls `onGatewayLost`, so that the
// process exits and a supervisor (or the shard manager) deals with it. In a shard process every
// interaction line and every shard's ready, reconnect and resume names its shard.
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { Events, GatewayCloseCodes, ShardClientUtil, type Client, type Interaction } from "discord.js";
import { commands } from "../../commands/index.js";
import type { Config } from "../config.js";
import type { AppContext } from "../context.js";
import { createClient, type ClientOptions } from "./client.js";
import { describeLoginError, LoginError } from "./login-error.js";
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimit } from "./rate-limit.js";
import { routeInteraction, type Registry, type RouterOptions } from "./router.js";

export interface Bot {
  client: Client;
  /** Waits for the answers in flight (bounded), then closes the gateway connection; the process can then exit. */
  stop(): Promise<void>;
  /** Interactions being answered right now. */
  inFlight(): number;
}

/** A gateway connection that closed and that discord.js will not reconnect. */
export interface GatewayLoss {
  code: number;
  /** The close code's name (DisallowedIntents…), when Discord defines it. */
  codeName?: string;
  shard: number;
}

export interface BotOptions extends Pick<RouterOptions, "deferAfterMs" | "giveUpAfterMs">, ClientOptions {
  /** The commands to answer; the registry in commands/index.ts unless a test brings its own. */
  commands?: Registry;
  /** How long `stop()` waits for answers in flight. */
  drainMs?: number;
  /** Clock for the rate limiter (tests). */
  now?: () => number;
  /** How long login may take to reach READY before it fails with a LoginError. */
  readyTimeoutMs?: number;
  /** Called once when a gateway connection is gone for good after READY (the fatal line is already
   *  logged): the process should stop and exit non-zero. */
  onGatewayLost?: (loss: GatewayLoss) => void;
}

/** Long enough for an answer from memory plus a REST retry; short enough for a container's stop timeout. */
export const DRAIN_MS = 5_000;
/** Generous: discord.js waits up to 15 s per shard for its servers' data before READY, and a busy
 *  gateway may ask it to wait between identifies. For one shard; see readyDeadlineMs. */
export const READY_TIMEOUT_MS = 120_000;
/** Discord starts at most one session per identify bucket every 5 s; the extra 0.5 s is discord.js's margin. */
export const IDENTIFY_INTERVAL_MS = 5_500;

/** The READY deadline of a client running `shards` shards: discord.js identifies them one per
 *  IDENTIFY_INTERVAL_MS when Discord's max_concurrency is 1 (every bot below 150,000 servers), so each
 *  shard past the first adds that much. */
export function readyDeadlineMs(shards: number): number {
  return READY_TIMEOUT_MS + Math.max(0, shards - 1) * IDENTIFY_INTERVAL_MS;
}

/** The shard an interaction arrived on: its server's, by Discord's formula; direct messages come on shard 0. */
export function shardOf(interaction: Pick<Interaction, "guildId">, shardCount: number): number {
  return interaction.guildId ? ShardClientUtil.shardIdForGuildId(interaction.guildId, shardCount) : 0;
}
/** How long a failed login waits for the client to close before giving up on it. */
const DESTROY_MS = 2_000;

/** The configured per-user limit over the default. */
export function rateLimitFrom(config: Pick<Config, "rateLimit">): RateLimit {
  return {
    commands: config.rateLimit?.commands ?? DEFAULT_RATE_LIMIT.commands,
    windowMs: config.rateLimit?.windowSeconds !== undefined ? config.rateLimit.windowSeconds * 1000 : DEFAULT_RATE_LIMIT.windowMs,
  };
}

export async function startBot(ctx: AppContext, options: BotOptions = {}): Promise<Bot> {
  const discord = ctx.config.discord;
  if (!discord) throw new Error("startBot needs a Discord configuration (DISCORD_TOKEN is not set)");
  const registry = options.commands ?? commands;
  const client = createClient(discord, options);
  const routerOptions: RouterOptions = {
    limiter: createRateLimiter(rateLimitFrom(ctx.config), options.now),
    ...(options.deferAfterMs !== undefined && { deferAfterMs: options.deferAfterMs }),
    ...(options.giveUpAfterMs !== undefined && { giveUpAfterMs: options.giveUpAfterMs }),
  };
  const inFlight = new Set<Promise<void>>();
  // Only a shard process names shards: a single process has just shard 0.
  const shardCount = discord.sharding?.ids && typeof discord.sharding.count === "number" ? discord.sharding.count : undefined;
  let stopping = false;

  client.on(Events.InteractionCreate, (interaction) => {
    const started = performance.now();
    const answered = routeInteraction(interaction, ctx, registry, routerOptions).then(({ query, ...report }) => {
      const latencyMs = Math.round(performance.now() - started);
      const line = {
        ...(shardCount !== undefined && { shard: shardOf(interaction, shardCount) }),
        ...report,
        latencyMs,
        ...(ctx.logger.isLevelEnabled("debug") && query !== undefined && { query }),
      };
      if (report.outcome === "error") ctx.logger.warn(line, "interaction");
      else ctx.logger.info(line, "interaction");
    });
    inFlight.add(answered);
    void answered.finally(() => inFlight.delete(answered));
  });
  client.on(Events.Error, (error) => ctx.logger.error({ err: error }, "discord client error"));
  if (shardCount !== undefined) {
    client.on(Events.ShardReady, (shard) => ctx.logger.info({ shard }, "shard ready"));
    client.on(Events.ShardResume, (shard) => ctx.logger.info({ shard }, "shard resumed"));
    // Closing the connections on shutdown reports these too: only worth a line before that.
    client.on(Events.ShardReconnecting, (shard) => ctx.logger[stopping ? "debug" : "info"]({ shard }, "shard reconnecting"));
  }

  let connected = false;
  const lost = new Promise<GatewayLoss>((resolve) => {
    client.on(Events.ShardDisconnect, (event, shard) => {
      const codeName = GatewayCloseCodes[event.code];
      resolve({ code: event.code, ...(codeName !== undefined && { codeName }), shard });
    });
  });
  void lost.then((loss) => {
    if (!connected) return;
    ctx.logger.fatal({ ...loss }, `Discord closed the gateway with ${loss.code}${loss.codeName ? ` (${loss.codeName})` : ""} and it cannot be resumed; exiting`);
    options.onGatewayLost?.(loss);
  });

  const user = await logIn(client, discord.token, lost, options.readyTimeoutMs ?? readyDeadlineMs(discord.sharding?.ids?.length ?? 1));
  connected = true;
  ctx.logger.info({ user: user.user.tag, applicationId: user.application.id, guilds: user.guilds.cache.size, commands: registry.map((c) => c.data.name) }, "connected to Discord");
  const stop = async (): Promise<void> => {
    stopping = true;
    if (inFlight.size > 0) {
      ctx.logger.info({ inFlight: inFlight.size }, "waiting for answers in flight");
      const drained = await Promise.race([Promise.allSettled([...inFlight]).then(() => true), sleep(options.drainMs ?? DRAIN_MS, false, { ref: false })]);
      if (!drained) ctx.logger.warn({ inFlight: inFlight.size }, "stopped waiting for answers in flight");
    }
    await client.destroy();
  };
  return { client, stop, inFlight: () => inFlight.size };
}

/** Logs in and waits for READY, a gateway close discord.js gives up on, or the deadline, whichever is
 *  first; on failure the client is destroyed and an operator's mistake becomes a LoginError. */
async function logIn(client: Client, token: string, lost: Promise<GatewayLoss>, timeoutMs: number): Promise<Client<true>> {
  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  const login = client.login(token).then(() => ready);
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new LoginError(`Discord's gateway did not reach READY within ${timeoutMs / 1000} s; check the network, or DISCORD_API_URL if it is set.`)), timeoutMs);
  });
  const closed = lost.then((loss) => {
    throw describeLoginError({ code: loss.codeName }) ?? new LoginError(`Discord closed the gateway with ${loss.code}${loss.codeName ? ` (${loss.codeName})` : ""} during login and it cannot be resumed.`);
  });
  try {
    return await Promise.race([login, deadline, closed]);
  } catch (error) {
    // Bounded: discord.js's destroy can wait forever on a connection still waiting for READY.
    await Promise.race([client.destroy(), sleep(DESTROY_MS, undefined, { ref: false })]);
    throw describeLoginError(error) ?? error;
  } finally {
    clearTimeout(timer);
    // Whichever lost the race must not become an unhandled rejection later.
    login.catch(() => undefined);
    closed.catch(() => undefined);
  }
}
