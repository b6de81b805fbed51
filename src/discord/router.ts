// Interaction routing through the command registry. Every interaction gets exactly one response, and
// every failure goes through one error path that knows whether a reply was already sent.
// Answers come from memory in milliseconds, so they are sent at once; only a handler still busy after
// `deferAfterMs` makes the router defer (Discord wants a first response within 3 s), after which the
// answer, or an error id, replaces the "thinking…" message. A handler that runs synchronously cannot
// be interrupted: the deadline protects asynchronous handlers (and future ones that do I/O). The
// router also defers *before* running a handler when part of the 3 s is already spent by the time the
// interaction reaches it (its age from its snowflake: the event loop was busy, say with a rebuild, or
// the gateway was slow): then the sent-at-once reply could not arrive in time, while a deferral
// followed by an edit (a 15-minute token, through which a long 429 retry_after can be waited out) can.
import { randomUUID } from "node:crypto";
import {
  MessageFlags,
  type AutocompleteInteraction,
  type ButtonInteraction,
  type ChatInputCommandInteraction,
  type Interaction,
  type InteractionEditReplyOptions,
  type InteractionReplyOptions,
  type InteractionUpdateOptions,
} from "discord.js";
import type { Registry } from "../../commands/define.js";
import type { Answer } from "../answers/types.js";
import type { AppContext } from "../context.js";
import { sanitiseInput, stripUnsafe } from "../knowledge/normalise.js";
import { escapeText } from "../render/discord-text.js";
import { renderAnswer, renderChoices, renderNotice, type DiscordMessage } from "../render/discord.js";
import { decodePageId, encodePageId, fingerprint, recoverQuery } from "./paging.js";
import type { RateLimiter } from "./rate-limit.js";

export type { Registry };

/** Defer when an answer is not ready after this long: well inside Discord's 3 s, leaving room for the
 *  deferral itself to travel. */
export const DEFER_AFTER_MS = 1_500;
/** Give up on a handler after this long and show an error id instead (interaction tokens last 15 min). */
export const GIVE_UP_AFTER_MS = 60_000;
/** Autocomplete looks at most this much of what was typed: choices are at most 100 characters, and
 *  this keeps an exempt-from-rate-limit request cheap however long the input. */
export const AUTOCOMPLETE_INPUT_MAX = 200;

export interface RouterOptions {
  /** Per-user limit on slash commands; none when absent. */
  limiter?: RateLimiter;
  deferAfterMs?: number;
  /** Defer before running the handler when the interaction is at least this old (DEFER_AFTER_MS). */
  deferIfOlderThanMs?: number;
  giveUpAfterMs?: number;
}

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
  | "rate-limited"
  | "error";

/** What the bot logs about one interaction (the query only at debug level). */
export interface InteractionReport {
  kind: "command" | "autocomplete" | "button" | "other";
  interactionId: string;
  command?: string;
  /** Characters of user input: option values, or the button's custom id. */
  optionsSize: number;
  outcome: Outcome;
  errorId?: string;
  query?: string;
}

export async function routeInteraction(interaction: Interaction, ctx: AppContext, registry: Registry, options: RouterOptions = {}): Promise<InteractionReport> {
  const report = describeInteraction(interaction, registry);
  try {
    report.outcome = await dispatch(interaction, ctx, registry, options);
  } catch (error) {
    report.outcome = "error";
    report.errorId = randomUUID().slice(0, 8);
    ctx.logger.error({ err: error, errorId: report.errorId, interactionId: interaction.id, command: report.command }, "interaction failed");
    await reportError(interaction, report.errorId, ctx);
  }
  return report;
}

function dispatch(interaction: Interaction, ctx: AppContext, registry: Registry, options: RouterOptions): Promise<Outcome> {
  if (interaction.isChatInputCommand()) return runCommand(interaction, ctx, registry, options);
  if (interaction.isAutocomplete()) return complete(interaction, ctx, registry);
  if (interaction.isButton()) return turnPage(interaction, ctx, registry, options);
  return refuse(interaction, "This kind of interaction is not supported by this bot.");
}

async function runCommand(interaction: ChatInputCommandInteraction, ctx: AppContext, registry: Registry, options: RouterOptions): Promise<Outcome> {
  const command = registry.find((c) => c.data.name === interaction.commandName);
  if (!command) {
    return refuse(interaction, `/${escapeText(interaction.commandName)} is no longer one of this bot's commands (an old registration). Try /help.`, "unknown-command");
  }
  const decision = options.limiter?.take(interaction.user.id) ?? { allowed: true };
  if (!decision.allowed) {
    const seconds = Math.max(1, Math.ceil(decision.retryAfterMs / 1000));
    return refuse(interaction, `Slow down: too many commands in a short time. Try again in ${seconds} s.`, "rate-limited");
  }
  let query = "";
  if (command.queryOption) {
    const value = interaction.options.get(command.queryOption)?.value;
    // User text enters here (and in autocomplete below): sanitised once, so no lone surrogate or NUL
    // reaches an answer's content or a button's custom_id.
    const clean = typeof value === "string" ? sanitiseInput(value) : "";
    if (clean === "") {
      return refuse(interaction, `Please fill in the “${command.queryOption}” option, then send /${command.data.name} again.`, "bad-option");
    }
    query = clean;
  }
  const ephemeral = interaction.options.get("private")?.value === true;
  const knowledge = ctx.knowledge();
  const deferFirst = alreadyLate(interaction, options);
  if (deferFirst) await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const timed = await withDeadline(() => command.run(knowledge, query, registry), options, deferFirst);
  if (timed.late && !deferFirst) await interaction.deferReply(ephemeral ? { flags: MessageFlags.Ephemeral } : {});
  const answer = await timed.answer;
  const message = renderAnswer(answer, { page: 0, ephemeral, pageButtonId: pageIds(answer, command.data.name, interaction.user.id, query) });
  if (timed.late) await finishDeferred(interaction, message);
  else await interaction.reply(toReply(message));
  return answer.found ? "answered" : "not-found";
}

interface Timed {
  /** The deadline passed before the answer was ready: the caller must defer first. */
  late: boolean;
  answer: Promise<Answer>;
}

/** True when the interaction is already DEFER_AFTER_MS old as the router starts on it (measured
 *  against this machine's clock: one running ahead of Discord's only makes the router defer more). */
function alreadyLate(interaction: Interaction, options: RouterOptions): boolean {
  return Date.now() - interaction.createdTimestamp >= (options.deferIfOlderThanMs ?? DEFER_AFTER_MS);
}

/** Runs a handler and waits for it at most `deferAfterMs` (not at all when the caller has deferred
 *  already); the answer itself fails after `giveUpAfterMs`. */
async function withDeadline(run: () => Answer | Promise<Answer>, options: RouterOptions, deferred = false): Promise<Timed> {
  const giveUp = options.giveUpAfterMs ?? GIVE_UP_AFTER_MS;
  let giveUpTimer: NodeJS.Timeout | undefined;
  const answer = Promise.race([
    Promise.resolve().then(run),
    new Promise<never>((_resolve, reject) => {
      giveUpTimer = setTimeout(() => reject(new Error(`the answer took longer than ${giveUp} ms`)), giveUp);
    }),
  ]).finally(() => clearTimeout(giveUpTimer));
  if (deferred) return { late: true, answer };
  let deferTimer: NodeJS.Timeout | undefined;
  const late = await Promise.race([
    answer.then(() => false),
    new Promise<boolean>((resolve) => {
      deferTimer = setTimeout(() => resolve(true), options.deferAfterMs ?? DEFER_AFTER_MS);
    }),
  ]).finally(() => clearTimeout(deferTimer));
  return { late, answer };
}

/** Replaces a deferred reply's "thinking…" with `message`. A deferral cannot change from public to
 *  ephemeral, so an ephemeral message after a public deferral is sent as an ephemeral follow-up and the
 *  placeholder deleted (errors and not-found answers stay private). */
async function finishDeferred(interaction: ChatInputCommandInteraction, message: DiscordMessage): Promise<void> {
  const wantsEphemeral = ((message.flags ?? 0) & MessageFlags.Ephemeral) !== 0;
  if (wantsEphemeral && !interaction.ephemeral) {
    await interaction.followUp(toReply(message));
    await interaction.deleteReply();
  } else {
    await interaction.editReply(toEdit(message));
  }
}

async function complete(interaction: AutocompleteInteraction, ctx: AppContext, registry: Registry): Promise<Outcome> {
  const command = registry.find((c) => c.data.name === interaction.commandName);
  const focused = interaction.options.getFocused(true);
  if (!command?.autocomplete || focused.name !== command.queryOption) {
    // Autocomplete cannot show a message; an empty list is the clear "nothing to offer here".
    await interaction.respond([]);
    return command ? "bad-option" : "unknown-command";
  }
  const partial = stripUnsafe(String(focused.value).slice(0, AUTOCOMPLETE_INPUT_MAX));
  await interaction.respond(renderChoices(command.autocomplete(ctx.knowledge(), partial)));
  return "completed";
}

// Page buttons are not rate-limited: only the asker can press them, each press re-renders an answer
// they already asked for (from memory, edited in place, nothing new posted to the channel), and a
// reader going through seven results must not be told to slow down.
async function turnPage(interaction: ButtonInteraction, ctx: AppContext, registry: Registry, options: RouterOptions): Promise<Outcome> {
  const ref = decodePageId(interaction.customId, registry);
  const command = ref && registry.find((c) => c.data.name === ref.command);
  if (!ref || !command) return refuse(interaction, "This button belongs to an older version of the bot. Please run the command again.", "stale-button");
  if (ref.askerId !== interaction.user.id) {
    return refuse(interaction, `Only the person who asked can turn these pages. Run /${ref.command} yourself to browse the results.`, "not-asker");
  }
  // A query too long for the id: the rest of it is in the message the button is on.
  const query = ref.cut ? recoverQuery(interaction.message.content, ref.query) : ref.query;
  if (query === undefined) return refuse(interaction, "This button belongs to an older version of the bot. Please run the command again.", "stale-button");
  const knowledge = ctx.knowledge();
  const deferFirst = alreadyLate(interaction, options);
  if (deferFirst) await interaction.deferUpdate();
  const timed = await withDeadline(() => command.run(knowledge, query, registry), options, deferFirst);
  if (timed.late && !deferFirst) await interaction.deferUpdate();
  const answer = await timed.answer;
  if (fingerprint(answer) !== ref.fingerprint) {
    return refuse(interaction, `This result has expired: the bot's knowledge changed since it was shown. Please run /${ref.command} again.`, "expired");
  }
  const message = renderAnswer(answer, { page: ref.page, ephemeral: false, pageButtonId: pageIds(answer, ref.command, ref.askerId, query) });
  if (timed.late) await interaction.editReply(toEdit(message));
  else await interaction.update(toUpdate(message));
  return "paged";
}

function pageIds(answer: Answer, command: string, askerId: string, query: string): (page: number) => string {
  const print = fingerprint(answer);
  return (page) => encodePageId({ command, page, askerId, fingerprint: print, query });
}

/** An ephemeral explanation instead of an answer (user mistakes and stale state, not bugs). */
async function refuse(interaction: Interaction, text: string, outcome: Outcome = "unsupported"): Promise<Outcome> {
  if (!interaction.isRepliable()) return outcome;
  const notice = toReply(renderNotice(text));
  if (interaction.replied || interaction.deferred) await interaction.followUp(notice);
  else await interaction.reply(notice);
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
    const notice = renderNotice(`Something went wrong while answering. If it happens again, give the bot's operator this error id: \`${errorId}\`.`);
    if (interaction.isChatInputCommand() && interaction.deferred && !interaction.replied) await finishDeferred(interaction, notice);
    else if (interaction.replied || interaction.deferred) await interaction.followUp(toReply(notice));
    else await interaction.reply(toReply(notice));
  } catch (error) {
    ctx.logger.error({ err: error, errorId, interactionId: interaction.id }, "could not tell the user about an error");
  }
}

function describeInteraction(interaction: Interaction, registry: Registry): InteractionReport {
  if (interaction.isChatInputCommand() || interaction.isAutocomplete()) {
    const values = interaction.options.data.map((o) => String(o.value ?? ""));
    return {
      kind: interaction.isAutocomplete() ? "autocomplete" : "command",
      interactionId: interaction.id,
      command: interaction.commandName,
      optionsSize: values.reduce((sum, v) => sum + v.length, 0),
      outcome: "unsupported",
      query: values.join(" "),
    };
  }
  if (interaction.isButton()) {
    return {
      kind: "button",
      interactionId: interaction.id,
      command: decodePageId(interaction.customId, registry)?.command,
      optionsSize: interaction.customId.length,
      outcome: "unsupported",
    };
  }
  return { kind: "other", interactionId: interaction.id, optionsSize: 0, outcome: "unsupported" };
}

/** The renderer's API-shaped body as discord.js options (it renames allowed_mentions itself). */
function toReply(message: DiscordMessage): InteractionReplyOptions {
  return {
    ...(message.content && { content: message.content }),
    embeds: message.embeds,
    components: message.components,
    ...(message.flags && { flags: message.flags }),
    allowedMentions: message.allowed_mentions,
  };
}

/** An edit of a deferred reply: flags cannot change after the deferral. */
function toEdit(message: DiscordMessage): InteractionEditReplyOptions {
  const { flags: _flags, ...rest } = toReply(message);
  return { ...rest, content: message.content ?? "" };
}

/** An update keeps the message's flags: Discord does not let an edit make a message (non-)ephemeral. */
function toUpdate(message: DiscordMessage): InteractionUpdateOptions {
  const { flags: _flags, ...rest } = toReply(message);
  return { ...rest, content: message.content ?? "" };
}
