/**
 * Builds the static search index (Node only): search documents in, files out. The files and their
 * formats are in src/lib/search/format.ts; build-index.ts writes them to public/search-index/,
 * tests and the bench keep them in memory.
 *
 * Ranking is a field-weighted BM25 (BM25F): for each article and term, the term's frequency in
 * each field, weighted by the field and normalised by the field's length against the archive's
 * average, is summed and saturated here, once; the engine multiplies that impact by the term's
 * rarity (idf), which it reads off the posting list's length. The impacts are stored as FlexSearch
 * scoring slots (src/lib/search/format.ts).
 */
import { createHash } from "node:crypto";
import { SOUND_MARK, dateTerms, fieldTerms, nameSoundTerms, soundTerms, textDateTerms, Vocabulary } from "../../src/lib/search/analyze";
import type { SearchDoc, SearchTopic } from "../../src/lib/search/doc";
import { realWordsNear } from "./real-words";
import {
  BM25_K1,
  FORMAT_VERSION,
  IMPACT_SCALE,
  docPackPath,
  facetsPath,
  manifestPath,
  postingPath,
  keyAt,
  shardCountFor,
  shardOf,
  shardPath,
  writeDocPack,
  writeFacets,
  writeManifest,
  writeTermFile,
  type Manifest,
  type Posting,
} from "../../src/lib/search/format";

export interface BuildInput {
  /** Newest first: document ids follow this order, and ties in ranking fall back to it. */
  docs: SearchDoc[];
  glossary: string[][];
  topics: SearchTopic[];
}

export interface BuiltIndex {
  manifest: Manifest;
  /** Path under /search-index/ -> file content. */
  files: Map<string, string>;
}

interface FieldSpec {
  /** How much one occurrence here counts against one in the body. */
  weight: number;
  /** How much a long field dilutes its words (BM25's b): 0 none, 1 in full proportion to length. */
  b: number;
  text: (doc: SearchDoc) => string;
}

/**
 * The fields ranked, and how. Topic labels are not among them: topics are filters, and an article
 * about data centers is found by its own words. The byline weighs no more than the body, so a
 * reporter's dateline ("부산=…") does not outrank a story about the place.
 */
const FIELDS: Record<string, FieldSpec> = {
  title: { weight: 5, b: 0.5, text: (d) => d.title },
  deck: { weight: 2.5, b: 0.5, text: (d) => d.deck.join("\n") },
  byline: { weight: 1, b: 0, text: (d) => d.byline ?? "" },
  outlet: { weight: 1.5, b: 0, text: (d) => d.outlet ?? "" },
  body: { weight: 1, b: 0.75, text: (d) => d.text },
};
/** The article's date terms (its own date and its parts') count as one short field of their own. */
const DATE_WEIGHT = 1.5;

/**
 * A term found in more articles than this keeps its postings in a file of its own instead of in its
 * shard: a shard then stays small (its vocabulary and the rare terms), and a query fetches the long
 * lists of only the words it actually asks for.
 */
export function bigTermThreshold(docs: number): number {
  return Math.max(32, Math.ceil(docs / 100));
}

/**
 * A shard key whose terms and in-shard postings add up to more than this is split over sub-shards
 * (src/lib/search/format.ts), so that no first query fetches a shard of a whole initial syllable's
 * vocabulary: about 5 KiB gzip per shard.
 */
const SHARD_BUDGET = 1500;

/**
 * Articles per result file. Results are spread over the archive, so ten results shown are ten files
 * fetched, each carrying its neighbours too: a pack of four costs about 2.6 times one article's bytes
 * (eight: 4.3 times), and an archive of 10 000 articles is 2 500 result files instead of 10 000.
 */
const DOC_PACK = 4;

export interface BuildOptions {
  /** Overrides bigTermThreshold (tests use it to exercise posting files on a small archive). */
  bigTermThreshold?: number;
  /** Overrides SHARD_BUDGET (tests use it to exercise split shard keys on a small archive). */
  shardBudget?: number;
}

/** Every term of one field with its count: words, compound tails, initials, spaced pairs, sound keys (of words, of their parts and of names) and the dates it names. */
function countTerms(text: string, vocabulary: Vocabulary, published: string | undefined): Map<string, number> {
  const { words, infixes, choseong, pairs } = fieldTerms(text, vocabulary);
  const counts = new Map<string, number>();
  // A name inside a compound is heard too (정부서울청사 ~ Seoul): the sound keys of its parts.
  const sounds = [...words.flatMap(soundTerms), ...words.flatMap((w) => vocabulary.partsOf(w)).flatMap(soundTerms)];
  for (const list of [words, infixes, choseong, pairs, sounds, nameSoundTerms(text), textDateTerms(text, published)]) {
    for (const term of list) if (term) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/** Term -> saturated BM25F weight (0..1) of one article. */
function articleWeights(doc: SearchDoc, vocabulary: Vocabulary, lengths: Record<string, number>, average: Record<string, number>): Map<string, number> {
  const pseudo = new Map<string, number>();
  for (const [name, spec] of Object.entries(FIELDS)) {
    const norm = 1 - spec.b + spec.b * ((lengths[name] ?? 0) / Math.max(1, average[name] ?? 1));
    for (const [term, tf] of countTerms(spec.text(doc), vocabulary, doc.published)) pseudo.set(term, (pseudo.get(term) ?? 0) + (spec.weight * tf) / norm);
  }
  // The article's date and its parts' dates, each term once: a part dated like the whole adds nothing.
  const dates = new Set([doc.published, ...(doc.partDates ?? [])].flatMap(dateTerms));
  for (const term of dates) pseudo.set(term, (pseudo.get(term) ?? 0) + DATE_WEIGHT);
  for (const [term, tf] of pseudo) pseudo.set(term, tf / (BM25_K1 + tf));
  return pseudo;
}

/** Terms grouped by their key at `depth`, in key order; terms too short for that depth under "". */
function groupByKey(terms: string[], depth: number): [string, string[]][] {
  const groups = new Map<string, string[]>();
  for (const term of terms) {
    const key = keyAt(term, depth) ?? "";
    const group = groups.get(key);
    if (group) group.push(term);
    else groups.set(key, [term]);
  }
  return [...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * Which shard keys to split, and into how many sub-shards (format.ts, keyAt): a key whose terms weigh
 * more than `budget` (a term weighs 1 plus the postings its shard holds) is split; its next letters
 * that alone weigh more than `budget` are split again, a syllable further, and the rest share the
 * key's run, spread by a hash of their next letters.
 */
function planSplits(load: Map<string, number>, budget: number, shards: number): { splits: Manifest["splits"]; shardTotal: number } {
  const splits: Manifest["splits"] = {};
  let shardTotal = shards;
  const weigh = (terms: string[]) => terms.reduce((sum, t) => sum + (load.get(t) ?? 0), 0);
  const split = (key: string, depth: number, terms: string[]) => {
    if (weigh(terms) <= budget || key.startsWith(SOUND_MARK)) return;
    const heavy: [string, string[]][] = [];
    let rest = 0;
    for (const [next, group] of groupByKey(terms, depth + 1)) {
      if (next !== "" && weigh(group) > budget) heavy.push([next, group]);
      else rest += weigh(group);
    }
    const count = Math.max(1, Math.ceil(rest / budget));
    splits[key] = [shardTotal, count];
    shardTotal += count;
    for (const [next, group] of heavy) split(next, depth + 1, group);
  };
  for (const [key, terms] of groupByKey([...load.keys()], 0)) split(key, 0, terms);
  return { splits, shardTotal };
}

export function buildSearchIndex(input: BuildInput, options: BuildOptions = {}): BuiltIndex {
  const { docs } = input;
  const shards = shardCountFor(docs.length);
  const fieldNames = Object.keys(FIELDS);

  // 1. Learn the archive's words (to tell particles from nouns) and each field's length.
  const vocabulary = new Vocabulary();
  const lengths = docs.map((doc) => Object.fromEntries(fieldNames.map((name) => [name, vocabulary.add(FIELDS[name]?.text(doc) ?? "")])));
  const average = Object.fromEntries(fieldNames.map((name) => [name, lengths.reduce((sum, l) => sum + (l[name] ?? 0), 0) / Math.max(1, docs.length)]));

  // 2. Term -> postings, ids ascending (documents are visited in order). Packed as id * 128 + impact.
  const postingsOf = new Map<string, number[]>();
  docs.forEach((doc, id) => {
    for (const [term, weight] of articleWeights(doc, vocabulary, lengths[id] ?? {}, average)) {
      const packed = id * 128 + Math.max(1, Math.round(weight * IMPACT_SCALE));
      const list = postingsOf.get(term);
      if (list) list.push(packed);
      else postingsOf.set(term, [packed]);
    }
  });
  const unpack = (list: number[]): Posting[] => list.map((p) => ({ id: Math.floor(p / 128), impact: p % 128 }));

  // 3. Rare terms stay in their shard; each frequent one gets a posting file of its own, numbered in
  //    term order. One word per file: a file shared by words that hash alike would make a query
  //    download lists it never reads.
  const threshold = options.bigTermThreshold ?? bigTermThreshold(docs.length);
  const big = [...postingsOf.keys()].filter((t) => (postingsOf.get(t)?.length ?? 0) > threshold).sort();
  const postingFileOf = new Map(big.map((term, k) => [term, k]));
  const bigSet = new Set(big);

  // 4. Shard keys that start too many terms get a run of sub-shards each (sound keys are small already),
  //    and next letters that alone start too many get a run of their own, a syllable further.
  const budget = options.shardBudget ?? SHARD_BUDGET;
  const load = new Map<string, number>();
  for (const [term, list] of postingsOf) load.set(term, 1 + (bigSet.has(term) ? 0 : list.length));
  const { splits, shardTotal } = planSplits(load, budget, shards);
  const layout = { shards, splits };

  const shardTerms = Array.from({ length: shardTotal }, () => new Map<string, Posting[] | number>());
  const postingTexts: string[] = [];
  for (const [term, list] of postingsOf) {
    const shard = shardTerms[shardOf(term, layout)];
    const k = postingFileOf.get(term);
    if (k === undefined) shard?.set(term, unpack(list));
    else {
      // The shard still lists the word (for prefix and jamo matching), with the number of its file.
      shard?.set(term, k);
      postingTexts[k] = writeTermFile(new Map([[term, unpack(list)]]));
    }
  }
  // Common English words one slip from the archive's, each in the shard a lookup of it reads.
  const realWords = shardTerms.map((): string[] => []);
  for (const word of realWordsNear(postingsOf.keys())) realWords[shardOf(word, layout)]?.push(word);
  const shardTexts = shardTerms.map((terms, n) => writeTermFile(terms, realWords[n]));
  const docTexts = Array.from({ length: Math.ceil(docs.length / DOC_PACK) }, (_, k) => writeDocPack(docs.slice(k * DOC_PACK, (k + 1) * DOC_PACK)));
  const facets = writeFacets({ years: docs.map((d) => d.year), langs: docs.map((d) => d.lang), topics: docs.map((d) => d.topics.map((t) => t.id)) });

  // 5. The build id is a hash of everything, so a changed article never meets a cached old shard.
  const hash = createHash("sha256");
  for (const s of [...shardTexts, ...postingTexts, ...docTexts, facets]) hash.update(s).update("\0");
  hash.update(JSON.stringify(input.glossary)).update(JSON.stringify(input.topics));
  const build = hash.digest("hex").slice(0, 12);

  const years = [...new Set(docs.map((d) => d.year).filter(Boolean))].sort().reverse();
  const manifest: Manifest = {
    format: FORMAT_VERSION,
    build,
    docs: docs.length,
    shards,
    splits,
    pack: DOC_PACK,
    postings: big.length,
    topics: input.topics,
    years,
    glossary: input.glossary,
  };
  const out = new Map<string, string>();
  out.set(manifestPath, writeManifest(manifest));
  shardTexts.forEach((text, n) => out.set(shardPath(n, build), text));
  postingTexts.forEach((text, k) => out.set(postingPath(k, build), text));
  docTexts.forEach((text, k) => out.set(docPackPath(k, build), text));
  out.set(facetsPath(build), facets);
  return { manifest, files: out };
}
