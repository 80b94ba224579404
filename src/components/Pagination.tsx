import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import { paths } from "@/lib/paths";

/** Page numbers shown either side of the current page; the first and last are always shown. */
const WINDOW = 2;

/** The page numbers to show, with null where a run of pages is left out ("…"). */
export function pageWindow(page: number, pages: number): (number | null)[] {
  const shown: (number | null)[] = [];
  for (let n = 1; n <= pages; n++) {
    if (n === 1 || n === pages || Math.abs(n - page) <= WINDOW) shown.push(n);
    else if (shown[shown.length - 1] !== null) shown.push(null);
  }
  return shown;
}

/** Previous/next and numbered links between pages of a list; page 1 lives at `base` itself. */
export function Pagination({ base, page, pages, lang }: { base: string; page: number; pages: number; lang: Language }) {
  if (pages <= 1) return null;
  const t = uiText(lang).pagination;
  const href = (n: number) => paths.listPage(base, n);
  return (
    <nav aria-label={t.label} className="mt-8 flex flex-wrap items-center gap-2 text-sm">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev" className="rounded-md border border-line px-3 py-1.5">
          {t.previous}
        </a>
      ) : null}
      <ol className="flex flex-wrap gap-1" role="list">
        {pageWindow(page, pages).map((n, i) =>
          n === null ? (
            <li key={`gap-${i}`} className="px-2 py-1.5 text-muted" aria-hidden="true">
              …
            </li>
          ) : (
            <li key={n}>
              {n === page ? (
                <span aria-current="page" className="inline-block rounded-md bg-accent px-3 py-1.5 text-accent-fg">
                  {n}
                </span>
              ) : (
                <a href={href(n)} className="inline-block rounded-md border border-line px-3 py-1.5" aria-label={t.page(n)}>
                  {n}
                </a>
              )}
            </li>
          ),
        )}
      </ol>
      {page < pages ? (
        <a href={href(page + 1)} rel="next" className="rounded-md border border-line px-3 py-1.5">
          {t.next}
        </a>
      ) : null}
    </nav>
  );
}
