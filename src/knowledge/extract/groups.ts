// Country groups in participant lists: "nine ASEAN member states (Brunei, …)", "all ten ASEAN
// countries", "ASEAN member states except Myanmar", "Pacific island countries, namely Fiji and Samoa".
import { findCountryNames, type CountryNameMatch } from "../countries.js";
import { CARDINAL_SOURCE, parseCardinal } from "../ordinals.js";
import { allMatches } from "./text.js";

/**
 * ASEAN's membership, in ASEAN's own alphabetical order. It is the one group kept here because its
 * membership is fixed by treaty and well known (ten states since Cambodia joined in 1999; Timor-Leste,
 * admitted in 2025, is listed separately by every document in our period, as the seed shows), so "all
 * ten ASEAN countries" can name its members. Other groups resolve only to the members a text lists.
 */
export const ASEAN_MEMBERS: readonly string[] = Object.freeze(["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]);

interface GroupDefinition {
  name: string;
  pattern: RegExp;
  /** A word the pattern cannot match without (same flags): a cheap test before the pattern's. */
  hint: RegExp;
  /** Fixed membership, when there is one. */
  members?: readonly string[];
}

const COUNT = `(?:(${CARDINAL_SOURCE})\\s+)?`;
const GROUPS: readonly GroupDefinition[] = [
  {
    name: "ASEAN",
    // Also "each ASEAN member (state)": every one of them.
    pattern: new RegExp(`(?:\\b(?:all\\s+(?:the\\s+)?|the\\s+|each\\s+|every\\s+)?${COUNT}(?:other\\s+)?ASEAN\\s+(?:[Mm]ember\\s+(?:[Ss]tates?|[Cc]ountr(?:y|ies)|[Nn]ations?)|[Cc]ountries|[Nn]ations|[Mm]embers?|[Ss]tates)(?:\\s+\\(AMS\\))?|\\b(?:all\\s+(?:the\\s+)?|the\\s+)?${COUNT}[Mm]ember\\s+(?:[Ss]tates|[Cc]ountries)\\s+of\\s+(?:the\\s+)?(?:ASEAN|Association\\s+of\\s+Southeast\\s+Asian\\s+Nations))`, "giu"),
    hint: /asean|association/iu,
    members: ASEAN_MEMBERS,
  },
  {
    name: "Pacific island countries",
    pattern: new RegExp(`\\b(?:all\\s+(?:the\\s+)?|the\\s+)?${COUNT}Pacific\\s+[Ii]sland\\s+(?:[Cc]ountries|[Nn]ations|[Ss]tates)`, "gu"),
    hint: /Pacific/u,
  },
];

export interface GroupMatch {
  name: string;
  asWritten: string;
  start: number;
  /** End of the group phrase with any list or exception that belongs to it. */
  end: number;
  /** Stated number of members ("nine ASEAN member states" → 9). */
  count?: number;
  /** Members as listed right after the group, in the order written. */
  listed: CountryNameMatch[];
  /** Members named after "except", "excluding", "other than". */
  excluded: CountryNameMatch[];
  /**
   * The members this phrase stands for: the listed ones; else, for a group with fixed membership,
   * all members but the excluded (only when that agrees with a stated count, of the members left or of
   * the whole group); else undefined.
   */
  members?: string[];
}

/** Country names that follow `from` one after another (", ", " and ", "the "), in order. */
// Between two names of one list; an exception's list ends at a colon or a semicolon ("every ASEAN
// member except Brunei: Cambodia, …" lists the members that took part after it).
const LIST_GAP = /^[\s,;:]*(?:(?:and|or|as well as|&)\s+)?(?:the\s+)?/i;
const EXCEPTION_GAP = /^[\s,]*(?:(?:and|or|as well as|&)\s+)?(?:the\s+)?/i;

export function readCountryList(text: string, from: number, names: readonly CountryNameMatch[] = findCountryNames(text), exception = false): { list: CountryNameMatch[]; end: number } {
  const list: CountryNameMatch[] = [];
  let cursor = from;
  for (;;) {
    const gap = (exception ? EXCEPTION_GAP : LIST_GAP).exec(text.slice(cursor))![0];
    const next = names.find((name) => name.start === cursor + gap.length);
    if (!next) break;
    list.push(next);
    cursor = next.end;
  }
  return { list, end: cursor };
}

// Also "…, every member except Brunei", "…, that is all members but Myanmar".
const EXCEPT = /^\s*,?\s*(?:(?:i\.e\.|that\s+is),?\s+)?(?:(?:every|each|all)\s+(?:the\s+)?(?:members?|states?|countries)\s+)?(?:except(?:\s+for)?|excluding|other\s+than|but(?:\s+not)?|with\s+the\s+exception\s+of|apart\s+from|save|without)\s+/i;
// ("Every one of the ten ASEAN member states" is all of them.)
const SOME_OF = new RegExp(`(?:^|[^\\p{L}])(?<!\\b(?:every|each|any)\\s+)(?:${CARDINAL_SOURCE}|some|most|several|many|few)\\s+of\\s+(?:the\\s+)?$`, "iu");
const NAMELY = /^\s*(?:,\s*)?(?:namely|i\.e\.|that\s+is)\s*,?\s*|^\s*:\s*/i;

/** Every group phrase in a text, with what it resolves to; `names` are the text's country names, when known. */
export function findGroups(text: string, names: readonly CountryNameMatch[] = findCountryNames(text)): GroupMatch[] {
  const found: GroupMatch[] = [];
  for (const group of GROUPS) {
    if (!group.hint.test(text)) continue;
    for (const match of allMatches(group.pattern, text)) {
      const start = match.index;
      let end = start + match[0].length;
      const count = match[1] ?? match[2];
      const stated = count === undefined ? undefined : parseCardinal(count);
      let listed: CountryNameMatch[] = [];
      let excluded: CountryNameMatch[] = [];
      const paren = /^\s*\(([^()]*)\)/.exec(text.slice(end));
      const namely = NAMELY.exec(text.slice(end));
      const except = EXCEPT.exec(text.slice(end));
      if (paren) {
        const inner = end + paren[0].indexOf("(") + 1;
        listed = names.filter((name) => name.start >= inner && name.end <= end + paren[0].length);
        if (listed.length > 0) end += paren[0].length;
      } else if (namely) {
        const read = readCountryList(text, end + namely[0].length, names);
        // A group of fixed membership ends its list at the first country outside it ("…, and Japan").
        const fixed = group.members;
        const cut = fixed ? read.list.findIndex((name) => !fixed.includes(name.code)) : -1;
        listed = cut >= 0 ? read.list.slice(0, cut) : read.list;
        if (listed.length > 0) end = listed[listed.length - 1]!.end;
      } else if (except) {
        const read = readCountryList(text, end + except[0].length, names, true);
        // Only members can be left out: "except Myanmar, and Timor-Leste" adds Timor-Leste.
        const fixed = group.members;
        const cut = fixed ? read.list.findIndex((name) => !fixed.includes(name.code)) : -1;
        excluded = cut >= 0 ? read.list.slice(0, cut) : read.list;
        if (excluded.length > 0) end = excluded[excluded.length - 1]!.end;
        // "…, every ASEAN member except Brunei: Cambodia, Indonesia, …" or "… except Myanmar (Brunei,
        // Cambodia, …)": the members after the colon or in the bracket.
        const colon = excluded.length > 0 ? /^\s*:\s*/u.exec(text.slice(end)) : null;
        const bracket = excluded.length > 0 ? /^\s*\(([^()]*)\)/u.exec(text.slice(end)) : null;
        const inside = bracket ? end + bracket[0].indexOf("(") + 1 : 0;
        const members = colon ? readCountryList(text, end + colon[0].length, names).list
          : bracket ? names.filter((name) => name.start >= inside && name.end <= end + bracket[0].length) : [];
        if (members.length > 0 && (!fixed || members.every((name) => fixed.includes(name.code))) && !members.some((name) => excluded.some((out) => out.code === name.code))) {
          listed = members;
          end = bracket ? end + bracket[0].length : members[members.length - 1]!.end;
        }
      }
      const result: GroupMatch = { name: group.name, asWritten: match[0], start, end, listed, excluded };
      if (stated !== undefined) result.count = stated;
      // "…, Viet Nam, nine of the ten ASEAN members, together with Timor-Leste": some of the group, not all.
      const some = SOME_OF.test(text.slice(Math.max(0, start - 30), start));
      if (listed.length > 0) result.members = listed.map((name) => name.code);
      else if (group.members && !some) {
        const out = new Set(excluded.map((name) => name.code));
        const members = group.members.filter((code) => !out.has(code));
        // The number may count what is left ("nine ASEAN countries except Myanmar") or the whole group
        // before the exception ("the ten ASEAN member states, except Myanmar").
        if (stated === undefined || stated === members.length || (excluded.length > 0 && stated === group.members.length)) result.members = members;
      }
      found.push(result);
    }
  }
  return found.sort((a, b) => a.start - b.start);
}
