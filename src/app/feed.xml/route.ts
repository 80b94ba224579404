import { absoluteUrl, site } from "@/config/site";
import { getAllArticles, getTopic } from "@/lib/articles";

export const dynamic = "force-static";

const escapeXml = (s: string) => s.replace(/[<>&'"]/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[c] ?? c);

/** RFC 822 date for RSS; only for articles whose day is known (an undated item has no pubDate). */
function rssDate(dateTime: string | undefined): string | undefined {
  if (!dateTime || dateTime.length < 10) return undefined;
  const d = new Date(dateTime.length === 10 ? `${dateTime}T00:00:00+09:00` : dateTime);
  return Number.isNaN(d.getTime()) ? undefined : d.toUTCString();
}

/** RSS 2.0 with every article, newest first. */
export function GET(): Response {
  const articles = getAllArticles();
  const items = articles
    .map((a) => {
      const url = absoluteUrl(a.url);
      const date = a.published.precision === "day" ? rssDate(a.dateTime) : undefined;
      const lines = [
        `<title>${escapeXml(a.title)}</title>`,
        `<link>${escapeXml(url)}</link>`,
        `<guid isPermaLink="true">${escapeXml(url)}</guid>`,
        `<description>${escapeXml(a.summary)}</description>`,
        date ? `<pubDate>${date}</pubDate>` : "",
        a.byline ? `<dc:creator>${escapeXml(a.byline.value)}</dc:creator>` : "",
        ...a.topics.map((t) => `<category>${escapeXml(getTopic(t.id)?.label.ko ?? t.id)}</category>`),
      ];
      return `    <item>\n${lines
        .filter(Boolean)
        .map((l) => `      ${l}`)
        .join("\n")}\n    </item>`;
    })
    .join("\n");
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>${escapeXml(site.name)}</title>
    <link>${escapeXml(absoluteUrl("/"))}</link>
    <description>${escapeXml(site.description)}</description>
    <language>ko</language>
    <atom:link href="${escapeXml(absoluteUrl("/feed.xml"))}" rel="self" type="application/rss+xml"/>
${items}
  </channel>
</rss>
`;
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
