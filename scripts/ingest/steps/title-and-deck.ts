/**
 * Finds each version's headline and deck. The headline is the first block when it reads like
 * one (short, not a finished sentence); a sidecar title replaces it or stands in when the source
 * has none. Deck lines are the short lines right under the headline, plus any a rule moved; a
 * label too short to be one is removed and reported.
 */
import { isMenuBar } from "../boilerplate-rules";
import { splitHeadlineLabels } from "../headline-labels";
import { eachSource, SourceError, type Source, type Version } from "../types";
import { isProse } from "./strip-boilerplate";

/** Longer than this is a paragraph, not a headline. */
const MAX_TITLE = 150;
/** Longer than this is body text, not a deck line (English says the same in about twice the characters). */
const MAX_DECK_LINE = { ko: 60, en: 120 } as const;

/**
 * Shorter than this is a button's or a menu's label, not a sub-headline, which says something about
 * the story (the shortest seen: "고진 디지털플랫폼정부위원장", 14 characters; in English, words).
 */
const MIN_DECK_LINE = { ko: 10, en: 3 } as const;
const tooShortForDeck = (text: string, lang: "ko" | "en") =>
  lang === "ko" ? text.replace(/\s+/g, " ").length < MIN_DECK_LINE.ko : text.split(/\s+/).length < MIN_DECK_LINE.en;
/** A polite address to the reader ("이 기사를 공유합니다", "구독하세요"): a button or a prompt; a sub-headline never speaks so. */
const addressesReader = (text: string) => /(?:니다|세요|까요|어요|해요)[.!?]?$/.test(text);

/** A finished sentence ends in a full stop, possibly inside closing quotes; headlines do not. */
export const isSentence = (text: string) => /[.。](?:["'”’」』)]*)$/.test(text);
export const looksLikeHeadline = (text: string) => text.length <= MAX_TITLE && !isSentence(text);

/**
 * Reads like a news headline, not like a menu item, a slogan or a section path: long enough to
 * say something (15+ characters with a space in Korean, 4+ words in English), not a sentence, not
 * a polite address to the reader ("…합니다", "…하세요").
 */
export function looksLikeStoryHeadline(text: string): boolean {
  if (!looksLikeHeadline(text) || addressesReader(text) || /\s[|>›»]\s/.test(text) || isMenuBar(text)) return false;
  const hangul = /[\uac00-\ud7a3]/.test(text);
  return hangul ? text.length >= 15 && text.includes(" ") : text.split(/\s+/).length >= 4 && text.length >= 20;
}

/** Share of a line's content (Hangul bigrams, or English words) that the story's opening repeats. */
export function sharedWithStory(line: string, story: string): number {
  const units = (t: string): string[] => {
    const hangul = t.replace(/[^\uac00-\ud7a3]/g, "");
    if (hangul.length >= 2) return Array.from({ length: hangul.length - 1 }, (_, i) => hangul.slice(i, i + 2));
    return (t.toLowerCase().match(/[a-z0-9]{3,}/g) ?? []).filter((w) => !STOPWORDS.has(w));
  };
  const mine = units(line);
  if (mine.length === 0) return 0;
  const theirs = new Set(units(story));
  return mine.filter((u) => theirs.has(u)).length / mine.length;
}
const STOPWORDS = new Set(["the", "and", "for", "with", "from", "that", "this", "its", "are", "was", "will", "has", "have", "into", "over"]);

/**
 * A headline shares at least this much with the story it heads (a third or more, as a rule); a
 * site's slogan or name shares a word by chance at most (0.1 to 0.2).
 */
const MIN_SHARED = 0.25;

/**
 * Where the story starts on a page that opens with navigation or a slogan: of the lines that read
 * like a headline before the first paragraph of prose, the first that shares enough words with
 * the story's opening (a site's slogan or a menu shares none; a label such as "[인터뷰]" is no
 * word of the story, so it is not counted). Blocks above it are page chrome,
 * removed and reported. A page that opens with its headline is left alone.
 */
export function dropPreamble(source: Source, version: Version): void {
  const blocks = version.blocks;
  const firstProse = blocks.findIndex((b) => isProse(b.text));
  const end = firstProse === -1 ? blocks.length : firstProse;
  const candidates = blocks.slice(0, end).flatMap((b, i) => (b.kind === "heading" || looksLikeStoryHeadline(b.text) ? [i] : []));
  if (candidates.length === 0) return;
  const opening = blocks
    .slice(end, end + 3)
    .map((b) => b.text)
    .join(" ");
  const at = candidates.find((i) => sharedWithStory(splitHeadlineLabels(blocks[i]?.text ?? "").rest, opening) >= MIN_SHARED) ?? candidates[0] ?? 0;
  if (at <= 0) return;
  for (const b of blocks.slice(0, at)) source.report.push({ rule: "before-headline", action: "removed", text: b.text });
  version.blocks = blocks.slice(at);
}

function sidecarTitle(source: Source, version: Version, isMain: boolean) {
  return isMain ? source.sidecar?.title : source.sidecar?.versions?.[version.lang]?.title;
}

export function titleAndDeck(source: Source): void {
  const isDigest = source.blocks.some((b) => b.sectionLink);
  source.versions.forEach((version, index) => {
    if (!sidecarTitle(source, version, index === 0)) dropPreamble(source, version);
    const first = version.blocks[0];
    const editorial = sidecarTitle(source, version, index === 0);
    if (first && looksLikeHeadline(first.text)) {
      version.blocks = version.blocks.slice(1);
      version.title = { value: first.text, origin: "stated", from: "first line of the text" };
      source.report.push({ rule: "headline", action: "moved", to: `title (${version.lang})`, text: first.text });
      if (editorial) {
        version.title = editorial;
        source.notes.push(`${version.lang} title "${first.text}" replaced by the sidecar's "${editorial.value}"`);
      }
      // In a digest the lines after the headline open the first part, so they are not a deck.
      if (!isDigest) {
        while (version.blocks.length > 1) {
          const next = version.blocks[0]!;
          // A sub-headline is a short line, or (in a saved page) the heading right under the headline.
          const subhead = next.kind === "heading" && version.deck.length === 0;
          if ((next.kind !== "paragraph" && !subhead) || next.text.length > MAX_DECK_LINE[version.lang] || isSentence(next.text)) break;
          version.blocks = version.blocks.slice(1);
          // A label too short to say anything of the story, or one that speaks to the reader, between
          // the headline and the story is a button or menu item the chrome rows did not know.
          if (tooShortForDeck(next.text, version.lang) || addressesReader(next.text)) {
            source.report.push({ rule: "header-label", action: "removed", text: next.text });
            continue;
          }
          version.deck.push(next.text);
          source.report.push({ rule: "deck-lines", action: "moved", to: `deck (${version.lang})`, text: next.text });
        }
      }
    } else if (editorial) {
      version.title = editorial;
      source.notes.push(`${version.lang} version has no headline of its own; title from the sidecar (${editorial.origin})`);
    } else {
      const opening = first ? `"${first.text.slice(0, 40)}…"` : "nothing";
      throw new SourceError(
        source,
        `no recognizable title${source.versions.length > 1 ? ` for the ${version.lang} version` : ""}: it opens with ${opening}, which reads as body text, and no sidecar gives a title`,
      );
    }
    if (index === 0) version.deck = [...source.found.deck, ...version.deck];
    if (version.blocks.length === 0) throw new SourceError(source, `the ${version.lang} version has a title but no body text`);
  });
}

export const titleAndDeckStep = eachSource("title-and-deck", titleAndDeck);
