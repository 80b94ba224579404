/**
 * The static search index as files under /search-index/: every file's writer and reader, shared by
 * the build (scripts/search/build.ts) and the engine (browser, tests, bench).
 *
 *   manifest.json           what was built: counts, shard count, topics, years, glossary groups
 *   s<n>.<build>.txt        one shard of the inverted index: terms, each with its postings
 *   p<k>.<build>.txt        long posting lists of frequent words, by word hash, fetched per word
 *   d/<id>.<build>.json     one article's search document (./doc.ts), fetched only when shown
 *   facets.<build>.json     year, language and topics of every article, for the filters
 *
 * Terms go to shards by a hash of their first letters (two jamo for Korean, two characters
 * otherwise), so a prefix typed so far, an unfinished syllable and the finished word all live in
 * the same shard: a first query fetches the manifest and one or two small shards.
 *
 * A shard or posting file is one line per term, sorted: `term<TAB>postings`. Postings are
 * `id:impact` pairs joined by commas, ids ascending and written as the gap from the previous id,
 * both in base 36. The impact is the article's BM25F term weight for that term (term frequency per
 * field, field weights and lengths folded in at build time, see scripts/search/build.ts), scaled to
 * 1..IMPACT_SCALE. A term with no postings in a shard lives in a posting file. The last line,
 * `<TAB>count`, says how many terms came before it, so a truncated file is refused, not half read.
 */
import { disassemble } from "es-hangul";
import * as z from "zod/mini";
import { INFIX_MARK } from "./analyze";
import { searchDocSchema, searchTopicSchema, type SearchDoc } from "./doc";

export const FORMAT_VERSION = 4;

/** Impacts are stored as integers 1..IMPACT_SCALE (a saturated BM25 weight times this). */
export const IMPACT_SCALE = 99;

const manifestSchema = z.object({
  format: z.literal(FORMAT_VERSION),
  /** Content hash of this build; every other file name carries it, so caches never mix builds. */
  build: z.string().check(z.regex(/^[0-9a-f]{8,}$/u)),
  docs: z.int().check(z.nonnegative()),
  shards: z.int().check(z.positive()),
  /** Number of posting files for frequent words (0 when every list fits in its shard). */
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

export const writeDoc = (doc: SearchDoc): string => JSON.stringify(doc);
export const parseDoc = (text: string, file: string): SearchDoc => parseJson(text, file, searchDocSchema, "article");

/** One article's weight for one term. */
export interface Posting {
  id: number;
  /** 1..IMPACT_SCALE. */
  impact: number;
}

/** Writes a shard or posting file: `postings` undefined marks a term whose list is in a posting file. */
export function writeTermFile(terms: Map<string, Posting[] | undefined>): string {
  const lines: string[] = [];
  for (const term of [...terms.keys()].sort()) {
    const list = terms.get(term);
    let prev = 0;
    const encoded = (list ?? []).map((p) => {
      const gap = p.id - prev;
      prev = p.id;
      return `${gap.toString(36)}:${p.impact.toString(36)}`;
    });
    lines.push(`${term}\t${encoded.join(",")}`);
  }
  lines.push(`\t${lines.length}`);
  return lines.join("\n");
}

/** A shard or posting file as read: every term, with its postings still encoded until looked up. */
export interface TermFile {
  /** Term -> encoded postings ("" for a term whose list is in a posting file). */
  postings: Map<string, string>;
  /** Sorted whole-word terms. */
  words: string[];
  /** Sorted compound tails, with INFIX_MARK. */
  infixes: string[];
  /** Sorted initial-consonant terms (with INFIX_MARK for a compound tail's initials). */
  choseong: string[];
  /** Words whose postings live in posting files rather than here. */
  external: Set<string>;
}

const CHOSEONG_TERM = /^~?[\u3131-\u314E]+$/u;

export function parseTermFile(text: string, file: string): TermFile {
  const out: TermFile = { postings: new Map(), words: [], infixes: [], choseong: [], external: new Set() };
  const lines = text.split("\n");
  const end = lines.pop() ?? "";
  if (end !== `\t${lines.length}`) throw new SearchIndexError("is truncated or corrupt (no end line, or the wrong term count)", file);
  let last = "";
  for (const line of lines) {
    const tab = line.indexOf("\t");
    if (tab <= 0) throw new SearchIndexError("is corrupt (a line without a term)", file);
    const term = line.slice(0, tab);
    if (term <= last) throw new SearchIndexError(`is corrupt (terms out of order at "${term}")`, file);
    last = term;
    const encoded = line.slice(tab + 1);
    out.postings.set(term, encoded);
    if (!encoded) out.external.add(term);
    // Lines are sorted, so each list comes out sorted as well.
    if (CHOSEONG_TERM.test(term)) out.choseong.push(term);
    else if (term.startsWith(INFIX_MARK)) out.infixes.push(term);
    else out.words.push(term);
  }
  return out;
}

/** Decodes one term's postings (see the file comment): article id -> impact. */
export function decodePostings(encoded: string, file: string): Map<number, number> {
  const out = new Map<number, number>();
  let id = 0;
  for (const pair of encoded.split(",")) {
    const colon = pair.indexOf(":");
    const gap = parseInt(pair.slice(0, colon), 36);
    const impact = parseInt(pair.slice(colon + 1), 36);
    if (colon < 0 || !Number.isInteger(gap) || !Number.isInteger(impact) || impact < 1 || impact > IMPACT_SCALE) {
      throw new SearchIndexError("is corrupt (bad posting)", file);
    }
    id += gap;
    out.set(id, impact);
  }
  return out;
}
