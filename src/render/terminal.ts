// Answer → text for the terminal front end and `npm run ask` (without --json). Same model as the
// Discord embeds: title, facts, quoted excerpt with matched words emphasised, citation, link.
import type { Answer, AnswerResult, Citation, SourceRef } from "../answers/types.js";
import { locator } from "../answers/excerpt.js";
import { factLine, refsText } from "./facts.js";
import { applyMarks } from "./marks.js";

export interface TerminalStyle {
  /** ANSI emphasis (bold titles and matched words) when the output is a colour terminal. */
  color: boolean;
  /** Wrap quoted text at this many columns. */
  width: number;
}

const BOLD = "\u001b[1m";
const DIM = "\u001b[2m";
const RESET = "\u001b[0m";

export function wrap(text: string, width: number, indent: string): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && visibleLength(line) + 1 + visibleLength(word) > width - indent.length) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  if (line) lines.push(indent + line);
  return lines;
}

function visibleLength(text: string): number {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[\d+m/g, "").length;
}

/** A quote, its source and its link; `number` ("[1]") when facts refer to it. */
function renderCitation(citation: Citation, style: TerminalStyle, number?: string): string[] {
  const emphasis = style.color ? { open: BOLD, close: RESET } : { open: "", close: "" };
  const quote = applyMarks(citation.excerpt, citation.marks, emphasis);
  const source = `— ${sourceLine(citation)}`;
  // "   [1] “quote…" with the quote's further lines and the source under its first word.
  const indent = number ? `   ${number} ` : "    ";
  const under = " ".repeat(indent.length);
  const quoted = wrap(`“${quote}”`, style.width, under);
  if (quoted[0]) quoted[0] = indent + quoted[0].slice(under.length);
  const lines = [...quoted, ...wrap(source, style.width, `${under}  `)];
  if (citation.url) lines.push(`${under}  ${link(citation.url, style)}`);
  return lines;
}

function sourceLine(source: SourceRef): string {
  return `${source.documentTitle} › ${source.section} › ${locator(source)}`;
}

function link(url: string, style: TerminalStyle): string {
  return style.color ? DIM + url + RESET : url;
}

function renderResult(result: AnswerResult, position: number, style: TerminalStyle): string[] {
  const title = `${position}. ${result.title}`;
  const lines = [style.color ? BOLD + title + RESET : title];
  if (result.description) lines.push(...wrap(result.description, style.width, "   "));
  for (const fact of result.facts) lines.push(...wrap(factLine(fact), style.width, "   "));
  // Numbered when facts point at the citations ("Theme: … [1]"), so each fact can be checked.
  const numbered = result.facts.some((fact) => refsText(fact.evidence) || fact.conflicts?.some((value) => refsText(value.evidence)));
  result.citations.forEach((citation, i) => lines.push(...renderCitation(citation, style, numbered ? `[${i + 1}]` : undefined)));
  for (const other of result.alsoIn ?? []) {
    lines.push(...wrap(`Also in: ${sourceLine(other)}`, style.width, "      "));
    if (other.url) lines.push(`      ${link(other.url, style)}`);
  }
  return lines;
}

export function renderTerminal(answer: Answer, style: TerminalStyle): string {
  const lines: string[] = [];
  if (answer.message) lines.push(...wrap(answer.message, style.width, ""));
  answer.results.forEach((result, i) => {
    if (lines.length > 0) lines.push("");
    lines.push(...renderResult(result, i + 1, style));
  });
  if (answer.suggestions.length > 0) {
    if (lines.length > 0) lines.push("");
    // Neutral label: suggestions are "did you mean" spellings for a typo, but the listed
    // countries for one that is absent, so the message above says which.
    lines.push(...wrap(`Try: ${answer.suggestions.join(" · ")}`, style.width, ""));
  }
  if (lines.length === 0) lines.push(answer.found ? "(nothing to show)" : "Nothing found.");
  return lines.join("\n");
}

/** One JSON line per answer, the shape DESIGN.md fixes for `--json` and `--batch`. */
export function renderJson(answer: Answer): string {
  return JSON.stringify(answer);
}
