/**
 * A route as the archive writes it: where its pages are, which pages there are, what each page
 * shows (its data, from the loader) and how that data is drawn. Pages are drawn from their data
 * alone, which is what lets `next build` skip the pages whose data has not changed (lib/page-cache).
 */
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { pagesToRender } from "@/lib/page-cache";

export type RouteParams = Record<string, string>;

export interface PageRoute<P extends RouteParams, D> {
  /** The pages' address with [param] placeholders, e.g. "/topics/[id]/page/[n]/". */
  pattern: string;
  /** Every page's params (static routes: one page, `{}`). */
  params: () => P[];
  /** Everything the page shows. */
  data: (params: P) => D;
  metadata: (params: P, data: D) => Metadata;
  render: (params: P, data: D) => ReactNode;
}

/** What a page.tsx exports for a route: its pages to render, their metadata and the page. */
export function nextExports<P extends RouteParams, D>(route: PageRoute<P, D>) {
  return {
    generateStaticParams: () => pagesToRender(route.pattern, route.params(), route.data),
    generateMetadata: async ({ params }: { params: Promise<P> }): Promise<Metadata> => {
      const p = await params;
      return route.metadata(p, route.data(p));
    },
    Page: async ({ params }: { params: Promise<P> }) => {
      const p = await params;
      return route.render(p, route.data(p));
    },
  };
}
