"use client";
/**
 * The search page (/search/, /en/search/). The URL holds the query and the filters (?q=&topic=&year=&lang=), so a search
 * can be shared and bookmarked: a query that settles (or Enter, or a filter change) adds a history
 * entry, and back/forward restore both the box and the results.
 */
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from "react";
import { langAttr, uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import { paths } from "@/lib/paths";
import { MAX_QUERY_LENGTH } from "@/lib/search/limits";
import type { Filters } from "@/lib/search/client";
import { Highlighted } from "./Highlighted";
import { isComposing } from "./keys";
import { useSearch } from "./useSearch";

interface UrlState {
  q: string;
  topic: string;
  year: string;
  lang: string;
}

const PAGE = 20;
/** A query the reader stops typing for this long gets its own history entry. */
const SETTLE_MS = 700;

function readUrl(): UrlState {
  const p = new URLSearchParams(window.location.search);
  const get = (k: string) => (p.get(k) ?? "").slice(0, MAX_QUERY_LENGTH);
  return { q: get("q"), topic: get("topic"), year: get("year"), lang: get("lang") };
}

function toUrl(s: UrlState): string {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  if (s.topic) p.set("topic", s.topic);
  if (s.year) p.set("year", s.year);
  if (s.lang) p.set("lang", s.lang);
  const qs = p.toString();
  return `${window.location.pathname}${qs ? `?${qs}` : ""}`;
}

const filtersOf = (s: UrlState): Filters => ({
  ...(s.topic ? { topic: s.topic } : {}),
  ...(s.year ? { year: s.year } : {}),
  ...(s.lang ? { lang: s.lang } : {}),
});

export function SearchPage({ lang }: { lang: Language }) {
  const ui = uiText(lang);
  const t = ui.search;
  const [state, setState] = useState<UrlState>({ q: "", topic: "", year: "", lang: "" });
  const [limit, setLimit] = useState(PAGE);
  const [attempt, setAttempt] = useState(0);
  // This page is where searching starts: it opens the index as soon as it shows.
  const { status, error, manifest, view, search } = useSearch("loading");
  const settle = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(() => {
    // The query lives in the URL, which only the browser has: read it after hydration, then on back/forward.
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a one-time read of browser-only state after hydration
    setState(readUrl());
    const onPop = () => {
      setState(readUrl());
      setLimit(PAGE);
    };
    window.addEventListener("popstate", onPop);
    return () => window.removeEventListener("popstate", onPop);
  }, []);

  useEffect(() => {
    // The hook keeps only the latest answer, so a query still running when state changes is dropped.
    void search(state.q, filtersOf(state), limit);
  }, [search, state, limit, attempt]);

  const commit = useCallback((next: UrlState, push: boolean) => {
    clearTimeout(settle.current);
    const url = toUrl(next);
    if (url === `${window.location.pathname}${window.location.search}`) return;
    if (push) window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }, []);

  const update = (patch: Partial<UrlState>, push: boolean) => {
    const next = { ...state, ...patch };
    setState(next);
    setLimit(PAGE);
    commit(next, push);
  };

  const onType = (q: string) => {
    const next = { ...state, q: q.slice(0, MAX_QUERY_LENGTH) };
    setState(next);
    setLimit(PAGE);
    // Keystrokes do not each make a history entry; a query the reader pauses on does.
    clearTimeout(settle.current);
    settle.current = setTimeout(() => commit(next, true), SETTLE_MS);
  };

  useEffect(() => () => clearTimeout(settle.current), []);

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (isComposing(e)) return;
    if (e.key === "Enter") {
      e.preventDefault();
      commit(state, true);
    }
  };

  const retry = () => setAttempt((a) => a + 1);

  const q = state.q.trim();
  const filtered = Boolean(state.topic || state.year || state.lang);

  return (
    // Hidden without JavaScript: the page's <noscript> explains instead.
    <div className="needs-js space-y-6">
      <form role="search" aria-label={t.form} onSubmit={(e) => e.preventDefault()} className="space-y-3">
        <label htmlFor="search-page-input" className="block text-sm font-semibold">
          {t.query}
        </label>
        <input
          id="search-page-input"
          type="search"
          autoComplete="off"
          autoFocus
          maxLength={MAX_QUERY_LENGTH}
          value={state.q}
          placeholder={t.pagePlaceholder}
          onChange={(e) => onType(e.target.value)}
          onKeyDown={onKeyDown}
          className="w-full rounded-md border border-line bg-bg px-3 py-2 text-base text-fg placeholder:text-muted"
        />
        <fieldset className="flex flex-wrap gap-3 text-sm">
          <legend className="sr-only">{t.filters}</legend>
          <label className="flex items-center gap-1">
            {t.topic}
            <select
              value={state.topic}
              onChange={(e) => update({ topic: e.target.value }, true)}
              className="w-36 rounded-md border border-line bg-bg px-2 py-1"
              name="topic"
            >
              <option value="">{t.all}</option>
              {manifest?.topics.map((topic) => (
                <option key={topic.id} value={topic.id}>
                  {topic[lang]}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-1">
            {t.year}
            <select
              value={state.year}
              onChange={(e) => update({ year: e.target.value }, true)}
              className="w-28 rounded-md border border-line bg-bg px-2 py-1"
              name="year"
            >
              <option value="">{t.all}</option>
              {manifest?.years.map((y) => (
                <option key={y} value={y}>
                  {t.yearOption(y)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex items-center gap-1">
            {t.language}
            <select
              value={state.lang}
              onChange={(e) => update({ lang: e.target.value }, true)}
              className="w-28 rounded-md border border-line bg-bg px-2 py-1"
              name="lang"
            >
              <option value="">{t.all}</option>
              <option value="ko">{ui.languageOf.ko}</option>
              <option value="en">{ui.languageOf.en}</option>
            </select>
          </label>
          {filtered ? (
            <button type="button" className="rounded-md border border-line px-2 py-1" onClick={() => update({ topic: "", year: "", lang: "" }, true)}>
              {t.clearFilters}
            </button>
          ) : null}
        </fieldset>
      </form>

      {/* The answer's room is held from the first paint, so results arriving never push the page's
          footer (or anything else) around. */}
      <div className="min-h-[75vh] space-y-6">
        {status === "error" ? (
          <div role="alert" className="space-y-2 rounded-md border border-line bg-panel p-4">
            <p className="font-semibold">{t.loadFailed}</p>
            <p className="text-sm text-muted">{error}</p>
            <button type="button" onClick={retry} className="rounded-md bg-accent px-3 py-1.5 text-sm text-accent-fg">
              {t.retry}
            </button>
          </div>
        ) : null}

        {/* The introduction needs no index, so it is painted with the page (it is the page's largest
            text) and keeps its place until results take the room; the examples join it below. */}
        {status !== "error" && (!q || !view) ? (
          <div className="space-y-2 text-sm text-muted" data-testid="search-examples">
            <p>{t.intro}</p>
            {status === "ready" && !q ? (
              <p className="flex flex-wrap gap-2">
                {t.examples.map((example) => (
                  <button
                    key={example}
                    type="button"
                    className="rounded-full border border-line px-3 py-1 text-fg"
                    onClick={() => update({ q: example }, true)}
                  >
                    {example}
                  </button>
                ))}
              </p>
            ) : null}
          </div>
        ) : null}

        {status === "loading" && !view ? (
          <p role="status" className="text-muted">
            {t.loading}
          </p>
        ) : null}

        {status !== "error" && view && q && view.query.trim() ? (
          <section aria-labelledby="search-results-heading" className="space-y-4">
            <h2 id="search-results-heading" className="text-lg font-semibold" aria-live="polite">
              {t.heading(view.query.trim(), view.total)}
              {filtered && view.unfiltered !== view.total ? (
                <span className="ml-2 text-sm font-normal text-muted">{t.withoutFilters(view.unfiltered)}</span>
              ) : null}
            </h2>
            {view.total === 0 ? (
              <div className="space-y-2 text-sm" data-testid="no-results">
                <p>{t.none}</p>
                <ul className="list-disc space-y-1 pl-5">
                  {filtered && view.unfiltered > 0 ? (
                    <li>
                      <button type="button" className="text-accent underline" onClick={() => update({ topic: "", year: "", lang: "" }, true)}>
                        {t.clearToSee(view.unfiltered)}
                      </button>
                    </li>
                  ) : null}
                  {view.suggestions.map((s) => (
                    <li key={s}>
                      <button type="button" className="text-accent underline" onClick={() => update({ q: s }, true)}>
                        {t.tryInstead(s)}
                      </button>
                    </li>
                  ))}
                  <li>{t.tips}</li>
                  <li>
                    <a href={paths.topics(lang)}>{t.browseTopics}</a>
                  </li>
                </ul>
              </div>
            ) : (
              <ol className="space-y-5">
                {view.results.map((r) => (
                  <li key={r.id} className="space-y-1">
                    <a href={r.url} className="text-lg font-semibold" lang={r.lang === lang ? undefined : r.lang}>
                      <Highlighted segments={r.title} />
                    </a>
                    <p className="text-sm text-muted">
                      {r.dateTime ? <time dateTime={r.dateTime}>{r.date[lang]}</time> : r.date[lang]}
                      {r.outlet ? (
                        <>
                          {" · "}
                          <span lang={langAttr(r.outlet, lang)}>{r.outlet}</span>
                        </>
                      ) : null}
                      {r.topics.length > 0 ? ` · ${r.topics.map((topic) => topic[lang]).join(", ")}` : ""}
                    </p>
                    <p className="text-sm leading-relaxed" lang={r.lang === lang ? undefined : r.lang}>
                      <Highlighted segments={r.snippet} />
                    </p>
                  </li>
                ))}
              </ol>
            )}
            {view.total > view.results.length ? (
              <button type="button" onClick={() => setLimit((l) => l + PAGE)} className="rounded-md border border-line px-3 py-1.5 text-sm">
                {t.more(view.results.length, view.total)}
              </button>
            ) : null}
          </section>
        ) : null}
      </div>
    </div>
  );
}
