// Regions named in running text ("Asia and Africa", "Southeast Asian countries", "the Pacific"),
// skipping region words inside an organisation's name ("United Nations Asia and Far East Institute",
// "Asian Development Bank", "African Union").

export interface RegionMatch {
  /** Canonical name: "Southeast Asia". */
  name: string;
  asWritten: string;
  start: number;
  end: number;
}

// [canonical name, pattern source]; longer names first so that "Southeast Asian" is not "Asian".
const REGIONS: ReadonlyArray<readonly [string, string]> = [
  ["Latin America and the Caribbean", "Latin\\s+America\\s+and\\s+the\\s+Caribbean"],
  ["Sub-Saharan Africa", "Sub-Saharan\\s+Africa(?:n)?"],
  ["Southeast Asia", "South[\\s-]?[Ee]ast(?:ern)?\\s+Asia(?:n)?"],
  ["Northeast Asia", "North[\\s-]?[Ee]ast(?:ern)?\\s+Asia(?:n)?"],
  ["Asia-Pacific", "Asia[\\s-]Pacific"],
  ["Indo-Pacific", "Indo-Pacific"],
  ["Middle East", "Middle\\s+East(?:ern)?"],
  ["Latin America", "Latin\\s+America(?:n)?"],
  ["Central America", "Central\\s+America(?:n)?"],
  ["South America", "South\\s+America(?:n)?"],
  ["North America", "North\\s+America(?:n)?"],
  ["Central Asia", "Central\\s+Asia(?:n)?"],
  ["South Asia", "South\\s+Asia(?:n)?"],
  ["East Asia", "East\\s+Asia(?:n)?"],
  ["West Asia", "West(?:ern)?\\s+Asia(?:n)?"],
  ["North Africa", "North(?:ern)?\\s+Africa(?:n)?"],
  ["West Africa", "West(?:ern)?\\s+Africa(?:n)?"],
  ["East Africa", "East(?:ern)?\\s+Africa(?:n)?"],
  ["Southern Africa", "Southern\\s+Africa(?:n)?"],
  ["Central Africa", "Central\\s+Africa(?:n)?"],
  ["Western Balkans", "Western\\s+Balkans?"],
  ["Caribbean", "(?:the\\s+)?Caribbean"],
  ["Pacific", "(?:the\\s+)?(?:South\\s+)?Pacific(?:\\s+[Ii]slands?)?"],
  ["Oceania", "Oceania"],
  ["Americas", "the\\s+Americas"],
  ["Europe", "Europe(?:an)?"],
  ["Africa", "Africa(?:n)?"],
  ["Asia", "Asia(?:n)?"],
];

// Tried only where a region name can start (its first letter, after no letter or hyphen), since trying
// all the names at every character is slow. Sticky: `lastIndex` is set before every use.
const PATTERN = new RegExp(`(?<![\\p{L}-])(?:${REGIONS.map(([, source]) => `(${source})`).join("|")})(?![\\p{L}-])`, "uy");
// Every name above starts with one of these letters ("t" for "the").
const STARTS = /(?<![\p{L}-])[LSNAIMCEWOPt]/gu;

// An organisation's name: the region word is followed, within a few capitalised words, by one of these.
const ORGANISATION_AFTER = /^(?:\s+(?:and|of|for|the|on|[\p{Lu}][\p{L}'’-]*)){0,5}?\s+(?:Institute|Centre|Center|Bank|Foundation|Office|Commission|Council|Union|Agency|Organization|Organisation|Association|Secretariat|Court|Fund|Network|Forum|Division|Department|Partnership|Community|Group|Region(?:al)?\s+Office)(?![\p{L}])/u;
// …or preceded by "United Nations" / "UN" within the same capitalised run.
const ORGANISATION_BEFORE = /(?:United\s+Nations|UN)\s+(?:[\p{Lu}][\p{L}'’-]*\s+)*$/u;

// A word every region name above holds: a text without any names no region.
const REGION_HINT = /Asia|Africa|America|Pacific|Caribbean|Middle|Europe|Balkan|Oceania/;

/** The matches of PATTERN in `text`, left to right, as `text.matchAll` with the global pattern gives them. */
function regionNames(text: string): RegExpExecArray[] {
  const matches: RegExpExecArray[] = [];
  STARTS.lastIndex = 0;
  for (let start = STARTS.exec(text); start; start = STARTS.exec(text)) {
    PATTERN.lastIndex = start.index;
    const match = PATTERN.exec(text);
    if (!match) continue;
    matches.push(match);
    STARTS.lastIndex = match.index + match[0].length;
  }
  return matches;
}

export function findRegions(text: string): RegionMatch[] {
  const found: RegionMatch[] = [];
  if (!REGION_HINT.test(text)) return found;
  for (const match of regionNames(text)) {
    const index = match.slice(1).findIndex((group) => group !== undefined);
    const name = REGIONS[index]?.[0];
    if (!name) continue;
    const start = match.index;
    const end = start + match[0].length;
    if (ORGANISATION_AFTER.test(text.slice(end, end + 120)) || ORGANISATION_BEFORE.test(text.slice(Math.max(0, start - 80), start))) continue;
    found.push({ name, asWritten: match[0], start, end });
  }
  return found;
}
