// The discord.js client: the Guilds intent only (no privileged intents: slash commands need none),
// mentions off by default as a second guard behind the renderer, and the REST base from the config
// (an API proxy, or the local stand-in in tests). In a shard process the shard ids and count come from
// the config too, rather than from discord.js reading SHARDS/SHARD_COUNT out of process.env itself.
import { Client, GatewayIntentBits, Options } from "discord.js";
import type { DiscordConfig } from "../config.js";

export function createClient(config: Pick<DiscordConfig, "apiUrl" | "sharding">): Client {
  const shard = config.sharding?.ids && typeof config.sharding.count === "number" ? { shards: [...config.sharding.ids], shardCount: config.sharding.count } : undefined;
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    // Every interaction carries its user and member, and the bot never looks one up later; discord.js
    // would otherwise cache each person who ever used a command, forever (found by the load test:
    // 10,000 users → 10,000 cached users and members). The bot's own user and member stay cached.
    makeCache: Options.cacheWithLimits({
      ...Options.DefaultMakeCacheSettings,
      UserManager: { maxSize: 0, keepOverLimit: (user) => user.id === user.client.user.id },
      GuildMemberManager: { maxSize: 0, keepOverLimit: (member) => member.id === member.client.user.id },
    }),
    ...(config.apiUrl && { rest: { api: config.apiUrl } }),
    ...shard,
  });
}
