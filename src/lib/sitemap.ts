/**
 * The sitemap: every list page and article a search engine should know, with article dates only
 * where known. The protocol allows 50 000 URLs in one file, so past that `/sitemap.xml` becomes a
 * sitemap index of `/sitemaps/<n>.xml` parts; up to it, `/sitemap.xml` lists the URLs itself, as
 * it always has. https://www.sitemaps.org/protocol.html
 */
import { absoluteUrl } from "@/config/site";
import type { Language } from "@/lib/article-schema";
import { getAllArticles, getArchiveYears, getTopics, getUndatedArticles } from "@/lib/articles";
import { paths } from "@/lib/paths";

/** The protocol's limit of URLs per sitemap file. */
export const SITEMAP_LIMIT = 50_000;

export interface SitemapEntry {
  /** Absolute URL of the page. */
  url: string;
  /** YYYY-MM-DD, only when the source states the day. */
  lastModified?: string;
  /** Language -> absolute URL of the same article in that language. */
  languages?: Record<string, string>;
}

/**
 * The list pages first, in both interface languages (each naming the other as its alternate), then
 * every article, newest first.
 */
export function sitemapEntries(): SitemapEntry[] {
  const lists: ((l: Language) => string)[] = [
    paths.home,
    paths.archive,
    paths.topics,
    ...getTopics()
      .filter((t) => t.count > 0)
      .map((t) => (l: Language) => t.url[l]),
  ];
  for (const y of getArchiveYears()) {
    lists.push((l) => paths.year(l, y.year));
    for (const m of y.months) lists.push((l) => paths.month(l, y.year, m.month));
  }
  if (getUndatedArticles().length > 0) lists.push(paths.undated);
  const languages = (at: (l: Language) => string) => ({ ko: absoluteUrl(at("ko")), en: absoluteUrl(at("en")) });
  return [
    ...lists.flatMap((at) => (["ko", "en"] as const).map((l) => ({ url: absoluteUrl(at(l)), languages: languages(at) }))),
    ...getAllArticles().map((a) => ({
      url: absoluteUrl(a.url),
      ...(a.published.precision === "day" && a.published.value ? { lastModified: a.published.value } : {}),
      ...(a.otherLanguages.length ? { languages: Object.fromEntries(a.otherLanguages.map((o) => [o.lang, absoluteUrl(o.url)])) } : {}),
    })),
  ];
}

/** The file name of part `n` (1-based) under /sitemaps/. */
export const sitemapPartFile = (n: number): string => `${n}.xml`;

/**
 * The entries cut into files of at most `limit` URLs. One part means `/sitemap.xml` holds them all;
 * more mean `/sitemap.xml` is their index.
 */
export function sitemapParts(entries: SitemapEntry[], limit = SITEMAP_LIMIT): SitemapEntry[][] {
  if (entries.length === 0) return [[]];
  const parts: SitemapEntry[][] = [];
  for (let i = 0; i < entries.length; i += limit) parts.push(entries.slice(i, i + limit));
  return parts;
}

const escapeXml = (s: string): string => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** A <urlset> of the entries, with hreflang alternates for translated articles. */
export function urlsetXml(entries: SitemapEntry[]): string {
  const urls = entries.map((e) => {
    const lines = [`<url>`, `<loc>${escapeXml(e.url)}</loc>`];
    for (const [lang, href] of Object.entries(e.languages ?? {}))
      lines.push(`<xhtml:link rel="alternate" hreflang="${escapeXml(lang)}" href="${escapeXml(href)}" />`);
    if (e.lastModified) lines.push(`<lastmod>${escapeXml(e.lastModified)}</lastmod>`);
    lines.push(`</url>`);
    return lines.join("\n");
  });
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`,
    ...urls,
    `</urlset>`,
    "",
  ].join("\n");
}

/** A <sitemapindex> of the parts' absolute URLs. */
export function sitemapIndexXml(partUrls: string[]): string {
  return [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`,
    ...partUrls.map((u) => `<sitemap><loc>${escapeXml(u)}</loc></sitemap>`),
    `</sitemapindex>`,
    "",
  ].join("\n");
}

/** What `/sitemap.xml` holds: the URLs themselves when they fit in one file, else the index of the parts. */
export function sitemapXml(parts: SitemapEntry[][]): string {
  if (parts.length <= 1) return urlsetXml(parts[0] ?? []);
  return sitemapIndexXml(parts.map((_, i) => absoluteUrl(`/sitemaps/${sitemapPartFile(i + 1)}`)));
}
