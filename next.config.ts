import { availableParallelism } from "node:os";
import type { NextConfig } from "next";
import { codeKey } from "./src/lib/page-cache";

/**
 * The archive is a static site: `next build` writes every page, feed and share image to out/, and
 * any static host can serve it. Nothing here fetches from the network at build or run time.
 */
const nextConfig: NextConfig = {
  output: "export",
  // `/articles/x/` -> out/articles/x/index.html, which every static server maps without rewrites.
  trailingSlash: true,
  // There is no image optimizer on a static host; article images are never hot-linked anyway.
  images: { unoptimized: true },
  reactStrictMode: true,
  // The build id is the code's hash: the same code renders the same page to the same bytes, so a
  // page cached by an earlier build of this code can stand in for rendering it (src/lib/page-cache.ts).
  generateBuildId: () => codeKey(),
  poweredByHeader: false,
  // Types are checked once for the whole project (pages, scripts, tests) by `npm run typecheck`,
  // which `npm test` runs before building; checking again here would only repeat it.
  typescript: { ignoreBuildErrors: true },
  // The Korean and English interfaces are two root layouts (html lang="ko" / "en"), so the 404 page
  // for unknown addresses is app/global-not-found.tsx, which brings its own document.
  // Pages are rendered by every core: Next's default leaves one idle for the build's main process,
  // which only waits while pages are generated. Prefetch inlining measures each page's segments
  // (rendering them once more and gzipping them) to decide which to inline into prefetch responses;
  // the export serves no RSC payloads (postbuild drops them), so that work would be thrown away.
  experimental: { globalNotFound: true, cpus: availableParallelism(), prefetchInlining: false },
};

export default nextConfig;
