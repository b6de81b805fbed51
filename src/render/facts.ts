// A fact as one line of text, the same in every renderer: its value (every value, when sources
// disagree), "(inferred, not stated)" when the text implies rather than states it, and the numbers
// of the citations that quote the clauses stating it ("Theme: … [1]").
import type { AnswerFact, FactEvidence, FactValue } from "../answers/types.js";

/** What an inferred fact carries wherever it is shown. */
export const INFERRED_MARK = "(inferred, not stated)";
/** After the values of a fact whose sources disagree. */
export const CONFLICT_MARK = "(sources disagree)";
const SEPARATOR = " · ";

/** "[1]", "[1][3]": the citation numbers of a value's clauses, in order, once each. */
export function refsText(evidence: readonly FactEvidence[] | undefined): string {
  const refs = [...new Set((evidence ?? []).flatMap((item) => (item.ref === undefined ? [] : [item.ref])))];
  return refs.map((ref) => `[${ref}]`).join("");
}

function values(fact: AnswerFact): FactValue[] {
  return [{ value: fact.value, evidence: fact.evidence ?? [] }, ...(fact.conflicts ?? [])];
}

/**
 * The fact's value text, at most `max` characters when given: each value (quoted when there are
 * several) is shortened by `cut`, never its citation numbers or marks. `escape` makes value text
 * inert for the front end (Discord Markdown); the marks and numbers need none.
 */
export function factValueText(fact: AnswerFact, options: { escape?: (text: string) => string; cut?: (text: string, max: number) => string; max?: number } = {}): string {
  const escape = options.escape ?? ((text: string) => text);
  const all = values(fact);
  const several = all.length > 1;
  const suffixes = all.map(({ evidence }) => {
    const refs = refsText(evidence);
    return refs ? ` ${refs}` : "";
  });
  const tail = `${fact.basis === "inferred" ? ` ${INFERRED_MARK}` : ""}${several ? ` ${CONFLICT_MARK}` : ""}`;
  const fixed = suffixes.reduce((sum, suffix) => sum + suffix.length, 0) + tail.length + SEPARATOR.length * (all.length - 1) + (several ? 2 * all.length : 0);
  const room = options.max === undefined ? Infinity : Math.max(1, Math.floor((options.max - fixed) / all.length));
  const shown = all.map(({ value }, i) => {
    const text = fitted(value, room, escape, options.cut);
    return `${several ? `“${text}”` : text}${suffixes[i]}`;
  });
  return `${shown.join(SEPARATOR)}${tail}`;
}

/** `escape(cut(value))` within `room` characters: the plain value is cut, never its escapes. */
function fitted(value: string, room: number, escape: (text: string) => string, cut: ((text: string, max: number) => string) | undefined): string {
  let text = escape(value);
  if (text.length <= room || !cut) return text;
  for (let length = room; length > 0 && text.length > room; length -= Math.max(1, text.length - room)) text = escape(cut(value, length));
  return text.length > room ? "" : text;
}

/** "Theme: … [1]". */
export function factLine(fact: AnswerFact): string {
  return `${fact.label}: ${factValueText(fact)}`;
}
