"use client";
/**
 * Header quick search. Without JavaScript it is a plain GET form to /search/. With it, results
 * appear as the reader types; "/" or Ctrl/Cmd+K focuses the header box; arrow keys move through the
 * results and Enter opens one (or the full results page). The search code and the index load only
 * when the box gets focus, through import(), so pages that never search carry none of it.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { MAX_QUERY_LENGTH } from "@/lib/search/limits";
import { Highlighted } from "./Highlighted";
import { isComposing } from "./keys";
import { useSearch } from "./useSearch";

/** Results shown under the box; the rest are one Enter away on /search/. */
const QUICK_LIMIT = 6;

const searchUrl = (q: string) => `/search/?q=${encodeURIComponent(q)}`;

export function QuickSearch({ id = "quick-search" }: { id?: string }) {
  // Only the header's box answers the global shortcuts; the home and 404 boxes are plain fields.
  const hotkeys = id === "quick-search";
  const listId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const { status, error, view, open: start, search, clear } = useSearch();
  const results = view?.results ?? [];
  const total = view?.total ?? 0;

  const run = useCallback(
    async (q: string) => {
      if (!q.trim()) {
        clear();
        return;
      }
      if (await search(q, {}, QUICK_LIMIT)) setActive(-1);
    },
    [search, clear],
  );

  useEffect(() => {
    if (!hotkeys) return;
    const onKey = (e: globalThis.KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      const typing = target !== null && (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName));
      if ((e.key === "k" || e.key === "K") && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        inputRef.current?.focus();
      } else if (e.key === "/" && !typing && !e.ctrlKey && !e.metaKey && !e.altKey) {
        e.preventDefault();
        inputRef.current?.focus();
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [hotkeys]);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (isComposing(e)) return;
    if (e.key === "ArrowDown" && results.length > 0) {
      e.preventDefault();
      setOpen(true);
      setActive((a) => (a + 1) % results.length);
    } else if (e.key === "ArrowUp" && results.length > 0) {
      e.preventDefault();
      setActive((a) => (a <= 0 ? results.length - 1 : a - 1));
    } else if (e.key === "Escape") {
      setOpen(false);
      setActive(-1);
    } else if (e.key === "Enter") {
      e.preventDefault();
      const chosen = active >= 0 ? results[active] : undefined;
      if (chosen) window.location.assign(chosen.url);
      else if (query.trim()) window.location.assign(searchUrl(query.trim()));
    }
  };

  const showPanel = open && query.trim() !== "";
  const optionId = (i: number) => `${listId}-opt-${i}`;

  return (
    <form
      role="search"
      // Pages with a second search box (home, 404) need distinct landmark names.
      aria-label={hotkeys ? "사이트 검색" : "기사 검색"}
      action="/search/"
      method="get"
      className="relative flex items-center gap-2"
      onSubmit={(e) => {
        // Enter is handled in onKeyDown (IME-aware); the button still submits through here.
        e.preventDefault();
        if (query.trim()) window.location.assign(searchUrl(query.trim()));
      }}
      onBlur={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <label htmlFor={id} className="sr-only">
        기사 검색
      </label>
      <input
        ref={inputRef}
        id={id}
        name="q"
        type="search"
        autoComplete="off"
        placeholder={hotkeys ? "기사 검색 ( / )" : "기사 검색"}
        maxLength={MAX_QUERY_LENGTH}
        role="combobox"
        aria-expanded={showPanel}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showPanel && active >= 0 ? optionId(active) : undefined}
        value={query}
        onFocus={() => {
          setOpen(true);
          void start();
        }}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          void run(e.target.value);
        }}
        onKeyDown={onKeyDown}
        className="w-36 rounded-md border border-line bg-bg px-3 py-1.5 text-sm text-fg placeholder:text-muted sm:w-48"
      />
      <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm text-accent-fg">
        검색
      </button>
      <div
        className={`${showPanel ? "" : "hidden"} absolute right-0 top-full z-50 mt-1 w-[min(28rem,90vw)] rounded-md border border-line bg-bg p-2 text-sm shadow-lg`}
        data-testid="quick-search-panel"
      >
        {status === "error" ? (
          <div role="alert" className="space-y-2 p-2">
            <p>검색 색인을 불러오지 못했습니다. 잠시 후 다시 시도해 주세요.</p>
            <p className="text-xs text-muted">{error}</p>
            <button type="button" className="rounded-md border border-line px-3 py-1" onClick={() => void run(query)}>
              다시 시도
            </button>
          </div>
        ) : status === "loading" ? (
          <p className="p-2 text-muted" role="status">
            검색 색인을 불러오는 중…
          </p>
        ) : results.length === 0 ? (
          <p className="p-2 text-muted" role="status">
            ‘{query.trim()}’에 맞는 기사가 없습니다.
          </p>
        ) : null}
        <ul id={listId} role="listbox" aria-label="검색 결과" className={status === "error" ? "hidden" : ""}>
          {status !== "error" &&
            results.map((r, i) => (
              <li
                key={r.id}
                id={optionId(i)}
                role="option"
                aria-selected={i === active}
                className={`rounded px-2 py-1.5 ${i === active ? "bg-panel outline outline-2 outline-accent" : ""}`}
                data-url={r.url}
                onMouseEnter={() => setActive(i)}
                // An option holds no link (a listbox option must not nest controls); choosing it navigates.
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => window.location.assign(r.url)}
              >
                <span className="block cursor-pointer text-fg" lang={r.lang === "en" ? "en" : undefined}>
                  <span className="font-semibold">
                    <Highlighted segments={r.title} />
                  </span>
                  <span className="block text-xs text-muted">
                    {r.date}
                    {r.outlet ? ` · ${r.outlet}` : ""}
                  </span>
                </span>
              </li>
            ))}
        </ul>
        {status === "ready" && total > 0 ? (
          <a href={searchUrl(query.trim())} className="mt-1 block px-2 py-1 text-accent">
            검색 결과 {total}건 모두 보기
          </a>
        ) : null}
      </div>
    </form>
  );
}
