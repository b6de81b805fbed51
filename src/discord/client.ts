// The discord.js client: the Guilds intent only (no privileged intents: slash commands need none),
// mentions off by default as a second guard behind the renderer, and the REST base from the config
// (an API proxy, or the local stand-in in tests). In a shard process the shard ids and count come from
// the config too, rather than from discord.js reading SHARDS/SHARD_COUNT out of process.env itself.
import { Client, GatewayIntentBits, type GuildMember, type Presence, type User } from "discord.js";
import type { DiscordConfig } from "../config.js";

/** Every interaction carries its user and member, and the bot never looks one up later; discord.js
 *  would otherwise cache each person who ever used a command, forever (found by the load test: 10,000
 *  users → 10,000 cached users and members). The caches keep discord.js's defaults, since its gateway
 *  handlers expect a user they just added to be in the cache (`maxSize: 0` made a PRESENCE_UPDATE for
 *  an unknown user throw inside discord.js), and are emptied this often instead: at most the people of
 *  the last few minutes are held (and any presences a gateway sends unasked). The bot's own user and
 *  member are never swept. */
export const CACHE_SWEEP_SECONDS = 300;

export interface ClientOptions {
  /** Seconds between sweeps of the user and member caches (tests use 1). */
  cacheSweepSeconds?: number;
}

const notTheBot = () => (entry: User | GuildMember) => entry.id !== entry.client.user?.id;
const every = () => (_presence: Presence) => true;

export function createClient(config: Pick<DiscordConfig, "apiUrl" | "sharding">, options: ClientOptions = {}): Client {
  const shard = config.sharding?.ids && typeof config.sharding.count === "number" ? { shards: [...config.sharding.ids], shardCount: config.sharding.count } : undefined;
  const interval = options.cacheSweepSeconds ?? CACHE_SWEEP_SECONDS;
  return new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: { parse: [] },
    sweepers: {
      users: { interval, filter: notTheBot },
      guildMembers: { interval, filter: notTheBot },
      // The bot asks for no presences, but a gateway that sends them anyway must not grow a cache.
      presences: { interval, filter: every },
    },
    ...(config.apiUrl && { rest: { api: config.apiUrl } }),
    ...shard,
  });
}
