import { answer } from "../src/answers/index.js";
import { completeTheme } from "../src/answers/complete.js";
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
  run: (knowledge, query) => answer(knowledge, "theme", query),
  autocomplete: completeTheme,
});
