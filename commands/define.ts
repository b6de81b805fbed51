// Shared pieces of the command files. Not a command itself (the registry test skips it).
// The shape of a slash command: its registration data (plain JSON, exactly what the deploy script
// sends) and its handlers, which are pure: knowledge + query → Answer or choices. Carrying them into
// Discord (replies, paging, errors) is the router's job, once for every command.
import { ApplicationCommandOptionType, type APIApplicationCommandOption, type RESTPostAPIChatInputApplicationCommandsJSONBody } from "discord.js";
import type { Answer, Choice, CommandName } from "../src/answers/types.js";
import type { Knowledge } from "../src/knowledge/knowledge.js";

/** Japanese name and description, since many of the people these programmes concern read Japanese. */
export interface Japanese {
  name: string;
  description: string;
}

export interface CommandDefinition {
  data: RESTPostAPIChatInputApplicationCommandsJSONBody & { name: CommandName };
  /** The option carrying the query; absent for commands that take none. */
  queryOption?: string;
  /** Synchronous today (answers come from memory); a promise is allowed, and the router defers for
   *  one that is slow. */
  run(knowledge: Knowledge, query: string): Answer | Promise<Answer>;
  /** Choices for the query option while the user types. */
  autocomplete?(knowledge: Knowledge, partial: string): Choice[];
}

/** Returns its argument: exists so each command file is checked against CommandDefinition. */
export function defineCommand(def: CommandDefinition): CommandDefinition {
  return def;
}

export function describe(name: CommandName, description: string, ja: Japanese, options: APIApplicationCommandOption[] = []): CommandDefinition["data"] {
  return {
    name,
    description,
    name_localizations: { ja: ja.name },
    description_localizations: { ja: ja.description },
    options,
  };
}

export interface TextOption {
  name: string;
  description: string;
  ja: Japanese;
  autocomplete?: boolean;
  maxLength?: number;
}

/** The required string option each query command has (autocompleted where the knowledge has names). */
export function textOption(o: TextOption): APIApplicationCommandOption {
  return {
    type: ApplicationCommandOptionType.String,
    name: o.name,
    description: o.description,
    name_localizations: { ja: o.ja.name },
    description_localizations: { ja: o.ja.description },
    required: true,
    ...(o.autocomplete ? { autocomplete: true } : { max_length: o.maxLength ?? 100 }),
  } as APIApplicationCommandOption;
}

/** `private:true` answers ephemerally (only the asker sees it). */
export const privateOption: APIApplicationCommandOption = {
  type: ApplicationCommandOptionType.Boolean,
  name: "private",
  description: "Only you see the answer",
  name_localizations: { ja: "非公開" },
  description_localizations: { ja: "回答を自分だけに表示する" },
  required: false,
};
