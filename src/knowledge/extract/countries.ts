// The role of a country named outside a participant list: "donor" when it acts as the one who
// holds, funds or provides ("Japan has held …", "Japan conducts …", "funded by the Government of
// Japan", "Japan's assistance"), otherwise only "mentioned". Participation is decided elsewhere
// (see participants.ts), never here.
import type { CountryNameMatch } from "../countries.js";

const ADVERBS = "has|have|had|also|further|actively|annually|regularly|continuously|consistently|been|will|would|thus|then|again|therefore|jointly|successfully|newly|first|since|long|steadily|not\\s+only";
const DONOR_VERBS = [
  "held", "holds", "hold", "conducted", "conducts", "conduct", "organi[sz]ed", "organi[sz]es", "organi[sz]e", "provided",
  "provides", "provide", "providing", "supported", "supports", "support", "supporting", "contributed", "contributes",
  "contribute", "implemented", "implements", "engaged", "funded", "funds", "fund", "financed", "finances", "dispatched",
  "dispatches", "invited", "invites", "extended", "extends", "offered", "offers", "assisted", "assists", "launched",
  "launches", "sponsored", "sponsors", "trained", "trains", "co-organi[sz]ed", "donated", "donates", "pledged",
  "pledges", "working", "works", "worked", "carried\\s+out", "carries\\s+out",
];
const ACTS_AFTER = new RegExp(`^(?:\\s*,\\s*(?:[^,]{1,60}),)?\\s+(?:(?:${ADVERBS})\\s+){0,4}(?:${DONOR_VERBS.join("|")})\\b`, "i");
const POSSESSIVE_AID = /^['’]s\s+(?:[\p{L}-]+\s+){0,2}?(?:assistance|support|contributions?|cooperation|ODA|efforts?|initiatives?|funding|grants?|aid|loans?|programmes?|programs?|training)\b/iu;
const FUNDED_BY = /\b(?:funded|financed|organi[sz]ed|sponsored|supported|provided|conducted|held|hosted|co-organi[sz]ed)\s+by\s+(?:the\s+)?(?:Government\s+of\s+(?:the\s+)?)?$/i;

/** "donor" or "mentioned" for a country name found in `text`. */
export function countryRole(text: string, name: CountryNameMatch): "donor" | "mentioned" {
  const after = text.slice(name.end, name.end + 160);
  const before = text.slice(Math.max(0, name.start - 80), name.start);
  if (ACTS_AFTER.test(after) || POSSESSIVE_AID.test(after) || FUNDED_BY.test(before)) return "donor";
  return "mentioned";
}
