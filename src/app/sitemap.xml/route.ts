import { sitemapEntries, sitemapParts, sitemapXml } from "@/lib/sitemap";

export const dynamic = "force-static";

/** The sitemap robots.txt names: every URL while they fit in one file, else the index of /sitemaps/<n>.xml. */
export function GET(): Response {
  return new Response(sitemapXml(sitemapParts(sitemapEntries())), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
