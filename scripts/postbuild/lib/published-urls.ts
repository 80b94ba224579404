/**
 * Which files of the export are published addresses (someone may have linked, bookmarked, shared or
 * cited them), and the committed manifest that remembers them all: deploy/published-urls.json.
 */
import { existsSync, writeFileSync } from "node:fs";
import { z } from "zod";
import { readJsonFile } from "../../../src/lib/json-file";
import { fileToUrlPath, listFiles } from "./site-files";
import { PostbuildError } from "../step";

/** Rules as data: a file is published when it matches a row and no exclusion. */
export const publishedRules: { test: (file: string) => boolean; why: string }[] = [
  { test: (f) => f === "index.html" || f.endsWith("/index.html"), why: "a page: articles, lists, archive, topics" },
  { test: (f) => /^[^/]+\.xml$/.test(f), why: "feeds and the sitemap, polled by readers and crawlers" },
  { test: (f) => f === "robots.txt", why: "read by crawlers" },
  { test: (f) => f.startsWith("og/"), why: "share images already embedded in posted links" },
  { test: (f) => f.startsWith("sources/"), why: "raw sources as received, cited as evidence" },
];

export const unpublishedRules: { test: (file: string) => boolean; why: string }[] = [
  { test: (f) => f.startsWith("_next/"), why: "hashed build assets, renamed by every build" },
  { test: (f) => f.endsWith(".gz"), why: "gzip twins, served in place of their original, never linked" },
  { test: (f) => f.startsWith("search-index/"), why: "loaded by the search page, never linked" },
  { test: (f) => f === "404.html" || f.startsWith("404/") || f.startsWith("_not-found/"), why: "the error page" },
];

export function publishedUrls(outDir: string): string[] {
  return listFiles(outDir)
    .filter((f) => publishedRules.some((r) => r.test(f)) && !unpublishedRules.some((r) => r.test(f)))
    .map(fileToUrlPath)
    .sort();
}

const manifestSchema = z.object({
  $comment: z.string(),
  urls: z.array(z.string().startsWith("/")),
});

export const manifestComment =
  "Every URL the archive has published. Written by `npm run links:record` (which only ever adds); " +
  "the build fails if one of these disappears from out/ without a row in deploy/redirects.json.";

export function loadManifest(file: string): string[] {
  if (!existsSync(file)) throw new PostbuildError(`${file} is missing: run \`npm run links:record\` after a build to create it`);
  try {
    return readJsonFile(file, manifestSchema, "published-URL list").urls;
  } catch (err) {
    throw new PostbuildError((err as Error).message);
  }
}

export function writeManifest(file: string, urls: Iterable<string>): void {
  const sorted = [...new Set(urls)].sort();
  writeFileSync(file, `${JSON.stringify({ $comment: manifestComment, urls: sorted }, null, 2)}\n`);
}
