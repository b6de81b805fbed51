import { describe, expect, it } from "vitest";
import { emptyCell, organiserInCell } from "../../../src/knowledge/extract/tables.js";

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
