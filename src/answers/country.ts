// /country: the editions a country took part in, then every passage that names it, with its role.
// Never more than the text says: a country the knowledge does not name gets "not listed".
import type { Snapshot } from "../snapshot/snapshot.js";
import { countryByCode, resolveCountry, suggestCountries } from "../knowledge/countries.js";
import type { CountryRole, Evidence } from "../knowledge/types.js";
import { citationMemo } from "../answers/excerpt.js";
import { foldText, searchTerms } from "../search/options.js";
import { answerFact } from "./cite.js";
import { editionResult } from "./edition-result.js";
import type { SourcedFact } from "./facts.js";
import { foundAnswer, knownCountries, MAX_SUGGESTIONS, notFoundAnswer } from "./make.js";
import { passageResult } from "./passage-result.js";
import { cleanQuery, quote } from "./query.js";
import type { Answer, AnswerResult } from "./types.js";
import type { CountryView } from "../snapshot/view.js";

const ROLE_LABEL: Record<CountryRole, string> = {
  participant: "participant",
  expert: "expert or lecturer",
  adviser: "adviser",
  guest: "guest speaker",
  observer: "observer",
  host: "host",
  organiser: "organiser",
  donor: "donor and organiser",
  mentioned: "mentioned",
};

export function answerCountry(k: Snapshot, rawQuery: string): Answer {
  const query = cleanQuery(rawQuery);
  if (!query) return notFoundAnswer("country", query, countryHint(k), knownCountries(k));
  const country = resolveCountry(query) ?? (/^[a-z]{3}$/i.test(query) ? countryByCode(query) : undefined);
  if (!country) return unknownCountry(k, query);
  const view = k.view;
  const known = view.countryByCode.get(country.code);
  const name = view.countryName(country.code);
  if (!known) {
    const listed = knownCountries(k);
    const message = listed.length
      ? `${name} is not listed in the knowledge: no passage names it, so nothing about it can be shown. Countries listed: ${listed.join(", ")}.`
      : `${name} is not listed in the knowledge: no passage names any country.`;
    return notFoundAnswer("country", query, message, listed);
  }
  const { results, more } = countryResults(k, country.code, known);
  const editions = known.editions.length;
  const message = more
    ? `${name} is named ${known.mentions.length} times in the knowledge${editions ? ` and took part in ${editions} edition${editions === 1 ? "" : "s"}` : ""}; the first ${results.length} results are shown.`
    : undefined;
  return foundAnswer("country", query, results, message);
}

/** Most results of one /country answer. A country named in thousands of passages of a large knowledge
 *  would otherwise cost a quote per passage on every query and every page turn. */
export const MAX_COUNTRY_RESULTS = 30;

/** The editions the country took part in, then every other sentence that names it (once each), cut to
 *  MAX_COUNTRY_RESULTS, and whether there were more. Quotes are made only for the results kept, and
 *  the mentions are read only until one more than fits is found: a country named in tens of
 *  thousands of sentences would otherwise cost a pass over all of them on every query. */
function countryResults(k: Snapshot, code: string, country: CountryView): { results: AnswerResult[]; more: boolean } {
  const name = k.view.countryName(code);
  const { terms } = country;
  const memo = citationMemo();
  const results: AnswerResult[] = [];
  for (const edition of country.editions.slice(0, MAX_COUNTRY_RESULTS)) {
    // The sentence that says the country took part is quoted first, then those of the other facts.
    const stated = country.tookPart.get(edition.edition.id) ?? edition.edition.evidence;
    const role: SourcedFact = { label: "Role", basis: "stated", values: [{ value: ROLE_LABEL.participant, evidence: [stated] }] };
    results.push(editionResult(k, edition, terms, `${name} took part`, { evidence: [stated], lead: [role], memo }));
  }
  if (country.editions.length > MAX_COUNTRY_RESULTS) return { results, more: true };

  const seen = new Set<string>();
  const see = (evidence: Evidence | undefined): boolean => {
    const key = evidence && `${evidence.passageId}\u0000${evidence.sentence}`;
    if (key === undefined || seen.has(key)) return false;
    seen.add(key);
    return true;
  };
  for (const { edition } of country.editions) [country.tookPart.get(edition.id), edition.countries?.evidence, edition.evidence].forEach(see);
  for (const mention of country.mentions) {
    if (!k.passages.has(mention.evidence.passageId) || !see(mention.evidence)) continue;
    if (results.length >= MAX_COUNTRY_RESULTS) return { results, more: true };
    const result = passageResult(k, mention.evidence.passageId, { sentence: mention.evidence.sentence, terms }, {
      key: `${code}@${mention.evidence.passageId}`,
      description: `${name}: ${ROLE_LABEL[mention.role]}`,
      facts: roleFact(k, mention.role, mention.evidence),
    }, memo);
    if (result) results.push(result);
  }
  return { results, more: false };
}

/** "Role: expert or lecturer", stated by the mention's clause (the result's one citation, [1]). */
function roleFact(k: Snapshot, role: CountryRole, evidence: Evidence): AnswerResult["facts"] {
  const fact = answerFact(k, { label: "Role", basis: "stated", values: [{ value: ROLE_LABEL[role], evidence: [evidence] }] }, () => 1);
  return fact ? [fact] : [];
}

/** A region the knowledge names, a misspelt country, or not a country at all. */
function unknownCountry(k: Snapshot, query: string): Answer {
  const region = k.view.regionsByName.get(foldText(query).replace(/^the /, "")) ?? [];
  if (region.length) {
    const terms = searchTerms(query);
    const results = region.flatMap((mention) => passageResult(k, mention.evidence.passageId, { sentence: mention.evidence.sentence, terms }, { key: `region@${mention.evidence.passageId}`, description: `${mention.name}: region` }) ?? []);
    if (results.length) return foundAnswer("country", query, results, `${region[0]!.name} is a region, not a country; these passages name it.`);
  }
  const view = k.view;
  const present = new Set(view.countryCodes);
  const close = suggestCountries(query, MAX_SUGGESTIONS * 2).sort((a, b) => Number(present.has(b.code)) - Number(present.has(a.code)));
  if (close.length) {
    const names = close.slice(0, MAX_SUGGESTIONS).map((country) => view.countryName(country.code));
    return notFoundAnswer("country", query, `No country is called ${quote(query)}. Did you mean ${names.slice(0, 3).join(", ")}?`, names);
  }
  const listed = knownCountries(k);
  return notFoundAnswer("country", query, `${quote(query)} is not a country name. ${countryHint(k)}`, listed);
}

export function countryHint(k: Snapshot): string {
  const example = knownCountries(k)[0];
  return `Type a country name${example ? `, for example “${example}”` : ""}; other spellings and ISO codes work too.`;
}
