import { answerCountry, completeCountry } from "../src/answers/index.js";
import { knownCountries } from "../src/answers/make.js";
import { defineCommand, describe, privateOption, textOption } from "./define.js";

export default defineCommand({
  data: describe(
    "country",
    "The programmes a country took part in, with the quoted source",
    { name: "国", description: "国が参加したプログラムを出典付きで表示" },
    [
      textOption({
        name: "country",
        description: "Country name, e.g. “Viet Nam” or “Laos”",
        ja: { name: "国", description: "国名（例：ベトナム、ラオス）" },
        autocomplete: true,
      }),
      privateOption,
    ],
  ),
  queryOption: "country",
  help: {
    argument: "<name>",
    description: "The courses a country took part in, and every passage that names it with its role.",
    example: (k) => knownCountries(k)[0],
  },
  run: answerCountry,
  autocomplete: completeCountry,
});
