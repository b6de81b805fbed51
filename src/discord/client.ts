// The discord.js client: the Guilds intent only (no privileged intents: slash commands need none),
// mentions off by default as a second guard behind the renderer, and the REST base from the config
// (an API proxy, or the local stand-in in tests). In a shard process the shard ids and count come from
// the config too, rather than from discord.js reading SHARDS/SHARD_COUNT out of process.env itself.
import { Client, GatewayIntentBits } from "discord.js";
import type { DiscordConfig } from "../config.js";

export function createClient(config: Pick<DiscordConfig, "apiUrl" | "sharding">): Client {
  const shard = config.sharding?.ids && typeof config.sharding.count === "number" ? { shards: [...config.sharding.ids], shardCount: config.sharding.count } : undefined;
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    ...(config.apiUrl && { rest: { api: config.apiUrl } }),
    ...shard,
  });
}
