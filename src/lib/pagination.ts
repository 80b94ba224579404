/**
 * Lists are paged from their oldest end, so a page keeps its articles as the archive grows. Page 1
 * holds the oldest `size` articles, page 2 the next `size`, and so on; the list's own address
 * ("latest") holds the newest, between `size` and 2 × `size` − 1 of them, until they fill a page
 * of their own. A new article changes the latest page only: a link to page 7 shows the same
 * articles next year, and a rebuild after a new article renders a few list pages, not all of them.
 *
 * Pages are shown newest first (latest, then the highest number down to 1), and so are the
 * articles on each. A page's navigation names only its neighbours, the latest page and page 1,
 * so it too stays as it is while newer pages are added above it.
 */

/** A page of a list: its number, or the list's own address. */
export type PageRef = number | "latest";

/** Links between the pages of a list, as one page shows them. */
export interface PageNav {
  /** This page. */
  page: PageRef;
  /** The next page towards the newest articles (rel="prev" in reading order), and towards the oldest. */
  newer?: PageRef;
  older?: PageRef;
  /** The pages to offer, newest first, with null where a run of pages is left out ("…"). */
  shown: (PageRef | null)[];
}

/** Numbered pages shown either side of the current one. */
const WINDOW = 2;

/** The articles of the latest page and of each numbered page (index 0 is page 1), each newest first. */
export function stablePages<T>(newestFirst: T[], size: number): { latest: T[]; numbered: T[][] } {
  const numberedCount = Math.max(0, Math.floor(newestFirst.length / size) - 1);
  const latestCount = newestFirst.length - numberedCount * size;
  const numbered = Array.from({ length: numberedCount }, (_, i) => {
    const end = newestFirst.length - i * size;
    return newestFirst.slice(end - size, end);
  });
  return { latest: newestFirst.slice(0, latestCount), numbered };
}

/** The navigation page `page` shows in a list of `numbered` numbered pages. */
export function pageNav(page: PageRef, numbered: number): PageNav {
  if (numbered === 0) return { page, shown: [] };
  const at = page === "latest" ? numbered + 1 : page;
  const near = (n: number) => n >= 1 && n <= numbered && Math.abs(n - at) <= WINDOW;
  const shown: (PageRef | null)[] = ["latest"];
  for (let n = Math.min(numbered, at + WINDOW); n >= 1; n--) {
    if (near(n) || n === 1) shown.push(n);
    else if (shown[shown.length - 1] !== null) shown.push(null);
  }
  // Pages between the latest and this window: a gap, the same however many there are.
  if (page !== "latest" && at + WINDOW < numbered) shown.splice(1, 0, null);
  return {
    page,
    newer: page === "latest" ? undefined : page === numbered ? "latest" : page + 1,
    older: page === "latest" ? numbered : page > 1 ? page - 1 : undefined,
    shown,
  };
}
