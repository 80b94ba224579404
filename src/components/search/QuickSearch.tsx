"use client";
/**
 * Header quick search. Without JavaScript it is a plain GET form to the search page. With it, results
 * appear as the reader types; "/" or Ctrl/Cmd+K focuses the header box; arrow keys move through the
 * results and Enter opens one (or the full results page). The search code and the index load only
 * when the box gets focus, through import(), so pages that never search carry none of it.
 */
import { useCallback, useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { langAttr, uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import { paths } from "@/lib/paths";
import { MAX_QUERY_LENGTH } from "@/lib/search/limits";
import { Highlighted } from "./Highlighted";
import { isComposing } from "./keys";
import { useSearch } from "./useSearch";

/** Results shown under the box; the rest are one Enter away on /search/. */
const QUICK_LIMIT = 6;

export function QuickSearch({ id = "quick-search", lang }: { id?: string; lang: Language }) {
  const t = uiText(lang).search;
  const searchUrl = (q: string) => `${paths.search(lang)}?q=${encodeURIComponent(q)}`;
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
      aria-label={hotkeys ? t.siteSearch : t.articleSearch}
      action={paths.search(lang)}
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
        {t.articleSearch}
      </label>
      <input
        ref={inputRef}
        id={id}
        name="q"
        // A combobox is a text field (ARIA 1.2); the keyboard still offers a search key.
        type="text"
        inputMode="search"
        enterKeyHint="search"
        autoComplete="off"
        placeholder={hotkeys ? t.hotkeyPlaceholder : t.articleSearch}
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
        {t.submit}
      </button>
      <div
        className={`${showPanel ? "" : "hidden"} absolute right-0 top-full z-50 mt-1 w-[min(28rem,90vw)] rounded-md border border-line bg-bg p-2 text-sm shadow-lg`}
        data-testid="quick-search-panel"
      >
        {status === "error" ? (
          <div role="alert" className="space-y-2 p-2">
            <p>
              {t.loadFailed} {t.tryLater}
            </p>
            <p className="text-xs text-muted">{error}</p>
            <button type="button" className="rounded-md border border-line px-3 py-1" onClick={() => void run(query)}>
              {t.retry}
            </button>
          </div>
        ) : status === "loading" ? (
          <p className="p-2 text-muted" role="status">
            {t.loading}
          </p>
        ) : results.length === 0 ? (
          <p className="p-2 text-muted" role="status">
            {t.noMatch(query.trim())}
          </p>
        ) : null}
        <ul id={listId} role="listbox" aria-label={t.results} className={status === "error" ? "hidden" : ""}>
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
                <span className="block cursor-pointer text-fg">
                  <span className="font-semibold" lang={r.lang === lang ? undefined : r.lang}>
                    <Highlighted segments={r.title} />
                  </span>
                  <span className="block text-xs text-muted">
                    {r.date[lang]}
                    {r.outlet ? (
                      <>
                        {" · "}
                        <span lang={langAttr(r.outlet, lang)}>{r.outlet}</span>
                      </>
                    ) : null}
                  </span>
                </span>
              </li>
            ))}
        </ul>
        {status === "ready" && total > 0 ? (
          <a href={searchUrl(query.trim())} className="mt-1 block px-2 py-1 text-accent">
            {t.seeAll(total)}
          </a>
        ) : null}
      </div>
    </form>
  );
}
