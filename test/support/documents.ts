// Documents built directly from paragraphs, without the loader: for extractor tests that must not
// depend on file parsing. Passage ids follow the loader's scheme, `<slug>#p<n>`.
import type { KnowledgeDocument, Passage } from "../../src/knowledge/types.js";

export function documentFromParagraphs(
  slug: string,
  paragraphs: string[],
  options: { title?: string; year?: number; section?: string } = {},
): KnowledgeDocument {
  const section = options.section ?? "Test section";
  const passages: Passage[] = paragraphs.map((text, i) => ({
    id: `${slug}#p${i + 1}`,
    docSlug: slug,
    paragraph: i + 1,
    kind: "paragraph",
    headings: [section],
    text,
    noteRefs: [],
    line: i + 1,
  }));
  const document: KnowledgeDocument = {
    slug,
    file: `${slug}.txt`,
    title: options.title ?? `Test document ${slug}`,
    section,
    passages,
  };
  if (options.year !== undefined) document.year = options.year;
  return document;
}

/** The seed's paragraphs as the loader gives them (note marker "Note 29 " removed), then its note. */
export const SEED_PARAGRAPHS: string[] = [
  "The occurrence of corruption, cases involving government officials, such as bribery and embezzlement, becomes a factor that impedes the level of playing field for fair competition and healthy economic growth of developing countries. Therefore, it is necessary for donor countries to support good governance, including anti-corruption measures in developing countries to realize fair and stable societies.",
  "As a State Party to the United Nations Convention against Corruption (UNCAC), and by providing financial contributions to UNODC, the secretariat of the Convention, Japan has been actively engaged in developing legal systems concerning the prevention of corruption and law enforcement operations, as well as providing capacity building assistance to justice and law enforcement agencies in developing countries.",
  "In addition, through the United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders (UNAFEI), Japan conducts annual training and seminars for criminal justice practitioners in developing countries, such as in Asia and Africa, as part of its assistance for the development of legal and judicial systems and support for governance, including anti-corruption measures.",
  "As an example of a specific initiative, Japan has annually held an international training course on the criminal justice response to corruption since 1998. The training course is held with themes selected from the key issues of the UNCAC, and contributes to the sound development of the criminal justice system and the strengthening of cooperative relationships for preventing corruption in each country. In 2021, the 23rd UNCAC training programme on the theme of “Tackling Emerging Threats of Corruption in the Borderless and Digitalized World” was conducted online from September to October.",
  "Furthermore, Japan has held a seminar titled “Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar)” every fiscal year since 2007, with the objectives of supporting governance initiatives in Southeast Asian countries and contributing to human resources development in the area of criminal justice and anti-corruption. In December 2021, the 15th GG Seminar on the theme of “Effective International Cooperation for Combating Corruption” was held online, with participation by 18 criminal justice practitioners from 10 countries, namely nine ASEAN member states (Brunei, Cambodia, Indonesia, Laos, Malaysia, the Philippines, Singapore, Thailand, and Viet Nam) and Timor-Leste.",
  "In addition, UNAFEI’s activities are not limited to anti-corruption efforts, but also address important issues related to crime prevention and criminal justice in the international community, and UNAFEI has responded to the changing global society by holding training and seminars on these topics to criminal justice practitioners widely in developing countries around the world. For example, in 2021, the 175th international training course on the theme of “Treatment of Women Offenders” and the 176th international training course on “Achieving Inclusive Societies through Effective Criminal Justice Policies and Practices” were held online between October and December.",
];

export const SEED_NOTE =
  "Established in 1962 based on an agreement between the UN and the Government of Japan. It is operated by the UN Training Cooperation Department of the Research and Training Institute within the Ministry of Justice. It has produced over 6,100 graduates from 140 countries and regions since its establishment.";

/** The seed as a document: its six paragraphs and its note (p7), year 2021. */
export function seedDocument(): KnowledgeDocument {
  const document = documentFromParagraphs("000_c889310df7d76567", [...SEED_PARAGRAPHS, SEED_NOTE], {
    title: "White Paper on Development Cooperation 2021",
    year: 2021,
    section: "(2) Assistance for Governance Including Anti-Corruption",
  });
  const note = document.passages[6]!;
  note.kind = "note";
  note.noteLabel = "Note 29";
  document.passages[2]!.noteRefs = ["Note 29"];
  return document;
}
