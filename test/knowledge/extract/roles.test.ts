import { describe, expect, it } from "vitest";
import { findCountryNames } from "../../../src/knowledge/countries.js";
import { findRoleSpans, roleAt } from "../../../src/knowledge/extract/roles.js";

/** Each country the text names, with the role its span gives it (undefined: participation decides). */
function roles(text: string): Array<[string, string | undefined]> {
  const spans = findRoleSpans(text);
  return findCountryNames(text).map((name) => [name.code, roleAt(spans, name.start)]);
}

describe("findRoleSpans: who else an edition names", () => {
  it.each([
    ["Two visiting experts from Hong Kong and the Republic of Korea lectured.", [["HKG", "expert"], ["KOR", "expert"]]],
    ["A lecturer from the prosecution service of Singapore gave a talk.", [["SGP", "expert"]]],
    ["Guest speakers from Thailand's audit board presented cases.", [["THA", "guest"]]],
    ["Advisers from the Ministry of Justice of Japan joined the discussions.", [["JPN", "adviser"]]],
    ["The seminar also welcomed observers from Japan.", [["JPN", "observer"]]],
    ["It was co-hosted with the Anti-Corruption Commission of Timor-Leste.", [["TLS", "host"]]],
    ["The Ambassador of Japan to Viet Nam opened the seminar.", [["JPN", "guest"], ["VNM", "guest"]]],
    ["An expert from Singapore lectured, together with 20 officials from Laos.", [["SGP", "expert"], ["LAO", undefined]]],
    ["Two visiting experts attended, one from Hong Kong and one from the United States, together with 23 practitioners from Cambodia and Laos.",
      [["HKG", "expert"], ["USA", "expert"], ["KHM", undefined], ["LAO", undefined]]],
    // The edition's own venue clause after the lecturers' verb is not theirs.
    ["Lawyers from Japan lectured at the 26th course, now under way at the Complex in Akishima, Japan.", [["JPN", "expert"], ["JPN", undefined]]],
  ] as Array<[string, Array<[string, string]>]>)("%j → %j", (text, expected) => {
    expect(roles(text)).toEqual(expected);
  });
});

describe("findRoleSpans: participants keep no role (negative table)", () => {
  it.each([
    "Deputy Secretary-General Soeprapto, who had spoken at the opening ceremony, welcomed her to Japan.",
    "Participants came from Cambodia, Laos and Viet Nam.",
    "Twenty prosecutors and judges from Indonesia and Malaysia took part.",
    "The seminar was held in Hanoi, Viet Nam, with the participation of the ten ASEAN member states.",
    "Experts and participants discussed the cases.",
    // Past hosts of the series, not this edition's.
    "It began in Thailand, with the host country changing every two years: the Philippines, Japan and Malaysia followed.",
  ])("%j gives no country a role", (text) => {
    expect(roles(text).every(([, role]) => role === undefined)).toBe(true);
  });

  it("ends an experts' list where participation begins", () => {
    expect(roles("Experts from the Republic of Korea lectured, and participants from Cambodia and Laos presented cases.")).toEqual([["KOR", "expert"], ["KHM", undefined], ["LAO", undefined]]);
  });

  it("leaves the count of the people a role's list ends at outside the role", () => {
    const text = "It was co-hosted with the Department of Justice of the Philippines, took up witness protection with 22 practitioners from Cambodia and Laos.";
    const [host] = findRoleSpans(text);
    expect(text.slice(host!.start, host!.end)).toBe("co-hosted with the Department of Justice of the Philippines, took up witness protection with ");
    const spelled = "It was hosted by UNAFEI with some twenty-two officials from Laos.";
    expect(spelled.slice(findRoleSpans(spelled)[0]!.start, findRoleSpans(spelled)[0]!.end)).toBe("hosted by UNAFEI with ");
    // No list end: the span runs on, a number inside it included.
    const open = "It was hosted by the 2 ministries";
    expect(open.slice(findRoleSpans(open)[0]!.start, findRoleSpans(open)[0]!.end)).toBe("hosted by the 2 ministries");
  });
});
