// A question's subject words and asking words, and /ask's order: the passage whose own text holds what
// is asked comes before the one that only names the subject.
import { describe, expect, it } from "vitest";
import { answerAsk } from "../../src/answers/ask.js";
import { editionScope, heldWeight, inflectionStem, isEventVerb, otherEditionPassages, questionPhrases, questionWords, rankByAskingWords, verbBase } from "../../src/answers/answer-words.js";
import { splitSentences } from "../../src/knowledge/sentences.js";
import { withTextFragment } from "../../src/answers/excerpt.js";
import type { Catalogue, KnowledgeDocument } from "../../src/knowledge/types.js";
import { buildSearchIndex } from "../../src/search/build.js";
import { assembleSnapshot } from "../../src/snapshot/build.js";
import type { Snapshot } from "../../src/snapshot/snapshot.js";
import { mergedPassageResults } from "../../src/answers/passage-result.js";
import { tinyKnowledge } from "../support/tiny-knowledge.js";

const tiny = tinyKnowledge();

// The forum's name is in the title and the first paragraph (which the catalogue names it in, so the
// search boosts it, and which holds "sessions" and "officials" too); the answers ("chaired", "forty
// officials took part") are in paragraphs that call it "the forum" or do not name it.
const REPORT: KnowledgeDocument = {
  slug: "heron",
  file: "heron.txt",
  title: "Report of the Third Heron Forum on Prison Reform",
  year: 2022,
  section: "Heron Forum",
  url: "https://example.org/heron.html",
  passages: [
    "The Third Heron Forum on Prison Reform held its sessions in Sendai from 4 to 6 July 2022, the Heron Forum's first meeting outside Tokyo, and the Heron Forum's officials called it a success.",
    "Forty officials of prison services took part.",
    "The sessions of the forum were chaired by the deputy director of the institute.",
    "The Heron Forum on Prison Reform is held every year.",
  ].map((text, i) => ({ id: `heron#p${i + 1}`, docSlug: "heron", paragraph: i + 1, kind: "paragraph" as const, headings: ["Heron Forum"], text, noteRefs: [], line: 3 + i })),
};
const FORUM_CATALOGUE: Catalogue = {
  series: [{ id: "heron-forum", name: "Heron Forum on Prison Reform", aliases: ["Heron Forum"], evidence: [1, 4].map((n) => ({ passageId: `heron#p${n}`, sentence: REPORT.passages[n - 1]!.text, start: 0, end: REPORT.passages[n - 1]!.text.length })) }],
  editions: [],
  countries: [],
  regions: [],
};
const forum: Snapshot = assembleSnapshot([REPORT], FORUM_CATALOGUE, buildSearchIndex([REPORT], FORUM_CATALOGUE), []);

describe("questionWords", () => {
  it.each([
    // The named series' words and the ordinal are the subject.
    // "who <verb> the …": what the verb is done to is the subject too.
    ["who chaired the sessions of the eighth GG seminar", ["sessions", "eighth", "gg", "seminar"], ["chaired"]],
    ["who co-organised the workshop on counter-terrorism", ["workshop", "counterterrorism", "counter", "terrorism"], ["coorganised", "co", "organised"]],
    // …but not after "who were": the trainees are what is asked.
    ["who were the trainees of the GG Seminar", ["gg", "seminar"], ["trainees"]],
    // A year right before the series' name says which edition: subject, all the terms of its word.
    ["how many practitioners took part in the FY2022 GG Seminar", ["fy2022", "fy", "2022", "gg", "seminar"], ["practitioners", "took", "part"]],
    ["how many practitioners took part in the fiscal 2022 GG Seminar", ["fiscal", "2022", "gg", "seminar"], ["practitioners", "took", "part"]],
    // The question phrase's own word ("long") asks for a kind of answer, not for the word.
    ["how long did the 13th GG Seminar last", ["13th", "13", "gg", "seminar"], ["last"]],
    ["how many participants took part in the twenty-second UNCAC training programme", ["twentysecond", "twenty", "second", "uncac", "training", "programme"], ["participants", "took", "part"]],
    // A four-digit number is a year asked about, not an ordinal.
    ["what replaced the GG Seminar in 2005", ["gg", "seminar"], ["replaced", "2005"]],
    // No series named: every word asks.
    ["how many graduates", [], ["graduates"]],
  ])("%j → subject %j, asking %j", (query, subject, asking) => {
    const words = questionWords(tiny, query);
    expect([...words.subject]).toEqual(subject);
    expect(words.asking).toEqual(asking);
  });
});

describe("questionPhrases", () => {
  it.each([
    // Pairs with an asking word, stop words kept, each word as phraseKey reads it.
    ["when was the Kyoto Congress to be held", ["kyoto", "congress", "held"], [["the", "kyoto"], ["kyoto", "congres"], ["congres", "to"], ["be", "hold"]]],
    ["how many took part", ["took", "part"], [["many", "take"], ["take", "part"]]],
    // Pairs of subject or stop words only are not phrases.
    ["the GG Seminar", [], []],
  ])("%j (asking %j) → %j", (query, asking, phrases) => {
    expect(questionPhrases(query, new Set(asking))).toEqual(phrases);
  });
});

describe("verbBase and isEventVerb", () => {
  it.each([
    ["met", "meet"],
    ["took", "take"],
    ["taken", "take"],
    ["held", "hold"],
    ["hold", "hold"],
    // Not irregular forms: regular verbs, and forms that are also other words.
    ["opened", "opened"],
    ["found", "found"],
    ["left", "left"],
  ])("%j → %j", (term, base) => {
    expect(verbBase(term)).toBe(base);
  });

  it.each(["meet", "met", "meeting", "held", "hold", "lasted", "last", "ran", "convened", "opened"])("%j says an event took place", (term) => {
    expect(isEventVerb(term)).toBe(true);
  });

  it.each(["took", "part", "chaired", "organised", "signed", "participants", "lastly"])("%j is not an event verb", (term) => {
    expect(isEventVerb(term)).toBe(false);
  });
});

describe("inflectionStem", () => {
  it.each([
    ["organises", "organis"],
    ["organised", "organis"],
    ["meeting", "meet"],
    ["meet", "meet"],
    ["signed", "sign"],
    ["lasted", "last"],
    ["concluded", "conclud"],
    ["conclude", "conclud"],
  ])("%j → %j", (term, stem) => {
    expect(inflectionStem(term)).toBe(stem);
  });

  // Not the same word: too short a stem, another ending, a number or a glued form.
  it.each([
    ["used", "used"],
    ["taken", "taken"],
    ["take", "take"],
    ["2005", "2005"],
    ["gg15", "gg15"],
  ])("keeps %j as %j", (term, stem) => {
    expect(inflectionStem(term)).toBe(stem);
  });
});

describe("heldWeight", () => {
  // "signed" is rarer than "sign" here, so it counts at the weight of "sign".
  const weigh = (term: string): number => ({ meet: 5, meeting: 1, sign: 2, signed: 3 })[term] ?? 1;
  it.each([
    ["The forum was signed off.", ["sign"], 2],
    // An inflected form weighs its own rarity when that is less.
    ["A meeting was held.", ["meet"], 1],
    ["Delegates meet yearly.", ["meet"], 5],
    ["Drugs were seized.", ["drug"], 1],
    ["Nine countries took part.", ["country"], 1],
    ["Organising it took a year.", ["organise"], 1],
    // Irregular verb forms are the verb: "taken" and "took" are "take", "met" is "meet".
    ["The course was taken online.", ["take"], 1],
    ["Delegates met in Osaka.", ["meet"], 1],
    ["Forty officials took part.", ["take", "part"], 2],
    // Curly quotes and dashes end a word; letters with diacritics are letters.
    ["“Drugs” were seized — in Côte d’Ivoire.", ["drug", "cote"], 2],
    ["Ecôles took part.", ["cole"], 0],
    // A word that only starts like an irregular form is not it.
    ["The metre was long.", ["meet"], 0],
    ["The tookan was served.", ["take"], 0],
    ["Nothing here.", ["meet", "sign"], 0],
    // A word inside another is not that word.
    ["The department took part.", ["part"], 1],
    ["The department met.", ["part"], 0],
    ["Participants came.", ["part"], 0],
  ])("%j holding %j weighs %d", (text, words, weight) => {
    expect(heldWeight(text, words, weigh)).toBe(weight);
  });
});

describe("rankByAskingWords", () => {
  const hits = (query: string) => forum.index.searchPassages(query, { limit: 10 });

  it("GIVEN the answer in a passage that calls the subject 'the forum' THEN that passage first", () => {
    const query = "who chaired the sessions of the Heron Forum";
    const ranked = rankByAskingWords(forum, hits(query), questionWords(forum, query), 0.2);
    expect(ranked?.[0]?.passageId).toBe("heron#p3");
  });

  it("GIVEN a question with only the subject's words THEN the search order stands (undefined)", () => {
    const query = "Heron Forum on Prison Reform";
    expect(rankByAskingWords(forum, hits(query), questionWords(forum, query), 0.2)).toBeUndefined();
  });

  it("GIVEN asking words no passage holds THEN the search order stands (undefined)", () => {
    const query = "Heron Forum budget";
    expect(rankByAskingWords(forum, hits(query), questionWords(forum, query), 0.2)).toBeUndefined();
  });
});

describe("answerAsk · asking words before the subject's name", () => {
  it.each([
    ["who chaired the sessions of the Heron Forum", "heron#p3", "The sessions of the forum were chaired by the deputy director of the institute."],
    ["how many officials took part in the Heron Forum", "heron#p2", "Forty officials of prison services took part."],
  ])("%j → %s first, quoting the answer", (query, passageId, excerpt) => {
    const first = answerAsk(forum, query).results[0]!;
    expect(first.key).toBe(passageId);
    expect(first.citations[0]!.excerpt).toBe(excerpt);
  });

  it("GIVEN a question about the subject itself THEN the passage naming it, as before", () => {
    expect(answerAsk(forum, "Heron Forum on Prison Reform every year").results[0]!.key).toBe("heron#p4");
  });
});

describe("mergedPassageResults · subject words weigh less in the quote", () => {
  // One passage: the subject's name (two words) in one sentence, the asked word in another.
  const TEXT = "The Heron Forum gathered in Sendai. Its last day was chaired by the director.";
  const doc: KnowledgeDocument = { ...REPORT, slug: "kite", file: "kite.txt", passages: [{ ...REPORT.passages[0]!, id: "kite#p1", docSlug: "kite", text: TEXT }] };
  const k = assembleSnapshot([doc], FORUM_CATALOGUE, buildSearchIndex([doc], FORUM_CATALOGUE), []);
  const hit = { passageId: "kite#p1", score: 1, terms: ["heron", "forum", "chaired"] };
  const quoted = (subject: ReadonlySet<string>): string => decodeURIComponent(mergedPassageResults(k, [hit], 1, undefined, undefined, subject)[0]!.citations[0]!.url!.split("#:~:text=")[1]!);

  it("GIVEN the subject's words THEN the sentence with the asked word is the one linked", () => {
    expect(quoted(new Set(["heron", "forum"]))).toBe("Its last day was chaired by the director.");
  });

  it("GIVEN no subject THEN every matched word counts alike, and the name's sentence wins", () => {
    expect(quoted(new Set())).toBe("The Heron Forum gathered in Sendai.");
  });
});

// Two documents on a seminar series: the third edition named in one paragraph and described in the next
// two, which call it "the seminar" and "it"; the second edition in another document, in one sentence
// with a period and a count of its own. The institute's founding and another body's.
const KESTREL_TEXTS = [
  ["The Third Kestrel Seminar", "The Third Kestrel Seminar on Prison Reform was hosted by the Kestrel Institute."],
  ["The Third Kestrel Seminar", "The seminar lasted five days, from 4 to 8 July 2022. Thirty practitioners from nine countries took part."],
  ["The Third Kestrel Seminar", "It met at the Harbour Hotel in Sendai. The Vice-Minister of Justice opened the seminar."],
  ["About the institute", "The Kestrel Institute was set up in 1975 under an agreement with the United Nations."],
  ["Partners", "The Heron Centre was set up in 1990."],
] as const;
function kestrelDocument(slug: string, title: string, texts: ReadonlyArray<readonly [string, string]>): KnowledgeDocument {
  return {
    slug,
    file: `${slug}.txt`,
    title,
    year: 2022,
    section: "News",
    url: `https://example.org/${slug}.html`,
    passages: texts.map(([heading, text], i) => ({ id: `${slug}#p${i + 1}`, docSlug: slug, paragraph: i + 1, kind: "paragraph" as const, headings: [heading], text, noteRefs: [], line: 3 + i })),
  };
}
const KESTREL_2022 = kestrelDocument("kestrel", "Prison Reform News 2022", KESTREL_TEXTS);
const KESTREL_2021 = kestrelDocument("kestrel2021", "Prison Reform News 2021", [
  ["The Second Kestrel Seminar", "The Second Kestrel Seminar on Prison Reform met in Osaka from 1 to 3 June 2021, with twenty practitioners."],
]);
const firstSentence = (document: KnowledgeDocument) => {
  const passage = document.passages[0]!;
  const [sentence] = splitSentences(passage.text);
  return { passageId: passage.id, sentence: sentence!.text, start: sentence!.start, end: sentence!.end };
};
const KESTREL_CATALOGUE: Catalogue = {
  series: [{ id: "kestrel-seminar", name: "Kestrel Seminar on Prison Reform", aliases: ["Kestrel Seminar"], evidence: [firstSentence(KESTREL_2022)] }],
  editions: [
    { id: "kestrel-seminar-3", seriesId: "kestrel-seminar", ordinal: 3, ordinalText: "Third", evidence: firstSentence(KESTREL_2022) },
    { id: "kestrel-seminar-2", seriesId: "kestrel-seminar", ordinal: 2, ordinalText: "Second", evidence: firstSentence(KESTREL_2021) },
  ],
  countries: [],
  regions: [],
};
const kestrel: Snapshot = assembleSnapshot([KESTREL_2022, KESTREL_2021], KESTREL_CATALOGUE, buildSearchIndex([KESTREL_2022, KESTREL_2021], KESTREL_CATALOGUE), []);

describe("editionScope", () => {
  it.each([
    // The passage naming the edition and the two after it under the same heading; not the next section.
    ["how long did the third Kestrel Seminar last", [["kestrel#p1", 1], ["kestrel#p2", 1], ["kestrel#p3", 1]]],
    ["where did the second Kestrel Seminar meet", [["kestrel2021#p1", 1]]],
    // No such edition, or no ordinal: no scope.
    ["where did the fourth Kestrel Seminar meet", []],
    ["where did the Kestrel Seminar meet", []],
  ])("%j → %j", (query, scope) => {
    expect([...editionScope(kestrel, query)]).toEqual(scope);
  });
});

describe("answerAsk · the sentence that holds an answer of the kind asked", () => {
  // The first result and the sentence its link opens the page at (the sentence quoted).
  const answer = (query: string): [string, string | undefined] => {
    const first = answerAsk(kestrel, query).results[0]!;
    return [first.key, first.citations[0]!.url];
  };
  const linked = (passageId: string, sentence: string): [string, string] => [passageId, withTextFragment(`https://example.org/${passageId.split("#")[0]}.html`, sentence)];
  it.each([
    // "how long" wants a length of time or a date range, with or without the verb "last".
    ["how long did the third Kestrel Seminar last", "kestrel#p2", "The seminar lasted five days, from 4 to 8 July 2022."],
    ["how long was the third Kestrel Seminar", "kestrel#p2", "The seminar lasted five days, from 4 to 8 July 2022."],
    ["for how long did the 3rd Kestrel Seminar run", "kestrel#p2", "The seminar lasted five days, from 4 to 8 July 2022."],
    // "how many … took part" wants a count, in the paragraph that calls the edition "the seminar".
    ["how many practitioners took part in the third Kestrel Seminar", "kestrel#p2", "Thirty practitioners from nine countries took part."],
    ["how many people took part in the third Kestrel Seminar", "kestrel#p2", "Thirty practitioners from nine countries took part."],
    // "where … meet" wants a place ("met" is "meet"); "who opened" a name.
    ["where did the third Kestrel Seminar meet", "kestrel#p3", "It met at the Harbour Hotel in Sendai."],
    ["where was the third Kestrel Seminar held", "kestrel#p3", "It met at the Harbour Hotel in Sendai."],
    ["who opened the third Kestrel Seminar", "kestrel#p3", "The Vice-Minister of Justice opened the seminar."],
    // "when was X set up" wants a year in the sentence that names X, not another body's.
    ["when was the Kestrel Institute set up", "kestrel#p4", "The Kestrel Institute was set up in 1975 under an agreement with the United Nations."],
    ["when was the Heron Centre set up", "kestrel#p5", "The Heron Centre was set up in 1990."],
    // Another edition's question goes to that edition's own sentence.
    ["how long did the second Kestrel Seminar last", "kestrel2021#p1", "The Second Kestrel Seminar on Prison Reform met in Osaka from 1 to 3 June 2021, with twenty practitioners."],
    ["where did the second Kestrel Seminar meet", "kestrel2021#p1", "The Second Kestrel Seminar on Prison Reform met in Osaka from 1 to 3 June 2021, with twenty practitioners."],
  ])("%j → %s quoting %j", (query, passageId, sentence) => {
    expect(answer(query)).toEqual(linked(passageId, sentence));
  });

  it("GIVEN a question with no asking word and no answer kind THEN the search order stands", () => {
    const query = "Third Kestrel Seminar on Prison Reform";
    expect(rankByAskingWords(kestrel, kestrel.index.searchPassages(query, { limit: 10 }), questionWords(kestrel, query), 0.2)).toBeUndefined();
  });
});

// A summary naming three editions of the series in one passage: a third of it is about each.
describe("editionScope · a passage naming several editions", () => {
  const SUMMARY = kestrelDocument("summary", "Prison Reform Summary", [["Seminars", "Experts came to the Second Kestrel Seminar and the Third Kestrel Seminar alike."]]);
  const mention = { passageId: "summary#p1", sentence: SUMMARY.passages[0]!.text, start: 0, end: SUMMARY.passages[0]!.text.length };
  const catalogue: Catalogue = { ...KESTREL_CATALOGUE, editions: KESTREL_CATALOGUE.editions.map((edition) => ({ ...edition, mentions: [edition.evidence, mention] })) };
  const documents = [KESTREL_2022, KESTREL_2021, SUMMARY];
  const k = assembleSnapshot(documents, catalogue, buildSearchIndex(documents, catalogue), []);
  it("GIVEN a question about the third edition THEN the passages naming only the second are another edition's", () => {
    const query = "where did the third Kestrel Seminar meet";
    expect([...otherEditionPassages(k, query, editionScope(k, query))]).toEqual(["kestrel2021#p1"]);
    expect([...questionWords(k, query).elsewhere]).toEqual(["kestrel2021#p1"]);
  });

  it("GIVEN a passage naming the second and third editions THEN half of it is the third's", () => {
    expect(editionScope(k, "who came to the third Kestrel Seminar").get("summary#p1")).toBe(0.5);
    expect(editionScope(k, "who came to the third Kestrel Seminar").get("kestrel#p2")).toBe(1);
  });
});

describe("rankByAskingWords · only the passages that can be shown read in full", () => {
  it.each([
    "how long did the third Kestrel Seminar last",
    "where did the second Kestrel Seminar meet",
    "when was the Kestrel Institute set up",
    "how many practitioners took part in the third Kestrel Seminar",
  ])("%j: the first two are the same whether 2 or all are ranked exactly", (query) => {
    const hits = kestrel.index.searchPassages(query, { limit: 20 });
    const words = questionWords(kestrel, query);
    const all = rankByAskingWords(kestrel, hits, words, 0.2)!.slice(0, 2);
    expect(rankByAskingWords(kestrel, hits, words, 0.2, 2)!.slice(0, 2)).toEqual(all);
  });
});
