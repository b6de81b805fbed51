import { describe, expect, it } from "vitest";
import { findTheme } from "../../../src/knowledge/extract/themes.js";
import { extractDocument } from "../../../src/knowledge/extract/document.js";
import { documentFromParagraphs } from "../../support/documents.js";

describe("findTheme", () => {
  it.each([
    [" on the theme of “Tackling Emerging Threats of Corruption in the Borderless and Digitalized World” was conducted online", "Tackling Emerging Threats of Corruption in the Borderless and Digitalized World"],
    [" on “Achieving Inclusive Societies through Effective Criminal Justice Policies and Practices” were held", "Achieving Inclusive Societies through Effective Criminal Justice Policies and Practices"],
    [" was held under the theme \"Effective Cooperation\" in Tokyo", "Effective Cooperation"],
    [" online under the theme “Corruption and Organized Crime” from 5 to 28 October", "Corruption and Organized Crime"],
    [", themed \"Mutual Legal Assistance in Corruption Cases\", was held", "Mutual Legal Assistance in Corruption Cases"],
    [" themed 'Crime Prevention in the Digital Age' was held", "Crime Prevention in the Digital Age"],
    [" titled ‘Reducing Reoffending’ was held", "Reducing Reoffending"],
    [" entitled “Juvenile Justice.” was held", "Juvenile Justice"],
    [", “Reducing Reoffending”, was held", "Reducing Reoffending"],
    ["The main theme of the programme was “Corruption in Procurement.”", "Corruption in Procurement"],
    [" on the theme of Criminal Justice Responses to Cybercrime was held in 2019.", "Criminal Justice Responses to Cybercrime"],
    [", which was held online, addressed “Tackling Emerging Threats of Corruption”.", "Tackling Emerging Threats of Corruption"],
    [" dealt with “Asset Recovery” in depth", "Asset Recovery"],
    [", held in Manila and co-hosted with the Department of Justice, took up 'Ensuring the Protection of Witnesses' with 22 practitioners", "Ensuring the Protection of Witnesses"],
    [", this year's theme looks back over the last decade and forward to the next: “Best Practices in Anti-Corruption”.", "Best Practices in Anti-Corruption"],
    ["Main theme: 'New Types of Crime Surrounding Corruption'", "New Types of Crime Surrounding Corruption"],
    ['The theme of this Liaison Meeting was "The Results of Assistance".', "The Results of Assistance"],
    ['The theme this time was "Assistance in the Post-2015 Era".', "Assistance in the Post-2015 Era"],
    // …and the year the theme was set for.
    ['Its theme for fiscal 2015 was "ASEAN and Legal Technical Assistance", chosen because the ASEAN Community had been launched.', "ASEAN and Legal Technical Assistance"],
    ['The topic for FY2019 was "Asset Recovery".', "Asset Recovery"],
    [' nineteen investigators will examine our main theme, "Recent Regional Trends in Corruption".', "Recent Regional Trends in Corruption"],
    [', this year\'s Liaison Meeting took "The SDGs and Legal Technical Assistance" as its theme.', "The SDGs and Legal Technical Assistance"],
    ['One subject only. The title we gave it was "International Cooperation: Mutual Legal Assistance and Extradition".', "International Cooperation: Mutual Legal Assistance and Extradition"],
    // An adverb after "was" is no part of the theme.
    ['Its theme was therefore "Current Issues in the Investigation of Corruption Cases", and participants brought cases.', "Current Issues in the Investigation of Corruption Cases"],
    // A note that the theme was translated is no part of it.
    [' on "The Current State of Cybercrime and Countermeasures (translated)" was held', "The Current State of Cybercrime and Countermeasures"],
  ])("%s", (text, theme) => {
    expect(findTheme(text)?.theme).toBe(theme);
  });

  it.each([
    " was held online, with participants from Laos.",
    // No theme written yet.
    " Theme: to be announced",
    ' with the theme "not given in the contents"',
    // A name given to the edition, not its theme.
    ' (called "the training in Japan" below) was carried out as part of the Project.',
    // The title the speakers gave their talk.
    'Four lawyers gave a joint lecture at the 26th Training. Their title was "Anti-corruption efforts of Japanese companies".',
    " on Japan's role in the region",
    // A report for a year, not a theme.
    ' The report for fiscal 2015 was "Annual Report 2015".',
    " of international cooperation “X”",
    // A talk's title is not the edition's theme.
    ' Professor Sachs gave a keynote speech entitled "The SDGs and the Role of Law".',
    " she presented a paper titled “Asset Recovery”.",
    ' The pianist Gohei Nishikawa played and spoke under the title "Miracles Happen When You Keep Putting Your Dreams into Words".',
    // Lecturers at the edition, and the title of their talk.
    " four lawyers lectured at the 26th programme, now under way, under the title 'Corporate Efforts and Lawyers' Roles', and exchanged views.",
    // Taken up, but no quoted title after it.
    " took up the question of witnesses with 22 practitioners",
    // The colon must close the words about the theme, not a sentence further on.
    " had a clear theme. The speakers said: “We must act”",
    "",
  ])("finds no theme in %j", (text) => {
    expect(findTheme(text)).toBeUndefined();
  });

  it("looks only inside the given window, so each of two editions gets its own", () => {
    const text = "the 175th course on the theme of “Treatment of Women Offenders” and the 176th course on “Achieving Inclusive Societies” were held";
    const second = text.indexOf("176th course") + "176th course".length;
    expect(findTheme(text, 0, text.indexOf("the 176th"))?.theme).toBe("Treatment of Women Offenders");
    expect(findTheme(text, second)?.theme).toBe("Achieving Inclusive Societies");
  });
});

describe("findTheme: an unquoted subject set off by commas right after the mention", () => {
  it.each([
    [", on public-private cooperation in preventing corruption, ran until 19 November 2024", "public-private cooperation in preventing corruption"],
    [", on the recovery of stolen assets, was held in Tokyo", "the recovery of stolen assets"],
  ])("%s", (text, theme) => {
    expect(findTheme(text)?.theme).toBe(theme);
  });

  it.each([
    // A date, a day or a single word after "on" is no subject; nor is a clause with no verb of the edition next.
    ", on 12 October, opened with a ceremony",
    ", on the same day, was held in Tokyo",
    ", on the following day, ran a workshop",
    ", on schedule, ran until November",
    ", on public procurement and integrity, and the 27th were both held in Akishima",
  ])("finds no theme in %j", (text) => {
    expect(findTheme(text)).toBeUndefined();
  });
});

describe("findTheme: a theme stated without quotes after “theme was”", () => {
  it.each([
    ["This year's theme was protecting judges, prosecutors and law enforcement officials from undue interference, including bribery.", "protecting judges, prosecutors and law enforcement officials from undue interference, including bribery"],
    ["The volume collects the work of the 151st course, whose subject was the evidence-based treatment of offenders.", "evidence-based treatment of offenders"],
    ["Its theme was new threats of corruption in a digitalised society and how to deal with them, with a focus on electronic evidence.", "new threats of corruption in a digitalised society and how to deal with them"],
    // The theme ends where a count of those taking part begins the next clause.
    ["This time the theme is public-private cooperation in preventing corruption, and 29 trainees from 21 countries are taking part.", "public-private cooperation in preventing corruption"],
  ])("%j → %j", (text, theme) => {
    expect(findTheme(text)?.theme).toBe(theme);
  });

  it.each([
    "The theme was chosen by the participating countries.",
    "The theme was decided at the preparatory meeting.",
    "The theme was that of the previous year.",
    "The subject is not covered here.",
  ])("%j states no theme", (text) => {
    expect(findTheme(text)).toBeUndefined();
  });
});

describe("findTheme: what the edition takes as its theme, or is devoted to", () => {
  it.each([
    ["To look at practice, the seminar took as its theme 'Current Issues in Corruption Cases', and the participants presented cases.", "Current Issues in Corruption Cases"],
    [" was devoted this year to freezing, confiscating and recovering the proceeds of corruption.", "freezing, confiscating and recovering the proceeds of corruption"],
    ["This year the course concentrates on public procurement, the field dealt with in Article 9.", "public procurement, the field dealt with in Article 9"],
    ["It focused on the protection of whistle-blowers; participants came from ten countries.", "the protection of whistle-blowers"],
  ])("%j → %j", (text, theme) => {
    expect(findTheme(text)?.theme).toBe(theme);
  });

  it.each([
    // The subject is not the edition, or what it is given to is one word, or the people in it.
    "Japan focused on legal reform in Asia.",
    "The discussion focused on the cases of each country.",
    "This year the course concentrates on procurement.",
    "The seminar focused on the participants' own cases.",
    // The topic of one working group, not of the edition.
    "The mutual legal assistance group met; the corrections group shared views on the topic \"Cooperation among stakeholders\".",
  ])("%j states no theme", (text) => {
    expect(findTheme(text)).toBeUndefined();
  });
});

describe("a theme under a heading that labels it", () => {
  const themes = (section: string) =>
    extractDocument(documentFromParagraphs("x", ["“New Types of Corruption-Related Crime and Effective Countermeasures”"], { title: "Sixteenth Regional Seminar on Good Governance for Southeast Asian Countries", section }), new Set()).editions.map((edition) => edition.theme?.value);

  it("is the theme of the page's edition when the passage is one quoted title", () => {
    expect(themes("3. Main theme")).toEqual(["New Types of Corruption-Related Crime and Effective Countermeasures"]);
  });

  it.each(["3. Keynote", "Theme and rationale of the programme"])("is no theme under %j", (section) => {
    expect(themes(section)).toEqual([undefined]);
  });
});
