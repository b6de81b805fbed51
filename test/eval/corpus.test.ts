// The development corpus, pinned: every document's catalogue against its hand-written gold. No fact the
// gold does not state may be extracted (precision 100%), and the facts found are pinned by count, so a
// change that loses some shows here. Every fact of every catalogue carries a clause of its passage.
import { beforeAll, describe, expect, it } from "vitest";
import { evaluate, type EvalReport } from "../../src/eval/run.js";
import { findCountryNames } from "../../src/knowledge/countries.js";
import { editionFacts } from "../../src/answers/facts.js";
import { extractCatalogue, extractEachInCompany } from "../../src/knowledge/extract/index.js";
import { withEraYears } from "../../src/knowledge/extract/text.js";
import { CARDINAL_SOURCE, parseCardinal } from "../../src/knowledge/ordinals.js";
import { buildView } from "../../src/snapshot/view.js";
import { loadKnowledgeFiles } from "../../src/knowledge/load.js";
import type { Evidence, Fact, KnowledgeDocument } from "../../src/knowledge/types.js";

const CORPUS = { corpus: "test/corpus/docs", gold: "test/corpus/gold" };
let report: EvalReport;
let documents: KnowledgeDocument[];

beforeAll(async () => {
  report = await evaluate(CORPUS);
  documents = (await loadKnowledgeFiles(CORPUS.corpus)).documents;
});

describe("the development corpus against its gold catalogues", () => {
  it("has a gold catalogue for every document and no other problem", () => {
    expect(report.problems).toEqual([]);
    expect(report.documents).toHaveLength(documents.length);
  });

  // Every wrong fact is a defect. The ones below arrived with blind batches (b14 to b39) and are not
  // fixed yet; the list may only shrink: a new wrong fact fails, and so does one of these fixed
  // without being struck from it. Read alone, the same but for those only other documents' names bring.
  it("extracts no wrong fact but the known ones listed in KNOWN_WRONG", () => {
    const key = (issue: { document: string; edition: string; slot: string }): string => `${issue.document} | ${issue.edition} | ${issue.slot}`;
    expect([...new Set(report.wrong.map(key))].sort()).toEqual(KNOWN_WRONG);
    const inCompanyOnly = new Set(KNOWN_WRONG_IN_COMPANY_ONLY);
    expect([...new Set(report.alone.wrong.map(key))].sort()).toEqual([...KNOWN_WRONG.filter((one) => !inCompanyOnly.has(one)), ...KNOWN_WRONG_ALONE].sort());
  });

  it("finds the facts it found when this was last raised (a ratchet: raise it when recall improves)", () => {
    expect([report.overall.correct, report.overall.missed]).toEqual([CORRECT, MISSED]);
  });
});

describe("provenance", () => {
  it("gives every fact of every edition and series evidence: a non-empty clause of its passage, inside the quoted sentence", () => {
    const bad: string[] = [];
    for (const document of documents) {
      const passages = new Map(document.passages.map((passage) => [passage.id, passage]));
      const check = (what: string, evidence: Evidence): void => {
        const passage = passages.get(evidence.passageId);
        const clause = passage?.text.slice(evidence.start, evidence.end) ?? "";
        if (!passage || evidence.start < 0 || evidence.end <= evidence.start || !clause.trim() || !evidence.sentence.includes(clause)) bad.push(`${document.file}: ${what}`);
      };
      const catalogue = extractCatalogue([document]);
      for (const series of catalogue.series) {
        for (const [key, fact] of Object.entries({ organiser: series.organiser, sinceYear: series.sinceYear, frequency: series.frequency })) if (fact) check(`${series.id} ${key}`, fact.evidence);
      }
      for (const edition of catalogue.editions) {
        check(`${edition.id}`, edition.evidence);
        for (const key of ["theme", "period", "format", "participants", "countries", "organiser"] as const) {
          const fact = edition[key] as Fact<unknown> | undefined;
          if (!fact) continue;
          check(`${edition.id} ${key}`, fact.evidence);
          // The two inferences, both of countries: the country a programme's name is for ("… Assistance
          // for Viet Nam"), quoting the mention that names it; countries named by reference ("from the
          // same ten countries", "the other nine ASEAN countries", "from nine ASEAN member states, Brunei having
          // been unable to attend", "from the eight target countries" the page listed), quoting the clause
          // that refers to them.
          if (fact.basis === "inferred") {
            expect(key).toBe("countries");
            const passage = document.passages.find((one) => one.id === fact.evidence.passageId)!;
            const clause = passage.text.slice(fact.evidence.start, fact.evidence.end);
            if (!/\b(?:same|other|remaining|unable)\b|^from\s+(?:all\s+(?:the\s+)?|the\s+)\S+\s+(?:target\s+)?(?:countries|states|nations)$/iu.test(clause)) expect(findCountryNames(clause).map((name) => name.code)).toContain((fact.value as string[])[0]);
          } else expect(fact.basis).toBe("stated");
          for (const conflict of fact.conflicts ?? []) check(`${edition.id} ${key} conflict`, conflict.evidence);
          for (const part of fact.support ?? []) check(`${edition.id} ${key} support`, part);
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

// The numbers a clause writes, digits or words ("Twenty-three … from eleven countries"), and the
// products of two ("two each from the nine ASEAN members" are 18).
const CARDINAL = new RegExp(`(?<![\\p{L}\\p{N}])${CARDINAL_SOURCE}(?![\\p{L}\\p{N}])`, "giu");
function numbersWritten(text: string): Set<number> {
  // (Digits after letters too: "FY2017", "GG17".)
  const values = [...[...text.matchAll(CARDINAL)].flatMap((match) => parseCardinal(match[0]) ?? []), ...[...text.matchAll(/\d+/gu)].map((match) => Number(match[0]))];
  return new Set([...values, ...values.flatMap((a) => values.map((b) => a * b))]);
}

describe("provenance as shown", () => {
  // What `/course` shows of an edition, read alone and in the company of the whole corpus: every year of
  // a period and every number of a participant count is written in the clauses the fact quotes (a
  // fiscal year, the one before, may date January to March; an era year is the year it is).
  it("quotes, for every period and participant count it shows, a clause that writes its years and numbers", () => {
    const bad: string[] = [];
    const company = extractEachInCompany(documents);
    for (const [mode, catalogueOf] of [["alone", (document: KnowledgeDocument) => extractCatalogue([document])], ["in company", (document: KnowledgeDocument) => company.get(document.slug)!]] as const) {
      for (const document of documents) {
        const passages = new Map(document.passages.map((passage) => [passage.id, passage.text]));
        const view = buildView({ catalogue: catalogueOf(document), documents: [document] });
        for (const shown of view.editions) {
          for (const fact of editionFacts(view, shown)) {
            if (fact.label !== "Period" && fact.label !== "Participants") continue;
            for (const { value, evidence } of fact.values) {
              const quoted = withEraYears(evidence.map((item) => passages.get(item.passageId)?.slice(item.start, item.end) ?? "").join(" | "));
              const written = numbersWritten(quoted);
              const needed = fact.label === "Period" ? (value.match(/\b(?:19|20)\d\d\b/gu) ?? []).map(Number) : (value.match(/\d+/gu) ?? []).map(Number);
              const unwritten = needed.filter((n) => !written.has(n) && !(fact.label === "Period" && /\b(?:FY|fiscal)/iu.test(quoted) && written.has(n - 1)));
              if (unwritten.length) bad.push(`${mode} | ${document.file} | ${shown.edition.id} | ${fact.label}: ${value} | quotes “${quoted}”`);
            }
          }
        }
      }
    }
    expect(bad).toEqual([]);
  });
});

/** Wrong facts not fixed yet (see the test that uses it), sorted. */
const KNOWN_WRONG = [
  "b23-laos-civilcode-grant-report.txt | Laos Training in Japan (Civil Code) #2 | place",
  "b23-uncac-lecture-handout.md | UNCAC Training Programme #23 | countryCount",
  "b23-uncac-lecture-handout.md | UNCAC Training Programme #23 | participants",
  "b26-moj-gyf2.html | Global Youth Forum for a Culture of Lawfulness #2 | mode",
  "b26-moj-gyf3-photo.txt | Global Youth Forum for a Culture of Lawfulness #3 | theme",
  "b26-unafei-iss123.html | International Senior Seminar #123 | countries",
  "b26-unafei-iss123.html | International Senior Seminar #123 | participants",
  "b26-unafei-iss123.html | Seminar on the Judicial System for Tajikistan #2 | countries",
  "b28-wpcrime-2019-glossary.md | Course on Preventing Corruption and Strengthening the Criminal Justice Response to It in Developing Countries (series not in gold) | frequency",
  "b28-wpcrime-2019-glossary.md | Course on Preventing Corruption and Strengthening the Criminal Justice Response to It in Developing Countries (series not in gold) | sinceYear",
  "b31-uncac-wiki.md | UNCAC Training Programme #19 | organiser",
  "b31-uncac-wiki.md | UNCAC Training Programme #23 | organiser",
  "b33-kenya-training11-report.md | Training Course on the Juvenile Delinquent Treatment System for Kenya #11 | countries",
  "b34-gg-revision-cards.md | Southeast Asian seminar (series not in gold) | frequency",
  "b34-wp-ja-en-reading-notes.txt | Southeast Asian seminar (series not in gold) | sinceYear",
  "b34-wp2018-civil-society-factsheet.md | Da Nang meeting (series not in gold) | frequency",
  "b34-wp2018-civil-society-factsheet.md | Da Nang meeting (series not in gold) | sinceYear",
  "b34-wp2019-student-essay.md | Standing Forum for Southeast Asia (series not in gold) | frequency",
  "b34-wp2019-student-essay.md | Standing Forum for Southeast Asia (series not in gold) | sinceYear",
  "b35-acpf-cppap-visit-2018.md | International Training Course #112 | organiser",
  "b35-akarenga83-hogoshi-training.txt | International Training Course #182 | organiser",
  "b35-hogoshi-activity-report-2023.md | International Training Course #182 | organiser",
  "b35-itc182-participants.html | International Training Course #182 | period",
  "b35-unafei-programme-2002-2003.md | International Training Course Among Their Programme #125 (phantom) | edition",
  "b36-itc-chronology.html | International Training Course #160 | place",
  "b36-itc-chronology.html | International Training Course #182 | period",
  "b39-unafei-annual-2012.md | UNCAC Training Programme #15 (phantom) | countryCount",
  "b39-unafei-annual-2012.md | UNCAC Training Programme #15 (phantom) | edition",
  "b39-unafei-annual-2012.md | UNCAC Training Programme #15 (phantom) | organiser",
  "b39-unafei-annual-2012.md | UNCAC Training Programme #15 (phantom) | period",
  "b39-unafei-annual-2012.md | UNCAC Training Programme #15 (phantom) | year",
  "b40-wp2022-chapter-iii-2.md | Regional Seminar on Good Governance for Southeast Asian Countries #16 | organiser",
  "b44-wp2022-oda-topics-gg-early-years.md | Regional Seminar on Good Governance for Southeast Asian Countries | frequency",
  "b45-unafei-gg6-ja-page.htm | Regional Seminar on Good Governance for Southeast Asian Countries #6 | countries",
];
/** …and those wrong only when a document is read alone, without the names the others define. */
const KNOWN_WRONG_ALONE = [
  "b25-wp2014-gg8-topics.md | Regional Seminar on Good Governance for the Countries of Southeast Asia (series not in gold) | frequency",
  "b25-wp2014-gg8-topics.md | Regional Seminar on Good Governance for the Countries of Southeast Asia (series not in gold) | sinceYear",
  "b39-unafei-annual-2012.md | UNCAC Training Programme #15 (phantom) | countryCount",
  "b39-unafei-annual-2012.md | UNCAC Training Programme #15 (phantom) | edition",
  "b39-unafei-annual-2012.md | UNCAC Training Programme #15 (phantom) | organiser",
  "b39-unafei-annual-2012.md | UNCAC Training Programme #15 (phantom) | period",
  "b39-unafei-annual-2012.md | UNCAC Training Programme #15 (phantom) | year",
  "b45-unafei-gg13-page.md | Regional Seminar for Southeast Asia on the Theme of Good Governance (series not in gold) | frequency",
  "b45-unafei-gg13-page.md | Regional Seminar for Southeast Asia on the Theme of Good Governance (series not in gold) | sinceYear",
  "b45-unafei-gg8-ja-page.txt | Regional Seminar on Good Governance for Southeast Asian Countries #7 | countries",
  "b45-unafei-gg8-ja-page.txt | Regional Seminar on Good Governance for Southeast Asian Countries #7 | countryCount",
  "b45-unafei-gg8-ja-page.txt | Regional Seminar on Good Governance for Southeast Asian Countries #7 | participants",
  "b45-unafei-gg8-ja-page.txt | Regional Seminar on Good Governance for Southeast Asian Countries #7 | period",
  "b45-unafei-gg8-ja-page.txt | Regional Seminar on Good Governance for Southeast Asian Countries #7 | theme",
  "b45-unafei-gg9-page.html | Southeast Asian Regional Seminar (series not in gold) | frequency",
  "b45-unafei-gg9-page.html | Southeast Asian Regional Seminar (series not in gold) | sinceYear",
  "unafei-gg17.txt | GG #17 (phantom) | edition",
];

/** …and those of KNOWN_WRONG that only the names other documents define bring (a document's own description
 * read as another page's name for a programme, beside the same edition under the name this page gives it). */
const KNOWN_WRONG_IN_COMPANY_ONLY = [
  "b39-unafei-annual-2012.md | UNCAC Training Programme #15 (phantom) | countryCount",
  "b39-unafei-annual-2012.md | UNCAC Training Programme #15 (phantom) | edition",
  "b39-unafei-annual-2012.md | UNCAC Training Programme #15 (phantom) | organiser",
  "b39-unafei-annual-2012.md | UNCAC Training Programme #15 (phantom) | period",
  "b39-unafei-annual-2012.md | UNCAC Training Programme #15 (phantom) | year",
];

const CORRECT = 7056;
const MISSED = 2112;
