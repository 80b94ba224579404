/**
 * The sitemap past the protocol's 50 000 URLs per file: /sitemap.xml becomes an index of parts, each
 * within the limit, that together list every URL once. Exercised on entries made in memory, so no
 * 50 000-article archive is built; the real archive still fits in one file.
 */
import { describe, expect, it } from "vitest";
import { getAllArticles } from "@/lib/articles";
import { SITEMAP_LIMIT, sitemapEntries, sitemapParts, sitemapXml, urlsetXml, type SitemapEntry } from "@/lib/sitemap";

const entries = (n: number): SitemapEntry[] =>
  Array.from({ length: n }, (_, i) => ({ url: `https://news.example/articles/a-${i}/`, lastModified: "2024-01-02" }));
const locs = (xml: string): string[] => [...xml.matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1] ?? "");

describe("sitemap", () => {
  it("lists up to 50 000 URLs in /sitemap.xml itself", () => {
    const parts = sitemapParts(entries(SITEMAP_LIMIT));
    expect(parts).toHaveLength(1);
    const xml = sitemapXml(parts);
    expect(xml).toContain("<urlset ");
    expect(locs(xml)).toHaveLength(SITEMAP_LIMIT);
  });

  it("past 50 000 URLs, /sitemap.xml is an index of parts that each hold at most 50 000 and together hold every URL once", () => {
    const all = entries(2 * SITEMAP_LIMIT + 1);
    const parts = sitemapParts(all);
    const index = sitemapXml(parts);
    expect(index).toContain("<sitemapindex ");
    expect(index).not.toContain("<urlset");
    expect(locs(index).map((u) => new URL(u).pathname)).toEqual(["/sitemaps/1.xml", "/sitemaps/2.xml", "/sitemaps/3.xml"]);
    const listed = parts.map((p) => locs(urlsetXml(p)));
    expect(listed.map((l) => l.length)).toEqual([SITEMAP_LIMIT, SITEMAP_LIMIT, 1]);
    expect(listed.flat()).toEqual(all.map((e) => e.url));
  });

  it("escapes URLs and carries dates and the other language's version", () => {
    const xml = urlsetXml([{ url: "https://news.example/?a=1&b=<2>", lastModified: "2010-11-24", languages: { en: "https://news.example/articles/x-en/" } }]);
    expect(xml).toContain("<loc>https://news.example/?a=1&#38;b=&#60;2&#62;</loc>");
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="en" href="https://news.example/articles/x-en/" />');
    expect(xml).toContain("<lastmod>2010-11-24</lastmod>");
  });

  it("the archive fits in one file that lists every article, dated only where the day is known", () => {
    const xml = sitemapXml(sitemapParts(sitemapEntries()));
    expect(xml).toContain("<urlset ");
    for (const a of getAllArticles()) {
      const entry = xml.split("<url>").find((u) => u.includes(`/articles/${a.slug}/</loc>`));
      expect(entry, a.slug).toBeDefined();
      expect(entry?.includes("<lastmod>"), a.slug).toBe(a.published.precision === "day");
    }
  });
});
