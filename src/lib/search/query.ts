/**
 * Query analysis: what a reader typed -> clauses that must all match, each with alternatives
 * (the word itself, its glossary names in either language, the same keys read as Hangul when typed
 * in the wrong keyboard layout). Pure and synchronous; the engine looks the terms up.
 */
import { convertQwertyToHangul } from "es-hangul";
import {
  MONTHS_EN,
  isChoseongOnly,
  isHangulWord,
  jamo,
  joinedWordParts,
  numberWithCounter,
  queryDates,
  spelledAcronyms,
  acronymHeads,
  type FoundDate,
  stripVerbEnding,
  termOf,
  tokenize,
  type Token,
} from "./analyze";
import { MAX_QUERY_LENGTH } from "./limits";

/** One term to look up, and how loosely. */
export interface TermQuery {
  term: string;
  kind: "hangul" | "latin" | "choseong" | "other" | "none" | "sound";
  /** kind "sound": the sound-key terms that may stand for the word in the other script. */
  sounds?: string[];
  /** Also words that start with the term ("클라우" -> "클라우드"). */
  prefix: boolean;
  /**
   * The word as typed, as jamo, when it may still be under IME composition: "데이터세" matches
   * "데이터센터" because ㄷㅔㅇㅣㅌㅓㅅㅔ starts ㄷㅔㅇㅣㅌㅓㅅㅔㄴㅌㅓ.
   */
  jamo?: string;
  /** The typed word (before particle stripping), for the jamo comparison's syllable prefix. */
  surface: string;
  /** Also words one typo away (set by the engine when nothing matched as typed). */
  fuzzy?: boolean;
}

/** All terms must match (a phrase such as "data center"); `weight` ranks alternatives. */
export interface Alternative {
  terms: TermQuery[];
  weight: number;
  /** Where it came from, for tests and debugging. */
  via: "query" | "glossary" | "keyboard" | "split" | "join";
}

export interface Clause {
  /** The words of the query this clause stands for. */
  text: string;
  alternatives: Alternative[];
  /**
   * Tried only when nothing else in the clause matches: the keys read in the Korean layout, as the
   * clause that Korean word would make (its glossary names included), at a lower weight.
   */
  keyboard?: Clause;
  /** Tried only when nothing else matches: the places an English adjective of nationality names (Paraguayan ~ Paraguay). */
  places?: Clause[];
}

/** Clauses `from`..`to` (adjacent Korean words) written together as one word, which stands for them all when the archive has it. */
export interface Join {
  from: number;
  to: number;
  alternative: Alternative;
}

export interface QueryPlan {
  /** The query as analysed (cut to MAX_QUERY_LENGTH). */
  text: string;
  clauses: Clause[];
  /** Runs of spaced Korean words also tried as one word ("데이터 센터" ~ 데이터센터), longest first. */
  joins: Join[];
}

/**
 * English function words are not looked up when the query has other words: "Ministry of the
 * Interior" must not need "of" and "the", and highlighting every "the" helps nobody.
 */
const STOPWORDS = new Set(["a", "an", "and", "at", "by", "for", "in", "of", "on", "or", "the", "to", "with"]);

/** Most spaced words tried as one compound ("통합 전산 센터" ~ 통합전산센터). */
const MAX_JOIN = 3;

/** A query of more words than this is cut: each word is a lookup, and more words rarely help. */
const MAX_CLAUSES = 8;
/** Longest glossary name, in words, looked for in a query. */
const MAX_PHRASE = 5;
/** Glossary names rank a little below the words the reader typed, even found inside a compound (prefix 0.75 in the engine). */
const GLOSSARY_WEIGHT = 0.7;
const KEYBOARD_WEIGHT = 0.9;

export interface GlossaryLookup {
  /** Words joined without spaces -> group numbers, so "데이터 센터" and "데이터센터" meet. */
  byKey: Map<string, number[]>;
  /** Group -> its names, each as analysed terms. */
  groups: string[][][];
}

export function glossaryLookup(groups: string[][]): GlossaryLookup {
  const byKey = new Map<string, number[]>();
  const analysed = groups.map((names, g) => {
    const variants: string[][] = [];
    const seen = new Set<string>();
    for (const name of names) {
      const terms = tokenize(name).map(termOf).filter(Boolean);
      const content = terms.filter((t) => !STOPWORDS.has(t));
      const key = (content.length > 0 ? content : terms).join("");
      // Spacing variants ("네이버클라우드", "네이버 클라우드") share a key but stay separate lookups.
      if (!key || seen.has(terms.join(" "))) continue;
      seen.add(terms.join(" "));
      variants.push(terms);
      const list = byKey.get(key) ?? [];
      if (!list.includes(g)) list.push(g);
      byKey.set(key, list);
    }
    return variants;
  });
  return { byKey, groups: analysed };
}

function termQuery(token: Token, term: string, typing: boolean): TermQuery {
  if (token.kind === "hangul") {
    return { term, kind: "hangul", prefix: term.length >= 2 || typing, surface: token.text, ...(typing ? { jamo: jamo(token.text) } : {}) };
  }
  if (token.kind === "jamo") {
    // Consonants only are an initial-consonant search (ㄴㅇㅂ); a lone vowel or one consonant finds nothing.
    if (isChoseongOnly(term) && term.length >= 2) return { term, kind: "choseong", prefix: true, surface: token.text };
    return { term, kind: "none", prefix: false, surface: token.text };
  }
  if (token.kind === "latin") return { term, kind: "latin", prefix: typing && term.length >= 3 && !/^\d+$/u.test(term), surface: token.text };
  return { term, kind: "other", prefix: false, surface: token.text };
}

/**
 * Korean words a reader spaced that may be one compound in the texts ("데이터 센터" ~ 데이터센터,
 * "부산 광역시" ~ 부산광역시), as one lookup; undefined unless they are 2..MAX_JOIN Korean words.
 */
export function joinedQuery(terms: TermQuery[]): TermQuery | undefined {
  if (terms.length < 2 || terms.length > MAX_JOIN || !terms.every((t) => t.kind === "hangul")) return undefined;
  const tokens = tokenize(terms.map((t) => t.surface).join(""));
  const token = tokens[0];
  if (tokens.length !== 1 || token?.kind !== "hangul") return undefined;
  return termQuery(token, termOf(token), terms[terms.length - 1]?.jamo !== undefined);
}

/** Terms of a glossary name as lookups: Korean names also match inside compounds, never by jamo. */
function nameTerms(terms: string[]): TermQuery[] {
  const content = terms.filter((t) => !STOPWORDS.has(t));
  return (content.length > 0 ? content : terms).map((term) => {
    const token = tokenize(term)[0];
    const kind = token?.kind === "hangul" ? "hangul" : token?.kind === "latin" ? "latin" : "other";
    return { term, kind, prefix: kind === "hangul" && term.length >= 2, surface: term };
  });
}

/**
 * The bare words an English -ing form of seven letters or more may come from: the stem, with a doubled
 * last consonant undone (planning ~ plan) or a silent e put back (computing ~ compute). Empty otherwise.
 */
export function bareOfIng(word: string): string[] {
  if (word.length < 7 || !/^[a-z]+ing$/u.test(word)) return [];
  const stem = word.slice(0, -3);
  const undoubled = /([^aeiou])\1$/u.test(stem) ? stem.slice(0, -1) : undefined;
  return undoubled ? [undoubled] : [stem, `${stem}e`];
}

/**
 * The place names an English adjective of nationality of six letters or more may come from:
 * -ian (Indonesian ~ Indonesia, Brazilian ~ Brazil, Canadian ~ Canada, Italian ~ Italy), -an
 * (Korean ~ Korea, Paraguayan ~ Paraguay, Mexican ~ Mexico) and -ese (Japanese ~ Japan, Chinese ~
 * China). Empty for any other word.
 */
export function placesOfDemonym(word: string): string[] {
  if (word.length < 6) return [];
  const [, ian] = /^([a-z]{3,})ian$/u.exec(word) ?? [];
  if (ian) return [`${ian}ia`, ian, `${ian}a`, `${ian}y`];
  const [, an] = /^([a-z]{3,})an$/u.exec(word) ?? [];
  if (an) return [`${an}a`, an, `${an}o`];
  const [, ese] = /^([a-z]{3,})ese$/u.exec(word) ?? [];
  return ese ? [ese, `${ese}a`] : [];
}

/** A word of the query with its analysed term. */
interface QueryToken {
  token: Token;
  term: string;
}

/**
 * The clause for `span` (words of `text`): the words themselves, then every glossary name of the
 * groups `groups`, each alternative's weight scaled by `scale`.
 */
function buildClause(
  text: string,
  span: QueryToken[],
  groups: number[],
  typingLast: boolean,
  glossary: GlossaryLookup | undefined,
  scale: number,
  via: "query" | "keyboard",
): Clause {
  const own: Alternative = {
    terms: span.map((t, k) => termQuery(t.token, t.term, typingLast && k === span.length - 1)),
    weight: scale,
    via,
  };
  const alternatives: Alternative[] = [own];
  // A noun made a verb (벤치마킹하겠다) also finds the noun with any ending, a little below the word as typed.
  const only = span.length === 1 ? span[0] : undefined;
  const noun = only?.token.kind === "hangul" ? stripVerbEnding(only.term) : undefined;
  if (only && noun && noun !== only.term) alternatives.push({ terms: [termQuery(only.token, noun, typingLast)], weight: GLOSSARY_WEIGHT * scale, via });
  // An English -ing form also finds its bare word (brainstorming ~ brainstorm, computing ~ compute), as low.
  if (only?.token.kind === "latin")
    for (const bare of bareOfIng(only.term))
      alternatives.push({ terms: [{ ...termQuery(only.token, bare, false), term: bare }], weight: GLOSSARY_WEIGHT * scale, via });
  // Latin letters spelled out in Hangul (엘지 ~ LG, 케이티 ~ KT) also find the acronym, as low.
  if (only?.token.kind === "hangul") {
    for (const acronym of new Set([only.token.text, only.term].flatMap(spelledAcronyms)))
      alternatives.push({ terms: [{ term: acronym, kind: "latin", prefix: false, surface: only.token.text }], weight: GLOSSARY_WEIGHT * scale, via });
    // …and an acronym spelled out before a Korean word (에스케이텔레콤 ~ SK텔레콤), the two together.
    for (const { letters, rest } of acronymHeads(only.term))
      alternatives.push({
        terms: [
          { term: letters, kind: "latin", prefix: false, surface: only.token.text },
          { term: rest, kind: "hangul", prefix: typingLast, surface: rest },
        ],
        weight: GLOSSARY_WEIGHT * scale,
        via,
      });
  }
  for (const g of groups) {
    for (const variant of glossary?.groups[g] ?? []) {
      // The typed words in another spacing are no other name: the engine looks a word up spaced and joined itself.
      if (variant.join("") === span.map((t) => t.term).join("") && variant.every((t) => isHangulWord(t))) continue;
      alternatives.push({ terms: nameTerms(variant), weight: GLOSSARY_WEIGHT * scale, via: "glossary" });
    }
  }
  return { text: text.slice(span[0]?.token.start ?? 0, span[span.length - 1]?.token.end ?? 0), alternatives };
}

/** The Korean a word's keys would type, or undefined when they make no syllables ("know": ㅏㅜㅐㅈ). */
function koreanKeys(raw: string): string | undefined {
  try {
    return convertQwertyToHangul(raw);
  } catch {
    return undefined;
  }
}

/**
 * Reads Latin letters as the Korean keys at the same places ("spdlqj" -> "네이버") and analyses
 * that word as if it had been typed in Korean, glossary names included, so "spdlqj" also finds
 * "Naver" as "네이버" does.
 */
function keyboardClause(raw: string, typing: boolean, glossary: GlossaryLookup | undefined): Clause | undefined {
  if (!/^[a-zA-Z]{2,}$/u.test(raw)) return undefined;
  const hangul = koreanKeys(raw);
  if (hangul === undefined) return undefined;
  const tokens = tokenize(hangul);
  if (tokens.length !== 1 || tokens[0]?.kind !== "hangul") return undefined;
  const token = tokens[0];
  const term = termOf(token);
  if (!term) return undefined;
  const groups = glossary?.byKey.get(term) ?? [];
  return buildClause(hangul, [{ token, term }], groups, typing, glossary, KEYBOARD_WEIGHT, "keyboard");
}

/** A date the reader typed ("2018년 7월", "July 2018") is one clause: the date terms the index holds for it. */
function dateClause(text: string, date: FoundDate): Clause {
  const exact = (term: string, kind: TermQuery["kind"] = "latin"): TermQuery => ({ term, kind, prefix: false, surface: term });
  const alternatives: Alternative[] = [{ terms: [exact(date.term)], weight: 1, via: "query" }];
  // "09/07/2018" is 7 September or 9 July, as the reader's country writes it: the other reading, a little lower.
  if (date.otherReading) alternatives.push({ terms: [exact(date.otherReading)], weight: GLOSSARY_WEIGHT, via: "query" });
  // A month also matches a story whose text names it ("2023년 11월", "November 2023"), a little lower.
  const month = /^d(\d{4})m(\d{2})$/u.exec(date.term);
  if (month) {
    const [, y = "", m = ""] = month;
    const n = String(Number(m));
    alternatives.push({ terms: [exact(y), exact(n), { ...exact("월", "hangul"), prefix: true }], weight: GLOSSARY_WEIGHT, via: "query" });
    alternatives.push({ terms: [exact(y), exact(MONTHS_EN[Number(m) - 1] ?? "")], weight: GLOSSARY_WEIGHT, via: "query" });
  }
  return { text: text.slice(date.start, date.end), alternatives };
}

/** A number and its counter ("4일", "50억 달러") as one word, as the index holds them: "4일" is no other day. */
function withCounters(text: string, tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    const [counted] = numberWithCounter(text, token, tokens[i + 1]);
    if (!counted) {
      out.push(token);
      continue;
    }
    out.push({ ...token, text: counted.word, end: counted.end });
    // The counter's tokens ("개" and "국" of 개국); a particle after it stays, and is dropped as one.
    while ((tokens[i + 1]?.end ?? Infinity) <= counted.end) i += 1;
  }
  return out;
}

export function analyzeQuery(input: string, glossary?: GlossaryLookup): QueryPlan {
  const text = input.slice(0, MAX_QUERY_LENGTH).normalize("NFC");
  // The last word is still being typed unless a space follows it.
  const open = text.length > 0 && !/\s$/u.test(text);
  const dates = queryDates(text);
  const inDate = (t: Token) => dates.some((d) => t.start >= d.start && t.end <= d.end);
  const all: QueryToken[] = withCounters(
    text,
    tokenize(text).filter((token) => !inDate(token)),
  )
    .map((token) => ({ token, term: termOf(token) }))
    .filter((t) => t.term !== "")
    .slice(0, MAX_CLAUSES * 2);
  const content = all.filter((t) => !STOPWORDS.has(t.term));
  const tokens = content.length > 0 ? content : all;
  const clauses: Clause[] = dates.map((d) => dateClause(text, d));
  // Clauses of one word each, with where the word stands in the text, for joining spaced words.
  const single: { clause: number; token: Token }[] = [];
  for (let i = 0; i < tokens.length && clauses.length < MAX_CLAUSES;) {
    let matched = 0;
    let groups: number[] = [];
    if (glossary) {
      for (let n = Math.min(MAX_PHRASE, tokens.length - i); n >= 1; n--) {
        const key = tokens
          .slice(i, i + n)
          .map((t) => t.term)
          .join("");
        const found = glossary.byKey.get(key);
        if (found) {
          matched = n;
          groups = found;
          break;
        }
      }
    }
    const span = tokens.slice(i, i + Math.max(matched, 1));
    const typingLast = open && i + span.length === tokens.length;
    const clause = buildClause(text, span, groups, typingLast, glossary, 1, "query");
    if (span.length === 1 && span[0]?.token.kind === "latin") {
      const t = span[0].token;
      const keyboard = keyboardClause(text.slice(t.start, t.end), typingLast, glossary);
      if (keyboard) clause.keyboard = keyboard;
      const places = placesOfDemonym(span[0].term).map((place) =>
        buildClause(
          place,
          [{ token: { ...t, text: place, start: 0, end: place.length }, term: place }],
          glossary?.byKey.get(place) ?? [],
          false,
          glossary,
          GLOSSARY_WEIGHT,
          "query",
        ),
      );
      if (places.length > 0) clause.places = places;
      // A name typed joined ("NaverCloud") is also its words as texts write them apart ("Naver Cloud"), as the reader's own words.
      const parts = joinedWordParts(text.slice(t.start, t.end));
      if (parts.length > 0)
        clause.alternatives.splice(1, 0, { terms: parts.map((term) => ({ term, kind: "latin", prefix: false, surface: term })), weight: 1, via: "query" });
    }
    if (span.length === 1 && span[0]) single.push({ clause: clauses.length, token: span[0].token });
    clauses.push(clause);
    i += span.length;
  }
  const joins: Join[] = [];
  for (let a = 0; a < single.length; a++) {
    for (let b = Math.min(single.length - 1, a + MAX_JOIN - 1); b > a; b--) {
      const run = single.slice(a, b + 1);
      // Only words next to each other in the query, with nothing but spaces between them.
      const adjacent = run.every(
        (r, k) => k === 0 || (r.clause === (run[k - 1]?.clause ?? -2) + 1 && !text.slice(run[k - 1]?.token.end, r.token.start).trim()),
      );
      const terms = run.map((r) => clauses[r.clause]?.alternatives[0]?.terms[0]).filter((t): t is TermQuery => t !== undefined);
      const joined = adjacent && terms.length === run.length ? joinedQuery(terms) : undefined;
      if (joined) joins.push({ from: run[0]?.clause ?? 0, to: run[run.length - 1]?.clause ?? 0, alternative: { terms: [joined], weight: 1, via: "join" } });
    }
  }
  return { text, clauses, joins };
}
