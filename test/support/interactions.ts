// Real INTERACTION_CREATE payloads (as Discord sends them over the gateway) for the end-to-end tests:
// chat input (type 2), message component (type 3) and autocomplete (type 4).
import { botMessage, CHANNEL_ID } from "./discord-stand-in.js";

export interface Person {
  id: string;
  username: string;
}

export const ALICE: Person = { id: "1111111111111111111", username: "alice" };
export const BOB: Person = { id: "2222222222222222222", username: "bob" };

export interface OptionValue {
  name: string;
  /** 3 string, 5 boolean. */
  type: 3 | 5;
  value: string | boolean;
  focused?: boolean;
}

export interface Place {
  applicationId: string;
  guildId: string;
}

const DISCORD_EPOCH = 1_420_070_400_000n;

/** Unique snowflakes with a current timestamp, so discord.js computes sensible creation times. */
export function snowflakes(): () => string {
  let increment = 0n;
  return () => String(((BigInt(Date.now()) - DISCORD_EPOCH) << 22n) | (BigInt(++increment) & 0xfffn));
}

function base(place: Place, id: string, type: number, user: Person): Record<string, unknown> {
  return {
    id,
    application_id: place.applicationId,
    type,
    token: `interaction-token-${id}`,
    version: 1,
    guild_id: place.guildId,
    guild: { id: place.guildId, locale: "en-US", features: [] },
    channel_id: CHANNEL_ID,
    channel: { id: CHANNEL_ID, type: 0, guild_id: place.guildId, name: "general", flags: 0, permissions: "2248473465835073" },
    member: {
      user: { id: user.id, username: user.username, discriminator: "0", global_name: user.username, avatar: null },
      roles: [],
      permissions: "2248473465835073",
      joined_at: "2024-01-01T00:00:00.000000+00:00",
      nick: null,
      avatar: null,
      premium_since: null,
      deaf: false,
      mute: false,
      flags: 0,
      pending: false,
      communication_disabled_until: null,
    },
    app_permissions: "2248473465835073",
    locale: "en-US",
    guild_locale: "en-US",
    entitlements: [],
    authorizing_integration_owners: { "0": place.guildId },
    context: 0,
    attachment_size_limit: 10_485_760,
  };
}

export function chatInput(place: Place, id: string, name: string, options: OptionValue[], user: Person = ALICE): Record<string, unknown> {
  return {
    ...base(place, id, 2, user),
    data: { id: "1200000000000000000", name, type: 1, guild_id: place.guildId, options },
  };
}

export function autocomplete(place: Place, id: string, name: string, options: OptionValue[], user: Person = ALICE): Record<string, unknown> {
  return {
    ...base(place, id, 4, user),
    data: { id: "1200000000000000000", name, type: 1, guild_id: place.guildId, options },
  };
}

/** A button press on `message` (the message the bot sent, as Discord stores it). */
export function buttonPress(
  place: Place,
  id: string,
  customId: string,
  message: { id: string; content?: string; embeds?: unknown[]; components?: unknown[]; flags?: number; asker: Person; interactionId: string; command: string },
  user: Person,
): Record<string, unknown> {
  return {
    ...base(place, id, 3, user),
    data: { custom_id: customId, component_type: 2 },
    message: {
      ...botMessage(place.applicationId, message.id, message),
      interaction_metadata: {
        id: message.interactionId,
        type: 2,
        name: message.command,
        command_type: 1,
        user: { id: message.asker.id, username: message.asker.username, discriminator: "0", global_name: message.asker.username, avatar: null },
        authorizing_integration_owners: { "0": place.guildId },
      },
    },
  };
}

export const text = (name: string, value: string, focused = false): OptionValue => ({ name, type: 3, value, ...(focused && { focused }) });
export const flag = (name: string, value: boolean): OptionValue => ({ name, type: 5, value });
