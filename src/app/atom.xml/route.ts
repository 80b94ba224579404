import { archiveFeed } from "@/lib/feeds";

export const dynamic = "force-static";

/** Atom 1.0 with every article whose day is known (Atom requires a date on each entry). */
export function GET(): Response {
  return new Response(archiveFeed(true).atom1(), { headers: { "Content-Type": "application/atom+xml; charset=utf-8" } });
}
