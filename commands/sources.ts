import { answerSources } from "../src/answers/index.js";
import { defineCommand, describe, privateOption } from "./define.js";

export default defineCommand({
  data: describe(
    "sources",
    "The documents the bot answers from, with links",
    { name: "出典", description: "回答の根拠となる文書とリンクの一覧" },
    [privateOption],
  ),
  help: { description: "The documents the answers come from, with links." },
  run: (knowledge) => answerSources(knowledge),
});
