// Word material for the benchmark generator: a core of real development-cooperation vocabulary at the
// top of a Zipf-like distribution, then tens of thousands of pronounceable synthetic words as the long
// tail. Real documents have exactly this shape (a few hundred words carry most of the text, most
// distinct words are rare), and it is the shape that decides how big an inverted index gets and how
// many terms a fuzzy or prefix query has to visit.
import type { Random } from "./random.js";

/** Function words, sampled uniformly between content words so the text keeps English proportions. */
export const STOP_WORDS: readonly string[] = [
  "the", "of", "and", "to", "in", "a", "for", "on", "with", "as", "by", "is", "that", "this", "which",
  "are", "was", "were", "has", "have", "be", "from", "at", "its", "their", "these", "such", "also",
  "through", "including", "between", "among", "both", "while", "within", "towards", "under", "an",
];

/** Real nouns of the field, most frequent first (rank order matters: it is the head of the Zipf curve). */
export const CORE_NOUNS: readonly string[] = (
  "development cooperation assistance support countries governance justice capacity training programme " +
  "government institutions law enforcement system corruption prevention crime society growth policy " +
  "infrastructure health education security rights women children partners donors agencies officials " +
  "practitioners experts projects framework reform judiciary courts prosecutors police legislation " +
  "transparency accountability integrity investment finance trade economy poverty resilience disaster " +
  "climate environment water energy agriculture food nutrition employment peace stability democracy " +
  "elections media citizens communities regions efforts initiatives measures activities challenges " +
  "issues priorities objectives outcomes results evaluation monitoring knowledge skills expertise " +
  "networks dialogue consultation coordination partnership ownership sustainability inclusion equality " +
  "migration refugees displacement borders customs taxation revenue budget procurement audit oversight " +
  "ministries secretariat convention agreement resolution declaration mandate strategy plan roadmap " +
  "loans grants contributions technical volunteers scholarships researchers universities seminars " +
  "workshops courses curricula manuals guidelines standards regulations procedures cases offenders " +
  "victims prisons rehabilitation probation correction detention trafficking smuggling terrorism " +
  "cybercrime fraud bribery embezzlement laundering assets recovery extradition evidence investigation " +
  "prosecution trials sentencing mediation arbitration ports roads railways bridges hospitals schools " +
  "vaccines pandemic recovery livelihoods fisheries forests oceans biodiversity urbanisation housing " +
  "digitalisation connectivity innovation technology data statistics census registration identity"
).split(" ");

export const CORE_ADJECTIVES: readonly string[] = (
  "international regional national local public private criminal judicial legal economic social " +
  "political sustainable inclusive effective transparent accountable fair stable secure resilient " +
  "digital global human institutional technical financial cooperative bilateral multilateral " +
  "democratic independent comprehensive strategic practical innovative vulnerable emerging borderless " +
  "key important various relevant specific annual further sound healthy equitable"
).split(" ");

/** Past-tense verbs for narrative sentences ("Japan has supported …"). */
export const PAST_VERBS: readonly string[] = (
  "supported provided strengthened promoted assisted developed improved established implemented " +
  "enhanced facilitated contributed conducted organised advanced expanded fostered reinforced " +
  "addressed coordinated financed delivered launched sustained encouraged shared introduced reviewed"
).split(" ");

/** Opening words of theme titles ("Tackling Emerging Threats of …"). */
export const THEME_GERUNDS: readonly string[] = (
  "Tackling Strengthening Promoting Enhancing Building Achieving Combating Preventing Addressing " +
  "Improving Advancing Protecting Ensuring Fostering Reforming Countering Supporting Developing"
).split(" ");

const ONSETS = ["b", "d", "f", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "ch", "dr", "gr", "kl", "pl", "sh", "st", "th", "tr"];
const NUCLEI = ["a", "e", "i", "o", "u", "ai", "ea", "io", "ou", "ia"];
const CODAS = ["", "", "", "n", "r", "l", "s", "m", "nd", "st", "th", "rk"];

/** One pronounceable non-word of 2–4 syllables, e.g. "trobalend". */
export function synthesiseWord(random: Random): string {
  const syllables = random.int(2, 4);
  let word = "";
  for (let i = 0; i < syllables; i++) {
    word += random.pick(ONSETS) + random.pick(NUCLEI) + (i === syllables - 1 ? random.pick(CODAS) : "");
  }
  return word;
}

/**
 * The content-word lexicon in rank order: real nouns and adjectives interleaved at the top, then
 * synthetic words. Every entry is distinct and none is a stop word.
 */
export function createLexicon(random: Random, size: number): string[] {
  const seen = new Set<string>(STOP_WORDS);
  const lexicon: string[] = [];
  const add = (word: string): void => {
    if (seen.has(word)) return;
    seen.add(word);
    lexicon.push(word);
  };
  const headLength = Math.max(CORE_NOUNS.length, CORE_ADJECTIVES.length);
  for (let i = 0; i < headLength; i++) {
    if (i < CORE_NOUNS.length) add(CORE_NOUNS[i] as string);
    if (i < CORE_ADJECTIVES.length) add(CORE_ADJECTIVES[i] as string);
  }
  while (lexicon.length < size) add(synthesiseWord(random));
  return lexicon;
}

/** Samples ranks 0..n-1 with P(rank r) ∝ 1 / (r + 1)^exponent, by binary search in the cumulative table. */
export function createZipfSampler(random: Random, n: number, exponent: number): () => number {
  const cumulative = new Float64Array(n);
  let total = 0;
  for (let r = 0; r < n; r++) {
    total += 1 / Math.pow(r + 1, exponent);
    cumulative[r] = total;
  }
  return () => {
    const target = random.next() * total;
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((cumulative[mid] as number) < target) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}
