import { archiveFeed } from "@/lib/feeds";

export const dynamic = "force-static";

/** RSS 2.0 with every article, newest first; a pubDate only where the source states the day. */
export function GET(): Response {
  return new Response(archiveFeed().rss2(), { headers: { "Content-Type": "application/rss+xml; charset=utf-8" } });
}
