// Paragraphs in the phrasing of white-paper sections from 2015 to 2023 and of the training institute's
// activity pages, written for the extractor's generalisation tests (varied-years.test.ts). Each
// paragraph is labelled with the variation it exercises. None is copied from the seed.
import type { KnowledgeDocument } from "../../../src/knowledge/types.js";
import { documentFromParagraphs } from "../../support/documents.js";

export const WHITE_PAPER_2015: KnowledgeDocument = documentFromParagraphs("wp2015", [
  // p1: a series described with “every year since”, then a spelled-out edition in “Tokyo, Japan” (Japan the venue's country), counts in digits and the fiscal year.
  "Through UNAFEI, Japan has held an international training course on the criminal justice response to corruption every year since 1998. In FY2014, the Seventeenth UNCAC Training Programme was held in Tokyo, Japan, with 27 participants from 21 countries.",
  // p2: an edition-style abbreviation (GG9); co-hosted by Japan and Thailand (neither organises the series); participants in the next sentence; “Myanmar did not participate”.
  "The Ninth Regional Seminar on Good Governance for Southeast Asian Countries (GG9) was co-hosted by Japan and Thailand in Bangkok, Thailand, from 8 to 10 December 2015. Participants came from Brunei Darussalam, Cambodia, Indonesia, Lao PDR, Malaysia, the Philippines, Singapore, Thailand and Viet Nam; Myanmar did not participate.",
], { title: "White Paper on Development Cooperation 2015", year: 2015, section: "(2) Governance" });

export const WHITE_PAPER_2017: KnowledgeDocument = documentFromParagraphs("wp2017", [
  // p1: “(hereinafter referred to as the GG Seminar)” after the name; “the 11th seminar” names the series just defined; days without a year; “all ASEAN member states except Myanmar”.
  "Japan has held the Regional Seminar on Good Governance for Southeast Asian Countries (hereinafter referred to as the GG Seminar) every year since 2007. The 11th seminar was held in Tokyo from 12 to 14 December, with participants from all ASEAN member states except Myanmar.",
  // p2: “under the theme of” with curly quotes; the Democratic Republic of the Congo, Côte d'Ivoire, Papua New Guinea, the Republic of Korea; a non-participant after “;”.
  "In 2017, the 20th UNCAC Training Programme was held under the theme of “Contemporary Challenges in Corruption Investigations”, with participants from Bhutan, the Democratic Republic of the Congo, Côte d'Ivoire, Papua New Guinea and the Republic of Korea; Myanmar did not participate.",
], { title: "White Paper on Development Cooperation 2017", year: 2017, section: "(2) Governance" });

export const WHITE_PAPER_2019_SECTION: KnowledgeDocument = documentFromParagraphs("wp2019", [
  // p1: the series named with “the” in a since/every-year sentence; a date range across two months without a year; counts in words.
  "Through UNAFEI, Japan has held the UNCAC Training Programme every year since 1998. In 2019, the 22nd UNCAC Training Programme, themed \"Contemporary Challenges in Combating Corruption\", was held in Tokyo from 14 May to 7 June, with twenty-five participants from Bangladesh, Lao PDR, Myanmar, Nepal and Vietnam.",
  // p2: the date first, the organiser as subject, a venue with its country, a ministry of the host country “jointly with”.
  "From 3 to 5 December 2019, UNAFEI held the 13th Regional Seminar on Good Governance for Southeast Asian Countries in Siem Reap, Cambodia, jointly with the Ministry of Justice of Cambodia.",
  // p3: “entitled”, a date before “at UNAFEI, Tokyo”.
  "The 172nd International Senior Seminar, entitled \"Protecting Children from Violence\", was held from 9 January to 7 February 2019 at UNAFEI, Tokyo.",
], { title: "White Paper on Development Cooperation 2019", year: 2019, section: "(3) Assistance for Governance" });

export const WHITE_PAPER_2020: KnowledgeDocument = documentFromParagraphs("wp2020", [
  // p1: “in FY2020”, online “owing to COVID-19”, the ten ASEAN member states and Timor-Leste.
  "In FY2020, the 14th GG Seminar was held online owing to COVID-19, with participants from the ten ASEAN member states and Timor-Leste.",
  // p2: “In January and February 2020”, a count before “took part”.
  "In January and February 2020, UNAFEI conducted the 174th International Training Course, in which 18 overseas participants took part.",
], { title: "White Paper on Development Cooperation 2020", year: 2020, section: "(2) Governance" });

export const WHITE_PAPER_2021: KnowledgeDocument = documentFromParagraphs("wp2021", [
  // p1: “under the theme” after the dates; the counts in the next sentence, which says “participated”.
  "The Fifteenth Regional Seminar on Good Governance for Southeast Asian Countries was held online from 7 to 9 December 2021 under the theme “Effective International Cooperation for Combating Corruption”. Eighteen criminal justice practitioners from ten countries participated.",
  // p2: “held online” set off by commas, “focused on”, counts in the next sentence.
  "The 176th International Training Course, held online from 4 November to 3 December 2021, focused on “Achieving Inclusive Societies”. 17 participants from 12 countries took part.",
], { title: "White Paper on Development Cooperation 2021", year: 2021, section: "(2) Governance" });

export const WHITE_PAPER_2022: KnowledgeDocument = documentFromParagraphs("wp2022", [
  // p1: the series named with “the” and “annually since”; “held in-person for the first time in three years”; “from late August to mid-September 2022”.
  "Japan has held the UNCAC Training Programme annually since 1998. In 2022, the 25th UNCAC Training Programme was held in-person for the first time in three years, from late August to mid-September 2022, with 20 participants from 16 countries.",
  // p2: (GG16), jointly with a host country's ministry, “in Hanoi, Viet Nam”, hybrid; “the ten ASEAN member states, except Myanmar, and Timor-Leste”.
  "The 16th Regional Seminar on Good Governance for Southeast Asian Countries (GG16) was held jointly with the Ministry of Justice of Viet Nam in Hanoi, Viet Nam, from 6 to 8 December 2022, in a hybrid format, with the participation of the ten ASEAN member states, except Myanmar, and Timor-Leste.",
  // p3: two editions with their own themes and their dates “respectively”.
  "In 2022, the 178th International Training Course on “Protection of Victims of Crime” and the 179th International Training Course on “Reintegration of Offenders” were held in Tokyo from May to June and from September to October, respectively.",
], { title: "White Paper on Development Cooperation 2022", year: 2022, section: "(2) Assistance for Governance Including Anti-Corruption" });

export const WHITE_PAPER_2023: KnowledgeDocument = documentFromParagraphs("wp2023", [
  // p1: “titled” with straight single quotes, a venue after the dates, and a second edition of another series in the same sentence.
  "In 2023, the 26th UNCAC Training Programme titled 'Promoting Integrity in the Public Sector' was held from 5 to 30 June 2023 at UNAFEI, and the 17th GG Seminar was held in a hybrid format in Manila, the Philippines.",
  // p2: a lower-case spelled-out ordinal before a capitalised series name; Côte d'Ivoire and the Democratic Republic of the Congo.
  "UNAFEI held the fourth Criminal Justice Training Programme for Francophone African Countries in Tokyo from 10 to 21 July 2023, with participants from Benin, Burkina Faso, Cameroon, Côte d'Ivoire, the Democratic Republic of the Congo and Senegal.",
  // p3: “the Comparative Study on …”: no edition number, so no edition is invented.
  "UNAFEI also conducted the Comparative Study on Criminal Justice Responses to Trafficking in Persons in November 2023, with participants from the Republic of Korea and Thailand.",
  // p4: two numbers before one plural name, then their two themes in turn.
  "In 2023, the 5th and 6th Criminal Justice Training Programmes for Pacific Island Countries on the themes of “Combating Transnational Crime” and “Juvenile Justice” were held in Suva, Fiji.",
], { title: "White Paper on Development Cooperation 2023", year: 2023, section: "(2) Assistance for Governance Including Anti-Corruption" });

export const UNAFEI_PAGES: KnowledgeDocument = documentFromParagraphs("unafei", [
  // p1: “(ITC)” after the name, “on the theme of” after the dates, a count “attended” in the next sentence.
  "UNAFEI held the 180th International Training Course (ITC) from 10 January to 8 February 2023, on the theme of \"Effective Measures to Prevent Recidivism\". Twenty-three overseas participants from 19 countries attended.",
  // p2: an unquoted theme straight after the series name (“International Training Course on Treatment of Offenders”); Türkiye.
  "The 170th International Training Course on Treatment of Offenders was held in Tokyo from 12 May to 9 June 2018. Participants came from Bangladesh, Bhutan, Fiji, Kenya, Papua New Guinea and Türkiye.",
  // p3: a quoted title in apposition, “took place”, “a total of 22 participants”.
  "The 181st International Training Course, \"Reintegration of Offenders through Employment\", took place from 16 May to 15 June 2023, with a total of 22 participants from Brazil, Colombia, Ghana, India, Kenya, Nigeria, Pakistan, the Philippines, Sri Lanka and Uganda.",
  // p4: a parenthesised date after the name is no abbreviation; “focused on”.
  "The 20th UNCAC Training Programme (from 10 January to 8 February 2018) focused on “Contemporary Challenges in Corruption Investigations”.",
  // p5: online with a count and five Central Asian countries (the Kyrgyz Republic).
  "The 3rd Training Programme on Criminal Justice for Central Asian Countries was held online from 15 to 18 November 2022 with 25 participants from Kazakhstan, the Kyrgyz Republic, Tajikistan, Turkmenistan and Uzbekistan.",
  // p6: “on 15 and 16 February 2023”, “nine ASEAN countries except Myanmar, and Timor-Leste”.
  "The 18th GG Seminar was held on 15 and 16 February 2023 in Jakarta, Indonesia, with the participation of 24 officials from nine ASEAN countries except Myanmar, and Timor-Leste.",
  // p7: Japan as the one who holds, a venue “at UNAFEI in Tokyo”, “under the main theme of”.
  "In 2018, Japan held the 21st UNCAC Training Programme at UNAFEI in Tokyo from 17 May to 14 June, under the main theme of \"Effective Measures for Combating Corruption in the Private Sector\".",
  // p8: American date order, “virtually”, an unquoted theme after “on the theme of”.
  "The 177th International Training Course was held virtually from September 13 to October 8, 2021, on the theme of Tackling Cybercrime in the Digital Age.",
], { title: "UNAFEI: training programmes", section: "Activities" });

/** Every document above, in no particular order (the extractor sorts them). */
export const VARIED_YEARS: KnowledgeDocument[] = [WHITE_PAPER_2015, WHITE_PAPER_2017, WHITE_PAPER_2019_SECTION, WHITE_PAPER_2020, WHITE_PAPER_2021, WHITE_PAPER_2022, WHITE_PAPER_2023, UNAFEI_PAGES];

/** More white-paper phrasing, kept apart from the documents above so that its series stand alone. */
export const WHITE_PAPER_2016_SECTION: KnowledgeDocument = documentFromParagraphs("wp2016", [
  // p1: the series' proper name in parentheses after its description; “the 18th programme” is one of its editions.
  "Japan, through UNAFEI, has annually conducted a training course on criminal justice response to corruption (UNCAC Training Programme) since 1998. In 2015, the 18th programme was held with 26 participants.",
  // p2: a seminar titled in straight single quotes; “the 10th seminar”; counts and countries in the next sentence with “participated from”.
  "Since 2007, Japan has held a seminar titled 'Regional Seminar on Good Governance for Southeast Asian Countries' every year. In FY2016, the 10th seminar was held in Tokyo on the theme of “Effective Anti-Corruption Measures”. Thirty officials participated from Brunei, Cambodia, Indonesia, Lao PDR, Malaysia, Myanmar, the Philippines, Singapore, Thailand, Timor-Leste and Viet Nam.",
  // p3: an exception after the whole list.
  "In February 2017, the 11th seminar was held in Manila with 25 participants from ten ASEAN countries and Timor-Leste, except Myanmar.",
  // p4: “The main theme was” in single quotes in the next sentence; Japanese participants not counted as countries.
  "UNAFEI held the 163rd International Training Course from 29 August to 21 September 2016. The main theme was 'Promoting Integrity in Criminal Justice'. Twenty-one participants from 15 countries and four Japanese participants attended the course.",
  // p5: a spelled-out ordinal in lower case before a capitalised name; “addressed” a quoted theme.
  "The nineteenth UNCAC Training Programme, which was held from 13 September to 8 October 2016, addressed “Effective Anti-Corruption Enforcement”.",
  // p6: the venue after “in person at its premises in”.
  "From 16 January to 10 February 2017, UNAFEI held the 164th International Training Course in person at its premises in Akishima, Tokyo.",
], { title: "White Paper on Development Cooperation 2016", year: 2016, section: "(2) Governance" });
