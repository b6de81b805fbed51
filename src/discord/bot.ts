// Starts the bot: log in, route every interaction through the registry, one log line per interaction.
// Stopping lets the answers in flight finish (for at most `drainMs`) before the gateway is closed.
import { performance } from "node:perf_hooks";
import { setTimeout as sleep } from "node:timers/promises";
import { Events, type Client } from "discord.js";
import { commands } from "../../commands/index.js";
import type { Config } from "../config.js";
import type { AppContext } from "../context.js";
import { createClient } from "./client.js";
import { describeLoginError } from "./login-error.js";
import { createRateLimiter, DEFAULT_RATE_LIMIT, type RateLimit } from "./rate-limit.js";
import { routeInteraction, type Registry, type RouterOptions } from "./router.js";

export interface Bot {
  client: Client;
  /** Waits for the answers in flight (bounded), then closes the gateway connection; the process can then exit. */
  stop(): Promise<void>;
  /** Interactions being answered right now. */
  inFlight(): number;
}

export interface BotOptions extends Pick<RouterOptions, "deferAfterMs" | "giveUpAfterMs"> {
  /** The commands to answer; the registry in commands/index.ts unless a test brings its own. */
  commands?: Registry;
  /** How long `stop()` waits for answers in flight. */
  drainMs?: number;
  /** Clock for the rate limiter (tests). */
  now?: () => number;
}

/** Long enough for an answer from memory plus a REST retry; short enough for a container's stop timeout. */
export const DRAIN_MS = 5_000;

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
  const client = createClient(discord);
  const routerOptions: RouterOptions = {
    limiter: createRateLimiter(rateLimitFrom(ctx.config), options.now),
    ...(options.deferAfterMs !== undefined && { deferAfterMs: options.deferAfterMs }),
    ...(options.giveUpAfterMs !== undefined && { giveUpAfterMs: options.giveUpAfterMs }),
  };
  const inFlight = new Set<Promise<void>>();

  client.on(Events.InteractionCreate, (interaction) => {
    const started = performance.now();
    const answered = routeInteraction(interaction, ctx, registry, routerOptions).then(({ query, ...report }) => {
      const latencyMs = Math.round(performance.now() - started);
      const line = { ...report, latencyMs, ...(ctx.logger.isLevelEnabled("debug") && query !== undefined && { query }) };
      if (report.outcome === "error") ctx.logger.warn(line, "interaction");
      else ctx.logger.info(line, "interaction");
    });
    inFlight.add(answered);
    void answered.finally(() => inFlight.delete(answered));
  });
  client.on(Events.Error, (error) => ctx.logger.error({ err: error }, "discord client error"));

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(discord.token);
  } catch (error) {
    await client.destroy();
    throw describeLoginError(error) ?? error;
  }
  const user = await ready;
  ctx.logger.info({ user: user.user.tag, applicationId: user.application.id, guilds: user.guilds.cache.size, commands: registry.map((c) => c.data.name) }, "connected to Discord");
  const stop = async (): Promise<void> => {
    if (inFlight.size > 0) {
      ctx.logger.info({ inFlight: inFlight.size }, "waiting for answers in flight");
      const drained = await Promise.race([Promise.allSettled([...inFlight]).then(() => true), sleep(options.drainMs ?? DRAIN_MS, false, { ref: false })]);
      if (!drained) ctx.logger.warn({ inFlight: inFlight.size }, "stopped waiting for answers in flight");
    }
    await client.destroy();
  };
  return { client, stop, inFlight: () => inFlight.size };
}
