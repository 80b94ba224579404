"use client";
/**
 * The one way components search: loads the search code (import(), so pages that never search carry
 * none of it), opens the index, runs queries and keeps only the latest answer, and turns a failure
 * into an error state that the next call (the "retry" button) starts over from.
 */
import { useCallback, useRef, useState } from "react";
import type { Filters, Manifest, SearchView } from "@/lib/search/client";

type Client = typeof import("@/lib/search/client");
export type SearchStatus = "idle" | "loading" | "ready" | "error";

let clientModule: Promise<Client> | undefined;
/** The search code, fetched once; a failed fetch is forgotten so that a retry fetches it again. */
function loadClient(): Promise<Client> {
  if (!clientModule) {
    const p = import("@/lib/search/client");
    p.catch(() => {
      if (clientModule === p) clientModule = undefined;
    });
    clientModule = p;
  }
  return clientModule;
}

export interface UseSearch {
  status: SearchStatus;
  /** What failed, naming the index file, when status is "error". */
  error: string;
  /** The index's manifest (topics and years for the filters), once open. */
  manifest?: Manifest;
  /** The latest query's answer. */
  view?: SearchView;
  /** Opens the index ahead of the first query (on focus, or when the page shows). */
  open: () => Promise<Client | undefined>;
  /** Runs a query; resolves to its answer, or undefined when a newer query or a failure came first. */
  search: (query: string, filters: Filters, limit: number) => Promise<SearchView | undefined>;
  /** Drops the answer shown, and any query still running. */
  clear: () => void;
}

export function useSearch(initial: SearchStatus = "idle"): UseSearch {
  const [status, setStatus] = useState<SearchStatus>(initial);
  const [error, setError] = useState("");
  const [manifest, setManifest] = useState<Manifest | undefined>();
  const [view, setView] = useState<SearchView | undefined>();
  const seq = useRef(0);

  const fail = useCallback((err: unknown) => {
    setStatus("error");
    setError(err instanceof Error ? err.message : String(err));
  }, []);

  const open = useCallback(async () => {
    setStatus((s) => (s === "ready" ? s : "loading"));
    try {
      const client = await loadClient();
      const engine = await client.openIndex();
      setManifest(engine.manifest);
      setStatus("ready");
      setError("");
      return client;
    } catch (err) {
      fail(err);
      return undefined;
    }
  }, [fail]);

  const search = useCallback(
    async (query: string, filters: Filters, limit: number) => {
      const mine = ++seq.current;
      const client = await open();
      if (!client || mine !== seq.current) return undefined;
      try {
        const answer = await client.search(query, filters, limit);
        if (mine !== seq.current) return undefined;
        setView(answer);
        return answer;
      } catch (err) {
        if (mine === seq.current) fail(err);
        return undefined;
      }
    },
    [open, fail],
  );

  const clear = useCallback(() => {
    seq.current += 1;
    setView(undefined);
  }, []);

  return { status, error, manifest, view, open, search, clear };
}
