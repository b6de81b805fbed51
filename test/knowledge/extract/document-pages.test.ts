// Whole pages as operators load them (Markdown with headings, questions and answers, lists): which
// edition each part of a page speaks of. Each case is a page in its own words; the catalogue's editions
// are asserted with the facts that tell one edition's scope from another's.
import { describe, expect, it } from "vitest";
import { extractCatalogue } from "../../../src/knowledge/extract/index.js";
import { parseMarkdownDocument } from "../../../src/knowledge/parse-markdown.js";
import type { Catalogue, KnowledgeDocument } from "../../../src/knowledge/types.js";

function page(body: string, title = "A page"): KnowledgeDocument {
  const parsed = parseMarkdownDocument(`---\ntitle: "${title}"\nurl: https://example.org/page\n---\n\n${body}\n`, { slug: "page", file: "page.md" });
  return parsed.document!;
}

/** Each edition as "id: place / period text / theme", its facts that tell scopes apart. */
function editions(catalogue: Catalogue): string[] {
  return catalogue.editions.map((e) => `${e.id}: ${e.format?.value.place ?? "-"} / ${e.period?.value.text ?? "-"} / ${e.theme?.value ?? "-"}`);
}

const GG = "The Regional Seminar on Good Governance for Southeast Asian Countries is a seminar that UNAFEI has held once a year since 2007.";

describe("questions and answers", () => {
  it("gives an answer to the edition its question names, an ordinal alone included", () => {
    const catalogue = extractCatalogue([page([
      `**Q. What is the seminar?**\n\nA. ${GG}`,
      "**Q. What happened at the third seminar?**\n\nA. It met in Manila from 9 to 11 December 2009.",
      "**Q. And the fourth?**\n\nA. UNAFEI and the Department of Justice co-hosted it, again in Manila, from 7 to 9 December 2010.",
    ].join("\n\n"))]);
    expect(editions(catalogue)).toEqual([
      "regional-seminar-on-good-governance-for-southeast-asian-countries-3: Manila / from 9 to 11 December 2009 / -",
      "regional-seminar-on-good-governance-for-southeast-asian-countries-4: Manila / from 7 to 9 December 2010 / -",
    ]);
    expect(catalogue.series.map((s) => s.organiser?.value)).toEqual(["UNAFEI"]);
  });

  it("reads a heading that numbers an edition by the series' noun alone, once the series is named", () => {
    const catalogue = extractCatalogue([page([
      `## What is the GG Seminar?\n\n${GG}`,
      "## What did the sixth seminar discuss?\n\nIts theme was \"International Cooperation\". Twenty practitioners came from eight countries.",
    ].join("\n\n"))]);
    expect(editions(catalogue)).toEqual(["regional-seminar-on-good-governance-for-southeast-asian-countries-6: - / - / International Cooperation"]);
  });

  it("reads an ordinal alone as the subject of a verb of being held", () => {
    const catalogue = extractCatalogue([page(`${GG} The 4th seminar was held in Manila. The 5th came to Tokyo, the first seminar held in Japan.`)]);
    expect(editions(catalogue).map((line) => line.replace(/^.*-(\d+):/u, "#$1:"))).toEqual(["#4: Manila / - / -", "#5: Tokyo / - / -"]);
  });
});

describe("what a page's title and lists say", () => {
  it("takes no edition from a title's bracketed note on its sources", () => {
    const catalogue = extractCatalogue([page(`${GG}\n\nThe thirteenth seminar met in Akishima in December 2019.\n\nThe fourteenth seminar was held online in March 2021.`, "GG Seminar timeline (compiled from the pages on the 13th, 14th and 15th seminars)")]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.format?.value.mode])).toEqual([[13, "in person"], [14, "online"]]);
  });

  it("reads each item of a list for itself, and no item as the page's title", () => {
    const catalogue = extractCatalogue([page("## Highlights of this issue\n\n- Results of the 1st Global Youth Forum for a Culture of Lawfulness (Col-YF)\n- More residence procedures can now be done online")]);
    expect(catalogue.editions.map((e) => [e.id, e.format])).toEqual([["global-youth-forum-for-a-culture-of-lawfulness-1", undefined]]);
    // The letters after the edition's name name its series.
    expect(catalogue.series.map((s) => s.aliases)).toEqual([["Col-YF"]]);
  });

  it("keeps a page's edition apart from another forum of the same ordinal, and from a list of other meetings", () => {
    const catalogue = extractCatalogue([page([
      "# THE 3RD GLOBAL YOUTH FORUM FOR A CULTURE OF LAWFULNESS",
      "The Ministry of Justice will hold the 3rd Global Youth Forum for a Culture of Lawfulness in Kyoto in February next year.",
      "## The year so far",
      "The Office has so far this fiscal year organised, in Tokyo:",
      "- the Third Criminal Justice Forum for Asia and the Pacific (Crim-AP);\n- the First ASEAN–G7 Next Leaders Forum.",
      "Outside Japan, a follow-up seminar to the Symposium took place in Indonesia.",
    ].join("\n\n"), "Press release")]);
    expect(editions(catalogue)).toEqual([
      // "next year" is told from the writer's now: no period.
      "global-youth-forum-for-a-culture-of-lawfulness-3: Kyoto / - / -",
      "crim-ap-3: - / - / -",
      "asean-g7-next-leaders-forum-1: - / - / -",
    ]);
  });
});

describe("who took part, in the paragraph after the edition's", () => {
  it("gives 'Judges … came two each from …, eighteen participants in all' to the edition in scope", () => {
    const catalogue = extractCatalogue([page(`${GG}\n\nThe eleventh seminar took place in Hanoi from 17 to 19 October 2017.\n\nJudges and prosecutors came two each from the nine ASEAN countries other than Brunei, which could not attend: Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Singapore, Thailand and Viet Nam, eighteen participants in all.`)]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.participants?.value.count, e.countries?.value.length])).toEqual([[11, 18, 9]]);
  });

  it("gives 'Brunei was unable to attend, and the other nine ASEAN member states each sent two …' to the edition of its paragraph", () => {
    const catalogue = extractCatalogue([page(`${GG}\n\nThe eleventh seminar was held in Hanoi from 17 to 19 October 2017. Brunei was unable to attend, and the other nine ASEAN member states each sent two judges, prosecutors or investigators, for a total of eighteen.`)]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.participants?.value.count, e.countries?.value.length, e.countries?.basis])).toEqual([[11, 18, 9, "inferred"]]);
  });

  it("gives a later paragraph that names no people taking part nothing", () => {
    const catalogue = extractCatalogue([page(`${GG}\n\nThe eleventh seminar took place in Hanoi from 17 to 19 October 2017.\n\nJudges in Cambodia, Indonesia and Laos often face two kinds of pressure.`)]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.participants, e.countries])).toEqual([[11, undefined, undefined]]);
  });
});

describe("a meeting series numbered by 'meeting' alone", () => {
  it("reads 'met for the twenty-fifth time' as an edition, and 'the twentieth meeting' later as one of the same series", () => {
    const catalogue = extractCatalogue([page([
      "In December 2024 the Legal Technical Assistance Liaison Meeting met for the twenty-fifth time. It began in 1994, when Viet Nam asked for help.",
      "## Earlier meetings",
      "The twentieth meeting, on Friday 1 February 2019, linked Akishima with Osaka.",
    ].join("\n\n"))]);
    expect(catalogue.editions.map((e) => [e.id, e.period?.value.text])).toEqual([
      ["legal-technical-assistance-liaison-meeting-25", "In December 2024"],
      ["legal-technical-assistance-liaison-meeting-20", "on 1 February 2019"],
    ]);
  });

  it("counts back from the edition a page opens on, in a later section", () => {
    const catalogue = extractCatalogue([page([
      "In December 2024 the Legal Technical Assistance Liaison Meeting met for the twenty-fifth time.",
      "## Looking back",
      "For several years the meeting was split between two cities. The fifteenth, on Friday 24 January 2014, connected Tokyo with Osaka.",
    ].join("\n\n"))]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.period?.value.text])).toEqual([[25, "In December 2024"], [15, "on 24 January 2014"]]);
  });

  it("keeps an ordinal alone lower than the page's own edition a rank, as on a page about the third forum", () => {
    const catalogue = extractCatalogue([page("The forum met in Bangkok in June 2024.\n\nThe third session followed the second, which had met in Tokyo on 13 and 14 February 2023.", "Summary record: the third Criminal Justice Forum for Asia and the Pacific")]);
    expect(catalogue.editions.map((e) => e.ordinal)).toEqual([3]);
  });

  it("reads 'Then the fifth came to Tokyo' before 'this sixth seminar' in the same sentence", () => {
    const catalogue = extractCatalogue([page("The Regional Seminar on Good Governance for Southeast Asian Countries, which many simply call the GG Seminar, is held every year.\n\nThen the fifth came to Tokyo, and Tokyo, with this sixth seminar, has now had us twice.")]);
    expect(catalogue.editions.map((e) => e.ordinal)).toEqual([5, 6]);
  });

  it("reads 'The third met from …, and the fourth from …' as two editions, each with its dates", () => {
    const catalogue = extractCatalogue([page("UNAFEI has organised the Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar) every year since 2007.\n\nThe third met from 9 to 11 December 2009, with the Department of Justice as co-host, and the fourth from 7 to 9 December 2010.")]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.period?.value.text])).toEqual([[3, "from 9 to 11 December 2009"], [4, "from 7 to 9 December 2010"]]);
  });

  it("counts on from an ordinal alone only upwards, and not into a rank", () => {
    const catalogue = extractCatalogue([page("UNAFEI has organised the Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar) every year since 2007.\n\nThe fifth met from 7 to 9 December 2011, and the second in Bangkok was long before.")]);
    expect(catalogue.editions.map((e) => e.ordinal)).toEqual([5]);
  });

  it("gives 'the second meeting' no series when the page names none that meets", () => {
    const catalogue = extractCatalogue([page("The Regional Seminar on Good Governance is held every year.\n\nThe second meeting of the advisory panel took place on 3 May 2019.")]);
    expect(catalogue.editions).toEqual([]);
  });
});

describe("a page about one programme, its sessions in tables", () => {
  const EXCHANGE = "Exchange Programme between the Prosecution Service of Japan and the Procuracy of Viet Nam";
  const table = (rows: string) => `| Course No. | Duration | Theme | No. of Participants |\n|---|---|---|---|\n${rows}`;

  it("numbers each strand's sessions apart, under the programme the title names", () => {
    const catalogue = extractCatalogue([page([
      "Officials of each service visit the other in turn.",
      `## 1. Japan session\n\n${table("| 23rd | 12–19 Jan. 2024 | Cybercrime | 2 |\n| 22nd | 15–17 Feb. 2023 | Judicial reform | 2 |")}`,
      `## 2. Viet Nam session\n\n${table("| 15th | 12–15 Mar. 2024 | Undue interference | 3 |")}`,
    ].join("\n\n"), `UNAFEI: ${EXCHANGE}`)]);
    expect(catalogue.series.map((s) => s.name)).toEqual([`${EXCHANGE} (Japan session)`, `${EXCHANGE} (Viet Nam session)`]);
    expect(catalogue.editions.map((e) => [e.seriesId.endsWith("viet-nam-session") ? "VN" : "JP", e.ordinal, e.period?.value.text, e.theme?.value, e.participants?.value.count])).toEqual([
      ["JP", 23, "12–19 Jan. 2024", "Cybercrime", 2],
      ["JP", 22, "15–17 Feb. 2023", "Judicial reform", 2],
      ["VN", 15, "12–15 Mar. 2024", "Undue interference", 3],
    ]);
  });

  it("gives a table under a heading that names no strand to the programme itself", () => {
    const catalogue = extractCatalogue([page(`## Sessions so far\n\n${table("| 4th | 2–6 Sep. 2019 | Mutual legal assistance | 5 |")}`, EXCHANGE)]);
    expect(catalogue.series.map((s) => s.name)).toEqual([EXCHANGE]);
    expect(catalogue.editions.map((e) => e.ordinal)).toEqual([4]);
  });

  it("reads a row that names the programme in one cell and its ordinal in the next as that edition", () => {
    const rows = [
      "| Programme | Session | Dates | Participants |",
      "|---|---|---|---|",
      "| Japan–Bangladesh Joint Research | First | 12–18 October 2016 | 7 |",
      "| Training in Japan for the Dissemination of the Cambodian Civil Code | Ninth | 10–21 October 2016 | 16 |",
      // A cell that says what happened, not what the programme is called, names no edition.
      "| Officials came to Japan. Then they went home | Second | 1–5 May 2017 | 4 |",
      "| Fifth | Sixth | 1–5 May 2018 | 4 |",
    ].join("\n");
    const catalogue = extractCatalogue([page(rows, "Training in Japan: a round-up")]);
    expect(catalogue.editions.map((e) => [e.id, e.period?.value.text, e.participants?.value.count])).toEqual([
      ["japan-bangladesh-joint-research-1", "12–18 October 2016", 7],
      ["training-in-japan-for-the-dissemination-of-the-cambodian-civil-code-9", "10–21 October 2016", 16],
    ]);
  });

  it("numbers a table's ordinals in the series another page defines and this page's title names in lower case", () => {
    const defining = parseMarkdownDocument(`---\ntitle: "About"\nurl: https://example.org/about\n---\n\nUNAFEI's Good Governance Seminar (GG Seminar) meets every year.\n`, { slug: "about", file: "about.md" }).document!;
    const rows = [
      "| Seminar | When | Where | Who came |",
      "|---|---|---|---|",
      "| 1st | 2007 | Bangkok, Thailand | — |",
      "| 3rd | 9–11 Dec. 2009 | Manila, the Philippines | 23 practitioners, seven countries |",
    ].join("\n");
    const timeline = page(rows, "The good governance seminar's early years — a timeline");
    const catalogue = extractCatalogue([defining, timeline]);
    expect(catalogue.series.map((s) => s.name)).toEqual(["Good Governance Seminar"]);
    expect(catalogue.editions.map((e) => [e.id, e.period?.value.text, e.period?.value.year, e.format?.value.place, e.participants?.value])).toEqual([
      ["gg-seminar-1", "2007", 2007, "Bangkok, Thailand", undefined],
      ["gg-seminar-3", "9–11 Dec. 2009", 2009, "Manila, the Philippines", { count: 23, description: "practitioners", countryCount: 7 }],
    ]);
    // Alone, the page's lower-case words name no series it or another page defines.
    expect(extractCatalogue([timeline]).editions).toEqual([]);
  });

  it("reads the quoted title right after an item's label as its theme on a page of themes, and nowhere else", () => {
    const items = [
      "UNAFEI holds the Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar) every year.",
      "- **GG16 (2022).** \"New Forms of Corruption-Related Crime.\" Seventeen prosecutors took part.",
      "- **GG15 (2021).** Held online. \"A report on the seminar.\"",
    ].join("\n\n");
    const themes = (title: string) => extractCatalogue([page(items, title)]).editions.map((e) => [e.ordinal, e.theme?.value]);
    // On GG15 the quote is not the one right after the label.
    expect(themes("GG Seminar: list of past themes")).toEqual([[16, "New Forms of Corruption-Related Crime"], [15, undefined]]);
    expect(themes("GG Seminar: the editions so far")).toEqual([[16, undefined], [15, undefined]]);
  });

  it("reads a date in full under 'Year' as the period, and a year alone as the year", () => {
    const rows = ["| Seminar | Year | Venue |", "|---|---|---|", "| 3rd | 9–11 December 2009 | Manila |", "| 4th | 2010 | Manila |"].join("\n");
    const catalogue = extractCatalogue([page(`${GG}\n\n${rows}`)]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.period?.value, e.year])).toEqual([
      [3, { text: "9–11 December 2009", year: 2009, startDay: 9, endDay: 11, startMonth: 12, endMonth: 12 }, 2009],
      [4, { text: "2010", year: 2010 }, 2010],
    ]);
  });

  it("reads 'from the eight target countries' in prose and in a table cell as the targets the page listed", () => {
    const intro = "JICA and UNAFEI run the Criminal Justice Training for French-Speaking Africa together. The three target countries are Chad, Mali and Niger.";
    const rows = ["| Session | When | Who took part |", "|---|---|---|", "| 1st | February 2014 | 25 officials from the three target countries |"].join("\n");
    const title = "Criminal Justice Training for French-Speaking Africa";
    const catalogue = extractCatalogue([page(`${intro}\n\n${rows}\n\nThe second session brought together officials from all three target countries.`, title)]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.countries?.value, e.countries?.basis])).toEqual([
      [1, ["TCD", "MLI", "NER"], "inferred"],
      [2, ["TCD", "MLI", "NER"], "inferred"],
    ]);
    // A number that is not the targets' refers to nothing.
    const other = extractCatalogue([page(`${intro}\n\nThe second session brought together officials from the eight target countries.`, title)]);
    expect(other.editions.map((e) => [e.ordinal, e.countries?.value])).toEqual([[2, undefined]]);
  });

  it("numbers nothing when the title names no programme", () => {
    const catalogue = extractCatalogue([page(`## 1. Japan session\n\n${table("| 23rd | 12–19 Jan. 2024 | Cybercrime | 2 |")}`, "Training Courses/Seminars")]);
    expect(catalogue.editions).toEqual([]);
  });
});

describe("what one sentence says of which edition", () => {
  it("gives a since-year to the series of the edition named in its clause, not to one named in another", () => {
    const text = "UNAFEI's anti-corruption course, held every year since 1998, had reached its eighteenth course in autumn 2015, and in Southeast Asia the ninth Regional Seminar on Good Governance met in Jakarta in November 2015.";
    expect(extractCatalogue([page(text)]).series.map((s) => [s.name, s.sinceYear?.value])).toEqual([["Regional Seminar on Good Governance", undefined]]);
    const same = "The ninth Regional Seminar on Good Governance, a seminar held every year since 2007, met in Jakarta in November 2015.";
    expect(extractCatalogue([page(same)]).series.map((s) => [s.name, s.sinceYear?.value])).toEqual([["Regional Seminar on Good Governance", 2007]]);
  });

  it("reads 'the inaugural session' as the first edition of the series in scope, and 'the first session' alone as none", () => {
    const defined = "The Criminal Justice Training for French-Speaking Africa is a training programme. It has been conducted by UNAFEI together with JICA since 2014.";
    const editionsOf = (then: string) => extractCatalogue([page(`${defined}\n\n## Sessions\n\n${then}`)]).editions.map((e) => [e.id, e.period?.value.text]);
    expect(editionsOf("The inaugural session was held in Japan in February 2014.")).toEqual([["criminal-justice-training-for-french-speaking-africa-1", "in February 2014"]]);
    expect(editionsOf("The first session of the new board was held in Japan in February 2014.")).toEqual([]);
    expect(extractCatalogue([page(defined)]).series.map((s) => s.organiser?.value)).toEqual(["UNAFEI"]);
  });

  it("reads 'the 2017 meeting' as the one edition the page has dated 2017, as the subject of its clause", () => {
    const dated = `${GG} The eleventh seminar met in Hanoi from 17 to 19 October 2017, and the thirteenth in Akishima from 17 to 19 December 2019.`;
    const themes = (then: string) => extractCatalogue([page(`${dated}\n\n${then}`)]).editions.map((e) => [e.ordinal, e.theme?.value, e.participants?.value.count]);
    expect(themes("Ten years on, the 2017 meeting looked back under the theme “Best Practices”, with eighteen participants; the 2019 meeting, on “Asset Recovery”, had twenty-three participants.")).toEqual([
      [11, "Best Practices", 18],
      [13, "Asset Recovery", 23],
    ]);
    // Not as the object of another verb, nor in a sentence that dates something else, nor a year no edition has.
    expect(themes("Eighteen practitioners took part in the 2017 meeting on “Best Practices”.")).toEqual([[11, undefined, undefined], [13, undefined, undefined]]);
    expect(themes("The 2017 meeting looked back on assistance begun in the mid-1990s, on “Best Practices”.")).toEqual([[11, undefined, undefined], [13, undefined, undefined]]);
    expect(themes("The 2018 meeting, on “Best Practices”, had eighteen participants.")).toEqual([[11, undefined, undefined], [13, undefined, undefined]]);
  });

  it("reads ordinals alone that name again the editions the sentence before named, each with its own stretch", () => {
    const text = `${GG} The 14th and 15th seminars met online in March and December 2021 respectively. The 14th, on 23 and 24 March, brought together fourteen practitioners from nine countries; the 15th, on “Effective International Cooperation”, had eighteen participants from ten countries.`;
    const catalogue = extractCatalogue([page(text)]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.period?.value.text, e.theme?.value, e.participants?.value.count, e.participants?.value.countryCount])).toEqual([
      [14, "on 23 and 24 March", undefined, 14, 9],
      [15, "December 2021", "Effective International Cooperation", 18, 10],
    ]);
    // An ordinal alone that is not one of them names no edition again.
    const other = extractCatalogue([page(`${GG} The 14th and 15th seminars met online in 2021. The 14th, on 23 and 24 March, was short; the 16th, in 2022, met in Tokyo.`)]);
    expect(other.editions.map((e) => [e.ordinal, e.period?.value.text])).toEqual([[14, "2021"], [15, "2021"]]);
  });

  it("gives nothing to an edition named in a comparison, and stops an edition's stretch at another event's clause", () => {
    const compared = extractCatalogue([page(`${GG} The eighth seminar was co-hosted, as the seventh seminar had been, by the MACC, in Kuala Lumpur from 18 to 20 November 2014.`)]);
    expect(editions(compared).map((line) => line.replace(/^.*-(\d+):/u, "#$1:"))).toEqual(["#8: Kuala Lumpur / from 18 to 20 November 2014 / -", "#7: - / - / -"]);
    const other = extractCatalogue([page("So far this year we have held the First ASEAN–G7 Next Leaders Forum; a follow-up seminar was held in Indonesia.")]);
    expect(editions(other)).toEqual(["asean-g7-next-leaders-forum-1: - / - / -"]);
  });

  it("reads one edition named twice in apposition as one, with what follows both names", () => {
    const catalogue = extractCatalogue([page(`UNAFEI has held the Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar) since 2007. The thirteenth seminar, GG13, met in Akishima. Its main theme was "Asset Recovery".`)]);
    expect(editions(catalogue)).toEqual(["gg-seminar-13: Akishima / - / Asset Recovery"]);
  });

  it("reads list items labelled by their ordinals alone, years in brackets in turn", () => {
    const catalogue = extractCatalogue([page(`${GG}\n\n- **First and second (2007 and 2008):** both held in Bangkok, Thailand.\n- **Third (9 to 11 December 2009, Manila):** co-hosted with the Department of Justice. Theme: “Asset Recovery”. 23 participants from seven countries.`)]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.year, e.format?.value.place, e.theme?.value, e.participants?.value.count])).toEqual([
      [1, 2007, "Bangkok, Thailand", undefined, undefined],
      [2, 2008, "Bangkok, Thailand", undefined, undefined],
      [3, 2009, "Manila", "Asset Recovery", 23],
    ]);
  });

  it("names no edition for a sentence that only says which are not shown, and reads a note as no part of the page's edition", () => {
    const catalogue = extractCatalogue([page(`# The 16th GG Seminar\n\n${GG} The 16th seminar met in Tokyo. The 14th and 15th seminars are not shown.\n\n[^1]: UNAFEI is run by the Ministry of Justice.`)]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.organiser?.value])).toEqual([[16, undefined]]);
  });

  it("reads a news item that names its event only at the end as that edition's page", () => {
    const catalogue = extractCatalogue([page("**JAKARTA, 27 November 2015** — Nineteen investigators from the ten ASEAN countries spent three days at the JW Marriott Hotel in Jakarta this week, from 24 to 26 November 2015.\n\nIts main theme was 'Current Challenges in Corruption Cases'.\n\nUNAFEI has held a seminar of this kind once a year since 2007. This week's meeting in Jakarta was the ninth Regional Seminar on Good Governance for Southeast Asian Countries.")]);
    expect(editions(catalogue)).toEqual(["regional-seminar-on-good-governance-for-southeast-asian-countries-9: JW Marriott Hotel / from 24 to 26 November 2015 / Current Challenges in Corruption Cases"]);
    // "a seminar of this kind" names no series of its own.
    expect(catalogue.series.map((s) => s.name)).toEqual(["Regional Seminar on Good Governance for Southeast Asian Countries"]);
  });

  it("reads the countries of an edition named by reference to the one before, as inferred", () => {
    const catalogue = extractCatalogue([page(`${GG}\n\nThe fifth seminar met in Tokyo. Two practitioners each came from eight countries: Cambodia, Indonesia, Laos, Malaysia, Myanmar, the Philippines, Thailand and Viet Nam.\n\nThe sixth seminar met in Tokyo again. Twenty practitioners from the same eight countries took part.`)]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.countries?.value.length, e.countries?.basis])).toEqual([[5, 8, "stated"], [6, 8, "inferred"]]);
  });

  it("gives what follows 'the former', 'the latter' or a listed ordinal named again to that edition alone", () => {
    const pair = extractCatalogue([page("Japan has held the UNCAC Training Programme once a year since 1998. The 25th and 26th programmes, held in 2023 and 2024 respectively, took up two themes: the former ran from 2 to 28 November 2023 with 30 participants, while the latter, held in person in Akishima, gathered 29 participants and closed on 19 November 2024.")]);
    expect(pair.editions.map((e) => [e.ordinal, e.period?.value.text, e.participants?.value.count, e.format?.value.place])).toEqual([
      [25, "from 2 to 28 November 2023", 30, undefined],
      [26, "on 19 November 2024", 29, "Akishima"],
    ]);
    const again = extractCatalogue([page(`${GG} The sixteenth and seventeenth seminars, held in December 2022 and December 2023 respectively, drew practitioners from across the region: the sixteenth, which met in Tokyo, had 17 participants, and the seventeenth, from 13 to 15 December 2023, had 19.`)]);
    expect(again.editions.map((e) => [e.ordinal, e.participants?.value.count, e.format?.value.place])).toEqual([[16, 17, "Tokyo"], [17, undefined, undefined]]);
  });

  it("reads an ordinal alone after 'joined' as the next edition, and keeps its facts off the one before", () => {
    const catalogue = extractCatalogue([page(`${GG} Practitioners from Viet Nam went to Tokyo for the 13th seminar in December 2019 and joined the 15th, held online in December 2021.`)]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.format?.value.mode])).toEqual([[13, undefined], [15, "online"]]);
  });

  it("reads 'At the eleventh, held at …' as the next edition", () => {
    const catalogue = extractCatalogue([page(`${GG} At the eighth seminar, in Kuala Lumpur, delegates came from all ten ASEAN member states. At the eleventh, held at the Melia Hanoi Hotel from 17 to 19 October 2017, two officials came from each of nine countries.`)]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.format?.value.place, e.period?.value.text])).toEqual([[8, "Kuala Lumpur", undefined], [11, "Melia Hanoi Hotel", "from 17 to 19 October 2017"]]);
  });

  it("reads 'again for the sixth, also in Tokyo' as the next edition", () => {
    const catalogue = extractCatalogue([page(`${GG} Its prosecutors came back for the fifth seminar, in Tokyo in December 2011, and again for the sixth, also in Tokyo, when 20 practitioners took part.`)]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.participants?.value.count])).toEqual([[5, undefined], [6, 20]]);
  });

  it("gives the subject before the first edition to it alone when a later clause has its own", () => {
    const catalogue = extractCatalogue([page("In February 2014, UNAFEI and JICA held the first Criminal Justice Training for French-Speaking Africa, and the Research and Training Institute, which holds the Legal Technical Assistance Liaison Meeting every year, held its 15th meeting on 24 January 2014 in Tokyo, under the theme “New Challenges”.")]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.organiser?.value, e.theme?.value, e.period?.value.text])).toEqual([
      [1, "UNAFEI and JICA", undefined, "In February 2014"],
      [15, undefined, "New Challenges", "on 24 January 2014"],
    ]);
    // A list shares its subject.
    const list = extractCatalogue([page("UNAFEI held the first and second Regional Seminars on Good Governance in Bangkok.")]);
    expect(list.editions.map((e) => [e.ordinal, e.organiser?.value])).toEqual([[1, "UNAFEI"], [2, "UNAFEI"]]);
  });

  it("reads a reference list: editions under the heading that names their series, counts as 'N from M'", () => {
    const catalogue = extractCatalogue([page("## Reference\n\nThe main results are listed below.\n\n### UNCAC Training Programme (once a year since 1998)\n\n- 25th (2023): 30 participants from 25 countries\n- 26th (2024): 29 from 21\n\n### International Training Course (twice a year)\n\n- 151st (2012): 24 participants from 14 countries")]);
    expect(catalogue.editions.map((e) => [e.id, e.year, e.participants?.value.count, e.participants?.value.countryCount])).toEqual([
      ["uncac-training-programme-25", 2023, 30, 25],
      ["uncac-training-programme-26", 2024, 29, 21],
      ["international-training-course-151", 2012, 24, 14],
    ]);
  });

  it("takes a series' organiser from the part of the sentence that defines it, before its edition", () => {
    const catalogue = extractCatalogue([page("Training continues through UNAFEI. The Legal Technical Assistance Liaison Meeting, organized every year by the Research and Training Institute of the Ministry of Justice and JICA, held its 20th meeting on 1 February 2019 in Akishima.")]);
    expect(catalogue.series.map((s) => [s.name, s.organiser?.value])).toEqual([["Legal Technical Assistance Liaison Meeting", "Research and Training Institute of the Ministry of Justice and JICA"]]);
  });

  it("gives a since-year of a series the sentence defines to that series, not to an edition of another named beside it", () => {
    const catalogue = extractCatalogue([page("Through UNAFEI, it has held every year since 1998 an international training course on the criminal justice response to corruption, while the 151st International Training Course of fiscal year 2012 examined the evidence-based treatment of offenders.")]);
    expect(catalogue.series.map((s) => [s.name, s.sinceYear?.value])).toEqual([
      ["International Training Course on the Criminal Justice Response to Corruption", 1998],
      ["International Training Course", undefined],
    ]);
  });

  it("reads a single day after a verb of beginning as the start only", () => {
    const catalogue = extractCatalogue([page("The 22nd UNCAC Training Programme opened on Wednesday 9 October 2019 in Akishima.")]);
    expect(catalogue.editions.map((e) => e.period?.value)).toEqual([{ text: "on 9 October 2019", year: 2019, startMonth: 10, startDay: 9 }]);
  });
});

describe("a page about one edition that speaks of others", () => {
  it("keeps what a sentence numbering another edition says off the page's edition", () => {
    const catalogue = extractCatalogue([page([
      "# The third Criminal Justice Forum for Asia and the Pacific",
      "The forum met in Tokyo on 24 and 25 June 2024.",
      // Days of the month and a time are no other edition.
      "It ran from Monday the 24th to the 25th of that month, for the first time with 18 States.",
      "The third session followed the second, which had met in Akishima on 13 and 14 February 2023.",
      "A fourth session was convened from 24 to 26 June 2025 in Osaka.",
    ].join("\n\n"), "Summary record")]);
    expect(editions(catalogue)).toEqual(["criminal-justice-forum-for-asia-and-the-pacific-3: Tokyo / on 24 and 25 June 2024 / -"]);
  });

  it("takes a bare noun with the page's ordinal for the page's edition", () => {
    const catalogue = extractCatalogue([page([
      "# We held the 2nd ASEAN–G7 Next Leaders Forum",
      "The ministry held the forum in Tokyo from 26 September to 1 October 2025.",
      "In all, 41 young officials took part in this second meeting.",
    ].join("\n\n"), "Photo news")]);
    expect(catalogue.editions.map((e) => [e.id, e.participants?.value.count])).toEqual([["asean-g7-next-leaders-forum-2", 41]]);
  });

  it("reads the items under a heading that names no edition as about the edition the first of them names", () => {
    const catalogue = extractCatalogue([page([
      "# GG13 at a glance\n\nUNAFEI has held the Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar) once a year since 2007.",
      "## Venue\n\n- The thirteenth seminar met at the International Legal Affairs Complex, Akishima\n- A first: no earlier GG seminar had met at the Fuchu site",
      "## For comparison: the previous seminar\n\n- GG12 met in Da Nang, Viet Nam, on 27–29 November 2018\n- Co-host: Supreme People's Procuracy of Viet Nam (SPP)\n- 19 participants from the ten ASEAN countries",
    ].join("\n\n"), "Slide outline")]);
    expect(catalogue.editions.map((e) => [e.ordinal, e.format?.value.place, e.participants?.value.count, e.organiser?.value])).toEqual([
      [13, "International Legal Affairs Complex, Akishima", undefined, undefined],
      [12, "Da Nang, Viet Nam", 19, "Supreme People's Procuracy of Viet Nam (SPP)"],
    ]);
  });
});

describe("what a page says of something other than its edition", () => {
  it("dates a talk at the edition, not the edition, by the dateline of a page about that talk", () => {
    const catalogue = extractCatalogue([page([
      "**Thursday 31 October 2024 — International Legal Affairs Complex, Akishima**",
      "Four lawyers gave a joint lecture at the 26th UNCAC Training Programme, which continues until 19 November 2024.",
    ].join("\n\n"), "ABCJ: relay lecture at the 26th UNCAC Training Programme")]);
    expect(editions(catalogue)).toEqual(["uncac-training-programme-26: - / until 19 November 2024 / -"]);
  });

  it("keeps a body's own history off the course a page is about", () => {
    const catalogue = extractCatalogue([page([
      "The 22nd UNCAC Training Programme opened on 9 October 2019 at the Complex.",
      "UNAFEI was set up in Showa 37 (1962) under an agreement with the United Nations and is run by the Ministry of Justice.",
    ].join("\n\n"), "The 22nd UNCAC Training Programme")]);
    expect(catalogue.editions.map((e) => [e.period?.value.text, e.organiser?.value])).toEqual([["on 9 October 2019", undefined]]);
  });
});

describe("an earlier edition named for what had been done at it", () => {
  it("keeps the sentences after it about the page's edition", () => {
    const catalogue = extractCatalogue([page([
      "The 12th GG Seminar met in Da Nang. The procuracy was repeating the role it had played at the eleventh seminar.",
      "The event's main theme was \"Recent Regional Trends in Corruption\".",
    ].join("\n\n"), "The 12th GG Seminar")]);
    expect(editions(catalogue)).toEqual(["gg-seminar-12: Da Nang / - / Recent Regional Trends in Corruption", "gg-seminar-11: - / - / -"]);
  });
});

describe("the edition before the page's", () => {
  it("says nothing of the page's edition when a sentence speaks of last year's", () => {
    const catalogue = extractCatalogue([page([
      "The 11th Training Course for Kenya was carried out in Tokyo.",
      "For last year's training in Japan we invited officers of the implementation team, from 10 to 20 September 2010.",
    ].join("\n\n"), "After the 11th Training Course for Kenya")]);
    expect(editions(catalogue)).toEqual(["training-course-for-kenya-11: Tokyo / - / -"]);
  });
});

describe("editions a sentence names without saying anything of them", () => {
  it("names none when it says the edition is not there", () => {
    const catalogue = extractCatalogue([page("- GG13 met in Tokyo in December 2019.\n- There is no GG14 on these cards.", "Revision cards: the GG Seminar (GG)")]);
    expect(editions(catalogue)).toEqual(["gg-13: Tokyo / in December 2019 / -"]);
  });

  it("gives the one edition it names nothing of a former and a latter it compares", () => {
    const catalogue = extractCatalogue([page([
      "- GG15, December 2021, online.",
      "- Compare with GG13: Timor-Leste took part in both, the former meeting in person in Tokyo and the latter online.",
    ].join("\n"), "Revision cards: the GG Seminar (GG)")]);
    expect(catalogue.editions.map((e) => `${e.id}: ${e.format?.value.mode ?? "-"}`)).toEqual(["gg-15: online", "gg-13: -"]);
  });

  it("keeps who organised others, before a semicolon, off the edition named after it", () => {
    const catalogue = extractCatalogue([page("- Hosts: the first two were co-hosted by the SPP together with UNAFEI; GG13 was held at the complex.", "Revision cards: the GG Seminar (GG)")]);
    expect(catalogue.editions.map((e) => `${e.id}: ${e.organiser?.value ?? "-"}`)).toEqual(["gg-13: -"]);
  });
});

describe("an activity for the participants of an edition", () => {
  it("dates the activity, not the edition, by the dateline under its heading", () => {
    const catalogue = extractCatalogue([page([
      "## Cultural exchange with participants of the 25th UNCAC Training Programme",
      "**Wednesday 15 November, Reiwa 5 (2023)**",
      "The 25th UNCAC Training Programme ran from 2 to 28 November 2023.",
    ].join("\n\n"), "Activity report")]);
    expect(catalogue.editions.map((e) => [e.id, e.period?.value.text, e.period?.conflicts?.length ?? 0])).toEqual([["uncac-training-programme-25", "from 2 to 28 November 2023", 0]]);
  });
});

describe("a heading that gives the series' name, then the edition by its noun alone", () => {
  it("numbers the page's edition, and a two-column table under it numbers the earlier ones", () => {
    const catalogue = extractCatalogue([page([
      "## Regional Seminar on Good Governance for Southeast Asian Countries: the Sixth Seminar",
      "It was held in Tokyo on 12–14 December 2012.",
      "### Where the seminar has met",
      "| Seminar | City |\n|---|---|\n| First | Bangkok, Thailand |\n| Second | Manila, the Philippines |",
    ].join("\n\n"))]);
    expect(editions(catalogue)).toEqual([
      "regional-seminar-on-good-governance-for-southeast-asian-countries-6: Tokyo / on 12–14 December 2012 / -",
      "regional-seminar-on-good-governance-for-southeast-asian-countries-1: Bangkok, Thailand / - / -",
      "regional-seminar-on-good-governance-for-southeast-asian-countries-2: Manila, the Philippines / - / -",
    ]);
  });

  it.each([
    // The noun after the mark is another series' kind; a mark with no name before it.
    ["## Regional Seminar on Good Governance for Southeast Asian Countries: the Sixth Course"],
    ["## Good governance: the Sixth Seminar"],
  ])("numbers no edition under %j", (heading) => {
    expect(extractCatalogue([page(`${heading}\n\nHeld in Tokyo on 12–14 December 2012.`)]).editions).toEqual([]);
  });
});

describe("two editions in scope, told apart by their nouns", () => {
  const catalogue = (third: string) => extractCatalogue([page([
    `${GG} The UNCAC Training Programme is a course UNAFEI has held once a year since 1998.`,
    "The 22nd UNCAC Training Programme and the 13th Regional Seminar on Good Governance for Southeast Asian Countries opened on 9 October and 17 December 2019 respectively.",
    `The programme met in the International Conference Hall. ${third}`,
  ].join("\n\n"))]);

  it("gives a sentence to the edition its noun names, and the sentences after it in its paragraph", () => {
    const found = catalogue("The seminar ran until 19 December 2019. It was held in Tokyo.");
    expect(found.editions.map((e) => [e.id, e.format?.value.place ?? "-"])).toEqual([
      ["uncac-training-programme-22", "International Conference Hall"],
      ["regional-seminar-on-good-governance-for-southeast-asian-countries-13", "Tokyo"],
    ]);
  });

  it("gives a noun that fits both, or neither, to none", () => {
    const found = catalogue("The event was held in Tokyo.");
    expect(found.editions.map((e) => [e.id, e.format?.value.place ?? "-"])).toEqual([
      ["uncac-training-programme-22", "International Conference Hall"],
      ["regional-seminar-on-good-governance-for-southeast-asian-countries-13", "-"],
    ]);
  });
});

describe("items that label one fact each, after the edition's paragraph", () => {
  it("states each labelled fact of the one edition in scope", () => {
    const catalogue = extractCatalogue([page([
      "UNAFEI announces that the Eighth Regional Seminar on Good Governance for Southeast Asian Countries has ended.",
      "1. Dates: 18 to 20 November 2014\n2. Venue: Kuala Lumpur, Malaysia\n3. Participants: seventeen practitioners from all ten member states of ASEAN",
    ].join("\n\n"))]);
    expect(catalogue.editions.map((e) => [e.id, e.period?.value.text, e.participants?.value.count, e.countries?.value.length])).toEqual([
      ["regional-seminar-on-good-governance-for-southeast-asian-countries-8", "18 to 20 November 2014", 17, 10],
    ]);
  });
});
