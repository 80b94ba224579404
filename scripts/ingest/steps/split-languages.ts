/**
 * Splits a bilingual source into one version per language, by script: a block is Korean when
 * Hangul makes up a good share of its letters. 000 prints its story in Korean and then in
 * English; each becomes its own article. A stray quote in another language does not split a story.
 */
import type { Language } from "../../../src/lib/article-schema";
import { eachSource, type Block, type Source } from "../types";

/** Share of letters that must be Hangul for a block to count as Korean (Korean text carries Latin acronyms like AI, AWS). */
const HANGUL_SHARE = 0.3;
/** A language run shorter than this many blocks is a quotation, not a translation. */
const MIN_VERSION_BLOCKS = 3;

export function languageOf(input: string): Language | undefined {
  const text = input.replace(/https?:\/\/\S+/g, "");
  const hangul = (text.match(/[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length;
  if (hangul + latin === 0) return undefined;
  return hangul / (hangul + latin) >= HANGUL_SHARE ? "ko" : "en";
}

export function splitLanguages(source: Source): void {
  const runs: { lang: Language; blocks: Block[] }[] = [];
  for (const block of source.blocks) {
    const lang = languageOf(block.text) ?? runs.at(-1)?.lang ?? "ko";
    const last = runs.at(-1);
    if (last && last.lang === lang) last.blocks.push(block);
    else runs.push({ lang, blocks: [block] });
  }
  const isBilingual = runs.length === 2 && runs.every((r) => r.blocks.length >= MIN_VERSION_BLOCKS);
  if (!isBilingual) {
    const count = (lang: Language) => runs.filter((r) => r.lang === lang).reduce((n, r) => n + r.blocks.length, 0);
    const lang: Language = count("en") > count("ko") ? "en" : "ko";
    if (runs.length > 2) source.notes.push(`language changes ${runs.length - 1} times; kept as one ${lang} article`);
    source.versions = [{ id: source.stem, lang, blocks: source.blocks, deck: [], topics: [], sections: [] }];
    return;
  }
  const [first, second] = runs as [(typeof runs)[number], (typeof runs)[number]];
  source.versions = [
    { id: source.stem, lang: first.lang, blocks: first.blocks, deck: [], topics: [], sections: [] },
    { id: `${source.stem}-${second.lang}`, lang: second.lang, blocks: second.blocks, deck: [], topics: [], sections: [] },
  ];
  source.notes.push(
    `bilingual: ${first.blocks.length} ${first.lang} blocks, then ${second.blocks.length} ${second.lang} blocks; written as two linked articles`,
  );
}

export const splitLanguagesStep = eachSource("split-languages", splitLanguages);
