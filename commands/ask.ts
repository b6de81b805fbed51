import { answerAsk } from "../src/answers/index.js";
import { defineCommand, describe, privateOption, textOption } from "./define.js";

export default defineCommand({
  data: describe(
    "ask",
    "Search the documents and get the passages that answer, quoted and cited",
    { name: "質問", description: "文書を検索し、該当する箇所を引用と出典付きで表示" },
    [
      textOption({
        name: "question",
        description: "A question or keywords, e.g. “When was UNAFEI established?”",
        ja: { name: "質問", description: "質問またはキーワード（例：UNAFEIの設立年は？）" },
        maxLength: 200,
      }),
      privateOption,
    ],
  ),
  queryOption: "question",
  help: {
    argument: "<question>",
    description: "The passages that best answer a question, quoted and cited.",
    example: (k) => {
      const series = k.catalogue.series[0];
      return series && `when did the ${series.abbreviation ?? series.name} start`;
    },
  },
  run: answerAsk,
});
