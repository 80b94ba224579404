/**
 * Runs queries against the static index: loads the manifest, then only the shards a query needs
 * (FlexSearch indexes, see ./format.ts), and ranks: each article's BM25F weight for a term (computed at build time; a word's
 * forms, inside compounds and with endings, add up as one word) times the term's rarity, scaled by how the term was found (whole words before prefixes and compound parts, the reader's
 * words before glossary names, anything found as typed before typo and sound matches). Works the
 * same in the browser (fetch) and in Node (files or memory), so tests and the bench run the code
 * readers run.
 */
import { combineCharacter, disassembleCompleteCharacter } from "es-hangul";
import {
  INFIX_MARK,
  NOUN_LIKE_ENDINGS,
  PAIR_MARK,
  choseongTerm,
  jamo,
  romanizedVariantTerms,
  soundKey,
  soundQueryTerms,
  spellingVariantTerms,
  spellingsSaidAlike,
} from "./analyze";
import type { SearchDoc } from "./doc";
import {
  BM25_K1,
  IMPACT_SCALE,
  docPackOf,
  docPackPath,
  facetsPath,
  manifestPath,
  parseDocPack,
  parseFacets,
  parseManifest,
  parseTermFile,
  postingPath,
  readPostings,
  shardKey,
  shardOf,
  shardPath,
  shardsFor,
  type Facets,
  type Manifest,
  type TermFile,
  SearchIndexError,
} from "./format";
import { analyzeQuery, glossaryLookup, joinedQuery, type Alternative, type Clause, type GlossaryLookup, type QueryPlan, type TermQuery } from "./query";
import { Scores, best, intersect, ranked, scaled, without } from "./scores";

/**
 * Where index files come from: fetch in the browser, the file system or memory in Node. `fresh`
 * asks for the file from its origin, past any cache (a cached copy may be the broken one).
 */
export type FetchText = (path: string, fresh?: boolean) => Promise<string>;

export interface Filters {
  topic?: string;
  year?: string;
  lang?: string;
}

/** What matched, so results can be highlighted with the same rules that found them. */
export interface MatchSet {
  /** Whole index terms (stems) that matched. */
  words: Set<string>;
  /** Parts of compounds that matched ("센터" inside "데이터센터"). */
  infixes: Set<string>;
  /** Initial-consonant strings that matched. */
  choseong: Set<string>;
}

export interface SearchHit {
  id: number;
  score: number;
}

export interface SearchResponse {
  plan: QueryPlan;
  /** Matches before filtering. */
  unfiltered: number;
  /** Matches after filtering, best first. */
  hits: SearchHit[];
  matches: MatchSet;
  /** How many articles each clause finds alone; suggestions when the whole query finds nothing. */
  clauseCounts: { text: string; count: number }[];
}

/**
 * Match quality by how a term was found. A match's score is its quality times a share of it that
 * the term's BM25 weight decides (see RANK_SHARE), so a weak exact match still ranks above the best
 * typo or sound match.
 */
const QUALITY = { exact: 1, spaced: 0.9, prefix: 0.75, choseong: 0.7, infix: 0.6, infixPrefix: 0.5, split: 0.7, typo: 0.4, sound: 0.3 } as const;

/** The part of a match's score that BM25 decides; the rest is the match quality alone. */
const RANK_SHARE = 0.6;

/** Shortest words a typo is corrected in: Latin letters, Hangul syllables. */
const TYPO_MIN = { latin: 5, hangul: 3 } as const;

/**
 * True when `a` becomes `b` by one insertion, deletion, swap of neighbours, or substitution of one
 * letter by another that `slip` allows (by default any).
 */
function oneEditApart(a: string, b: string, slip: (typed: string, meant: string) => boolean = () => true): boolean {
  if (a === b || Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const ra = a.slice(i);
  const rb = b.slice(i);
  if (ra.slice(1) === rb || ra === rb.slice(1)) return true;
  if (ra.slice(1) === rb.slice(1)) return slip(ra[0] ?? "", rb[0] ?? "");
  return ra.length >= 2 && ra[0] === rb[1] && ra[1] === rb[0] && ra.slice(2) === rb.slice(2);
}

const KEY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];
/** Letters English spells one sound with, which a reader confuses in writing (Hektor, budjet, clowd, Lopes). */
const SOUND_ALIKE = ["ck", "cs", "kq", "sz", "gj", "fv", "bv", "uw"];

/**
 * One Latin letter typed for another as people slip: a key next to it, a vowel for a vowel, or a
 * letter that sounds the same. Other substitutions make another word more often than a typo
 * ("seminal" is no "seminar", "clout" no "cloud").
 */
function latinSlip(typed: string, meant: string): boolean {
  if (/[aeiouy]/u.test(typed) && /[aeiouy]/u.test(meant)) return true;
  if (SOUND_ALIKE.includes(typed + meant) || SOUND_ALIKE.includes(meant + typed)) return true;
  const at = (c: string) => {
    const row = KEY_ROWS.findIndex((r) => r.includes(c));
    return { row, col: KEY_ROWS[row]?.indexOf(c) ?? -1 };
  };
  const p = at(typed);
  const q = at(meant);
  if (p.row < 0 || q.row < 0) return false;
  if (p.row === q.row) return Math.abs(p.col - q.col) === 1;
  // Each row sits half a key right of the one above: a key touches the two above it, col and col + 1.
  const [upper, lower] = p.row < q.row ? [p, q] : [q, p];
  return lower.row - upper.row === 1 && (upper.col === lower.col || upper.col === lower.col + 1);
}

/** A letter typed once where the word doubles it, or twice where it does not (Boby ~ Bobby, Seooul ~ Seoul). */
function doubledSlip(typed: string, meant: string): boolean {
  const [short, long] = typed.length < meant.length ? [typed, meant] : [meant, typed];
  if (long.length !== short.length + 1) return false;
  for (let i = 1; i < long.length; i++) if (long[i] === long[i - 1] && long.slice(0, i) + long.slice(i + 1) === short) return true;
  return false;
}

/**
 * A Latin word the engine would read as `meant` mistyped: 5+ letters, one slip apart (see latinSlip);
 * 4 letters, only a doubled letter's slip, as a short word one other edit away is mostly another word.
 */
export const isLatinTypo = (typed: string, meant: string): boolean =>
  /^[a-z]+$/u.test(typed) &&
  (typed.length >= TYPO_MIN.latin ? oneEditApart(typed, meant, latinSlip) : typed.length === TYPO_MIN.latin - 1 && doubledSlip(typed, meant));

/** Longest word looked for by sound: names are shorter, and romanizing a long word is slow. */
const MAX_NAME_LENGTH = 20;
/** Most Latin words read together as one name ("Kim Seong-bae"). */
const MAX_NAME_WORDS = 3;
/** Most initials split into several words' (each part a lookup, perhaps a shard fetched). */
const MAX_INITIALS_RUN = 12;
/** Words a single lookup may expand to; short prefixes of common syllables stop here. */
const MAX_EXPANSION = 400;
/** Posting files of frequent words one loose lookup may fetch (best matches come first). */
const MAX_POSTING_FETCHES = 6;

/** A term's postings as scoring reads them: ids ascending, each with the frequency its impact stands for. */
interface TermPostings {
  ids: readonly number[];
  /** frequencyOf the article's impact for the term, at the same place as its id. */
  frequency: readonly number[];
}

interface Shard extends TermFile {
  /** Postings read so far, by term. */
  decoded: Map<string, TermPostings>;
  jamoCache: Map<string, string>;
  /** The sub-shards a merged view reads its postings from (a split key's whole run). */
  parts?: Shard[];
}

interface Expansion {
  term: string;
  quality: number;
  record: (m: MatchSet) => void;
}
const CHOSEONG_LETTERS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ";

function lowerBound(sorted: string[], key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((sorted[mid] ?? "") < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function* withPrefix(sorted: string[], prefix: string): Generator<string> {
  for (let i = lowerBound(sorted, prefix); i < sorted.length; i++) {
    const s = sorted[i] ?? "";
    if (!s.startsWith(prefix)) return;
    yield s;
  }
}

/** Terms whose first letters could still become `surface` as the IME finishes its last syllable. */
function* composingCandidates(sorted: string[], surface: string, mark = ""): Generator<string> {
  const last = surface.charCodeAt(surface.length - 1);
  let cho = -1;
  if (last >= 0xac00 && last <= 0xd7a3) cho = Math.floor((last - 0xac00) / 588);
  else cho = CHOSEONG_LETTERS.indexOf(surface[surface.length - 1] ?? "");
  if (cho < 0) return;
  const head = mark + surface.slice(0, -1);
  const from = head + String.fromCharCode(0xac00 + cho * 588);
  const to = head + String.fromCharCode(0xac00 + cho * 588 + 587);
  for (let i = lowerBound(sorted, from); i < sorted.length; i++) {
    const s = sorted[i] ?? "";
    if (s.slice(0, to.length) > to) return;
    yield s;
  }
}

function has(sorted: string[], key: string): boolean {
  return sorted[lowerBound(sorted, key)] === key;
}

export class SearchEngine {
  /** Every index file fetched so far, by path: each is fetched and parsed once. */
  private readonly files = new Map<string, Promise<unknown>>();
  readonly glossary: GlossaryLookup;

  private constructor(
    readonly manifest: Manifest,
    private readonly fetchText: FetchText,
  ) {
    this.glossary = glossaryLookup(manifest.glossary);
    this.sums = { quality: Array.from({ length: manifest.docs }, () => 0), tf: Array.from({ length: manifest.docs }, () => 0) };
  }

  static async open(fetchText: FetchText): Promise<SearchEngine> {
    const text = await fetchText(manifestPath);
    return new SearchEngine(parseManifest(text), fetchText);
  }

  /**
   * Fetches and parses `file` once. A copy that fails to load or parse is fetched once more past
   * the cache (index pieces are cached as immutable, so a broken copy would otherwise stay), and a
   * load that still fails is forgotten so that "retry" starts over.
   */
  private load<T>(file: string, parse: (text: string) => T): Promise<T> {
    let p = this.files.get(file) as Promise<T> | undefined;
    if (!p) {
      p = this.fetchText(file)
        .then(parse)
        .catch(() => this.fetchText(file, true).then(parse));
      p.catch(() => this.files.delete(file));
      this.files.set(file, p);
    }
    return p;
  }

  private shard(n: number): Promise<Shard> {
    const file = shardPath(n, this.manifest.build);
    return this.load(file, (text) => openShard(text, file));
  }

  private postings(k: number): Promise<Shard> {
    const file = postingPath(k, this.manifest.build);
    return this.load(file, (text) => openShard(text, file));
  }

  /** Where FormSum adds up a lookup's forms. */
  private readonly sums: PerArticleSums;

  /** Merged views of a split key's sub-shards, for prefixes too short to pick one. */
  private readonly merged = new Map<string, Promise<Shard>>();

  private shardFor(term: string): Promise<Shard> {
    const ns = shardsFor(term, this.manifest);
    if (ns.length === 1) return this.shard(ns[0] ?? 0);
    const key = ns.join(",");
    let p = this.merged.get(key);
    if (!p) {
      p = Promise.all(ns.map((n) => this.shard(n))).then(mergeShards);
      p.catch(() => this.merged.delete(key));
      this.merged.set(key, p);
    }
    return p;
  }

  facets(): Promise<Facets> {
    const file = facetsPath(this.manifest.build);
    return this.load(file, (text) => parseFacets(text, file, this.manifest.docs));
  }

  async doc(id: number): Promise<SearchDoc> {
    const { pack, docs } = this.manifest;
    const { k, at } = docPackOf(id, pack);
    const file = docPackPath(k, this.manifest.build);
    if (!Number.isInteger(id) || id < 0 || id >= docs) throw new SearchIndexError(`has no article ${id}`, file);
    const list = await this.load(file, (text) => parseDocPack(text, file, Math.min(pack, docs - k * pack)));
    const doc = list[at];
    if (!doc) throw new SearchIndexError(`has no article ${id}`, file);
    return doc;
  }

  /** The concrete index terms one lookup stands for, best first. */
  private expand(shard: Shard, q: TermQuery): Expansion[] {
    const out: Expansion[] = [];
    const seen = new Set<string>();
    const add = (term: string, quality: number, record: (m: MatchSet) => void) => {
      if (seen.has(term) || out.length >= MAX_EXPANSION) return;
      seen.add(term);
      out.push({ term, quality, record });
    };
    const word = (t: string, quality: number) => add(t, quality, (m) => m.words.add(t));
    const infix = (t: string, quality: number) => add(t, quality, (m) => m.infixes.add(q.term));
    const jamoOf = (t: string) => {
      let j = shard.jamoCache.get(t);
      if (j === undefined) shard.jamoCache.set(t, (j = jamo(t)));
      return j;
    };
    if (q.fuzzy) {
      // One typo: a Latin word of 5+ letters by one letter, a Korean word of 3+ syllables by one jamo.
      // Letters only: a number or a date one digit away is another number, not a typo.
      // A common English word the archive lacks ("never" beside Naver) is what the reader meant, no typo…
      if (q.kind === "latin" && !has(shard.realWords, q.term)) {
        for (const w of shard.words) if (isLatinTypo(q.term, w)) word(w, QUALITY.typo);
      }
      // …and so is a noun of the Korean dictionary ("데이트" beside 데이터).
      if (q.kind === "hangul" && q.term.length >= TYPO_MIN.hangul && !has(shard.realWords, q.term))
        for (const c of hangulCorrections(shard, q.term, q.prefix, jamoOf)) add(c.term, c.quality, c.record);
      // …and the word as typed, for the other words of a phrase.
    }
    switch (q.kind) {
      case "none":
        return out;
      case "sound":
        for (const t of q.sounds ?? []) add(t, QUALITY.sound, () => undefined);
        return out;
      case "choseong":
        for (const c of withPrefix(shard.choseong, q.term))
          add(c, c === q.term ? QUALITY.exact * QUALITY.choseong : QUALITY.choseong * 0.9, (m) => m.choseong.add(c));
        // The initials of a compound's tail ("ㅋㄹㅇㄷ" inside 네이버클라우드).
        for (const c of withPrefix(shard.choseong, INFIX_MARK + q.term))
          add(c, QUALITY.choseong * QUALITY.infix, (m) => m.choseong.add(c.slice(INFIX_MARK.length)));
        return out;
      case "latin":
      case "other":
        if (has(shard.words, q.term)) word(q.term, QUALITY.exact);
        if (q.prefix) for (const w of withPrefix(shard.words, q.term)) word(w, QUALITY.prefix);
        return out;
      case "hangul": {
        // A last syllable that may be a particle or the word's own, when a word goes on from it, is
        // the word's: a word being typed goes on from what the reader typed (프라이 ~ 프라이빗), and the
        // stem is no compound's tail (not 인프라).
        const goesOn = q.prefix && goesOnAsTyped(shard.words, q);
        if (has(shard.words, q.term)) word(q.term, QUALITY.exact);
        const tail = INFIX_MARK + q.term;
        if (q.term.length >= 2 && has(shard.infixes, tail) && !goesOn) infix(tail, QUALITY.infix);
        if (q.prefix) {
          const typed = goesOn ? q.surface : q.term;
          for (const w of withPrefix(shard.words, typed)) word(w, QUALITY.prefix);
          if (typed.length >= 2) {
            for (const t of withPrefix(shard.infixes, INFIX_MARK + typed))
              add(t, QUALITY.infixPrefix, (m) => m.infixes.add(t.slice(INFIX_MARK.length, INFIX_MARK.length + typed.length)));
          }
        }
        if (q.jamo) {
          const j = q.jamo;
          for (const w of composingCandidates(shard.words, q.surface)) if (jamoOf(w).startsWith(j)) word(w, QUALITY.prefix);
          if (q.surface.length >= 2) {
            for (const t of composingCandidates(shard.infixes, q.surface, INFIX_MARK)) {
              if (!jamoOf(t.slice(INFIX_MARK.length)).startsWith(j)) continue;
              // Highlight as much of the tail as the reader has typed, in whole syllables.
              add(t, QUALITY.infixPrefix, (m) => m.infixes.add(t.slice(INFIX_MARK.length, INFIX_MARK.length + q.surface.length)));
            }
          }
        }
        return out;
      }
    }
  }

  private async lookup(q: TermQuery, matches: MatchSet): Promise<Scores> {
    if (q.kind === "none" || !q.term) return Scores.none;
    // Sound keys of different skeletons (브레인스토밍: with and without its -ing) live in different shards.
    const skeletons = new Map<string, string[]>();
    for (const t of q.sounds ?? []) skeletons.set(shardKey(t), [...(skeletons.get(shardKey(t)) ?? []), t]);
    if (q.kind === "sound" && skeletons.size > 1) {
      let scores = Scores.none;
      for (const sounds of skeletons.values()) scores = best(scores, await this.lookup({ ...q, term: sounds[0] ?? "", sounds }, matches));
      return scores;
    }
    const shard = await this.shardFor(q.kind === "hangul" && q.jamo ? q.surface : q.term);
    const forms = new FormSum(this.sums);
    let fetched = 0;
    for (const e of this.expand(shard, q)) {
      let source = shard;
      const file = shard.external.get(e.term);
      if (file !== undefined) {
        // A frequent word: its postings are a file of their own. Loose matches (prefixes, compound
        // parts) fetch at most a few such files, so a one-syllable prefix stays cheap.
        if (e.quality < QUALITY.exact && fetched >= MAX_POSTING_FETCHES) continue;
        fetched += 1;
        source = await this.postings(file);
      }
      const postings = postingsOf(source, e.term, this.manifest.docs);
      if (postings.ids.length === 0) continue;
      forms.add(postings, e.quality);
      e.record(matches);
    }
    return forms.scores();
  }

  /** Splits a run-together Korean phrase into indexed words ("디지털플랫폼정부" -> 디지털 플랫폼 정부). */
  private async splitCompound(q: TermQuery, loose = false): Promise<TermQuery[] | undefined> {
    const word = q.term;
    if (q.kind !== "hangul" || word.length < 4) return undefined;
    const parts: TermQuery[] = [];
    for (let pos = 0; pos < word.length;) {
      let part: TermQuery | undefined;
      for (let len = word.length - pos; len >= 2 && !part; len--) {
        if (len === word.length) continue;
        // Each candidate in the shard it is written to: a long compound's first letters may be split
        // a syllable further than its two-syllable head's.
        const piece = word.slice(pos, pos + len);
        const words = (await this.shard(shardOf(piece, this.manifest))).words;
        if (has(words, piece)) part = { term: piece, kind: "hangul", prefix: false, surface: piece };
        else if (loose) part = loosePiece(words, piece, pos + len === word.length);
      }
      if (!part) return undefined;
      parts.push(part);
      pos += part.surface.length;
    }
    return parts.length >= 2 ? parts : undefined;
  }

  /**
   * Initials typed for several words as one run ("ㅁㅅㅌㅍㄹ" for 마스터 플랜): the initials of
   * consecutive indexed words, longest first, the last one also the start of a word's initials (a
   * noun kept with its particle, 플랜의). Undefined unless the whole run splits into parts of two
   * initials or more.
   */
  private async splitInitials(q: TermQuery): Promise<TermQuery[] | undefined> {
    const run = q.term;
    if (q.kind !== "choseong" || run.length < 4 || run.length > MAX_INITIALS_RUN) return undefined;
    const parts: TermQuery[] = [];
    for (let pos = 0; pos < run.length;) {
      let part: TermQuery | undefined;
      for (let len = run.length - pos; len >= 2 && !part; len--) {
        if (len === run.length || run.length - pos - len === 1) continue;
        const piece = run.slice(pos, pos + len);
        const initials = (await this.shardFor(piece)).choseong;
        const last = pos + len === run.length;
        if (has(initials, piece) || (last && withPrefix(initials, piece).next().done === false))
          part = { term: piece, kind: "choseong", prefix: last, surface: piece };
      }
      if (!part) return undefined;
      parts.push(part);
      pos += part.term.length;
    }
    return parts;
  }

  /**
   * The parts of a split compound, each with its own glossary names and sound, all in one article:
   * 클라우드컴퓨팅 finds 클라우드 컴퓨팅 and, through 클라우드 = cloud and 컴퓨팅 ~ computing, "cloud computing".
   */
  private async splitAlternative(parts: TermQuery[], weight: number, matches: MatchSet): Promise<Scores> {
    let acc: Scores | undefined;
    for (const part of parts) {
      const c = analyzeQuery(part.term, this.glossary).clauses[0];
      const s = c
        ? await this.clause({ text: c.text, alternatives: [{ terms: [part], weight: 1, via: "split" }, ...c.alternatives.slice(1)] }, matches)
        : Scores.none;
      acc = acc === undefined ? s : intersect(acc, s);
      if (acc.size === 0) return acc;
    }
    return scaled(acc ?? Scores.none, parts.length, weight, 1 + 0.1 * parts.length);
  }

  /**
   * Adjacent Latin words read as one name in Hangul, by sound ("Costa Rica" ~ 코스타리카, "Kim Seong-bae"
   * ~ 김성배): the longest run of up to MAX_NAME_WORDS from clause `k` that finds something.
   */
  private async nameRun(clauses: Clause[], perClause: Scores[], k: number, matches: MatchSet): Promise<{ to: number; scores: Scores } | undefined> {
    const word = (c: Clause | undefined) => {
      const terms = c?.alternatives[0]?.terms;
      return terms?.length === 1 && terms[0]?.kind === "latin" ? terms[0].term : undefined;
    };
    for (let to = Math.min(clauses.length - 1, k + MAX_NAME_WORDS - 1); to > k; to--) {
      const words = clauses.slice(k, to + 1).map(word);
      if (words.some((w) => w === undefined)) continue;
      const name = words.join(" ");
      // A Korean name in English order, the family name last ("Byung-gon Chun" ~ 전병곤), read both ways.
      const koreanOrder = [words.at(-1), ...words.slice(0, -1)].join(" ");
      // The name in Hangul, or spelled another way in English text.
      const sounds =
        name.replace(/ /gu, "").length <= MAX_NAME_LENGTH
          ? [...new Set([...soundQueryTerms(name, true), ...soundQueryTerms(koreanOrder, true), ...romanizedVariantTerms(name)])].filter(Boolean)
          : [];
      if (sounds.length === 0) continue;
      const scores = await this.alternative(
        { terms: [{ term: sounds[0] ?? "", kind: "sound", prefix: false, surface: name, sounds }], weight: QUALITY.sound, via: "query" },
        matches,
      );
      if (scores.size > 0) return { to, scores };
    }
    return this.wordsHeard(clauses, perClause, k, matches);
  }

  /**
   * Adjacent English words that no article holds together, each heard in Hangul text where it
   * finds nothing as typed ("master plan" ~ 마스터 플랜, "talk concert" ~ 토크 콘서트): the longest run
   * from clause `k` whose words, each as found or as heard, are all in one article. A fallback only,
   * so a phrase the English text has is never diluted by sound.
   */
  private async wordsHeard(clauses: Clause[], perClause: Scores[], k: number, matches: MatchSet): Promise<{ to: number; scores: Scores } | undefined> {
    for (let to = Math.min(clauses.length - 1, k + MAX_NAME_WORDS - 1); to > k; to--) {
      const run = clauses.slice(k, to + 1);
      const own = run.map((c) => c.alternatives[0]?.terms);
      if (!own.every((terms) => terms?.length === 1 && terms[0]?.kind === "latin")) continue;
      const found = perClause.slice(k, to + 1);
      if (found.reduce((acc, s) => intersect(acc, s)).size > 0) continue;
      let acc: Scores | undefined;
      for (const [i, c] of run.entries()) {
        let scores = found[i] ?? Scores.none;
        for (const alt of soundAlternatives(c.alternatives[0] as Alternative))
          scores = best(scores, await this.alternative({ ...alt, weight: alt.weight * QUALITY.sound }, matches));
        acc = acc === undefined ? scores : intersect(acc, scores);
        if (acc.size === 0) break;
      }
      if (acc && acc.size > 0) return { to, scores: acc };
    }
    return undefined;
  }

  /** The articles that print a Korean word's parts side by side, a space apart (the index's pairs, PAIR_MARK). */
  private sideBySide(q: TermQuery, weight: number, matches: MatchSet): Promise<Scores> {
    const pair: TermQuery = { term: PAIR_MARK + q.term, kind: "other", prefix: false, surface: q.surface };
    return this.alternative({ terms: [pair], weight: weight * QUALITY.spaced, via: "join" }, matches);
  }

  private async alternative(alt: Alternative, matches: MatchSet): Promise<Scores> {
    let acc: Scores | undefined;
    for (const q of alt.terms) {
      const s = await this.lookup(q, matches);
      acc = acc === undefined ? s : intersect(acc, s);
      if (acc.size === 0) return acc;
    }
    return scaled(acc ?? Scores.none, Math.max(1, alt.terms.length), alt.weight, alt.terms.length > 1 ? 1 + 0.1 * alt.terms.length : 1);
  }

  private async clause(c: Clause, matches: MatchSet): Promise<Scores> {
    let scores = Scores.none;
    const merge = (s: Scores) => {
      scores = best(scores, s);
    };
    const own = c.alternatives[0];
    // Spaced words the archive writes as one ("데이터 센터" ~ 데이터센터) mean that word, not each word
    // anywhere: the word, and its words where a text prints them side by side.
    const joined = own ? joinedQuery(own.terms) : undefined;
    let together = joined && own ? await this.alternative({ terms: [joined], weight: own.weight, via: "join" }, matches) : undefined;
    if (joined && own && together && together.size > 0) together = best(together, await this.sideBySide(joined, own.weight, matches));
    for (const alt of c.alternatives) merge(alt === own && together && together.size > 0 ? together : await this.alternative(alt, matches));
    const single = own?.terms.length === 1 ? own.terms[0] : undefined;
    // A Korean word typed run together is also its words printed side by side (공공서비스 ~ 공공 서비스),
    // just below the word itself; added after a split is tried, which it does not stand in for.
    const spaced = own && single?.kind === "hangul" && single.term.length >= 2 ? await this.sideBySide(single, own.weight, matches) : Scores.none;
    // A long Korean loanword or name is also looked for in English text, by sound (브레인스토밍 ~ brainstorming),
    // and a long English word in Hangul text (computing ~ 컴퓨팅): the same key both ways.
    // What it finds is added last: a name heard in English text is no reason to give up on the word
    // as the reader wrote it (a split compound, a typo).
    let heard = Scores.none;
    if (own && (single?.kind === "hangul" || single?.kind === "latin") && single.term.length <= MAX_NAME_LENGTH && soundKey(single.term).skeleton.length >= 4) {
      for (const alt of soundAlternatives(own)) heard = best(heard, await this.alternative({ ...alt, weight: alt.weight * QUALITY.sound }, matches));
    }
    if (scores.size === 0) {
      const parts = single ? await this.splitCompound(single) : undefined;
      // A split ranks below the word it splits, whatever that word's own weight. Where a text prints
      // the parts side by side, they are the word; apart in a Korean text they are two other words, so
      // the split adds only what the parts' names find together (클라우드컴퓨팅 ~ "cloud computing").
      let split = parts ? await this.splitAlternative(parts, QUALITY.split * (own?.weight ?? 1), matches) : Scores.none;
      if (parts && spaced.size > 0) split = without(split, await this.alternative({ terms: parts, weight: 1, via: "split" }, emptyMatches()));
      merge(split);
    }
    merge(spaced);
    // Still nothing: initials typed for several words: two words a text prints side by side ("ㅎㅅㅈㅊ" ~
    // 후속 조치), else each word's initials anywhere in one article.
    if (scores.size === 0 && single?.kind === "choseong") {
      merge(await this.sideBySide(single, QUALITY.choseong * (own?.weight ?? 1), matches));
      const parts = scores.size === 0 ? await this.splitInitials(single) : undefined;
      if (parts) merge(await this.alternative({ terms: parts, weight: QUALITY.split * (own?.weight ?? 1), via: "split" }, matches));
    }
    // The keys read in the Korean layout go through the same steps as a word typed in Korean.
    if (scores.size === 0 && c.keyboard) merge(await this.clause(c.keyboard, matches));
    // An adjective of nationality finds nothing as typed: the place it names, in either script (Paraguayan ~ 파라과이).
    if (scores.size === 0) for (const place of c.places ?? []) merge(await this.clause(place, matches));
    // Still nothing: the words one typo away, always below anything found as typed.
    if (scores.size === 0 && own) merge(await this.alternative({ ...own, terms: own.terms.map((q) => ({ ...q, fuzzy: true })), weight: own.weight }, matches));
    // Still nothing: a Korean word the reader wrote as it is said, another way (재언 ~ 제언, 망나 ~ 망라),
    // unless it is a word of the dictionary itself.
    if (scores.size === 0 && single?.kind === "hangul" && !has((await this.shardFor(single.term)).realWords, single.term)) {
      for (const spelling of spellingsSaidAlike(single.term)) {
        const said: TermQuery = { term: spelling, kind: "hangul", prefix: single.prefix, surface: spelling };
        merge(await this.alternative({ terms: [said], weight: QUALITY.typo * (own?.weight ?? 1), via: "query" }, matches));
      }
    }
    // Still nothing: a run-together word whose parts are misspelled or unfinished (마스타플랜 ~ 마스터 플랜의).
    if (scores.size === 0) {
      const parts = single ? await this.splitCompound(single, true) : undefined;
      if (parts) merge(await this.splitAlternative(parts, QUALITY.split * QUALITY.typo * (own?.weight ?? 1), matches));
    }
    // Still nothing in the reader's script: a loanword spelled another way in Hangul (노우하우 ~ 노하우,
    // 프라이베이트 ~ 프라이빗), ranked above the word heard in English text.
    if (scores.size === 0 && single?.kind === "hangul" && single.term.length <= MAX_NAME_LENGTH) {
      const sounds = spellingVariantTerms(single.term);
      const variant: TermQuery = { term: sounds[0] ?? "", kind: "sound", prefix: false, surface: single.term, sounds };
      if (sounds.length > 0) merge(await this.alternative({ terms: [variant], weight: own?.weight ?? 1, via: "query" }, matches));
    }
    merge(heard);
    // Still nothing: a name written in the other script, by how it sounds (Linux ~ 리눅스).
    if (scores.size === 0 && own) for (const alt of soundAlternatives(own)) merge(await this.alternative(alt, matches));
    return scores;
  }

  async search(query: string, filters: Filters = {}): Promise<SearchResponse> {
    const plan = analyzeQuery(query, this.glossary);
    const matches: MatchSet = { words: new Set(), infixes: new Set(), choseong: new Set() };
    const clauseCounts: { text: string; count: number }[] = [];
    let total: Scores | undefined;
    // Shards of all clauses load in parallel; lookups then run from memory.
    await Promise.all(
      plan.clauses
        .flatMap((c) => c.alternatives.flatMap((a) => a.terms))
        .filter((q) => q.kind !== "none" && q.term)
        .map((q) => this.shardFor(q.jamo ? q.surface : q.term)),
    );
    const perClause: Scores[] = [];
    for (const c of plan.clauses) {
      const s = await this.clause(c, matches);
      clauseCounts.push({ text: c.text, count: s.size });
      perClause.push(s);
    }
    // BM25's rarity, once per clause: a clause's names in every language stand for one concept,
    // so they share one document frequency, the number of articles the clause finds. A joined run
    // counts for the words it stands for.
    const weigh = (scores: Scores, words: number): Scores => scaled(scores, 1, idf(this.manifest.docs, scores.size) * words);
    // Spaced Korean words that the archive writes as one word stand for that word: "통합 전산 센터"
    // finds 통합전산센터, not every story with 통합, 전산 and 센터 somewhere. The longest run found wins.
    for (let k = 0; k < perClause.length;) {
      let used = k;
      let s = perClause[k] ?? Scores.none;
      let phrase: { to: number; scores: Scores } | undefined;
      for (const join of plan.joins.filter((j) => j.from === k)) {
        const together = await this.alternative(join.alternative, matches);
        const word = join.alternative.terms[0];
        if (together.size === 0) {
          // No word of the archive is the words joined; a text that prints them side by side says
          // the phrase the reader typed ("클라우드 도입"), and ranks above texts with the words apart.
          const side = word && !phrase ? await this.sideBySide(word, join.alternative.weight, emptyMatches()) : Scores.none;
          if (side.size > 0) phrase = { to: join.to, scores: side };
          continue;
        }
        s = word ? best(together, await this.sideBySide(word, join.alternative.weight, matches)) : together;
        used = join.to;
        phrase = undefined;
        break;
      }
      let weighted = weigh(s, used - k + 1);
      if (phrase) {
        for (let i = k + 1; i <= phrase.to; i++) weighted = intersect(weighted, weigh(perClause[i] ?? Scores.none, 1));
        weighted = best(weighted, intersect(weighted, weigh(phrase.scores, 1)));
        used = phrase.to;
      }
      const name = used === k ? await this.nameRun(plan.clauses, perClause, k, matches) : undefined;
      if (name) {
        // The run finds what its words find together, and the name they spell.
        for (let i = k + 1; i <= name.to; i++) weighted = intersect(weighted, weigh(perClause[i] ?? Scores.none, 1));
        weighted = best(weighted, weigh(name.scores, name.to - k + 1));
        used = name.to;
      }
      total = total === undefined ? weighted : intersect(total, weighted);
      k = used + 1;
    }
    // Best score first; among equals the newer article (lower id) first.
    let hits: SearchHit[] = [];
    if (total) for (const i of ranked(total)) hits.push({ id: total.ids[i] as number, score: total.values[i] as number });
    const unfiltered = hits.length;
    if (filters.topic || filters.year || filters.lang) {
      const f = await this.facets();
      hits = hits.filter(
        (h) =>
          (!filters.topic || (f.topics[h.id] ?? []).includes(filters.topic)) &&
          (!filters.year || f.years[h.id] === filters.year) &&
          (!filters.lang || f.langs[h.id] === filters.lang),
      );
    }
    return { plan, unfiltered, hits, matches, clauseCounts };
  }
}

/** A match set that records nothing the reader sees (for lookups that only take articles away). */
const emptyMatches = (): MatchSet => ({ words: new Set(), infixes: new Set(), choseong: new Set() });

/** A clause's words as sound keys: each word alone, and Latin words run together ("Costa Rica" ~ 코스타리카). */
function soundAlternatives(own: Alternative): Alternative[] {
  const sound = (...words: string[]): TermQuery | undefined => {
    // A Latin word with no vowel is an acronym, said letter by letter (NHN, KT), not a word to hear.
    const first = words[0] ?? "";
    if (first.length > MAX_NAME_LENGTH || /^[b-df-hj-np-tv-xz]+$/u.test(first)) return undefined;
    const sounds = [...new Set(words.flatMap((w) => soundQueryTerms(w)))];
    return sounds.length > 0 ? { term: sounds[0] ?? "", kind: "sound", prefix: false, surface: words[0] ?? "", sounds } : undefined;
  };
  // A name may end in a syllable that is also a particle (몬테로 ~ Montero, 파라과이 ~ Paraguay): heard whole too.
  const whole = (q: TermQuery) => (q.kind === "hangul" && q.surface !== q.term && NOUN_LIKE_ENDINGS.has(q.surface.slice(q.term.length)) ? [q.surface] : []);
  const each = own.terms.map((q) => (q.kind === "latin" || q.kind === "hangul" ? sound(q.term, ...whole(q)) : undefined));
  const out: Alternative[] = [];
  if (each.every((q) => q !== undefined)) out.push({ terms: each as TermQuery[], weight: own.weight, via: "query" });
  const latin = own.terms.filter((q) => q.kind === "latin");
  const joined = latin.length > 1 && latin.length === own.terms.length ? sound(latin.map((q) => q.term).join(" ")) : undefined;
  if (joined) out.push({ terms: [joined], weight: own.weight, via: "query" });
  return out;
}

interface Correction {
  term: string;
  quality: number;
  record: (m: MatchSet) => void;
  /** Only vowels differ: another spelling of the same word (트랜드 ~ 트렌드, 데이타 ~ 데이터). */
  vowelOnly: boolean;
}

/** A word's jamo without its vowels. */
const consonantsOf = (jamoText: string) => jamoText.replace(/[\u314F-\u3163]/gu, "");

/**
 * The index words and compound tails one jamo from a Korean word of TYPO_MIN.hangul syllables or more,
 * and the longer words that start with such a word (밴치마킹 ~ 벤치마킹하겠다; one syllable longer
 * included: a noun the archive keeps with its particle, 컨소시움 ~ 컨소시엄이, is one syllable and two
 * jamo from the word, but its first syllables are one jamo from it). Korean spells a word's vowels
 * more ways than its consonants, so when some corrections change only a vowel, they are the word
 * and the others are other words (트랜드 ~ 트렌드, not 브랜드): only they are kept.
 */
function hangulCorrections(shard: Shard, term: string, prefix: boolean, jamoOf: (t: string) => string): Correction[] {
  const typed = jamo(term);
  const out: Correction[] = [];
  const near = (j: string) => oneEditApart(typed, j);
  const vowelOnly = (j: string) => consonantsOf(j) === consonantsOf(typed);
  for (const w of shard.words) {
    if (isHangulTypo(term, w, typed, jamoOf)) out.push({ term: w, quality: QUALITY.typo, record: (m) => m.words.add(w), vowelOnly: vowelOnly(jamoOf(w)) });
    else if (prefix && w.length > term.length) {
      const head = jamoOf(w.slice(0, term.length));
      if (near(head) || syllableSlip(term, w.slice(0, term.length + 1)))
        out.push({ term: w, quality: QUALITY.typo * QUALITY.prefix, record: (m) => m.words.add(w), vowelOnly: vowelOnly(head) });
    }
  }
  for (const t of shard.infixes) {
    const tail = t.slice(INFIX_MARK.length);
    if (Math.abs(tail.length - term.length) <= 1 && near(jamoOf(tail)))
      out.push({ term: t, quality: QUALITY.typo * QUALITY.infix, record: (m) => m.infixes.add(tail), vowelOnly: vowelOnly(jamoOf(tail)) });
  }
  return out.some((c) => c.vowelOnly) ? out.filter((c) => c.vowelOnly) : out;
}

/**
 * A Korean word the engine would read as `meant` mistyped: 3+ syllables, one jamo apart, or a whole
 * syllable's slip (see syllableSlip). `typedJamo` and `jamoOf` spare a caller that compares one word
 * with many the decomposing.
 */
export function isHangulTypo(typed: string, meant: string, typedJamo = jamo(typed), jamoOf: (t: string) => string = jamo): boolean {
  if (typed.length < TYPO_MIN.hangul || typed === meant) return false;
  return (Math.abs(meant.length - typed.length) <= 1 && oneEditApart(typedJamo, jamoOf(meant))) || syllableSlip(typed, meant);
}

/** Fewest syllables of a word typed with a whole syllable left out (브레인토밍 ~ 브레인스토밍). */
const DROPPED_SYLLABLE_MIN = 4;

/**
 * True when the syllable stripped from a Korean word as a particle may be the next syllable of a
 * longer word instead (이, 가, 도… end nouns too), and a word of the archive does go on so.
 */
function goesOnAsTyped(words: string[], q: TermQuery): boolean {
  if (!q.surface.startsWith(q.term) || !NOUN_LIKE_ENDINGS.has(q.surface.slice(q.term.length))) return false;
  for (const w of withPrefix(words, q.surface)) if (w.length > q.surface.length) return true;
  return false;
}

/**
 * A Korean word typed with two neighbouring syllables swapped (벡코스 ~ 벡스코), a loanword's final
 * consonant written under a syllable where the word writes it as its own (넷워킹 ~ 네트워킹), or, when
 * long, with a syllable left out (브레인토밍 ~ 브레인스토밍): slips of a whole syllable, which one jamo
 * does not reach.
 */
function syllableSlip(typed: string, word: string): boolean {
  if (word.length === typed.length) {
    const i = [...word].findIndex((c, k) => c !== typed[k]);
    return i >= 0 && i + 1 < word.length && word[i] === typed[i + 1] && word[i + 1] === typed[i] && word.slice(i + 2) === typed.slice(i + 2);
  }
  if (word.length !== typed.length + 1) return false;
  return [...typed].some((c, k) => {
    // A loanword's final consonant under its syllable or as a syllable of its own (넷워킹 ~ 네트워킹).
    const syllable = disassembleCompleteCharacter(c);
    const own = OWN_SYLLABLE[syllable?.jongseong ?? ""];
    if (syllable && own && word === typed.slice(0, k) + combineCharacter(syllable.choseong, syllable.jungseong) + own + typed.slice(k + 1)) return true;
    return typed.length >= DROPPED_SYLLABLE_MIN && k > 0 && word.slice(0, k) + word.slice(k + 1) === typed;
  });
}

/** The syllable a final consonant is written as in a loanword when it stands alone (ㄱ 크, ㄷ 드, ㅂ 프, ㅅ 트). */
const OWN_SYLLABLE: Record<string, string> = { ㄱ: "크", ㄷ: "드", ㅂ: "프", ㅅ: "트" };

/**
 * A part of a run-together word that is no indexed word as written: the word one jamo from it (a
 * part of TYPO_MIN.hangul syllables or more), or, for the last part, the words it begins (a noun the
 * archive keeps with its particle, 플랜 ~ 플랜의).
 */
function loosePiece(words: string[], piece: string, last: boolean): TermQuery | undefined {
  if (piece.length >= TYPO_MIN.hangul) {
    const typed = jamo(piece);
    const corrected = words.find((w) => w.length === piece.length && oneEditApart(typed, jamo(w)));
    if (corrected) return { term: corrected, kind: "hangul", prefix: false, surface: piece };
  }
  if (last && withPrefix(words, piece).next().done === false) return { term: piece, kind: "hangul", prefix: true, surface: piece };
  return undefined;
}

/**
 * The forms one lookup found in an article, counted as BM25 counts one word: a word said as itself,
 * inside compounds and with endings (기술, 신기술, 기술혁신, 기술적) is that word said that many times,
 * so a story that says it many ways ranks by all of them, not by its most frequent form alone. How
 * a form was found decides only how high the article can rank: its score is the best form's quality
 * times a share of it that the summed frequency decides (RANK_SHARE), so a weak exact match still
 * ranks above the best typo or sound match.
 */
class FormSum {
  private readonly forms: { postings: TermPostings; quality: number }[] = [];

  constructor(
    /** Per-article sums to add forms up in, all 0 between uses. */
    private readonly sums: PerArticleSums,
  ) {}

  add(postings: TermPostings, quality: number): void {
    this.forms.push({ postings, quality });
  }

  scores(): Scores {
    const [only, ...more] = this.forms;
    if (!only) return Scores.none;
    if (more.length === 0) {
      // One form (the usual exact word): its postings are already the articles, in order.
      const { ids, frequency } = only.postings;
      const values = new Array<number>(ids.length);
      for (let i = 0; i < ids.length; i++) values[i] = scoreOf(only.quality, frequency[i] as number);
      return new Scores(ids, values);
    }
    // Several forms: summed per article in arrays over all articles (0: not found yet; every
    // quality is above 0), read out in id order and left 0 again.
    const { quality, tf } = this.sums;
    let found = 0;
    for (const form of this.forms) {
      const { ids, frequency } = form.postings;
      for (let i = 0; i < ids.length; i++) {
        const id = ids[i] as number;
        if (quality[id] === 0) found++;
        quality[id] = Math.max(quality[id] as number, form.quality);
        tf[id] = (tf[id] as number) + (frequency[i] as number);
      }
    }
    const ids: number[] = [];
    const values: number[] = [];
    for (let id = 0; ids.length < found; id++) {
      if (quality[id] === 0) continue;
      ids.push(id);
      values.push(scoreOf(quality[id] as number, tf[id] as number));
      quality[id] = 0;
      tf[id] = 0;
    }
    return new Scores(ids, values);
  }
}

/**
 * Arrays over all articles that FormSum adds several forms up in. One pair serves every lookup, so
 * a lookup allocates nothing the size of the archive: a lookup adds its forms up without pausing
 * (no await), so no other lookup uses them meanwhile.
 */
interface PerArticleSums {
  /** The best quality an article's forms were found with. */
  quality: number[];
  /** The article's summed frequency of the forms. */
  tf: number[];
}

/** An article's score for one lookup: the best form's quality, the share RANK_SHARE of it decided by the summed frequency `tf`. */
function scoreOf(quality: number, tf: number): number {
  return quality * (1 - RANK_SHARE + RANK_SHARE * (tf / (BM25_K1 + tf)));
}

/** The field-weighted frequency a stored impact was saturated from (the build's tf / (k1 + tf), undone). */
function frequencyOf(impact: number): number {
  const w = Math.min(impact / IMPACT_SCALE, 1 - 0.5 / IMPACT_SCALE);
  return (BM25_K1 * w) / (1 - w);
}

/** BM25's inverse document frequency: how rare a term found in `df` of `n` articles is. */
function idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

function openShard(text: string, file: string): Shard {
  return { ...parseTermFile(text, file), decoded: new Map(), jamoCache: new Map() };
}

/** One view over sub-shards: their terms merged in order, postings read from the part holding each. */
function mergeShards(parts: Shard[]): Shard {
  const sorted = (pick: (s: Shard) => string[]) => parts.flatMap(pick).sort();
  const first = parts[0];
  if (!first) throw new RangeError("no shards to merge");
  return {
    file: parts.map((s) => s.file).join(" "),
    index: first.index,
    top: new Map(parts.flatMap((s) => [...s.top])),
    words: sorted((s) => s.words),
    infixes: sorted((s) => s.infixes),
    choseong: sorted((s) => s.choseong),
    realWords: sorted((s) => s.realWords),
    external: new Map(parts.flatMap((s) => [...s.external])),
    decoded: new Map(),
    jamoCache: new Map(),
    parts,
  };
}

/** A term's postings in a shard or posting file, read from its FlexSearch Index once, in id order. */
function postingsOf(shard: Shard, term: string, docs: number): TermPostings {
  if (shard.parts) return postingsOf(shard.parts.find((s) => s.top.has(term)) ?? shard, term, docs);
  let decoded = shard.decoded.get(term);
  if (!decoded) {
    const impacts = readPostings(shard, term);
    const ids = [...impacts.keys()].sort((a, b) => a - b);
    const last = ids[ids.length - 1];
    if (last !== undefined && last >= docs) throw new SearchIndexError(`is corrupt (article ${last} of "${term}" is past the manifest's ${docs})`, shard.file);
    decoded = { ids, frequency: ids.map((id) => frequencyOf(impacts.get(id) ?? 1)) };
    shard.decoded.set(term, decoded);
  }
  return decoded;
}

/** A choseong term of a word, for highlighting; re-exported so the UI needs one import. */
export { choseongTerm };
