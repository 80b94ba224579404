/**
 * Highlights and snippets, computed with the same analysis that found the match, returned as plain
 * segments: the UI renders them as text nodes and <mark> elements, never as HTML strings. FlexSearch's
 * own highlighter is not used: it cuts Korean text at the wrong places.
 */
import { PAIR_MARK, choseongTerm, numberWithCounter, termOf, tokenize, type Token } from "./analyze";
import type { MatchSet } from "./engine";

export interface Segment {
  text: string;
  hit: boolean;
}

/** Character ranges of `text` that the query matched. */
export function matchRanges(text: string, matches: MatchSet): [number, number][] {
  const ranges: [number, number][] = [];
  // tokenize works on NFC; article text is stored NFC, so offsets line up.
  const tokens = tokenize(text);
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    // A number with its counter is one word ("4일").
    const numbered = numberWithCounter(text, token, tokens[i + 1], true).find((c) => matches.words.has(c.word));
    if (numbered) {
      ranges.push([token.start, numbered.end]);
      while ((tokens[i + 1]?.end ?? Infinity) <= numbered.end) i += 1;
      continue;
    }
    const term = termOf(token);
    if (!term) continue;
    const stemEnd = token.kind === "hangul" && token.text.startsWith(term) ? token.start + term.length : token.end;
    // Two words a text prints side by side, found as a pair ("공공서비스" ~ 공공 서비스, "ㅎㅅㅈㅊ" ~ 후속 조치).
    const next = tokens[i + 1];
    const nextTerm = next ? termOf(next) : "";
    if (next && nextTerm && [term + nextTerm, choseongTerm(term + nextTerm)].some((p) => p && matches.words.has(PAIR_MARK + p))) {
      ranges.push([token.start, next.kind === "hangul" && next.text.startsWith(nextTerm) ? next.start + nextTerm.length : next.end]);
      i += 1;
      continue;
    }
    // The index may keep a word whole when its ending is part of the noun ("파라과이").
    if (matches.words.has(token.text) && token.text !== term) {
      ranges.push([token.start, token.end]);
      continue;
    }
    if (matches.words.has(term) || (matches.choseong.size > 0 && matches.choseong.has(choseongTerm(term)))) {
      ranges.push([token.start, stemEnd]);
      continue;
    }
    if (matches.choseong.size > 0) {
      const cho = choseongTerm(term);
      if (cho && [...matches.choseong].some((c) => cho.startsWith(c) || c.startsWith(cho))) {
        ranges.push([token.start, stemEnd]);
        continue;
      }
    }
    for (const part of matches.infixes) {
      const at = part ? term.indexOf(part, 1) : -1;
      if (at > 0) {
        ranges.push([token.start + at, token.start + at + part.length]);
        break;
      }
    }
  }
  return ranges;
}

export function segments(text: string, ranges: [number, number][]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [s, e] of ranges) {
    if (s < at) continue;
    if (s > at) out.push({ text: text.slice(at, s), hit: false });
    out.push({ text: text.slice(s, e), hit: true });
    at = e;
  }
  if (at < text.length) out.push({ text: text.slice(at), hit: false });
  return out;
}

/** The whole text with its matches marked (titles). */
export function highlight(text: string, matches: MatchSet): Segment[] {
  return segments(text, matchRanges(text, matches));
}

/**
 * About `length` characters of `text` around its first match, cut at spaces where possible, with
 * an ellipsis where text was left out. Without a match, the opening of the text.
 */
export function snippet(text: string, matches: MatchSet, length = 160): Segment[] {
  const flat = text.replace(/\s+/gu, " ").trim();
  const ranges = matchRanges(flat, matches);
  const first = ranges[0];
  let start = 0;
  if (first && first[0] > length / 3) {
    start = first[0] - Math.floor(length / 3);
    const space = flat.lastIndexOf(" ", first[0] - 1);
    if (space > start - 20 && space < first[0]) start = space + 1;
  }
  let end = Math.min(flat.length, start + length);
  if (end < flat.length) {
    const space = flat.indexOf(" ", end);
    if (space >= 0 && space - end < 20) end = space;
  }
  const piece = flat.slice(start, end);
  const inside = ranges.filter(([s, e]) => s >= start && e <= end).map(([s, e]): [number, number] => [s - start, e - start]);
  const out = segments(piece, inside);
  if (start > 0) out.unshift({ text: "… ", hit: false });
  if (end < flat.length) out.push({ text: " …", hit: false });
  return out;
}
