import { archiveFeed } from "@/lib/feeds";

export const dynamic = "force-static";

/** JSON Feed 1.1 with every article, newest first; a date only where the source states the day. */
export function GET(): Response {
  return new Response(archiveFeed().json1(), { headers: { "Content-Type": "application/feed+json; charset=utf-8" } });
}
