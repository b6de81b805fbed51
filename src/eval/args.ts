// Argument parsing shared by `npm run eval` and `npm run eval:questions`: node:util's parser, as the
// other command-line tools use, with the corpus layout under test/corpus as defaults.
import { parseArgs } from "node:util";

export interface EvalArgs {
  corpus: string;
  gold: string;
  questions: string;
  json: boolean;
  check: boolean;
}

type Flag = keyof EvalArgs;
const DEFAULTS: EvalArgs = { corpus: "test/corpus/docs", gold: "test/corpus/gold", questions: "test/corpus/questions.yml", json: false, check: false };

/** Parses `argv`, accepting only the flags named (the others keep their defaults); throws an Error with a usage line on anything else. */
export function parseEvalArgs(argv: string[], flags: readonly Flag[]): EvalArgs {
  const takesPath = (flag: Flag): boolean => typeof DEFAULTS[flag] === "string";
  const usage = flags.map((flag) => (takesPath(flag) ? `--${flag} ${flag === "questions" ? "FILE" : "DIR"}` : `--${flag}`)).join(", ");
  const options = Object.fromEntries(flags.map((flag) => [flag, { type: takesPath(flag) ? ("string" as const) : ("boolean" as const) }]));
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new Error(`${(error as Error).message} (use ${usage})`, { cause: error });
  }
  const args: EvalArgs = { ...DEFAULTS };
  for (const flag of flags) {
    const value = values[flag];
    if (value === undefined) continue;
    if (typeof value === "string" && (!value.trim() || value.startsWith("--"))) throw new Error(`--${flag} needs a path (use ${usage})`);
    Object.assign(args, { [flag]: value });
  }
  return args;
}
