// /country: the editions a country took part in, then every passage that names it, with its role.
// Never more than the text says: a country the knowledge does not name gets "not listed".
import type { Knowledge } from "../knowledge/knowledge.js";
import { countryByCode, resolveCountry, suggestCountries, type Country } from "../knowledge/countries.js";
import type { CountryMention, CountryRole } from "../knowledge/types.js";
import { foldText, searchTerms } from "../search/options.js";
import { editionResult } from "./edition-result.js";
import { foundAnswer, knownCountries, MAX_SUGGESTIONS, notFoundAnswer } from "./make.js";
import { passageResult } from "./passage-result.js";
import { cleanQuery, quote } from "./query.js";
import type { Answer, AnswerResult } from "./types.js";
import { viewOf } from "./view.js";

const ROLE_LABEL: Record<CountryRole, string> = {
  participant: "participant",
  donor: "donor and organiser",
  mentioned: "mentioned",
};

export function answerCountry(k: Knowledge, rawQuery: string): Answer {
  const query = cleanQuery(rawQuery);
  if (!query) return notFoundAnswer("country", query, countryHint(k), knownCountries(k));
  const country = resolveCountry(query) ?? (/^[a-z]{3}$/i.test(query) ? countryByCode(query) : undefined);
  if (!country) return unknownCountry(k, query);
  const mentions = k.catalogue.countries.filter((mention) => mention.code === country.code);
  const name = viewOf(k).countryName(country.code);
  if (!mentions.length) {
    const listed = knownCountries(k);
    const message = listed.length
      ? `${name} is not listed in the knowledge: no passage names it, so nothing about it can be shown. Countries listed: ${listed.join(", ")}.`
      : `${name} is not listed in the knowledge: no passage names any country.`;
    return notFoundAnswer("country", query, message, listed);
  }
  return foundAnswer("country", query, countryResults(k, country, mentions));
}

function countryResults(k: Knowledge, country: Country, mentions: CountryMention[]): AnswerResult[] {
  const view = viewOf(k);
  const name = view.countryName(country.code);
  const terms = [...new Set(mentions.flatMap((mention) => searchTerms(mention.asWritten)))];
  const results: AnswerResult[] = [];
  const cited = new Set<string>();

  const participated = new Set(mentions.flatMap((mention) => (mention.role === "participant" && mention.editionId ? [mention.editionId] : [])));
  for (const edition of view.editions) {
    if (!participated.has(edition.edition.id) && !edition.edition.countries?.value.includes(country.code)) continue;
    const result = editionResult(k, edition, terms, `${name} took part`);
    const own = edition.edition.countries?.evidence;
    if (own) cited.add(`${own.passageId}\u0000${own.sentence}`);
    cited.add(`${edition.edition.evidence.passageId}\u0000${edition.edition.evidence.sentence}`);
    results.push({ ...result, facts: [{ label: "Role", value: ROLE_LABEL.participant }, ...result.facts] });
  }
  for (const mention of mentions) {
    const key = `${mention.evidence.passageId}\u0000${mention.evidence.sentence}`;
    if (cited.has(key)) continue;
    cited.add(key);
    const result = passageResult(k, mention.evidence.passageId, { sentence: mention.evidence.sentence, terms }, {
      key: `${country.code}@${mention.evidence.passageId}`,
      description: `${name}: ${ROLE_LABEL[mention.role]}`,
      facts: [{ label: "Role", value: ROLE_LABEL[mention.role] }],
    });
    if (result) results.push(result);
  }
  return results;
}

/** A region the knowledge names, a misspelt country, or not a country at all. */
function unknownCountry(k: Knowledge, query: string): Answer {
  const region = k.catalogue.regions.filter((mention) => foldText(mention.name) === foldText(query).replace(/^the /, ""));
  if (region.length) {
    const terms = searchTerms(query);
    const results = region.flatMap((mention) => passageResult(k, mention.evidence.passageId, { sentence: mention.evidence.sentence, terms }, { key: `region@${mention.evidence.passageId}`, description: `${mention.name}: region` }) ?? []);
    if (results.length) return foundAnswer("country", query, results, `${region[0]!.name} is a region, not a country; these passages name it.`);
  }
  const view = viewOf(k);
  const present = new Set(view.countryCodes);
  const close = suggestCountries(query, MAX_SUGGESTIONS * 2).sort((a, b) => Number(present.has(b.code)) - Number(present.has(a.code)));
  if (close.length) {
    const names = close.slice(0, MAX_SUGGESTIONS).map((country) => view.countryName(country.code));
    return notFoundAnswer("country", query, `No country is called ${quote(query)}. Did you mean ${names.slice(0, 3).join(", ")}?`, names);
  }
  const listed = knownCountries(k);
  return notFoundAnswer("country", query, `${quote(query)} is not a country name. ${countryHint(k)}`, listed);
}

export function countryHint(k: Knowledge): string {
  const example = knownCountries(k)[0];
  return `Type a country name${example ? `, for example “${example}”` : ""}; other spellings and ISO codes work too.`;
}
