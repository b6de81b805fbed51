import { answer } from "../src/answers/index.js";
import { defineCommand, describe, privateOption } from "./define.js";

export default defineCommand({
  data: describe(
    "help",
    "What the bot knows and how to ask it",
    { name: "ヘルプ", description: "ボットが答えられる内容と使い方" },
    [privateOption],
  ),
  run: (knowledge) => answer(knowledge, "help", ""),
});
