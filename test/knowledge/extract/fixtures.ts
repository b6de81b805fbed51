// Fixtures written in the phrasing of other years' white papers and of the training institute's
// activity pages (not copied from the seed): spelled-out ordinals, abbreviations, straight quotes,
// "Lao PDR", counts in words, venues with dates, groups with a member left out.
import { documentFromParagraphs } from "../../support/documents.js";

/** A white-paper section of another year. */
export const WHITE_PAPER_2019 = documentFromParagraphs("wp2019", [
  // p1: a series description, then a spelled-out edition in Tokyo with counts in words.
  "Through UNAFEI, Japan has annually held an international training course on the criminal justice response to corruption since 1998. In FY2018, the Twentieth UNCAC Training Programme was held in Tokyo from 10 January to 8 February 2019 under the theme 'Contemporary Challenges in Corruption Investigations', with twenty-two participants from eleven countries.",
  // p2: a named series with an edition-style abbreviation, held in person with a venue and days.
  "The Eighth Regional Seminar on Good Governance for Southeast Asian Countries (GG8) was held in Kuala Lumpur, Malaysia from 18 to 20 November 2014, with participants from all ten ASEAN countries.",
  // p3: countries mentioned without any participation; Japan acting as donor.
  "Japan also supports the Lao PDR and Myanmar through legal technical assistance, and works with Thailand on training for judges.",
  // p4: "themed" with straight quotes, a venue with its country, a group with a member left out.
  "In 2019, the 17th GG Seminar, themed \"Mutual Legal Assistance in Corruption Cases\", was held in Hanoi, Viet Nam, and was attended by nine ASEAN member states except Myanmar.",
], { title: "White Paper on Development Cooperation 2019", year: 2019, section: "(3) Rule of Law" });

/** Activity pages of the training institute. */
export const ACTIVITY_PAGES = documentFromParagraphs("unafei-activities", [
  // p1: capitalised series, "on the theme of" with straight quotes, a venue, a count of countries only.
  "The 180th International Training Course, on the theme of \"Criminal Justice Responses to Cybercrime\", was held from 12 May to 9 June 2022 at UNAFEI. Twenty-five participants from twelve countries took part.",
  // p2: a hybrid edition whose participants are given in the next sentence.
  "The Eighteenth Regional Seminar on Good Governance for Southeast Asian Countries was held in a hybrid format in Bangkok in December 2022. The seminar was attended by 20 criminal justice practitioners from Cambodia, Lao PDR, Myanmar, Vietnam and Timor-Leste.",
  // p3: "under the theme" after "online", organiser as subject, days within one month.
  "UNAFEI held the 24th UNCAC Training Programme online under the theme “Corruption and Organized Crime” from 5 to 28 October 2022.",
  // p4: a sentence with no edition at all.
  "UNAFEI also conducts research on the treatment of offenders and publishes its Resource Material Series.",
  // p5: a Pacific programme with a namely-list, a venue in a listed country.
  "The 3rd Criminal Justice Training Programme for Pacific Island Countries was held in Suva, Fiji from 1 to 5 August 2022, with participation of officials from Pacific island countries, namely Fiji, Samoa, Tonga and Vanuatu.",
  // p6: an edition in the abbreviated style, and the short form of the GG Seminar's name.
  "At GG8, participants discussed asset recovery. The Eighth Regional Seminar on Good Governance also welcomed observers from Japan.",
], { title: "UNAFEI activities", section: "Activities" });

/** An older white paper: a country-list participation, "under the theme of", a donor dispatching experts. */
export const WHITE_PAPER_2016 = documentFromParagraphs("wp2016", [
  // p1: Japan as the one who holds; a venue right after the edition's name; participants named.
  "In FY2016, Japan held the 10th GG Seminar in Tokyo, attended by participants from Cambodia, Laos and Viet Nam.",
  // p2: "under the theme of" with curly quotes and a count in words, year from "In 2016,".
  "In 2016, the Nineteenth UNCAC Training Programme was conducted under the theme of “Effective Anti-Corruption Enforcement” with twenty participants.",
  // p3: countries named, none taking part.
  "Japan also dispatched experts to Indonesia and Thailand.",
], { title: "White Paper on Development Cooperation 2016", year: 2016, section: "(2) Governance" });
