import { loadKnowledge } from "./src/knowledge/index.js";
import { answer } from "./src/answers/index.js";
import { renderAnswer } from "./src/render/discord.js";
const k = await loadKnowledge("knowledge");
const [cmd, ...q] = process.argv.slice(2);
console.log(JSON.stringify(renderAnswer(answer(k, cmd as any, q.join(" ")), { page: 0, ephemeral: false }), null, 1));
