// The discord.js client: the Guilds intent only (no privileged intents: slash commands need none),
// mentions off by default as a second guard behind the renderer, and the REST base from the config
// (an API proxy, or the local stand-in in tests).
import { Client, GatewayIntentBits } from "discord.js";
import type { DiscordConfig } from "../config.js";

export function createClient(config: Pick<DiscordConfig, "apiUrl">): Client {
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(config.apiUrl && { rest: { api: config.apiUrl } }),
  });
}
