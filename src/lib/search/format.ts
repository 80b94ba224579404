/**
 * The static search index as files under /search-index/: every file's writer and reader, shared by
 * the build (scripts/search/build.ts) and the engine (browser, tests, bench).
 *
 *   manifest.json           what was built: counts, shard count, topics, years, glossary groups
 *   s<n>.<build>.txt        one shard of the inverted index: a FlexSearch Index's term map export
 *   p<k>.<build>.txt        the long posting list of one frequent word, fetched when that word is
 *                           asked for (a FlexSearch export as well)
 *   d/<k>.<build>.json      search documents (./doc.ts) of articles k * pack … k * pack + pack - 1,
 *                           a JSON list in id order, fetched only when one of them is shown
 *   facets.<build>.json     year, language and topics of every article, for the filters
 *
 * Terms go to shards by a hash of their first letters (two jamo for Korean, two characters
 * otherwise), so a prefix typed so far, an unfinished syllable and the finished word all live in
 * the same shard: a first query fetches the manifest and one or two small shards. Sound keys go by
 * their whole consonant skeleton (they are only ever looked up whole). First letters that start too
 * many terms for one small shard (ㅇㅣ, ㅈㅓ in a large archive) are split: the manifest's `splits`
 * gives each such key a run of sub-shards, numbered after the `shards` base ones, and its terms go to
 * one of them by their next letters (keyAt, one syllable further). A query that long finds its terms
 * in one sub-shard; a shorter one (a single syllable) reads the whole run. Next letters that alone
 * start too many terms (세종…, 울산… in an archive of city stories) are split again the same way, a
 * syllable further, so a word that shares their first syllable (센터) does not fetch all of them.
 *
 * A shard or posting file is a FlexSearch 0.8 `Index` (options in ./flex.ts) as its `export` gives
 * it, one line per exported term map chunk: `<key><TAB><data>`, key "1.map", "2.map"…, data
 * FlexSearch's JSON, `[[term, [slot 0 ids, slot 1 ids, …]], …]`. Each article was added once with its
 * terms as content, and FlexSearch's score function put each (term, article) into the scoring slot of
 * the article's BM25F weight for that term (term frequency per field, field weights and lengths
 * folded in at build time, see scripts/search/build.ts), scaled to 1..IMPACT_SCALE. Slot 0 holds a
 * term's highest impact, slot k that impact minus k; the `top<TAB>[impact, …]` line gives each term's
 * highest impact, in the order of the map's entries. The reader imports the chunks into an `Index` and
 * reads a term's ids per slot with `search(term, { resolve: false })`. A shard's words whose postings
 * are in posting files are listed on an `x<TAB>[["word", k], …]` line, k naming the word's posting
 * file: one word per file, so a query fetches the lists it asks for and no other word's. The last line, `<TAB>count`, says
 * how many lines came before it, so a truncated file is refused, not half read.
 */
import { disassemble } from "es-hangul";
import { Index } from "flexsearch";
import * as z from "zod/mini";
import { INFIX_MARK, SOUND_MARK } from "./analyze";
import { searchDocSchema, searchTopicSchema, type SearchDoc } from "./doc";
import { BM25_K1, IMPACT_SCALE, flexOptions, impactOf, slotOf } from "./flex";

export const FORMAT_VERSION = 8;

export { BM25_K1, IMPACT_SCALE };

const manifestSchema = z.object({
  format: z.literal(FORMAT_VERSION),
  /** Content hash of this build; every other file name carries it, so caches never mix builds. */
  build: z.string().check(z.regex(/^[0-9a-f]{8,}$/u)),
  docs: z.int().check(z.nonnegative()),
  /** Base shards, s0 … s<shards - 1>; sub-shards of split keys are numbered after them. */
  shards: z.int().check(z.positive()),
  /** Shard keys split over sub-shards, at any depth (keyAt): key -> [first sub-shard, how many]. */
  splits: z.record(z.string(), z.tuple([z.int().check(z.nonnegative()), z.int().check(z.positive())])),
  /**
   * Articles per result file: a handful, so a static host is not asked for one file per article
   * while the first results still fetch little besides the articles they show.
   */
  pack: z.int().check(z.positive()),
  /** Number of posting files, one per frequent word (0 when every list fits in its shard). */
  postings: z.int().check(z.nonnegative()),
  topics: z.array(searchTopicSchema),
  /** Years that have articles, newest first. */
  years: z.array(z.string()),
  /** Glossary groups: every name of one concept, in any language, for query expansion. */
  glossary: z.array(z.array(z.string())),
});
export type Manifest = z.infer<typeof manifestSchema>;

/** Per-article facets, index-aligned with document ids. */
const facetsSchema = z.object({
  /** "2023", or "" when the date is unknown. */
  years: z.array(z.string()),
  /** "ko" / "en" per article. */
  langs: z.array(z.string()),
  /** Topic ids per article. */
  topics: z.array(z.array(z.string())),
});
export type Facets = z.infer<typeof facetsSchema>;

export const manifestPath = "manifest.json";
export const shardPath = (n: number, build: string): string => `s${n}.${build}.txt`;
export const postingPath = (k: number, build: string): string => `p${k}.${build}.txt`;
export const docPackPath = (k: number, build: string): string => `d/${k}.${build}.json`;
/** The result file that holds article `id`, and the article's place in it. */
export const docPackOf = (id: number, pack: number): { k: number; at: number } => ({ k: Math.floor(id / pack), at: id % pack });
export const facetsPath = (build: string): string => `facets.${build}.json`;

const isSyllable = (c: string | undefined): boolean => c !== undefined && c >= "\uac00" && c <= "\ud7a3";
const isJamoLetter = (c: string | undefined): boolean => c !== undefined && c >= "\u3131" && c <= "\u318e";

/** The letters that decide a term's shard; the same for every prefix of the term a reader can type. */
export function shardKey(term: string): string {
  // A sound key is looked up whole, never by prefix: its skeleton (before the syllable count) decides.
  if (term.startsWith(SOUND_MARK)) return term.replace(/\d.*$/u, "");
  const bare = term.startsWith(INFIX_MARK) ? term.slice(INFIX_MARK.length) : term;
  const first = bare[0] ?? "";
  if (isSyllable(first)) return disassemble(first).slice(0, 2);
  return bare.slice(0, 2);
}

/**
 * The letters that pick a term's shard at split depth `depth`: shardKey at 0; deeper, the first
 * `depth` syllables and two jamo of the next one for Korean, `depth + 2` characters otherwise. Two
 * jamo, because the last syllable a reader is typing may still gain a final consonant. Undefined for
 * a term or a typed prefix too short to say (it may be in any sub-shard of the key before), or one
 * whose letter at that place is a bare jamo still being composed. Keys of different depths never
 * coincide: a deeper key is longer, or ends in a different kind of letter.
 */
export function keyAt(term: string, depth: number): string | undefined {
  if (depth === 0) return shardKey(term);
  const bare = term.startsWith(INFIX_MARK) ? term.slice(INFIX_MARK.length) : term;
  if (isSyllable(bare[0])) {
    const next = bare[depth];
    if (next === undefined || isJamoLetter(next)) return undefined;
    return `${bare.slice(0, depth)}${isSyllable(next) ? disassemble(next).slice(0, 2) : next}`;
  }
  return bare.length >= depth + 2 ? bare.slice(0, depth + 2) : undefined;
}

/** Where the shards are: base count and split keys, as the manifest gives them. */
export type ShardLayout = Pick<Manifest, "shards" | "splits">;

const splitOf = (layout: ShardLayout, key: string): [number, number] | undefined => (Object.hasOwn(layout.splits, key) ? layout.splits[key] : undefined);

/**
 * The one shard a term is written to: by its first letters, and while those are split, by the next
 * letters within the split's run. A term too short for the next depth goes to the run's first choice
 * (the hash of ""), where every lookup of it also looks.
 */
export function shardOf(term: string, layout: ShardLayout): number {
  let key = shardKey(term);
  let shard = hashString(key) % layout.shards;
  for (let depth = 1; ; depth++) {
    const split = splitOf(layout, key);
    if (!split) return shard;
    const next = keyAt(term, depth);
    shard = split[0] + (hashString(next ?? "") % split[1]);
    if (next === undefined) return shard;
    key = next;
  }
}

/**
 * The shards that hold a term, or every term a typed prefix may become: one, or, for a prefix too
 * short to pick a sub-shard, the split's whole run with the runs of the keys split under it.
 */
export function shardsFor(term: string, layout: ShardLayout): number[] {
  let key = shardKey(term);
  for (let depth = 1; ; depth++) {
    const split = splitOf(layout, key);
    if (!split) return [shardOf(term, layout)];
    const next = keyAt(term, depth);
    if (next === undefined) {
      const within = key;
      const runs = Object.entries(layout.splits).filter(([k]) => k === within || keyAt(k, depth - 1) === within);
      return runs.flatMap(([, [first, count]]) => Array.from({ length: count }, (_, i) => first + i));
    }
    key = next;
  }
}

/** FNV-1a over UTF-16 units: stable across Node and browsers. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** About 40 articles' worth of terms per shard keeps a shard a few kilobytes compressed. */
export function shardCountFor(docs: number): number {
  let n = 1;
  while (n * 40 < docs && n < 512) n *= 2;
  return n;
}

export class SearchIndexError extends Error {
  constructor(
    message: string,
    /** The index file that failed, relative to /search-index/. */
    readonly file: string,
  ) {
    super(`${file}: ${message}`);
    this.name = "SearchIndexError";
  }
}

function parseJson<T>(text: string, file: string, schema: z.ZodMiniType<T>, what: string): T {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SearchIndexError("is not valid JSON (truncated or corrupt)", file);
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SearchIndexError(`invalid ${what}: ${issue?.path.join(".") || "(root)"}: ${issue?.message ?? "unknown"}`, file);
  }
  return parsed.data;
}

export const writeManifest = (manifest: Manifest): string => JSON.stringify(manifest);
export const parseManifest = (text: string): Manifest => parseJson(text, manifestPath, manifestSchema, "manifest");

export const writeFacets = (facets: Facets): string => JSON.stringify(facets);
export function parseFacets(text: string, file: string, docs: number): Facets {
  const facets = parseJson(text, file, facetsSchema, "facets");
  if (facets.years.length !== docs || facets.langs.length !== docs || facets.topics.length !== docs) {
    throw new SearchIndexError(`facets cover ${facets.years.length} articles, the manifest ${docs}`, file);
  }
  return facets;
}

export const writeDocPack = (docs: SearchDoc[]): string => JSON.stringify(docs);
/** A result file, checked to hold exactly the `count` articles the manifest puts in it. */
export function parseDocPack(text: string, file: string, count: number): SearchDoc[] {
  const docs = parseJson(text, file, z.array(searchDocSchema), "articles");
  if (docs.length !== count) throw new SearchIndexError(`holds ${docs.length} articles, the manifest ${count}`, file);
  return docs;
}

/** One article's weight for one term. */
export interface Posting {
  id: number;
  /** 1..IMPACT_SCALE. */
  impact: number;
}

/** The line listing a shard's words whose postings live in posting files, each with its file's number. */
const EXTERNAL_KEY = "x";
/** The line giving each term's highest impact, in the order of the term map's entries. */
const TOP_KEY = "top";
/** The line of common English words and Korean nouns looked up in this shard that are no typo of its words (see scripts/search/real-words.ts). */
const REAL_WORDS_KEY = "real";

/**
 * Writes a shard or posting file (see the file comment): a number instead of postings marks a term
 * whose list is in that posting file. Every article is added to one FlexSearch Index once, with all
 * its terms here as its content; the score function gives each term the slot of the article's impact for it.
 */
export function writeTermFile(terms: Map<string, Posting[] | number>, realWords: readonly string[] = []): string {
  const byDoc = new Map<number, Map<string, number>>();
  const top = new Map<string, number>();
  const external: [string, number][] = [];
  for (const term of [...terms.keys()].sort()) {
    const list = terms.get(term);
    if (!term || /\s/u.test(term)) throw new RangeError(`"${term}" is not one analysed term`);
    if (typeof list === "number") {
      external.push([term, list]);
      continue;
    }
    if (list === undefined) continue;
    for (const { id, impact } of list) {
      if (!Number.isInteger(impact) || impact < 1 || impact > IMPACT_SCALE) throw new RangeError(`impact ${impact} of "${term}" is out of range`);
      let own = byDoc.get(id);
      if (!own) byDoc.set(id, (own = new Map()));
      own.set(term, impact);
      top.set(term, Math.max(top.get(term) ?? 0, impact));
    }
  }
  let current = new Map<string, number>();
  const index = new Index({ ...flexOptions, score: (_content, term) => slotOf(current.get(term) ?? 1, top.get(term) ?? 1) });
  for (const id of [...byDoc.keys()].sort((a, b) => a - b)) {
    current = byDoc.get(id) ?? new Map<string, number>();
    index.add(id, [...current.keys()].join(" "));
  }
  const lines: string[] = [];
  const tops: number[] = [];
  // Only the term maps are shipped: the id registry serves updates, and this index is read-only.
  index.export((key, data) => {
    if (!key.endsWith("map")) return;
    lines.push(`${key}\t${data}`);
    for (const [term] of JSON.parse(data) as [string][]) tops.push(top.get(term) ?? 1);
  });
  if (tops.length > 0) lines.push(`${TOP_KEY}\t${JSON.stringify(tops)}`);
  if (external.length > 0) lines.push(`${EXTERNAL_KEY}\t${JSON.stringify(external)}`);
  if (realWords.length > 0) lines.push(`${REAL_WORDS_KEY}\t${JSON.stringify([...realWords].sort())}`);
  lines.push(`\t${lines.length}`);
  return lines.join("\n");
}

/** A shard or posting file as read: its FlexSearch Index and its terms, by kind. */
export interface TermFile {
  file: string;
  index: Index;
  /** Each term's highest impact: the impact of its slot 0. */
  top: Map<string, number>;
  /** Sorted whole-word terms. */
  words: string[];
  /** Sorted compound tails, with INFIX_MARK. */
  infixes: string[];
  /** Sorted initial-consonant terms (with INFIX_MARK for a compound tail's initials). */
  choseong: string[];
  /** Words whose postings live in posting files rather than here, with their file's number. */
  external: Map<string, number>;
  /** Sorted common English words and Korean nouns this shard's lookups take as meant, never as a typo of its words. */
  realWords: string[];
}

const CHOSEONG_TERM = /^~?[\u3131-\u314E]+$/u;

const isExternalEntry = (entry: unknown): entry is [string, number] =>
  Array.isArray(entry) && entry.length === 2 && typeof entry[0] === "string" && Number.isInteger(entry[1]) && (entry[1] as number) >= 0;

const isSlot = (slot: unknown): boolean => slot === null || (Array.isArray(slot) && slot.every((id) => Number.isInteger(id) && (id as number) >= 0));

export function parseTermFile(text: string, file: string): TermFile {
  const lines = text.split("\n");
  const end = lines.pop() ?? "";
  if (end !== `\t${lines.length}`) throw new SearchIndexError("is truncated or corrupt (no end line, or the wrong line count)", file);
  const index = new Index(flexOptions);
  const terms: string[] = [];
  const mapped: string[] = [];
  let tops: unknown = [];
  const external = new Map<string, number>();
  const realWords: string[] = [];
  for (const line of lines) {
    const tab = line.indexOf("\t");
    const key = tab < 0 ? "" : line.slice(0, tab);
    let data: unknown;
    try {
      data = JSON.parse(line.slice(tab + 1));
    } catch {
      throw new SearchIndexError("is not valid JSON (truncated or corrupt)", file);
    }
    if (key === EXTERNAL_KEY) {
      if (!Array.isArray(data) || !data.every(isExternalEntry)) throw new SearchIndexError("is corrupt (bad word list)", file);
      for (const [term, k] of data) {
        external.set(term, k);
        terms.push(term);
      }
      continue;
    }
    if (key === TOP_KEY) {
      tops = data;
      continue;
    }
    if (key === REAL_WORDS_KEY) {
      if (!Array.isArray(data) || !data.every((w) => typeof w === "string")) throw new SearchIndexError("is corrupt (bad list of English words)", file);
      realWords.push(...(data as string[]));
      continue;
    }
    if (!/^\d+\.map$/u.test(key)) throw new SearchIndexError(`is corrupt (unknown line "${key.slice(0, 20)}")`, file);
    if (!Array.isArray(data)) throw new SearchIndexError("is corrupt (term map is not a list)", file);
    for (const entry of data as unknown[]) {
      if (
        !Array.isArray(entry) ||
        typeof entry[0] !== "string" ||
        !entry[0] ||
        !Array.isArray(entry[1]) ||
        entry[1].length > IMPACT_SCALE ||
        !(entry[1] as unknown[]).every(isSlot)
      ) {
        throw new SearchIndexError("is corrupt (bad term entry)", file);
      }
      terms.push(entry[0]);
      mapped.push(entry[0]);
    }
    // FlexSearch's import takes a chunk parsed as well as its JSON text (src/serialize.js, importIndex).
    index.import(key, data as unknown as string);
  }
  if (!Array.isArray(tops) || tops.length !== mapped.length || !tops.every((t) => Number.isInteger(t) && (t as number) >= 1 && (t as number) <= IMPACT_SCALE)) {
    throw new SearchIndexError("is corrupt (highest impacts do not match the terms)", file);
  }
  const top = new Map(mapped.map((term, i) => [term, tops[i] as number]));
  const out: TermFile = { file, index, top, words: [], infixes: [], choseong: [], external, realWords: realWords.sort() };
  for (const term of terms.sort()) {
    if (CHOSEONG_TERM.test(term)) out.choseong.push(term);
    else if (term.startsWith(INFIX_MARK)) out.infixes.push(term);
    else out.words.push(term);
  }
  return out;
}

/** One term's postings in a shard or posting file: article id -> impact, read off FlexSearch's slots. */
export function readPostings(termFile: TermFile, term: string): Map<number, number> {
  const out = new Map<number, number>();
  if (termFile.external.has(term)) return out;
  const top = termFile.top.get(term);
  if (top === undefined) return out;
  const slots = termFile.index.search(term, { resolve: false }).result;
  slots.forEach((ids, slot) => {
    const impact = impactOf(slot, top);
    if (impact < 1) throw new SearchIndexError(`is corrupt (slot ${slot} of "${term}" is below the lowest impact)`, termFile.file);
    for (const id of ids ?? []) if (typeof id === "number") out.set(id, impact);
  });
  return out;
}
