import { sitemapEntries, sitemapPartFile, sitemapParts, urlsetXml } from "@/lib/sitemap";

export const dynamic = "force-static";
export const dynamicParams = false;

/**
 * One file per part. A static export needs at least one, so an archive that fits in one file also
 * has /sitemaps/1.xml, the same list as /sitemap.xml; only the index past 50 000 URLs links to them.
 */
export function generateStaticParams() {
  return sitemapParts(sitemapEntries()).map((_, i) => ({ file: sitemapPartFile(i + 1) }));
}

/** Part n of the sitemap, named by the index in /sitemap.xml. */
export async function GET(_req: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const file = (await params).file;
  const parts = sitemapParts(sitemapEntries());
  const part = parts.find((_, i) => sitemapPartFile(i + 1) === file);
  if (!part) return new Response("not found", { status: 404 });
  return new Response(urlsetXml(part), { headers: { "Content-Type": "application/xml; charset=utf-8" } });
}
