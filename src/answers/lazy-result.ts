// A result whose quotes are made when it is first shown. A /country answer lists up to 30 editions and
// a /theme answer up to 13 results, while a message shows one page of three: quoting every fact's
// sentence of every result was most of those commands' time. The result reads as plain data (its
// `facts` and `citations` are ordinary enumerable properties once read, so JSON, spreads and equality
// see them), and its body is worked out once, on the first read of either, from the snapshot the
// answer was made with.
import type { AnswerResult } from "./types.js";

export type ResultHead = Omit<AnswerResult, "facts" | "citations">;
export type ResultBody = Pick<AnswerResult, "facts" | "citations">;

export function lazyResult(head: ResultHead, body: () => ResultBody): AnswerResult {
  const result = { ...head } as AnswerResult;
  const settle = (): ResultBody => {
    const made = body();
    Object.defineProperties(result, {
      facts: { value: made.facts, enumerable: true, writable: true, configurable: true },
      citations: { value: made.citations, enumerable: true, writable: true, configurable: true },
    });
    return made;
  };
  const lazy = (name: keyof ResultBody): PropertyDescriptor => ({
    enumerable: true,
    configurable: true,
    get: () => settle()[name],
    set: (value: unknown) => {
      settle();
      Object.defineProperty(result, name, { value, enumerable: true, writable: true, configurable: true });
    },
  });
  Object.defineProperties(result, { facts: lazy("facts"), citations: lazy("citations") });
  return result;
}
