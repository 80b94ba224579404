/**
 * Every site path in one place. The Korean interface lives at the root and the English one under
 * /en/; articles have one address each, whatever their language. The loader hands these paths to
 * pages, so no page or component builds a URL by hand. Browser-safe (no Node imports).
 */
import type { Language } from "./article-schema";
import type { PageRef } from "./pagination";

/** Where each interface language's pages start. */
const ROOT: Record<Language, string> = { ko: "/", en: "/en/" };

export const paths = {
  home: (lang: Language) => ROOT[lang],
  archive: (lang: Language) => `${ROOT[lang]}archive/`,
  year: (lang: Language, year: string) => `${ROOT[lang]}archive/${year}/`,
  month: (lang: Language, year: string, month: string) => `${ROOT[lang]}archive/${year}/${month}/`,
  undated: (lang: Language) => `${ROOT[lang]}archive/undated/`,
  topics: (lang: Language) => `${ROOT[lang]}topics/`,
  topic: (lang: Language, id: string) => `${ROOT[lang]}topics/${id}/`,
  search: (lang: Language) => `${ROOT[lang]}search/`,
  /** The page served for unknown addresses in each interface language. */
  notFound: (lang: Language) => `${ROOT[lang]}404.html`,
  article: (slug: string) => `/articles/${slug}/`,
  ogImage: (slug: string) => `/og/${slug}.png`,
  /** The archive's feeds (RSS 2.0, Atom 1.0, JSON Feed). */
  feeds: { rss: "/feed.xml", atom: "/atom.xml", json: "/feed.json" },
  sitemap: "/sitemap.xml",
  /** A raw source file, served exactly as received. */
  source: (file: string) => `/sources/${file}`,
  /** Page `n` of a list whose first page is `base` ("/topics/x/" -> "/topics/x/page/2/"). */
  /** A page of a paged list (src/lib/pagination.ts): the latest at the list's own address, numbered pages under page/N/. */
  listPage: (base: string, page: PageRef) => (page === "latest" ? base : `${base}page/${page}/`),
};

/** The same list page in the other interface language ("/en/topics/x/" <-> "/topics/x/"); articles have no twin. */
export function counterpartPath(pathname: string, to: Language): string {
  const bare = pathname.startsWith("/en/") ? pathname.slice(3) : pathname === "/en" ? "/" : pathname;
  if (bare.startsWith("/articles/")) return ROOT[to];
  return to === "en" ? `/en${bare}` : bare;
}
