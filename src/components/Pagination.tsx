import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import type { PageNav, PageRef } from "@/lib/pagination";
import { paths } from "@/lib/paths";

/**
 * Links between the pages of a list (src/lib/pagination.ts), newest first: newer and older, the
 * latest page, page 1 and the pages around this one. Numbers count from the oldest page, so a
 * page's number and articles stay the same as the archive grows.
 */
export function Pagination({ base, nav, lang }: { base: string; nav: PageNav; lang: Language }) {
  if (nav.shown.length === 0) return null;
  const t = uiText(lang).pagination;
  const href = (page: PageRef) => paths.listPage(base, page);
  const label = (page: PageRef) => (page === "latest" ? t.latest : String(page));
  return (
    <nav aria-label={t.label} className="mt-8 flex flex-wrap items-center gap-2 text-sm">
      {nav.newer !== undefined ? (
        <a href={href(nav.newer)} rel="prev" className="rounded-md border border-line px-3 py-1.5">
          {t.newer}
        </a>
      ) : null}
      <ol className="flex flex-wrap gap-1" role="list">
        {nav.shown.map((page, i) =>
          page === null ? (
            <li key={`gap-${i}`} className="px-2 py-1.5 text-muted" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={page}>
              {page === nav.page ? (
                <span aria-current="page" className="inline-block rounded-md bg-accent px-3 py-1.5 text-accent-fg">
                  {label(page)}
                </span>
              ) : (
                <a href={href(page)} className="inline-block rounded-md border border-line px-3 py-1.5" aria-label={t.page(page)}>
                  {label(page)}
                </a>
              )}
            </li>
          ),
        )}
      </ol>
      {nav.older !== undefined ? (
        <a href={href(nav.older)} rel="next" className="rounded-md border border-line px-3 py-1.5">
          {t.older}
        </a>
      ) : null}
    </nav>
  );
}
