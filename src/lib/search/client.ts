/**
 * The browser side of search, loaded with import() only when a reader starts a search (focus on a
 * search box, or the /search page): article pages carry none of it. Fetches the index from
 * /search-index/, runs the engine and turns hits into plain data (text segments, never HTML) for
 * the React components.
 */
import { MAX_QUERY_LENGTH } from "./limits";
import type { SearchDoc } from "./doc";
import { SearchEngine, type Filters, type SearchResponse } from "./engine";
import { SearchIndexError, manifestPath, type Manifest } from "./format";
import { highlight, snippet, type Segment } from "./highlight";

export type { Filters, Manifest, Segment };
export { SearchIndexError };

const BASE = "/search-index/";

async function fetchText(path: string, fresh = false): Promise<string> {
  let res: Response;
  try {
    // The manifest names the current build; every other file carries the build in its name.
    res = await fetch(BASE + path, fresh ? { cache: "reload" } : path === manifestPath ? { cache: "no-cache" } : {});
  } catch (err) {
    throw new SearchIndexError(`could not be fetched (${err instanceof Error ? err.message : String(err)})`, path);
  }
  if (!res.ok) throw new SearchIndexError(`answered HTTP ${res.status}`, path);
  return res.text();
}

let engine: Promise<SearchEngine> | undefined;

/** Opens the index once; after a failure the next call tries again (the "retry" button). */
export function openIndex(): Promise<SearchEngine> {
  if (!engine) {
    const p = SearchEngine.open(fetchText);
    p.catch(() => {
      if (engine === p) engine = undefined;
    });
    engine = p;
  }
  return engine;
}

/** One result as shown: the article's search document, with the title and snippet highlighted. */
export type ResultView = Omit<SearchDoc, "title" | "text"> & {
  id: number;
  title: Segment[];
  snippet: Segment[];
};

export interface SearchView {
  query: string;
  /** Matches after filters. */
  total: number;
  /** Matches before filters. */
  unfiltered: number;
  results: ResultView[];
  /** Words of the query that find something on their own, for the no-results state. */
  suggestions: string[];
}

/** A reader's query, cut and cleaned: at most MAX_QUERY_LENGTH characters, no control characters. */
export function cleanQuery(q: string): string {
  return q.replace(/[\u0000-\u001f\u007f]/gu, " ").slice(0, MAX_QUERY_LENGTH);
}

export async function search(query: string, filters: Filters, limit: number): Promise<SearchView> {
  const idx = await openIndex();
  const q = cleanQuery(query);
  if (!q.trim()) return { query: q, total: 0, unfiltered: 0, results: [], suggestions: [] };
  const res: SearchResponse = await idx.search(q, filters);
  const shown = res.hits.slice(0, limit);
  const results = await Promise.all(
    shown.map(async (hit): Promise<ResultView> => {
      const { title, text, ...doc } = await idx.doc(hit.id);
      const body = snippet(text, res.matches);
      return {
        ...doc,
        id: hit.id,
        title: highlight(title, res.matches),
        snippet: body.some((s) => s.hit) || doc.deck.length === 0 ? body : snippet(doc.deck.join(" · "), res.matches),
      };
    }),
  );
  const suggestions = res.hits.length === 0 ? res.clauseCounts.filter((c) => c.count > 0 && c.text !== q.trim()).map((c) => c.text) : [];
  return { query: q, total: res.hits.length, unfiltered: res.unfiltered, results, suggestions };
}
