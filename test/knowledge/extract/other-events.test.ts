import { describe, expect, it } from "vitest";
import { otherEventSpans } from "../../../src/knowledge/extract/other-events.js";

const spans = (text: string): string[] => otherEventSpans(text).map((span) => text.slice(span.start, span.end));

describe("otherEventSpans", () => {
  it.each([
    ["The forum carries out the Kyoto Declaration, adopted at the 14th United Nations Congress on Crime Prevention and Criminal Justice (the Kyoto Congress) that met in Kyoto in 2021.",
      ["Congress on Crime Prevention and Criminal Justice (the Kyoto Congress) that met in Kyoto in 2021"]],
    ["UNAFEI has run it for ten years now, ever since it held the first seminar in Thailand in 2007.", ["ever since it held the first seminar in Thailand in 2007"]],
    ["It follows the World Summit, which took place in Paris in 2015; the seminar was held in Tokyo.", ["Summit, which took place in Paris in 2015"]],
    ["GG13 was the first held at the Complex, to which UNAFEI moved in the autumn of 2017.", ["to which UNAFEI moved in the autumn of 2017"]],
    ["We moved to Akishima in the autumn of 2017, and no GG Seminar had yet been held at the Complex.", ["We moved to Akishima in the autumn of 2017"]],
    ["The seminar met in Tokyo; the Institute had relocated there in 2017.", ["the Institute had relocated there in 2017"]],
    ["Photo: the Minister with trainees of the 26th training during his visit to the Complex (5 November 2024)", ["during his visit to the Complex (5 November 2024)"]],
    ["On Tuesday 5 November 2024 the Minister of Justice toured the complex and met the participants of the course.", ["On Tuesday 5 November 2024 the Minister of Justice toured the complex and met the participants of the course"]],
    ["In December of Heisei 27 (2015) JICA launched the Project on Intellectual Property Rights Protection, with the Supreme Court.", ["In December of Heisei 27 (2015) JICA launched the Project on Intellectual Property Rights Protection, with the Supreme Court."]],
    ["The seminar met in Hanoi; in 2005 Viet Nam adopted its new Civil Code.", [" in 2005 Viet Nam adopted its new Civil Code."]],
    ["In October of Heisei 21 (2009) a new JICA technical cooperation project started in Kenya.", ["In October of Heisei 21 (2009) a new JICA technical cooperation project started in Kenya."]],
    ["It was under way on 5 November 2024, when the Minister toured the complex.", ["was under way on 5 November 2024"]],
    ["In May last year (Heisei 25) the Basic Policy was revised.", ["In May last year (Heisei 25)"]],
    ["A new project started last November, and next year another follows.", ["A new project started last November", "last November", "next year"]],
    ["A video was shown for Professor Morishima, who passed away on 26 May of Reiwa 6.", ["passed away on 26 May of Reiwa 6"]],
    // The day of a talk given at the edition; its year is the edition's too, so it stays.
    ["On 31 October 2024, four lawyers lectured at the 26th UNCAC Training Programme, now under way.", ["On 31 October"]],
    ["On 5 March, the Deputy Minister gave a special lecture to the participants of the seminar.", ["On 5 March,"]],
    // A date after the talk's verb, in its clause.
    ["He instead lectured online to the International Senior Seminar on Friday 7 February at 3:00 p.m.", ["on Friday 7 February"]],
    // A clause on what was done before the edition.
    ["The Ministry held the First Next Leaders Forum in Tokyo, which Japan had proposed at the Justice Ministers' Interface in July 2023; sixty officials took part.", [", which Japan had proposed at the Justice Ministers' Interface in July 2023"]],
    // The day of a visit to the edition's participants.
    ["5 Nov 2024 — Minister of Justice visits participants of the 26th UNCAC Training Programme", ["5 Nov 2024 — Minister of Justice visits participants of the 26th UNCAC Training Programme"]],
    ["The 22nd programme opened on 9 October 2019, and the Senior Vice-Minister sat in on a lecture on 11 October.", [" and the Senior Vice-Minister sat in on a lecture on 11 October."]],
    // A deadline, a day of the programme, a hope.
    ["Nominations must reach UNAFEI through the embassy by 15 December 2017.", ["Nominations must reach UNAFEI through the embassy by 15 December 2017"]],
    ["Day 1 (Tuesday 27 November): opening ceremony.", ["Day 1 (Tuesday 27 November)"]],
    // What a correction says was written before.
    ["In our last issue we wrote that the 15th seminar took place in November 2021.", ["In our last issue we wrote that the 15th seminar took place in November 2021"]],
    // An event held during an edition.
    ["This year the programme took place at UNAFEI on two days, 19 and 20 September, during the 182nd International Training Course.", ["This year the programme took place at UNAFEI on two days, 19 and 20 September"]],
  ])("%j", (text, expected) => {
    expect(spans(text)).toEqual(expected);
  });

  it.each([
    "The 14th seminar was held in Tokyo in 2019.",
    "Since 2007 the seminar has been held every year.",
    "The conference room in Tokyo was used for the seminar.",
    "The seminar, which was held in Tokyo in 2019, took up asset recovery.",
    "The last seminar of the year was held in May 2019.",
    "It was held on 22 January of Heisei 28 (2016).",
    // A date at the start of a sentence about the edition itself, not a talk at it.
    "On 31 October 2024, the 26th UNCAC Training Programme opened in Tokyo.",
    // During something that is no edition.
    "The 26th course was held in Tokyo from 2 to 28 November, during the autumn.",
    "",
  ])("%j tells of no other event", (text) => {
    expect(spans(text)).toEqual([]);
  });
});
