import { existsSync, readdirSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import type { NextConfig } from "next";
import { codeKey } from "./src/lib/page-cache";
import { contentDir } from "./src/lib/taxonomy";

/**
 * A heap limit for the processes `next build` starts to render pages. Each worker holds the whole
 * archive (about 200 MB of live heap at 10 000 articles, 40 MB of article files), but V8 sizes a
 * heap by the machine's memory (4 GB here) and let each worker's garbage from rendered pages grow to
 * 900 MB before collecting it: next build's processes peaked at 2.1 GB. The limit is half a gigabyte
 * plus six times the article files, so it grows with the archive instead of failing a large one.
 * Next drops `--max-old-space-size` from the options it hands its workers (a limit meant for its own
 * process would be wrong for them); V8 reads `--max-old-space_size` as the same flag, and Next keeps it.
 * A limit the caller set in NODE_OPTIONS is left as it is.
 */
function limitWorkerHeap(): void {
  const options = process.env.NODE_OPTIONS ?? "";
  if (/--max[-_]old[-_]space[-_]size/.test(options)) return;
  const dir = path.join(contentDir(), "articles");
  // Without articles there is nothing to build; the build's own check says so.
  if (!existsSync(dir)) return;
  let bytes = 0;
  for (const file of readdirSync(dir)) if (file.endsWith(".md")) bytes += statSync(path.join(dir, file)).size;
  const megabytes = 512 + Math.ceil((6 * bytes) / 2 ** 20);
  // A young generation twice V8's default lets a page's short-lived objects die young, so fewer reach the old generation.
  process.env.NODE_OPTIONS = `${options} --max-old-space_size=${megabytes} --max-semi-space-size=32`.trim();
}
limitWorkerHeap();

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
  // Next renders every page into .next/server/app before copying it to out/: 2.5 GB in 164 000 files
  // at 10 000 articles. Cleaning .next at the start of the next build deleted them all again, which
  // took 68 s on a disk that discards freed blocks, in a rebuild that renders a few dozen pages. So
  // .next is not cleaned: a page rendered again overwrites its files, and the export copies only the
  // pages its prerender manifest lists. `npm run build` removes, before next build, the two things
  // through which an earlier build's files would reach out/: the last prerender manifest (Next can
  // read it in place of this build's, and would publish every page it lists from .next/server/app)
  // and .next/static, which Next copies to out/ whole (tests/e2e/prod-rebuild.e2e.ts plants both).
  cleanDistDir: false,
  // Source maps let an error thrown while a page renders point into src/ rather than the compiled
  // chunk; loading them costs every page-rendering worker memory and time, and the archive's own
  // errors name the file and the problem in their message. At 14 000 pages (one run each): page
  // generation 3.9 -> 3.5 min, next build's peak memory 1.54 -> 1.30 GB.
  enablePrerenderSourceMaps: false,
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
