/**
 * The shape every post-build step shares. Steps run in the order listed in ./index.ts over a
 * finished static export; each either completes or throws a PostbuildError that names the file.
 */
import path from "node:path";
import { site } from "../../src/config/site";
import type { PageLinks } from "./lib/link-check";

export interface PostbuildContext {
  /** The project the export was built from (its .next/ holds the build id and the page cache). */
  root: string;
  /** The static export to work on (out/ for `npm run build`, a temporary copy in tests). */
  outDir: string;
  /** The committed list of every URL ever published (deploy/published-urls.json). */
  manifestPath: string;
  /** The committed table of moved URLs (deploy/redirects.json). */
  redirectsPath: string;
  /** Origin of absolute links that point back at this site (canonical, og:image), from SITE_URL. */
  siteUrl: string;
  /**
   * Write .gz twins for nginx's gzip_static (PRECOMPRESS=1). Off by default: static hosts and CDNs
   * compress by themselves, and the twins would double the files they count against their limits.
   */
  precompress: boolean;
  /** Each page's ids and links, as the CSP step found them while it had the page parsed (or the page cache kept them), for the link check. */
  pageLinks: Map<string, PageLinks>;
  /** Pages (relative to outDir) put back from the page cache, finished already: the CSP step leaves them alone. */
  restoredPages: Set<string>;
  /** Pages next build rendered this time, by page key: cached once they are finished. */
  pagesToCache: Map<string, string>;
  log: (line: string) => void;
}

export interface PostbuildStep {
  name: string;
  run: (ctx: PostbuildContext) => void | Promise<void>;
}

/** A failure a person must act on; the message names the file and says what to do. */
export class PostbuildError extends Error {
  override name = "PostbuildError";
}

const repoRoot = path.resolve(import.meta.dirname, "../..");

/** The context `npm run build` uses; tests override the paths. */
export function defaultContext(outDir = path.join(repoRoot, "out")): PostbuildContext {
  return {
    root: repoRoot,
    outDir: path.resolve(outDir),
    // PUBLISHED_URLS lets a test record into a scratch manifest instead of the committed one.
    manifestPath: path.resolve(process.env.PUBLISHED_URLS ?? path.join(repoRoot, "deploy/published-urls.json")),
    redirectsPath: path.join(repoRoot, "deploy/redirects.json"),
    siteUrl: site.siteUrl,
    precompress: process.env.PRECOMPRESS === "1",
    pageLinks: new Map(),
    restoredPages: new Set(),
    pagesToCache: new Map(),
    log: (line) => console.log(line),
  };
}
