/**
 * Finds each version's headline and deck. The headline is the first block when it reads like
 * one (short, not a finished sentence); a sidecar title replaces it or stands in when the source
 * has none. Deck lines are the short lines right under the headline, plus any a rule moved.
 */
import { eachSource, SourceError, type Source, type Version } from "../types";

/** Longer than this is a paragraph, not a headline. */
const MAX_TITLE = 150;
/** Longer than this is body text, not a deck line. */
const MAX_DECK_LINE = 60;

/** A finished sentence ends in a full stop, possibly inside closing quotes; headlines do not. */
export const isSentence = (text: string) => /[.。](?:["'”’」』)]*)$/.test(text);
export const looksLikeHeadline = (text: string) => text.length <= MAX_TITLE && !isSentence(text);

function sidecarTitle(source: Source, version: Version, isMain: boolean) {
  return isMain ? source.sidecar?.title : source.sidecar?.versions?.[version.lang]?.title;
}

export function titleAndDeck(source: Source): void {
  const isDigest = source.blocks.some((b) => b.sectionLink);
  source.versions.forEach((version, index) => {
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
          if (next.kind !== "paragraph" || next.text.length > MAX_DECK_LINE || isSentence(next.text)) break;
          version.deck.push(next.text);
          source.report.push({ rule: "deck-lines", action: "moved", to: `deck (${version.lang})`, text: next.text });
          version.blocks = version.blocks.slice(1);
        }
      }
    } else if (editorial) {
      version.title = editorial;
      source.notes.push(`${version.lang} version has no headline of its own; title from the sidecar (${editorial.origin})`);
    } else {
      const opening = first ? `"${first.text.slice(0, 40)}…"` : "nothing";
      throw new SourceError(source, `no recognizable title${source.versions.length > 1 ? ` for the ${version.lang} version` : ""}: it opens with ${opening}, which reads as body text, and no sidecar gives a title`);
    }
    if (index === 0) version.deck = [...source.found.deck, ...version.deck];
    if (version.blocks.length === 0) throw new SourceError(source, `the ${version.lang} version has a title but no body text`);
  });
}

export const titleAndDeckStep = eachSource("title-and-deck", titleAndDeck);
