/**
 * The archive's feeds, written by the `feed` package: RSS 2.0, Atom 1.0 and JSON Feed 1.1 from the
 * one loader, newest first. A date is given only where the source states the day; the feeds'
 * own "updated" is the newest such date, so a rebuild without new articles writes the same bytes.
 * Atom requires a date on every entry, so its feed lists the dated articles only; RSS and JSON Feed
 * list every article. Each holds the newest FEED_LIMIT.
 */
import { Feed, type Item } from "feed";
import { absoluteUrl } from "@/config/site";
import { uiText } from "@/config/ui";
import { getAllArticles, type Article } from "@/lib/articles";
import { paths } from "@/lib/paths";

/** A feed carries the newest articles, as readers poll it; the archive's pages and sitemap list them all. */
export const FEED_LIMIT = 50;

/** The day an article was published, at its stated time (KST), when the source states the day. */
function publishedAt(a: Article): Date | undefined {
  if (a.published.precision !== "day" || !a.dateTime || a.dateTime.length < 10) return undefined;
  // "2023-11-23" (midnight in Korea) or "2023-11-23T14:20+09:00".
  const d = new Date(a.dateTime.length === 10 ? `${a.dateTime}T00:00:00+09:00` : a.dateTime);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/** Titles and summaries are plain text; the feeds carry them as HTML (Atom type="html", JSON content_html). */
const escapeHtml = (s: string) => s.replace(/[<>&"']/g, (c) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;", "'": "&#39;" })[c] ?? c);

function item(a: Article, date: Date | undefined): Item {
  const link = absoluteUrl(a.url);
  return {
    id: link,
    title: escapeHtml(a.title),
    link,
    description: escapeHtml(a.summary),
    // The package types a date as required; RSS and JSON Feed leave it out when it is absent.
    date: date as Date,
    ...(date ? { published: date } : {}),
    ...(a.byline ? { author: [{ name: a.byline.value }] } : {}),
    category: a.topicLinks.map((t) => ({ name: t.label.ko })),
  };
}

/** The feed; `datedOnly` for Atom, whose entries must each carry a date. */
export function archiveFeed(datedOnly = false): Feed {
  const articles = getAllArticles()
    .map((a) => ({ a, date: publishedAt(a) }))
    .filter((x) => x.date || !datedOnly)
    .slice(0, FEED_LIMIT);
  const dates = articles.flatMap((x) => (x.date ? [x.date] : []));
  const newest = dates.reduce<Date | undefined>((m, d) => (m === undefined || d > m ? d : m), undefined);
  const feed = new Feed({
    title: uiText("ko").siteName,
    description: uiText("ko").description,
    id: absoluteUrl(paths.home("ko")),
    link: absoluteUrl(paths.home("ko")),
    language: "ko",
    generator: false,
    copyright: uiText("ko").siteName,
    ...(newest ? { updated: newest } : {}),
    feedLinks: { rss: absoluteUrl(paths.feeds.rss), atom: absoluteUrl(paths.feeds.atom), json: absoluteUrl(paths.feeds.json) },
  });
  for (const { a, date } of articles) feed.addItem(item(a, date));
  return feed;
}
