// Starts the bot: log in, route every interaction through the registry, one log line per interaction.
import { performance } from "node:perf_hooks";
import { Events, type Client } from "discord.js";
import { commands } from "../../commands/index.js";
import type { AppContext } from "../context.js";
import { createClient } from "./client.js";
import { routeInteraction, type Registry } from "./router.js";

export interface Bot {
  client: Client;
  /** Closes the gateway connection; the process can then exit. */
  stop(): Promise<void>;
}

export interface BotOptions {
  /** The commands to answer; the registry in commands/index.ts unless a test brings its own. */
  commands?: Registry;
}

export async function startBot(ctx: AppContext, options: BotOptions = {}): Promise<Bot> {
  const discord = ctx.config.discord;
  if (!discord) throw new Error("startBot needs a Discord configuration (DISCORD_TOKEN is not set)");
  const registry = options.commands ?? commands;
  const client = createClient(discord);

  client.on(Events.InteractionCreate, (interaction) => {
    const started = performance.now();
    void routeInteraction(interaction, ctx, registry).then(({ query, ...report }) => {
      const latencyMs = Math.round(performance.now() - started);
      const line = { ...report, latencyMs, ...(ctx.logger.isLevelEnabled("debug") && query !== undefined && { query }) };
      if (report.outcome === "error") ctx.logger.warn(line, "interaction");
      else ctx.logger.info(line, "interaction");
    });
  });
  client.on(Events.Error, (error) => ctx.logger.error({ err: error }, "discord client error"));

  const ready = new Promise<Client<true>>((resolve) => client.once(Events.ClientReady, resolve));
  try {
    await client.login(discord.token);
  } catch (error) {
    await client.destroy();
    throw error;
  }
  const user = await ready;
  ctx.logger.info({ user: user.user.tag, applicationId: user.application.id, guilds: user.guilds.cache.size, commands: registry.map((c) => c.data.name) }, "connected to Discord");
  return { client, stop: () => client.destroy() };
}
