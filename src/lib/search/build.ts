/**
 * Builds the static search index (Node only): articles in, files out. The files are described in
 * ./format.ts; scripts/search/build-index.ts writes them to public/search-index/, tests and the
 * bench keep them in memory.
 */
import { createHash } from "node:crypto";
import { Index } from "flexsearch";
import { fieldTerms } from "./analyze";
import {
  FIELDS,
  FORMAT_VERSION,
  docPath,
  facetsPath,
  manifestPath,
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

function docFieldTerms(doc: SearchDoc): Record<Field, string[]> {
  const title = fieldTerms([doc.title, ...doc.deck].join("\n"));
  const meta = fieldTerms([...doc.topics.flatMap((t) => [t.ko, t.en]), doc.byline ?? "", doc.outlet ?? ""].join("\n"));
  const body = fieldTerms(doc.text);
  return {
    t: [...title.words, ...title.infixes],
    m: [...meta.words, ...meta.infixes],
    b: [...body.words, ...body.infixes],
    c: [...title.choseong, ...meta.choseong, ...body.choseong],
  };
}

export function buildSearchIndex(input: BuildInput): BuiltIndex {
  const { docs } = input;
  const shards = shardCountFor(docs.length);
  // shard -> field -> doc id -> terms
  const perShard: Map<Field, Map<number, Set<string>>>[] = Array.from({ length: shards }, () => new Map());
  docs.forEach((doc, id) => {
    const terms = docFieldTerms(doc);
    for (const field of FIELDS) {
      for (const term of terms[field]) {
        const shard = perShard[shardOf(term, shards)];
        if (!shard) throw new Error(`shard of "${term}" out of range`);
        let byDoc = shard.get(field);
        if (!byDoc) shard.set(field, (byDoc = new Map()));
        let set = byDoc.get(id);
        if (!set) byDoc.set(id, (set = new Set()));
        set.add(term);
      }
    }
  });

  const shardTexts = perShard.map((fields) => {
    const lines: string[] = [];
    for (const field of FIELDS) {
      const byDoc = fields.get(field);
      if (!byDoc) continue;
      const index = new Index(flexOptions);
      for (const [id, terms] of byDoc) index.add(id, [...terms].join(" "));
      // Only the term map is shipped: the id registry serves updates, and this index is read-only.
      index.export((key, data) => {
        if (key.endsWith("map")) lines.push(`${field}\t${data}`);
      });
    }
    return lines.join("\n");
  });

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
  for (const s of shardTexts) hash.update(s).update("\0");
  hash.update(JSON.stringify(fragments)).update(JSON.stringify(input.glossary)).update(JSON.stringify(input.topics));
  const build = hash.digest("hex").slice(0, 12);

  const years = [...new Set(docs.map((d) => d.year).filter(Boolean))].sort().reverse();
  const manifest: Manifest = { format: FORMAT_VERSION, build, docs: docs.length, shards, topics: input.topics, years, glossary: input.glossary };
  const files = new Map<string, string>();
  files.set(manifestPath, JSON.stringify(manifest));
  shardTexts.forEach((text, n) => files.set(shardPath(n, build), text));
  fragments.forEach((f) => files.set(docPath(f.id, build), JSON.stringify(f)));
  files.set(facetsPath(build), JSON.stringify(facets));
  return { manifest, files };
}
