import { answerCourse, completeCourse } from "../src/answers/index.js";
import { formatOrdinal } from "../src/knowledge/ordinals.js";
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
  help: {
    argument: "<ordinal, series or theme words>",
    description: "One course: series, theme, period, format, participants and countries, with the sentences that state them.",
    example: (k) => {
      const edition = k.catalogue.editions[0];
      return edition && formatOrdinal(edition.ordinal);
    },
  },
  run: answerCourse,
  autocomplete: completeCourse,
});
