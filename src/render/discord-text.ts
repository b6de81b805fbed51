// Text helpers for Discord: cutting to a limit at a word boundary and making text inert (no Markdown,
// no mentions). Kept apart from the renderer so both the renderer and the router's notices use them.

const ELLIPSIS = "…";

/** The first `max` UTF-16 units of `text`, one fewer when the cut would split a surrogate pair (an
 *  emoji cut in half is an invalid string that Discord rejects or shows as garbage). */
export function sliceWhole(text: string, max: number): string {
  if (text.length <= max) return text;
  const end = Math.max(0, max);
  const last = text.charCodeAt(end - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? end - 1 : end);
}

/** `text` cut to at most `max` characters, at a word boundary when one is near, ending in "…". */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return "";
  if (max === 1) return ELLIPSIS;
  const room = sliceWhole(text, max - 1);
  const lastSpace = room.search(/\s\S*$/);
  // Cut at the last space unless that would throw away more than a third of the room (one huge word).
  const cut = lastSpace > (max - 1) * (2 / 3) ? room.slice(0, lastSpace) : room;
  return cut.replace(/[\s,;:.–-]+$/u, "") + ELLIPSIS;
}

/** Markdown control characters Discord interprets anywhere in a line. */
const MARKDOWN = /[\\*_~`|[\]]/g;
/** "<" only where it could open a mention, channel, emoji, timestamp or command tag. */
const TAG_OPEN = /<(?=[@#:/\u200b]|a:|t:)/g;
/** Characters that only mean something at the start of a line (headings, lists, quotes). */
const LINE_START = /^(\s*)([#>-])/gm;
// A zero-width space after "@" breaks @everyone/@here and <@id> mentions visually as well as for pings.
const MENTION = /@(everyone|here)|<(@[!&]?|#)(?=\d)/g;

/** Bare links are left alone: Discord links them itself, and a backslash would break the address. */
const URL = /(https?:\/\/[^\s<>]+)/;
/** "@everyone" inside a link: percent-encoding the "@" keeps the address equivalent and the text inert. */
const URL_MENTION = /@(everyone|here)/g;

/** Makes text from users or documents inert: Markdown escaped, mentions broken. */
export function escapeText(text: string): string {
  return text
    .split(URL)
    .map((part, i) => (i % 2 === 1 ? part.replace(URL_MENTION, "%40$1") : escapePlain(part)))
    .join("");
}

function escapePlain(text: string): string {
  return text
    .replace(MENTION, (match) => (match.startsWith("@") ? `@\u200b${match.slice(1)}` : `<\u200b${match.slice(1)}`))
    .replace(MARKDOWN, (char) => `\\${char}`)
    .replace(TAG_OPEN, "\\<")
    .replace(LINE_START, (_match, space: string, char: string) => `${space}\\${char}`);
}
