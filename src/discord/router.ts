// Interaction routing through the command registry. Every interaction gets exactly one response, and
// every failure goes through one error path that knows whether a reply was already sent.
// Answers come from memory in milliseconds, so nothing is deferred: a deferral would only add a
// round trip (the 3-second window is far away).
import { randomUUID } from "node:crypto";
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
  InteractionReplyOptions,
  InteractionUpdateOptions,
} from "discord.js";
import type { CommandDefinition } from "../../commands/define.js";
import type { Answer, CommandName } from "../answers/types.js";
import type { AppContext } from "../context.js";
import { escapeText } from "../render/discord-text.js";
import { renderAnswer, renderChoices, renderNotice, type DiscordMessage } from "../render/discord.js";
import { decodePageId, encodePageId, fingerprint } from "./paging.js";

export type Registry = readonly CommandDefinition[];

export type Outcome =
  | "answered"
  | "not-found"
  | "completed"
  | "paged"
  | "unknown-command"
  | "bad-option"
  | "not-asker"
  | "expired"
  | "stale-button"
  | "unsupported"
  | "error";

/** What the bot logs about one interaction (the query only at debug level). */
export interface InteractionReport {
  kind: "command" | "autocomplete" | "button" | "other";
  command?: string;
  /** Characters of user input: option values, or the button's custom id. */
  optionsSize: number;
  outcome: Outcome;
  errorId?: string;
  query?: string;
}

export async function routeInteraction(interaction: Interaction, ctx: AppContext, registry: Registry): Promise<InteractionReport> {
  const report = describeInteraction(interaction);
  try {
    report.outcome = await dispatch(interaction, ctx, registry);
  } catch (error) {
    report.outcome = "error";
    report.errorId = randomUUID().slice(0, 8);
    ctx.logger.error({ err: error, errorId: report.errorId, command: report.command }, "interaction failed");
    await reportError(interaction, report.errorId, ctx);
  }
  return report;
}

function dispatch(interaction: Interaction, ctx: AppContext, registry: Registry): Promise<Outcome> {
  if (interaction.isChatInputCommand()) return runCommand(interaction, ctx, registry);
  if (interaction.isAutocomplete()) return complete(interaction, ctx, registry);
  if (interaction.isButton()) return turnPage(interaction, ctx, registry);
  return refuse(interaction, "This kind of interaction is not supported by this bot.");
}

async function runCommand(interaction: ChatInputCommandInteraction, ctx: AppContext, registry: Registry): Promise<Outcome> {
  const command = registry.find((c) => c.data.name === interaction.commandName);
  if (!command) {
    return refuse(interaction, `/${escapeText(interaction.commandName)} is no longer one of this bot's commands (an old registration). Try /help.`, "unknown-command");
  }
  let query = "";
  if (command.queryOption) {
    const value = interaction.options.get(command.queryOption)?.value;
    if (typeof value !== "string" || value.trim() === "") {
      return refuse(interaction, `Please fill in the “${command.queryOption}” option, then send /${command.data.name} again.`, "bad-option");
    }
    query = value.trim();
  }
  const ephemeral = interaction.options.get("private")?.value === true;
  const answer = command.run(ctx.knowledge(), query);
  const message = renderAnswer(answer, { page: 0, ephemeral, pageButtonId: pageIds(answer, command.data.name, interaction.user.id, query) });
  await interaction.reply(toReply(message));
  return answer.found ? "answered" : "not-found";
}

async function complete(interaction: AutocompleteInteraction, ctx: AppContext, registry: Registry): Promise<Outcome> {
  const command = registry.find((c) => c.data.name === interaction.commandName);
  const focused = interaction.options.getFocused(true);
  if (!command?.autocomplete || focused.name !== command.queryOption) {
    // Autocomplete cannot show a message; an empty list is the clear "nothing to offer here".
    await interaction.respond([]);
    return command ? "bad-option" : "unknown-command";
  }
  await interaction.respond(renderChoices(command.autocomplete(ctx.knowledge(), String(focused.value))));
  return "completed";
}

async function turnPage(interaction: ButtonInteraction, ctx: AppContext, registry: Registry): Promise<Outcome> {
  const ref = decodePageId(interaction.customId);
  const command = ref && registry.find((c) => c.data.name === ref.command);
  if (!ref || !command) return refuse(interaction, "This button belongs to an older version of the bot. Please run the command again.", "stale-button");
  if (ref.askerId !== interaction.user.id) {
    return refuse(interaction, `Only the person who asked can turn these pages. Run /${ref.command} yourself to browse the results.`, "not-asker");
  }
  const answer = command.run(ctx.knowledge(), ref.query);
  if (fingerprint(answer) !== ref.fingerprint) {
    return refuse(interaction, `This result has expired: the bot's knowledge changed since it was shown. Please run /${ref.command} again.`, "expired");
  }
  const message = renderAnswer(answer, { page: ref.page, ephemeral: false, pageButtonId: pageIds(answer, ref.command, ref.askerId, ref.query) });
  await interaction.update(toUpdate(message));
  return "paged";
}

function pageIds(answer: Answer, command: CommandName, askerId: string, query: string): (page: number) => string {
  const print = fingerprint(answer);
  return (page) => encodePageId({ command, page, askerId, fingerprint: print, query });
}

/** An ephemeral explanation instead of an answer (user mistakes and stale state, not bugs). */
async function refuse(interaction: Interaction, text: string, outcome: Outcome = "unsupported"): Promise<Outcome> {
  if (interaction.isRepliable()) await interaction.reply(toReply(renderNotice(text)));
  return outcome;
}

/** The one error path: tells the user the error id, by reply or follow-up depending on what was sent. */
async function reportError(interaction: Interaction, errorId: string, ctx: AppContext): Promise<void> {
  try {
    if (interaction.isAutocomplete()) {
      if (!interaction.responded) await interaction.respond([]);
      return;
    }
    if (!interaction.isRepliable()) return;
    const notice = toReply(renderNotice(`Something went wrong while answering. If it happens again, give the bot's operator this error id: \`${errorId}\`.`));
    if (interaction.replied || interaction.deferred) await interaction.followUp(notice);
    else await interaction.reply(notice);
  } catch (error) {
    ctx.logger.error({ err: error, errorId }, "could not tell the user about an error");
  }
}

function describeInteraction(interaction: Interaction): InteractionReport {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
    const values = interaction.options.data.map((o) => String(o.value ?? ""));
    return {
      kind: interaction.isAutocomplete() ? "autocomplete" : "command",
      command: interaction.commandName,
      optionsSize: values.reduce((sum, v) => sum + v.length, 0),
      outcome: "unsupported",
      query: values.join(" "),
    };
  }
  if (interaction.isButton()) {
    return { kind: "button", command: decodePageId(interaction.customId)?.command, optionsSize: interaction.customId.length, outcome: "unsupported" };
  }
  return { kind: "other", optionsSize: 0, outcome: "unsupported" };
}

/** The renderer's API-shaped body as discord.js options (it renames allowed_mentions itself). */
function toReply(message: DiscordMessage): InteractionReplyOptions {
  return {
    ...(message.content && { content: message.content }),
    embeds: message.embeds,
    components: message.components,
    ...(message.flags && { flags: message.flags }),
    allowedMentions: message.allowed_mentions,
  } as InteractionReplyOptions;
}

/** An update keeps the message's flags: Discord does not let an edit make a message (non-)ephemeral. */
function toUpdate(message: DiscordMessage): InteractionUpdateOptions {
  const { flags: _flags, ...rest } = toReply(message);
  return { ...rest, content: message.content ?? "" } as InteractionUpdateOptions;
}
