import { describe, expect, it } from "vitest";
import { abbreviationIn, bodyAbbreviatedIn, findFrequency, findOrganiser, findSeriesDefinitions, findSinceYear, headNoun, lettersFitName, wordsNameProgramme } from "../../../src/knowledge/extract/series.js";

describe("findSeriesDefinitions", () => {
  const defs = (text: string) => findSeriesDefinitions(text).map(({ kind, name, abbreviation }) => ({ kind, name, abbreviation }));

  it.each([
    // Passive, with whom it is for after "to".
    ["Its programmes have also reached Africa: since 2014 a criminal justice training programme has been offered to French-speaking African countries.",
      { kind: "described", name: "criminal justice training programme for French-speaking African countries", abbreviation: undefined }],
    ["As an example of a specific initiative, Japan has annually held an international training course on the criminal justice response to corruption since 1998.",
      { kind: "described", name: "international training course on the criminal justice response to corruption", abbreviation: undefined }],
    ["Furthermore, Japan has held a seminar titled “Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar)” every fiscal year since 2007, with the objectives of supporting governance.",
      { kind: "titled", name: "Regional Seminar on Good Governance for Southeast Asian Countries", abbreviation: "GG Seminar" }],
    ["The Criminal Justice Training Programme for Pacific Island Countries (PIC Programme) has been organised by UNAFEI biennially since 2012.",
      { kind: "named", name: "Criminal Justice Training Programme for Pacific Island Countries", abbreviation: "PIC Programme" }],
    ["The Sixteenth Regional Seminar on Good Governance for Southeast Asian Countries (GG16) was held in Tokyo.",
      { kind: "named", name: "Regional Seminar on Good Governance for Southeast Asian Countries", abbreviation: "GG" }],
    // What it is for ends before a relative clause and before a colon.
    ["Since 2014 UNAFEI has run a criminal justice training programme for eight countries of West and Central Africa where French is the official language: Côte d'Ivoire, Senegal.",
      { kind: "described", name: "criminal justice training programme for eight countries of West and Central Africa", abbreviation: undefined }],
    ["Since 2010, JICA has held an annual seminar on juvenile justice every year.",
      { kind: "described", name: "seminar on juvenile justice", abbreviation: undefined }],
    ["Japan has held the Regional Seminar on Good Governance for Southeast Asian Countries (hereinafter referred to as the GG Seminar) every year since 2007.",
      { kind: "named", name: "Regional Seminar on Good Governance for Southeast Asian Countries", abbreviation: "GG Seminar" }],
    ["Japan has held a seminar for Southeast Asian countries every year since 2007 (hereinafter referred to as the GG Seminar).",
      { kind: "described", name: "seminar for Southeast Asian countries", abbreviation: "GG Seminar" }],
    ["Japan, through UNAFEI, has annually conducted a training course on criminal justice response to corruption (UNCAC Training Programme) since 1998.",
      { kind: "described", name: "training course on criminal justice response to corruption", abbreviation: "UNCAC Training Programme" }],
    ["The Ministry holds the Criminal Justice Forum for Asia and the Pacific (Crim-AP) every year.",
      { kind: "named", name: "Criminal Justice Forum for Asia and the Pacific", abbreviation: "Crim-AP" }],
    ["UNAFEI held the 180th International Training Course (ITC) from 10 January to 8 February 2023.",
      { kind: "named", name: "International Training Course", abbreviation: "ITC" }],
    ["It holds international training three times a year and training on corruption control in criminal justice once a year.",
      { kind: "described", name: "training on corruption control in criminal justice", abbreviation: undefined }],
    ["UNAFEI also runs workshops on juvenile justice every year.",
      { kind: "described", name: "workshop on juvenile justice", abbreviation: undefined }],
    // A fronted "For <whom>," is part of the description's name; "For example," is not.
    ["For French-speaking Africa, UNAFEI has run a criminal justice training since 2014.",
      { kind: "described", name: "criminal justice training for French-speaking Africa", abbreviation: undefined }],
    ["For example, UNAFEI has run a criminal justice training since 2014.",
      { kind: "described", name: "criminal justice training", abbreviation: undefined }],
    // Whose programme it is goes with the name no more than "the" does.
    ["Its Regional Seminar on Good Governance for Southeast Asian Countries (GG Seminar) has been co-hosted for two years in a row by Viet Nam's SPP.",
      { kind: "named", name: "Regional Seminar on Good Governance for Southeast Asian Countries", abbreviation: "GG Seminar" }],
    ["UNAFEI's Good Governance Seminar (GG Seminar) met in Hanoi.",
      { kind: "named", name: "Good Governance Seminar", abbreviation: "GG Seminar" }],
    // A description ends before the verb of its passive; a description that gives the name is that name.
    ["In addition, a regional seminar on good governance for the countries of Southeast Asia has been convened by UNAFEI once a year since 2007.",
      { kind: "described", name: "regional seminar on good governance for the countries of Southeast Asia", abbreviation: undefined }],
    ["Among other efforts, a seminar named the Regional Seminar on Good Governance for Southeast Asian Countries has been held by Japan every year since 2007.",
      { kind: "named", name: "Regional Seminar on Good Governance for Southeast Asian Countries", abbreviation: undefined }],
    // A proper name given a short one after a comma, whether or not the sentence says it recurs.
    ["The meeting I am talking about is, of course, the Regional Seminar on Good Governance for Southeast Asian Countries, which many of you simply call the GG Seminar.",
      { kind: "named", name: "Regional Seminar on Good Governance for Southeast Asian Countries", abbreviation: "GG Seminar" }],
    ["We met at the Criminal Justice Forum for Asia and the Pacific, known as the CJF Forum.",
      { kind: "named", name: "Criminal Justice Forum for Asia and the Pacific", abbreviation: "CJF Forum" }],
    // Letters that spell the body the courses are of abbreviate the body: the programme's name ends before it.
    ["This list gathers the International Training Courses of the United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders (UNAFEI) that turn up in our sources.",
      { kind: "named", name: "International Training Courses", abbreviation: undefined }],
    // Letters the name's words do not begin say where the programme is, as a page title adds its site.
    ["UNCAC Training Programme (UNAFEI)", { kind: "named", name: "UNCAC Training Programme", abbreviation: undefined }],
    ["On the holding of the 3rd GG Seminar (UNAFEI)", { kind: "named", name: "GG Seminar", abbreviation: undefined }],
  ])("%s", (text, expected) => {
    expect(defs(text)).toEqual([expected]);
  });

  it.each([
    "Japan conducts annual training and seminars for criminal justice practitioners in developing countries.",
    "As a State Party to the United Nations Convention against Corruption (UNCAC), Japan has been engaged.",
    "In 2021, the 15th GG Seminar titled “Effective Cooperation” was held online.",
    "The 20th UNCAC Training Programme (from 10 January to 8 February 2018) focused on “Contemporary Challenges”.",
    "The 13th GG Seminar was held in Bangkok (Thailand) in December.",
    // No article, but no subject ("on …") or no frequency right after it, or a determiner first.
    "It holds international training once a year.",
    "UNAFEI runs training on evidence for judges, which is popular, every year.",
    "UNAFEI runs such seminars on juvenile justice every year.",
    // A description of the series named right before it.
    "Officials take part in the UNCAC Training Programme, a course on corruption that UNAFEI holds every year.",
    // A talk given at an event, titled.
    "Then a lawyer who had worked in Laos gave a keynote lecture entitled “The Appeal of Legal Technical Assistance”.",
    "The Deputy Minister delivered a special lecture titled 'Justice in Wartime'.",
    // Whom a pronoun stands for names nothing: the rest is a head noun alone.
    "Since 2014, UNAFEI and JICA have run a training programme for them, one session a year.",
    // Offered, but no name beyond its head noun.
    "Since 2014 a training programme has been offered to them.",
    // Named after a body, not a programme.
    "Among other efforts, a seminar named after the Ministry of Justice has been held every year since 2007.",
    // A short name for what is no programme, or given to no name.
    "She works at the Ministry of Foreign Affairs, known as the MOFA Office.",
    "The event, which many of you simply call the GG Seminar, met in Tokyo.",
    "",
  ])("finds no series in %j", (text) => {
    expect(defs(text)).toEqual([]);
  });
});

describe("findSeriesDefinitions: programmes counted or qualified by how often they are held", () => {
  const read = (sentence: string) => findSeriesDefinitions(sentence).map((d) => [d.name, d.frequency]);

  it.each([
    ["Each year it runs two international training courses and one international senior seminar, each lasting five weeks.",
      [["international training course", "twice a year"], ["international senior seminar", "annual"]]],
    ["The ministry holds biannual international training courses and an international senior seminar every year.",
      [["international training course", "twice a year"], ["international senior seminar", undefined]]],
    ["Every year it holds three seminars on cybercrime for Pacific countries.", [["seminar on cybercrime", null]]],
  ])("%j", (sentence, expected) => {
    expect(read(sentence)).toEqual(expected);
  });

  it.each([
    ["a count with no recurrence", "In 2019 it held two international training courses in Tokyo."],
    ["a count with no year", "It has held two international training courses since 1962."],
    ["another course than the one named", "From 2022 it also plans to hold one further international training course each year."],
    ["a head noun with generic words only", "Each year it runs two training courses."],
  ])("none for %s", (_why, sentence) => {
    expect(findSeriesDefinitions(sentence).filter((d) => d.frequency !== undefined)).toEqual([]);
  });
});

describe("findSeriesDefinitions: a name in capitals names a programme only when its head noun ends it", () => {
  it.each([
    "Institutes of the United Nations Crime Prevention and Criminal Justice Programme Network (PNI) took part.",
    "UNAFEI works with the Asia Training Course Alumni Association (ATCAA).",
  ])("%j defines no series", (sentence) => {
    expect(findSeriesDefinitions(sentence)).toEqual([]);
  });
});

describe("wordsNameProgramme", () => {
  it.each(["UNCAC Training Programme", "Legal Technical Assistance Liaison Meeting", "Criminal Justice Forum for Asia and the Pacific", "United Nations Training Programme on Corruption"])("%j names a programme", (name) => {
    expect(wordsNameProgramme(name.split(" "))).toBe(true);
  });

  it.each([
    // Bodies named like programmes, and a meeting named too little to be a series.
    "United Nations Development Programme", "World Food Programme", "Expert Meeting", "Second Expert Meeting",
    "G20 Anti-Corruption Ministers Meeting", "Crime Prevention and Criminal Justice Programme Network",
    // A body named for what it does.
    "National Institute of Judicial Training", "Centre for Legal Training", "Academy of Criminal Justice Training",
  ])("%j names no programme", (name) => {
    expect(wordsNameProgramme(name.split(" "))).toBe(false);
  });
});

describe("abbreviationIn", () => {
  it.each([
    ["GG Seminar", "GG Seminar"], ["ITC", "ITC"], ["GG16", "GG16"], ["PIC Programme", "PIC Programme"],
    ["hereinafter referred to as the GG Seminar", "GG Seminar"], ["hereinafter “GG Seminar”", "GG Seminar"],
    ["hereinafter, the \"ITC\"", "ITC"], ["referred to as the UNCAC Programme", "UNCAC Programme"],
    ["Crim-AP for short", "Crim-AP"], ["commonly called the GG Seminar", "GG Seminar"], ["also known as the ITC", "ITC"],
  ])("%s → %s", (paren, abbreviation) => {
    expect(abbreviationIn(paren)).toBe(abbreviation);
  });

  it.each(["from 10 January to 8 February 2018", "Thailand", "the Philippines", "Lao PDR", "see Note 3", "2019", "UN Office on Drugs and Crime Regional Office", "Counter-Narcotics and Border Control", "commonly called the seminar", ""])("%j → undefined", (paren) => {
    expect(abbreviationIn(paren)).toBeUndefined();
  });
});

describe("findSinceYear", () => {
  it.each([
    ["held an international training course since 1998.", 1998],
    ["every fiscal year since FY2007", 2007],
    // A body's seat said before it is no bar: the course's years still count.
    ["UNAFEI, based in Tokyo, has held the course every year since 1998.", 1998],
    ["The programme was first held in 2003.", 2003],
    ["UNAFEI held its first International Training Course in September 1962.", 1962],
    ["UNAFEI has run it for ten years now, ever since it held the first seminar in Thailand in 2007.", 2007],
    ["Since the first seminar, held in Thailand in 2007, it has run for more than ten years.", 2007],
    // A month before the year, and an era year with the Western year in brackets.
    ["have co-hosted it once a year since January 2000", 2000],
    ["The course began in 1998.", 1998],
    ["it has been held once a year since January of Heisei 12 (2000).", 2000],
    // A proper name between the verb of starting and the year.
    ["UNAFEI and JICA began the Criminal Justice Training for French-Speaking Africa in 2014 as a five-year plan.", 2014],
    ["Japan launched the Regional Seminar on Good Governance in 2007.", 2007],
  ])("%s → %i", (text, year) => {
    expect(findSinceYear(text)?.year).toBe(year);
  });

  it.each(["In 2021, it was held.", "Since it held the first seminar, it has grown.", "Ever since it held a reception in 2007, guests came.", "held there since Wednesday 9 October", "since January of Heisei 12", "UNAFEI began the third seminar in 2016.", "Japan started the training of prosecutors in 2014.", "the Complex, where UNAFEI has been based since October 2017", "The Institute has been located in Akishima since 2017.", ""])("%j → undefined", (text) => {
    expect(findSinceYear(text)).toBeUndefined();
  });
});

describe("findFrequency", () => {
  it.each([
    ["Japan has annually held", "annual"], ["every year", "annual"], ["an annual course", "annual"],
    ["every fiscal year since 2007", "every fiscal year"], ["biennially", "biennial"], ["every two years", "biennial"],
    ["twice a year", "twice a year"],
    // How many of its own sessions a year.
    ["It was planned as one session a year", "annual"], ["two sessions a year", "twice a year"],
  ])("%s → %s", (text, word) => {
    expect(findFrequency(text)).toBe(word);
  });

  it("is undefined when no frequency is stated", () => {
    expect(findFrequency("In 2021, the 23rd programme was held.")).toBeUndefined();
    expect(findFrequency("one participant a year")).toBeUndefined();
    expect(findFrequency("the sessions of the year")).toBeUndefined();
  });
});

describe("findFrequency: how often something else about a series changes is no frequency", () => {
  it.each([
    ["It has run since 2007, the host country changing every two years.", undefined],
    ["The chair rotates annually among the members.", undefined],
    ["The seminar is held every two years, the venue changing each time.", "biennial"],
  ])("%j → %j", (text, frequency) => {
    expect(findFrequency(text)).toBe(frequency);
  });
});

describe("findOrganiser", () => {
  it.each([
    ["In addition, through the United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders (UNAFEI), Japan conducts annual training and seminars.", "UNAFEI"],
    ["Through UNAFEI, Japan has annually held an international training course.", "UNAFEI"],
    ["UNAFEI has responded to the changing global society by holding training and seminars on these topics.", "UNAFEI"],
    ["The seminar was organized by the Japan International Cooperation Agency (JICA).", "JICA"],
    ["UNAFEI held the 24th UNCAC Training Programme online.", "UNAFEI"],
    ["The seminar was organized by the Japan International Cooperation Agency.", "Japan International Cooperation Agency"],
    ["The forum is an international conference held by the Ministry of Justice and the United Nations Office on Drugs and Crime (UNODC).",
      "Ministry of Justice and the United Nations Office on Drugs and Crime (UNODC)"],
    // The body in a relative clause about the series: "…, which UNAFEI has held once a year since 2007".
    ["It is the Regional Seminar on Good Governance for Southeast Asian Countries, which UNAFEI has held once a year since 2007.", "UNAFEI"],
    ["The GG Seminar is a regional seminar that UNAFEI has held once a year since 2007.", "UNAFEI"],
    ["The Liaison Meeting, organized every year by the Research and Training Institute of the Ministry of Justice and JICA, met.", "Research and Training Institute of the Ministry of Justice and JICA"],
    // Two bodies as the subject of a verb of holding in the plural.
    ["JICA and UNAFEI run the Criminal Justice Training for French-Speaking Africa together.", "JICA and UNAFEI"],
    ["JICA and UNAFEI have jointly held the seminar since 2014.", "JICA and UNAFEI"],
    // "It", right after the programme's name, with the years it has been held.
    ["It has been conducted by the Japan International Cooperation Agency (JICA) together with UNAFEI since 2014.", "JICA"],
    // …and in a relative clause of place.
    ["The map marks the cities where UNAFEI has held the Regional Seminar on Good Governance for Southeast Asian Countries since 2007.", "UNAFEI"],
  ])("%s → %s", (text, organiser) => {
    expect(findOrganiser(text)).toBe(organiser);
  });

  it.each([
    "As a State Party to the United Nations Convention against Corruption (UNCAC), and by providing financial contributions to UNODC, Japan has been engaged.",
    "The seminar was organised by the Government of Japan.",
    "In 2017, the 11th GG Seminar was co-hosted by Japan and Thailand in Bangkok.",
    "The Ninth GG Seminar, hosted by the Ministry of Justice of Myanmar, was held in Nay Pyi Taw.",
    "It was organized by the Attorney General's Office of the Republic of Indonesia.",
    "UNAFEI’s activities are not limited to anti-corruption efforts.",
    // Two bodies that hold something other than a programme.
    "JICA and UNAFEI hold offices in Tokyo.",
    // "It" with no years held may be the institute: "It is run by the Ministry of Justice."
    "It is run by the Japan International Cooperation Agency (JICA).",
    // A place where a body works, not one that holds the programme.
    "The seminar met in the building where UNAFEI has its offices.",
    // Who runs the institute, not a programme.
    "UNAFEI was founded in 1962 and is run by the Ministry of Justice.",
    // A body funded, not one that holds programmes.
    "Japan has long supported developing countries, both through voluntary contributions to the United Nations Office on Drugs and Crime (UNODC), renewed in FY2015, and through bilateral training.",
    "",
  ])("finds no organiser in %j", (text) => {
    expect(findOrganiser(text)).toBeUndefined();
  });
});

describe("headNoun", () => {
  it.each([["Seminar", "seminar"], ["programmes", "programme"], ["Courses", "course"], ["congresses", undefined], ["meetings", "meeting"], ["Lectures", "lecture"], ["theme", undefined]])("%s → %s", (word, noun) => {
    expect(headNoun(word)).toBe(noun);
  });
});

describe("lettersFitName", () => {
  it.each([
    ["NLF", "ASEAN–G7 Next Leaders Forum"],
    ["UNCAC", "UNCAC Training Programme"],
    ["GG", "Regional Seminar on Good Governance for Southeast Asian Countries"],
    ["KCCP", "Knowledge Co-Creation Program"],
    ["ITC", "International Training Course"],
    // Not letters alone: not tested.
    ["Crim-AP", "Criminal Justice Forum for Asia and the Pacific"],
  ])("%s fits %s", (letters, name) => {
    expect(lettersFitName(letters, name)).toBe(true);
  });

  it.each([
    ["UNAFEI", "UNCAC Training Programme"],
    ["UNAFEI", "GG Seminar"],
    ["JICA", "International Training Course"],
    // In order: "CN" are the initials, but backwards.
    ["NC", "Criminal Justice Network"],
  ])("%s does not fit %s", (letters, name) => {
    expect(lettersFitName(letters, name)).toBe(false);
  });
});

describe("bodyAbbreviatedIn", () => {
  it("gives the programme's name before the body the letters spell", () => {
    expect(bodyAbbreviatedIn("International Training Courses of the United Nations Asia and Far East Institute for the Prevention of Crime and the Treatment of Offenders", "UNAFEI")).toBe("International Training Courses");
    expect(bodyAbbreviatedIn("Training Programme of the Japan International Cooperation Agency", "JICA")).toBe("Training Programme");
  });

  it.each([
    // The letters are the programme's own.
    ["Regional Seminar on Good Governance for Southeast Asian Countries", "GG"],
    ["Criminal Justice Training Programme for Pacific Island Countries", "PIC"],
    // No "of" or "by" brings in a body.
    ["International Training Course", "ITC"],
    // The programme's own words spell them as well as the body's.
    ["Criminal Justice Seminar of the Cabinet Justice Secretariat", "CJS"],
  ])("%s (%s) is the programme's own name", (name, letters) => {
    expect(bodyAbbreviatedIn(name, letters)).toBeUndefined();
  });
});
