/**
 * Builds the static search index (Node only): articles in, files out. The files are described in
 * ./format.ts; scripts/search/build-index.ts writes them to public/search-index/, tests and the
 * bench keep them in memory.
 */
import { createHash } from "node:crypto";
import { Index } from "flexsearch";
import { dateTerms, fieldTerms, soundTerm, Vocabulary } from "./analyze";
import {
  FIELDS,
  FORMAT_VERSION,
  docPath,
  facetsPath,
  manifestPath,
  postingOf,
  postingPath,
  shardCountFor,
  shardOf,
  shardPath,
  type DocFragment,
  type Facets,
  type Field,
  type Manifest,
  type ManifestTopic,
} from "./format";

/** An article as search sees it: display fields plus the plain text of every indexed field. */
export interface SearchDoc {
  url: string;
  title: string;
  deck: string[];
  lang: string;
  date: string;
  dateTime?: string;
  /** "" when unknown. */
  year: string;
  /** The publication date as far as it is known ("2018-07-02", "2018-07", "2018"); indexed so dates can be searched. */
  published?: string;
  outlet?: string;
  byline?: string;
  topics: ManifestTopic[];
  /** Plain text of the body (no markdown). */
  text: string;
}

export interface BuildInput {
  /** Newest first: document ids follow this order, and ties in ranking fall back to it. */
  docs: SearchDoc[];
  glossary: string[][];
  topics: ManifestTopic[];
}

export interface BuiltIndex {
  manifest: Manifest;
  /** Path under /search-index/ -> file content. */
  files: Map<string, string>;
}

/** The index options every shard is built and read with; terms arrive already analysed, space-separated. */
export const flexOptions = {
  tokenize: "strict",
  resolution: 1,
  cache: false,
  encode: (s: string): string[] => s.split(" "),
} as const;

function docFieldTerms(doc: SearchDoc, vocabulary: Vocabulary): Record<Field, string[]> {
  const title = fieldTerms([doc.title, ...doc.deck].join("\n"), vocabulary);
  // Topics are filters, not article text: an article about data centers is found by its words.
  const meta = fieldTerms([doc.byline ?? "", doc.outlet ?? ""].join("\n"), vocabulary);
  meta.words.push(...dateTerms(doc.published));
  const body = fieldTerms(doc.text, vocabulary);
  return {
    t: [...title.words, ...title.infixes],
    m: [...meta.words, ...meta.infixes],
    b: [...body.words, ...body.infixes],
    c: [...title.choseong, ...meta.choseong, ...body.choseong],
    r: [...title.words, ...meta.words, ...body.words].map(soundTerm).filter(Boolean),
  };
}

/**
 * A term found in more articles than this keeps its postings in a file of its own (by term hash)
 * instead of in its shard: a shard then stays small (its vocabulary and the rare terms), and a query
 * fetches the long lists of only the words it actually asks for.
 */
export function bigTermThreshold(docs: number): number {
  return Math.max(32, Math.ceil(docs / 100));
}

export interface BuildOptions {
  /** Overrides bigTermThreshold (tests use it to exercise posting files on a small archive). */
  bigTermThreshold?: number;
}

export function buildSearchIndex(input: BuildInput, options: BuildOptions = {}): BuiltIndex {
  const { docs } = input;
  const shards = shardCountFor(docs.length);
  // field -> term -> doc ids, ascending (documents are visited in order, each term once per doc)
  const termDocs = new Map<Field, Map<string, number[]>>(FIELDS.map((f) => [f, new Map()]));
  const vocabulary = new Vocabulary();
  for (const doc of docs) vocabulary.add([doc.title, ...doc.deck, doc.byline ?? "", doc.outlet ?? "", doc.text].join("\n"));
  docs.forEach((doc, id) => {
    const terms = docFieldTerms(doc, vocabulary);
    for (const field of FIELDS) {
      const byTerm = termDocs.get(field);
      if (!byTerm) continue;
      for (const term of new Set(terms[field])) {
        const ids = byTerm.get(term);
        if (ids) ids.push(id);
        else byTerm.set(term, [id]);
      }
    }
  });
  const totals = new Map<string, number>();
  for (const byTerm of termDocs.values()) for (const [term, ids] of byTerm) totals.set(term, (totals.get(term) ?? 0) + ids.length);
  const threshold = options.bigTermThreshold ?? bigTermThreshold(docs.length);
  const big = new Set([...totals].filter(([, n]) => n > threshold).map(([t]) => t));
  let postings = 0;
  // About one frequent word per file: a query downloads the lists it needs and little else.
  if (big.size > 0) for (postings = 1; postings < big.size && postings < 8192; postings *= 2);

  // file -> field -> doc id -> terms; files are shards ("s3") and posting files ("p17").
  const files = new Map<string, Map<Field, Map<number, string[]>>>();
  const target = (term: string) => (big.has(term) ? `p${postingOf(term, postings)}` : `s${shardOf(term, shards)}`);
  for (const [field, byTerm] of termDocs) {
    for (const [term, ids] of byTerm) {
      const name = target(term);
      let byField = files.get(name);
      if (!byField) files.set(name, (byField = new Map()));
      let byDoc = byField.get(field);
      if (!byDoc) byField.set(field, (byDoc = new Map()));
      for (const id of ids) {
        const list = byDoc.get(id);
        if (list) list.push(term);
        else byDoc.set(id, [term]);
      }
    }
  }
  const bigByShard = new Map<number, string[]>();
  for (const term of big) {
    const n = shardOf(term, shards);
    const list = bigByShard.get(n) ?? [];
    list.push(term);
    bigByShard.set(n, list);
  }

  const serialise = (byField: Map<Field, Map<number, string[]>> | undefined): string[] => {
    const lines: string[] = [];
    for (const field of FIELDS) {
      const byDoc = byField?.get(field);
      if (!byDoc) continue;
      const index = new Index(flexOptions);
      for (const [id, terms] of byDoc) index.add(id, terms.join(" "));
      // Only the term map is shipped: the id registry serves updates, and this index is read-only.
      index.export((key, data) => {
        if (key.endsWith("map")) lines.push(`${field}\t${data}`);
      });
    }
    return lines;
  };
  const shardTexts = Array.from({ length: shards }, (_, n) => {
    const lines = serialise(files.get(`s${n}`));
    const external = bigByShard.get(n);
    // "x": this shard's words whose postings live in posting files, for prefix and jamo matching.
    if (external) lines.push(`x\t${JSON.stringify(external.sort())}`);
    return lines.join("\n");
  });
  const postingTexts = Array.from({ length: postings }, (_, k) => serialise(files.get(`p${k}`)).join("\n"));

  const fragments: DocFragment[] = docs.map((d, id) => ({
    id,
    url: d.url,
    title: d.title,
    deck: d.deck,
    lang: d.lang,
    date: d.date,
    ...(d.dateTime ? { dateTime: d.dateTime } : {}),
    ...(d.outlet ? { outlet: d.outlet } : {}),
    topics: d.topics.map((t) => t.id),
    text: d.text,
  }));
  const facets: Facets = { years: docs.map((d) => d.year), langs: docs.map((d) => d.lang), topics: docs.map((d) => d.topics.map((t) => t.id)) };

  const hash = createHash("sha256");
  for (const s of [...shardTexts, ...postingTexts]) hash.update(s).update("\0");
  hash.update(JSON.stringify(fragments)).update(JSON.stringify(input.glossary)).update(JSON.stringify(input.topics));
  const build = hash.digest("hex").slice(0, 12);

  const years = [...new Set(docs.map((d) => d.year).filter(Boolean))].sort().reverse();
  const manifest: Manifest = { format: FORMAT_VERSION, build, docs: docs.length, shards, postings, topics: input.topics, years, glossary: input.glossary };
  const out = new Map<string, string>();
  out.set(manifestPath, JSON.stringify(manifest));
  shardTexts.forEach((text, n) => out.set(shardPath(n, build), text));
  postingTexts.forEach((text, k) => out.set(postingPath(k, build), text));
  fragments.forEach((f) => out.set(docPath(f.id, build), JSON.stringify(f)));
  out.set(facetsPath(build), JSON.stringify(facets));
  return { manifest, files: out };
}
