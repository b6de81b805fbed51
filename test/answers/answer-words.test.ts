// A question's subject words and asking words, and /ask's order: the passage whose own text holds what
// is asked comes before the one that only names the subject.
import { describe, expect, it } from "vitest";
import { answerAsk } from "../../src/answers/ask.js";
import { heldWeight, inflectionStem, questionWords, rankByAskingWords } from "../../src/answers/answer-words.js";
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
    ["who chaired the sessions of the eighth GG seminar", ["eighth", "gg", "seminar"], ["chaired", "sessions"]],
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
