// The seed document, read once per test file that needs it (the bytes as shipped in knowledge/).
import { readFileSync } from "node:fs";

export const SEED_SLUG = "000_c889310df7d76567";
export const SEED_FILE = `${SEED_SLUG}.txt`;
export const SEED_TEXT = readFileSync(new URL(`../../knowledge/${SEED_FILE}`, import.meta.url), "utf8");
