import { describe, expect, it } from "vitest";
import { emptyCell, formatInCell, headerColumns, organiserInCell, participantCountriesInCell, participantsInCell, tableRows, transposedColumns } from "../../../src/knowledge/extract/tables.js";

const cell = (text: string) => ({ text, start: 0, end: text.length });

describe("emptyCell", () => {
  it.each(["-", "—", "none", "(none)", "(not given)", "not stated", "n/a", "Unknown", "TBA", ""])("%j says nothing", (text) => {
    expect(emptyCell(cell(text))).toBe(true);
  });

  it.each(["Tokyo", "None of the ten", "(Tokyo)", "SPP"])("%j says something", (text) => {
    expect(emptyCell(cell(text))).toBe(false);
  });
});

describe("organiserInCell", () => {
  it.each([
    ["Supreme People's Procuracy of Viet Nam (SPP)", "Supreme People's Procuracy of Viet Nam (SPP)"],
    ["SPP, as for GG11", "SPP"],
    ["MACC (same as GG8)", "MACC"],
    ["UNAFEI and JICA.", "UNAFEI and JICA"],
  ])("%j → %j", (text, value) => {
    expect(organiserInCell(cell(text))).toBe(value);
  });

  it.each(["(none)", "-", "as for GG11"])("%j names no organiser", (text) => {
    expect(organiserInCell(cell(text))).toBeUndefined();
  });
});

describe("headerColumns", () => {
  it.each([
    [["Session", "Dates", "Theme", "Where", "Trainees"], ["edition", "period", "theme", "place", "participants"]],
    [["Seminar", "Held in", "Host city"], ["edition", "place", "place"]],
    [["Course", "Period", "Site"], ["edition", "period", "place"]],
    [["No.", "Held", "Location", "Main Topic", "Attendees"], ["edition", "period", "place", "theme", "participants"]],
    // A meeting or forum names its editions too, and a label may allow the plural.
    [["Meeting", "Date", "Venue(s)", "Theme", "Attendance"], ["edition", "period", "place", "theme", "participants"]],
    [["Forum", "Date(s)", "Notes"], ["edition", "period", "other"]],
    // "Course No." numbers the editions as "No." does; "No. of Participants" counts them.
    [["Course No.", "Duration", "Theme", "No. of Participants"], ["edition", "period", "theme", "participants"]],
    [["Session number", "Dates", "Venue"], ["edition", "period", "place"]],
    // Who came is who took part.
    [["Seminar", "When", "Where", "Hosts", "Who came"], ["edition", "period", "place", "organiser", "participants"]],
  ])("%j → %j", (labels, columns) => {
    expect(headerColumns(labels.map(cell))).toEqual(columns);
  });

  it.each([[["Where", "Why", "Notes"]], [["12th", "Tokyo", "2019"]], [["Session", "The trainees came from many places", "Theme"]], [["Who", "Why", "Notes"]], [["Case No.", "Duration", "Court"]], [["Phone No.", "No. of Pages", "Notes"]]])("%j is no header", (labels) => {
    expect(headerColumns(labels.map(cell))).toBeUndefined();
  });
});

describe("formatInCell", () => {
  it("keeps the places of a venue cell without how they were linked", () => {
    expect(formatInCell(cell("Tokyo and Osaka, linked by video conference"))).toEqual({ mode: "in person", place: "Tokyo and Osaka" });
    expect(formatInCell(cell("online"))).toEqual({ mode: "online" });
  });
});

describe("participantsInCell and participantCountriesInCell: a Participants column", () => {
  it.each([
    ["23 practitioners from 11 countries", 23, []],
    ["19 from the ten ASEAN members", 19, ["BRN", "KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]],
    ["18: two each from the ASEAN members other than Brunei, which could not attend", 18, ["KHM", "IDN", "LAO", "MYS", "MMR", "PHL", "SGP", "THA", "VNM"]],
    ["12 (Cambodia, Laos)", 12, ["KHM", "LAO"]],
  ] as const)("%j → %i from %j", (text, count, codes) => {
    expect(participantsInCell(cell(text))?.participants.count).toBe(count);
    expect(participantCountriesInCell(cell(text))).toEqual(codes);
  });

  it("reads a number of countries the cell gives, in brackets or after a number per country", () => {
    expect(participantsInCell(cell("23 (7 countries)"))?.participants).toEqual({ count: 23, description: "participants", countryCount: 7 });
    expect(participantsInCell(cell("2 per country, 8 countries"))?.participants).toEqual({ countryCount: 8 });
  });

  it("keeps the number of countries a cell states beside its leading count", () => {
    expect(participantsInCell(cell("19 from the ten ASEAN members"))?.participants).toEqual({ count: 19, description: "participants", countryCount: 10 });
    expect(participantsInCell(cell("from ten countries"))?.participants).toEqual({ countryCount: 10 });
  });

  it.each(["(not given)", "about 30", "many"])("%j gives no count", (text) => {
    expect(participantsInCell(cell(text))).toBeUndefined();
  });
});

describe("tableRows and transposedColumns: editions across the top, one fact per row", () => {
  const joined = "| | 2nd forum (this year) | 1st forum (for comparison) | | --- | --- | --- | | Dates | 2025-09-26 to 2025-10-01 | 2024-06-26 to 2024-07-02 | | Where | Tokyo and Chiba Prefecture | Tokyo | | Participants | 41 | about sixty |";

  it("splits a Markdown table joined into one passage by its rows' cells, an empty first cell included", () => {
    expect(tableRows(joined).map((row) => row.map((one) => one.text))).toEqual([
      ["", "2nd forum (this year)", "1st forum (for comparison)"],
      ["Dates", "2025-09-26 to 2025-10-01", "2024-06-26 to 2024-07-02"],
      ["Where", "Tokyo and Chiba Prefecture", "Tokyo"],
      ["Participants", "41", "about sixty"],
    ]);
  });

  it("splits a plain table's rows joined between pipes by the header's cells, an empty cell included", () => {
    expect(tableRows("| Seminar | Year | Venue | Notes | | 3rd | 2009 | Manila | | | 4th | 2010 | Manila | co-hosted |").map((row) => row.map((one) => one.text))).toEqual([
      ["Seminar", "Year", "Venue", "Notes"],
      ["3rd", "2009", "Manila", ""],
      ["4th", "2010", "Manila", "co-hosted"],
    ]);
  });

  it("reads a Markdown table of two columns, but no plain line with one pipe", () => {
    expect(tableRows("| Seminar | City | |---|---| | First | Bangkok, Thailand |").map((row) => row.map((one) => one.text))).toEqual([["Seminar", "City"], ["First", "Bangkok, Thailand"]]);
    expect(tableRows("Seminar | City")).toEqual([]);
  });

  it("reads the first column as the labels of the rows", () => {
    expect(transposedColumns(tableRows(joined))).toEqual(["edition", "period", "place", "participants"]);
  });

  it.each([
    // A table with its labels across the top; rows whose first cells are no labels.
    ["| Seminar | Dates | Venue | | --- | --- | --- | | 11th | 2017 | Hanoi | | 12th | 2018 | Da Nang |"],
    ["| | A | B | | --- | --- | --- | | Cambodia | 2 | 3 | | Laos | 1 | 4 |"],
  ])("finds no transposed table in %j", (text) => {
    expect(transposedColumns(tableRows(text))).toBeUndefined();
  });
});
