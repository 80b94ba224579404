/**
 * The static search index as files under /search-index/, shared by the writer (build) and the
 * reader (browser, tests, bench):
 *
 *   manifest.json           what was built: counts, shard count, topics, years, glossary groups
 *   s<n>.<build>.txt        one shard of the inverted index (FlexSearch exports, one line per field)
 *   p<k>.<build>.txt        long posting lists of frequent words, by word hash, fetched per word
 *   d/<id>.<build>.json     one article's display fields and plain text, fetched only when shown
 *   facets.<build>.json     year, language and topics of every article, for the filters
 *
 * Terms go to shards by a hash of their first letters (two jamo for Korean, two characters
 * otherwise), so a prefix typed so far, an unfinished syllable and the finished word all live in
 * the same shard: a first query fetches the manifest and one or two small shards.
 */
import { disassemble } from "es-hangul";
import { INFIX_MARK } from "./analyze";

export const FORMAT_VERSION = 3;

/** Index fields, one FlexSearch Index each per shard. */
export const FIELDS = ["t", "m", "b", "c", "r"] as const;
export type Field = (typeof FIELDS)[number];

/**
 * What each field holds and how much a match there counts: title and deck lead; then byline,
 * outlet and the date; then the body; "c" holds initial-consonant forms of the Korean words of all
 * fields, "r" the sound keys of all words (names across scripts).
 */
export const FIELD_WEIGHT: Record<Field, number> = { t: 4, m: 2, b: 1, c: 1, r: 1 };

export interface ManifestTopic {
  id: string;
  ko: string;
  en: string;
}

export interface Manifest {
  format: number;
  /** Content hash of this build; every other file name carries it, so caches never mix builds. */
  build: string;
  docs: number;
  shards: number;
  /** Number of posting files for frequent words (0 when every list fits in its shard). */
  postings: number;
  topics: ManifestTopic[];
  /** Years that have articles, newest first. */
  years: string[];
  /** Glossary groups: every name of one concept, in any language, for query expansion. */
  glossary: string[][];
}

/** Per-article facets, index-aligned with document ids. */
export interface Facets {
  /** "2023", or "" when the date is unknown. */
  years: string[];
  /** "ko" / "en" per article. */
  langs: string[];
  /** Topic ids per article. */
  topics: string[][];
}

/** What a result shows; fetched per result. */
export interface DocFragment {
  id: number;
  url: string;
  title: string;
  deck: string[];
  lang: string;
  /** Display date in the article's language, as precise as known. */
  date: string;
  /** Machine date for <time datetime>, absent when unknown. */
  dateTime?: string;
  outlet?: string;
  topics: string[];
  /** Plain text of the body, for the snippet. */
  text: string;
}

export const manifestPath = "manifest.json";
export const shardPath = (n: number, build: string): string => `s${n}.${build}.txt`;
export const postingPath = (k: number, build: string): string => `p${k}.${build}.txt`;
export const docPath = (id: number, build: string): string => `d/${id}.${build}.json`;
export const facetsPath = (build: string): string => `facets.${build}.json`;

/** The letters that decide a term's shard; the same for every prefix of the term a reader can type. */
export function shardKey(term: string): string {
  const bare = term.startsWith(INFIX_MARK) ? term.slice(INFIX_MARK.length) : term;
  const first = bare[0] ?? "";
  const code = first.charCodeAt(0);
  if (code >= 0xac00 && code <= 0xd7a3) return disassemble(first).slice(0, 2);
  return bare.slice(0, 2);
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

export function shardOf(term: string, shards: number): number {
  return hashString(shardKey(term)) % shards;
}

/** The posting file of a frequent word: by a hash of the whole word, so each file holds a few words. */
export function postingOf(term: string, postings: number): number {
  return hashString(term) % postings;
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

const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);

/** Checks a manifest by hand: the browser bundle should not carry a schema library for one file. */
export function parseManifest(text: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SearchIndexError("is not valid JSON (truncated or corrupt)", manifestPath);
  }
  const bad = (what: string) => new SearchIndexError(`invalid: ${what}`, manifestPath);
  if (!isRecord(data)) throw bad("not an object");
  if (data.format !== FORMAT_VERSION) throw bad(`format ${String(data.format)} is not ${FORMAT_VERSION}`);
  if (typeof data.build !== "string" || !/^[0-9a-f]{8,}$/u.test(data.build)) throw bad("build");
  if (typeof data.docs !== "number" || !Number.isInteger(data.docs) || data.docs < 0) throw bad("docs");
  if (typeof data.shards !== "number" || !Number.isInteger(data.shards) || data.shards < 1) throw bad("shards");
  if (typeof data.postings !== "number" || !Number.isInteger(data.postings) || data.postings < 0) throw bad("postings");
  const topics = data.topics;
  if (!Array.isArray(topics) || !topics.every((t) => isRecord(t) && typeof t.id === "string" && typeof t.ko === "string" && typeof t.en === "string"))
    throw bad("topics");
  if (!isStringArray(data.years)) throw bad("years");
  const glossary = data.glossary;
  if (!Array.isArray(glossary) || !glossary.every(isStringArray)) throw bad("glossary");
  return {
    format: FORMAT_VERSION,
    build: data.build,
    docs: data.docs,
    shards: data.shards,
    postings: data.postings,
    topics: topics.map((t) => ({ id: String(t.id), ko: String(t.ko), en: String(t.en) })),
    years: data.years,
    glossary,
  };
}

export function parseFacets(text: string, file: string, docs: number): Facets {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SearchIndexError("is not valid JSON (truncated or corrupt)", file);
  }
  if (!isRecord(data) || !isStringArray(data.years) || !isStringArray(data.langs) || !Array.isArray(data.topics) || !data.topics.every(isStringArray)) {
    throw new SearchIndexError("invalid facets", file);
  }
  if (data.years.length !== docs || data.langs.length !== docs || data.topics.length !== docs) {
    throw new SearchIndexError(`facets cover ${data.years.length} articles, the manifest ${docs}`, file);
  }
  return { years: data.years, langs: data.langs, topics: data.topics };
}

export function parseDoc(text: string, file: string): DocFragment {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new SearchIndexError("is not valid JSON (truncated or corrupt)", file);
  }
  if (
    !isRecord(data) ||
    typeof data.id !== "number" ||
    typeof data.url !== "string" ||
    !data.url.startsWith("/") ||
    typeof data.title !== "string" ||
    !isStringArray(data.deck) ||
    typeof data.lang !== "string" ||
    typeof data.date !== "string" ||
    !isStringArray(data.topics) ||
    typeof data.text !== "string" ||
    (data.outlet !== undefined && typeof data.outlet !== "string") ||
    (data.dateTime !== undefined && typeof data.dateTime !== "string")
  ) {
    throw new SearchIndexError("invalid article fragment", file);
  }
  return {
    id: data.id,
    url: data.url,
    title: data.title,
    deck: data.deck,
    lang: data.lang,
    date: data.date,
    dateTime: typeof data.dateTime === "string" ? data.dateTime : undefined,
    outlet: typeof data.outlet === "string" ? data.outlet : undefined,
    topics: data.topics,
    text: data.text,
  };
}
