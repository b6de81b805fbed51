import { answer } from "../src/answers/index.js";
import { completeCourse } from "../src/answers/complete.js";
import { defineCommand, describe, privateOption, textOption } from "./define.js";

export default defineCommand({
  data: describe(
    "course",
    "A training course or seminar: theme, dates, format, participants, with the quoted source",
    { name: "コース", description: "研修・セミナーのテーマ、時期、形式、参加者を出典付きで表示" },
    [
      textOption({
        name: "course",
        description: "Edition, e.g. “23rd UNCAC” or “15th GG Seminar”",
        ja: { name: "コース", description: "回次（例：第23回UNCAC、第15回GGセミナー）" },
        autocomplete: true,
      }),
      privateOption,
    ],
  ),
  queryOption: "course",
  run: (knowledge, query) => answer(knowledge, "course", query),
  autocomplete: completeCourse,
});
