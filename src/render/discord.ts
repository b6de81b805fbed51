// Answer → Discord message body (the `data` of an interaction response), with every limit from
// limits.ts enforced here and nowhere else. Plain JSON in Discord's API shape: no discord.js import,
// so it is unit-tested without a client and the end-to-end tests can compare callback bodies to it.
import { ButtonStyle, ComponentType, type APIActionRowComponent, type APIButtonComponentWithCustomId, type APIButtonComponentWithURL, type MessageFlags } from "discord-api-types/v10";
import type { Answer, AnswerResult, Choice, Citation, SourceRef } from "../answers/types.js";
import { locator } from "../answers/excerpt.js";
import { factValueText, refsText } from "./facts.js";
import { applyMarks } from "./marks.js";
import { DISCORD_LIMITS as L, EPHEMERAL_FLAG } from "./limits.js";
import { escapeText, sliceWhole, truncate } from "./discord-text.js";

export interface EmbedField {
  name: string;
  value: string;
  inline: boolean;
}

export interface Embed {
  title: string;
  url?: string;
  description?: string;
  color: number;
  fields: EmbedField[];
  footer?: { text: string };
}

/** A paging button (secondary, with a custom id) or a link button (to a source page); ours always
 *  have a label. */
export type Button = (APIButtonComponentWithCustomId | APIButtonComponentWithURL) & { label: string };

export type ActionRow = APIActionRowComponent<Button>;

export interface DiscordMessage {
  content?: string;
  embeds: Embed[];
  components: ActionRow[];
  flags?: MessageFlags.Ephemeral;
  allowed_mentions: { parse: [] };
}

export interface RenderView {
  /** 0-based page; clamped to the pages the answer has. */
  page: number;
  /** The asker chose `private`, so only they see the answer. */
  ephemeral: boolean;
  /** Custom id of the button that opens `page`; absent → no paging buttons. */
  pageButtonId?: (page: number) => string;
}

/** Results per page: three quoted results keep a message readable and well inside 6000 characters;
 *  results without quotes (/help, /sources) are short, so a page takes as many as a message can. */
export const PAGE_SIZE = 3;

export function pageSize(answer: Answer): number {
  return answer.results.every((r) => r.citations.length === 0) ? L.embedsPerMessage : PAGE_SIZE;
}
const COLOR = 0x1f6feb;
const MIN_DESCRIPTION = 200;

export function pageCount(answer: Answer): number {
  return Math.max(1, Math.ceil(answer.results.length / pageSize(answer)));
}

/** The message for an answer; a not-found answer is always ephemeral. */
export function renderAnswer(answer: Answer, view: RenderView): DiscordMessage {
  if (!answer.found && answer.results.length === 0) return renderNotFound(answer);
  const pages = pageCount(answer);
  const page = Math.min(Math.max(0, Math.trunc(view.page) || 0), pages - 1);
  const size = pageSize(answer);
  const shown = answer.results.slice(page * size, (page + 1) * size);
  const budget = Math.floor(L.embedsTotal / Math.max(1, shown.length));
  const content = [
    answer.message && escapeText(answer.message),
    pages > 1 && showingLine(answer, page, size),
  ].filter(Boolean).join("\n");
  const rows = [pagingRow(page, pages, view.pageButtonId), sourceRow(shown)].filter((row): row is ActionRow => row !== undefined);
  return message({ content, embeds: shown.map((result) => renderResult(result, budget)), components: rows }, view.ephemeral || !answer.found);
}

/** ◀ ▶ with targets clamped to the ends, so the two custom ids always differ and the ends are disabled. */
function pagingRow(page: number, pages: number, pageButtonId: RenderView["pageButtonId"]): ActionRow | undefined {
  if (pages <= 1 || !pageButtonId) return undefined;
  const button = (label: string, target: number, disabled: boolean): Button => ({
    type: ComponentType.Button,
    style: ButtonStyle.Secondary,
    label,
    custom_id: sliceWhole(pageButtonId(target), L.customId),
    disabled,
  });
  return {
    type: ComponentType.ActionRow,
    components: [button("◀", Math.max(0, page - 1), page === 0), button("▶", Math.min(pages - 1, page + 1), page === pages - 1)],
  };
}

/** One link button per shown result that has a source page: opens it at the quoted sentence. */
function sourceRow(results: readonly AnswerResult[]): ActionRow | undefined {
  const seen = new Set<string>();
  const buttons: Button[] = [];
  for (const result of results) {
    const citation = result.citations.find((c) => c.url);
    if (!citation?.url) continue;
    const url = fitUrl(citation.url);
    if (!url || seen.has(url) || buttons.length === L.buttonsPerRow) continue;
    seen.add(url);
    const label = results.length > 1 ? `Source: ${result.title}` : `Open source (${locator(citation)})`;
    buttons.push({ type: ComponentType.Button, style: ButtonStyle.Link, label: truncate(label, L.buttonLabel), url });
  }
  return buttons.length > 0 ? { type: ComponentType.ActionRow, components: buttons } : undefined;
}

/** A link longer than a button allows loses its text fragment (it still opens the page). */
export function fitUrl(url: string): string {
  if (url.length <= L.buttonUrl) return url;
  const page = url.split("#:~:text=")[0] ?? url;
  return page.length <= L.buttonUrl ? page : "";
}

function showingLine(answer: Answer, page: number, size: number): string {
  const first = page * size + 1;
  const last = Math.min(answer.results.length, (page + 1) * size);
  const range = `Showing ${first}–${last} of ${answer.results.length}`;
  return answer.query ? `${range} for “${escapeText(answer.query)}”` : range;
}

function renderNotFound(answer: Answer): DiscordMessage {
  const said = answer.message ?? (answer.query ? `Nothing in the knowledge matches “${answer.query}”.` : "Nothing found.");
  const lines = [escapeText(said)];
  if (answer.suggestions.length > 0) {
    // Neutral label: these are spellings for a typo, but the listed countries for an absent one; the message says which.
    lines.push(`Try: ${answer.suggestions.slice(0, 10).map((s) => `**${escapeText(s)}**`).join(", ")}`);
  }
  return renderNotice(lines.join("\n"));
}

/** An ephemeral text-only message. `text` must already be escaped where it echoes input. */
export function renderNotice(text: string): DiscordMessage {
  return message({ content: text, embeds: [], components: [] }, true);
}

function message(body: { content?: string; embeds: Embed[]; components: ActionRow[] }, ephemeral: boolean): DiscordMessage {
  const content = body.content ? truncate(body.content, L.messageContent) : undefined;
  return {
    ...(content && { content }),
    embeds: body.embeds.slice(0, L.embedsPerMessage),
    components: body.components.slice(0, L.actionRows),
    ...(ephemeral && { flags: EPHEMERAL_FLAG }),
    allowed_mentions: { parse: [] },
  };
}

/** Autocomplete choices cut to Discord's sizes (the completers already aim for them). */
export function renderChoices(choices: readonly Choice[]): Choice[] {
  return choices
    .slice(0, L.autocompleteChoices)
    .map((c) => ({ name: truncate(c.name, L.choiceName), value: sliceWhole(c.value, L.choiceValue) }))
    .filter((c) => c.name.length > 0 && c.value.length > 0);
}

export function citationLine(citation: Pick<Citation, "documentTitle" | "section" | "paragraph" | "page">): string {
  return [citation.documentTitle, citation.section, locator(citation)].filter(Boolean).join(" › ");
}

/** Characters Discord counts toward the 6000 total for one embed. */
export function embedSize(embed: Embed): number {
  return (
    embed.title.length +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    embed.fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0)
  );
}

function renderResult(result: AnswerResult, budget: number): Embed {
  const first = result.citations[0];
  const url = first?.url ? fitUrl(first.url) : "";
  const title = truncate(escapeText(result.title), L.embedTitle);
  const footer = first ? { text: truncate(citationLine(first), L.footerText) } : undefined;
  const fixed = title.length + (footer?.text.length ?? 0);
  const fields = fitFields(result, budget - fixed - MIN_DESCRIPTION);
  const fieldsSize = fields.reduce((sum, f) => sum + f.name.length + f.value.length, 0);
  const description = renderDescription(result, Math.min(L.embedDescription, budget - fixed - fieldsSize));
  return {
    title,
    ...(url && { url }),
    ...(description && { description }),
    color: COLOR,
    fields,
    ...(footer && { footer }),
  };
}

/** Facts as inline fields: at most 25 and within `room` characters, the last saying what was left out. */
function fitFields(result: AnswerResult, room: number): EmbedField[] {
  const all = result.facts.map((fact) => {
    // The value is cut to the field's limit, never its citation numbers or the inferred mark.
    const value = factValueText(fact, { escape: escapeText, cut: truncate, max: L.fieldValue });
    return { name: truncate(escapeText(fact.label), L.fieldName), value, inline: value.length <= 40 };
  });
  const fields: EmbedField[] = [];
  let used = 0;
  for (const [i, field] of all.entries()) {
    const size = field.name.length + field.value.length;
    const isLast = i === all.length - 1;
    // Keep one slot (and ~40 characters) for the "more facts" note unless this field is the last one.
    const fits = isLast
      ? fields.length < L.embedFields && used + size <= room
      : fields.length < L.embedFields - 1 && used + size + 40 <= room;
    if (!fits) {
      const left = all.length - fields.length;
      fields.push({ name: "…", value: `${left} more fact${left === 1 ? "" : "s"} not shown`, inline: false });
      break;
    }
    fields.push(field);
    used += size;
  }
  return fields;
}

/** The result's one-line description, then each citation quoted with its matched words in bold.
 *  When facts refer to the citations by number, each quote is headed by its number and its source
 *  linked ("**[1]** [White Paper … › ¶4](url)"); a citation with no room left for its quote keeps
 *  that heading, and the last line says which numbers did not fit at all. */
function renderDescription(result: AnswerResult, room: number): string {
  const parts: string[] = [];
  let left = room;
  if (result.description) {
    const line = truncate(escapeText(result.description), Math.max(0, left));
    if (line) parts.push(line);
    left -= line.length + 2;
  }
  const numbered = hasRefs(result);
  const missing: number[] = [];
  for (const [i, citation] of result.citations.entries()) {
    const gap = parts.length > 0 ? 2 : 0;
    if (!numbered) {
      // Later citations name their source, since the footer only names the first.
      const source = i === 0 ? "" : `\n— ${escapeText(citationLine(citation))}`;
      const quoteRoom = left - source.length - gap;
      if (quoteRoom < 40) break;
      const quoted = quote(citation, quoteRoom);
      parts.push(quoted + source);
      left -= quoted.length + source.length + gap;
      continue;
    }
    const heading = citationHeading(citation, i + 1, left - gap - MISSING_NOTE_ROOM);
    if (!heading) {
      missing.push(i + 1);
      continue;
    }
    const quoteRoom = left - gap - heading.length - 1 - MISSING_NOTE_ROOM;
    const quoted = quoteRoom >= 40 ? quote(citation, quoteRoom) : "";
    const part = quoted ? `${heading}\n${quoted}` : heading;
    parts.push(part);
    left -= part.length + gap;
  }
  if (result.alsoIn?.length) {
    const line = alsoInLine(result.alsoIn, left - 2 - MISSING_NOTE_ROOM);
    if (line) {
      parts.push(line);
      left -= line.length + 2;
    }
  }
  if (missing.length) {
    // Every quote above left MISSING_NOTE_ROOM free, so the short form always fits.
    const gap = parts.length > 0 ? 2 : 0;
    const note = `${missing.map((n) => `[${n}]`).join("")} not shown here: see the source link.`;
    const short = "Some sources are not shown here: see the source link.";
    if (note.length + gap <= left) parts.push(note);
    else if (short.length + gap <= left) parts.push(short);
  }
  return parts.join("\n\n");
}

/** "Also in: [White Paper 2020 › … › ¶4](url) · …", as many sources as fit in `max` characters. */
function alsoInLine(sources: readonly SourceRef[], max: number): string {
  let line = "Also in:";
  for (const source of sources) {
    const name = escapeText(citationLine(source));
    const url = source.url ? markdownUrl(fitUrl(source.url)) : "";
    const item = url ? `[${name}](${url})` : name;
    const next = `${line}${line.endsWith(":") ? " " : " · "}${item}`;
    if (next.length > max) break;
    line = next;
  }
  return line.endsWith(":") ? "" : line;
}

/** Kept free for the note naming the citations left out. */
const MISSING_NOTE_ROOM = 60;

function hasRefs(result: AnswerResult): boolean {
  return result.facts.some((fact) => refsText(fact.evidence) !== "" || (fact.conflicts ?? []).some((value) => refsText(value.evidence) !== ""));
}

/** "**[1]** [source](url)" within `max` characters: the source cut, the link dropped when even the
 *  shortest heading with it does not fit; "" when nothing fits. */
function citationHeading(citation: Citation, n: number, max: number): string {
  const number = `**[${n}]**`;
  // Short: the footer names the first citation's full section path.
  const source = `${citation.documentTitle} › ${locator(citation)}`;
  const url = citation.url ? markdownUrl(fitUrl(citation.url)) : "";
  if (url) {
    const room = max - number.length - url.length - 5;
    if (room >= 20) return `${number} [${escapedWithin(source, room)}](${url})`;
  }
  const room = max - number.length - 1;
  if (room >= 20) return `${number} ${escapedWithin(source, room)}`;
  return number.length <= max ? number : "";
}

/** `text` cut, then escaped, within `max` characters (the plain text is cut, never an escape). */
export function escapedWithin(text: string, max: number): string {
  let out = escapeText(text);
  for (let length = max; out.length > max && length > 0; length -= Math.max(1, out.length - max)) out = escapeText(truncate(text, length));
  return out.length > max ? "" : out;
}

/** A URL as a Markdown link target: parentheses and spaces percent-encoded so they cannot end it. */
function markdownUrl(url: string): string {
  return url.replace(/\(/g, "%28").replace(/\)/g, "%29").replace(/ /g, "%20");
}

/** "> excerpt" with marks in bold, at most `max` characters: the plain excerpt is cut, never the markup. */
export function quote(citation: Pick<Citation, "excerpt" | "marks">, max: number): string {
  const render = (length: number): string => {
    // Newlines would end the quote block; replacing them one for one keeps the marks' offsets valid.
    const text = truncate(citation.excerpt.replace(/[\r\n]/g, " "), length);
    const kept = text.endsWith("…") ? text.length - 1 : text.length;
    const marks = citation.marks.map(([s, e]): [number, number] => [s, Math.min(e, kept)]).filter(([s, e]) => s < e);
    return `> ${applyMarks(text, marks, { open: "**", close: "**", escape: escapeText })}`;
  };
  let length = max;
  let out = render(length);
  while (out.length > max && length > 0) {
    length -= Math.max(1, out.length - max);
    out = render(length);
  }
  return out.length > max ? "" : out;
}
