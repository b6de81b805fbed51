import { reviewedKnowledge } from "./test/support/reviewed-knowledge.js";
import { answer } from "./src/answers/index.js";
import { renderTerminal } from "./src/render/terminal.js";
import { renderAnswer } from "./src/render/discord.js";
const k = reviewedKnowledge();
const a = answer(k, "course", "9th");
console.log(JSON.stringify(a.results[0]!.facts, null, 1));
console.log(renderTerminal(a, { color: false, width: 100 }));
console.log(JSON.stringify(renderAnswer(a, { page: 0, ephemeral: false }).embeds[0], null, 1));
