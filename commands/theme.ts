import { answerTheme, completeTheme } from "../src/answers/index.js";
import { knownThemes } from "../src/answers/make.js";
import { searchTerms } from "../src/search/options.js";
import { defineCommand, describe, privateOption, textOption } from "./define.js";

export default defineCommand({
  data: describe(
    "theme",
    "The programmes held on a theme, with the quoted source",
    { name: "テーマ", description: "テーマに沿って実施されたプログラムを出典付きで表示" },
    [
      textOption({
        name: "theme",
        description: "A theme or topic, e.g. “corruption” or “women offenders”",
        ja: { name: "テーマ", description: "テーマ・話題（例：汚職、女性犯罪者）" },
        autocomplete: true,
      }),
      privateOption,
    ],
  ),
  queryOption: "theme",
  help: {
    argument: "<words>",
    description: "Courses whose theme matches, then the passages that match.",
    example: (k) => {
      const theme = knownThemes(k)[0];
      return theme && searchTerms(theme).sort((a, b) => b.length - a.length)[0];
    },
  },
  run: answerTheme,
  autocomplete: completeTheme,
});
