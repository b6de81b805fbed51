import { answerHelp } from "../src/answers/index.js";
import { defineCommand, describe, helpEntry, privateOption } from "./define.js";

export default defineCommand({
  data: describe(
    "help",
    "What the bot knows and how to ask it",
    { name: "ヘルプ", description: "ボットが答えられる内容と使い方" },
    [privateOption],
  ),
  help: { description: "This list." },
  // The registry it was found in, passed by whoever runs it: no import of commands/index.ts (a cycle).
  run: (knowledge, _query, registry) => answerHelp(knowledge, registry.map(helpEntry)),
});
