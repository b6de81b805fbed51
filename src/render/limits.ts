// Every Discord limit the bot must respect, written exactly once. Sources: Discord API reference
// (Embed Limits, Message Components, Application Commands, Autocomplete). Lengths are in characters.

import { MessageFlags } from "discord-api-types/v10";

export const DISCORD_LIMITS = {
  messageContent: 2000,
  embedsPerMessage: 10,
  /** Sum of title, description, field names and values, footer text and author name over all embeds. */
  embedsTotal: 6000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFields: 25,
  fieldName: 256,
  fieldValue: 1024,
  footerText: 2048,
  authorName: 256,
  customId: 100,
  buttonLabel: 80,
  buttonUrl: 512,
  buttonsPerRow: 5,
  actionRows: 5,
  autocompleteChoices: 25,
  choiceName: 100,
  choiceValue: 100,
  commandName: 32,
  commandDescription: 100,
  commandOptions: 25,
  optionStringMaxLength: 6000,
} as const;

/** Flag 64: only the person who asked sees the message. */
export const EPHEMERAL_FLAG = MessageFlags.Ephemeral;
