/**
 * One address per page type of the built site, found in out/ (not hard-coded, so the tests follow
 * the content): the production browser tests visit each.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileToUrlPath, listFiles } from "../../scripts/postbuild/lib/site-files";

export const outDir = path.resolve(import.meta.dirname, "../../out");

/** Route patterns of the site (see the routes in next.config.ts's app/), in reading order. */
const pageTypes: { type: string; pattern: RegExp }[] = [
  { type: "home", pattern: /^\/$/ },
  { type: "home, later page", pattern: /^\/page\/\d+\/$/ },
  { type: "article", pattern: /^\/articles\/[^/]+\/$/ },
  { type: "archive", pattern: /^\/archive\/$/ },
  { type: "archive year", pattern: /^\/archive\/\d{4}\/$/ },
  { type: "archive month", pattern: /^\/archive\/\d{4}\/\d{2}\/$/ },
  { type: "archive undated", pattern: /^\/archive\/undated\/$/ },
  { type: "topics", pattern: /^\/topics\/$/ },
  { type: "topic", pattern: /^\/topics\/[^/]+\/$/ },
  { type: "topic, later page", pattern: /^\/topics\/[^/]+\/page\/\d+\/$/ },
  { type: "search", pattern: /^\/search\/$/ },
  { type: "English home", pattern: /^\/en\/$/ },
  { type: "English archive month", pattern: /^\/en\/archive\/\d{4}\/\d{2}\/$/ },
  { type: "English topic", pattern: /^\/en\/topics\/[^/]+\/$/ },
  { type: "English search", pattern: /^\/en\/search\/$/ },
];

/** Every page of the export, as URL paths, without the error pages and the pages that only send readers on (meta refresh). */
export function allPages(): string[] {
  return listFiles(outDir)
    .filter((f) => f.endsWith("index.html") && !/^(404|_not-found)\//.test(f))
    .filter((f) => !/<meta http-equiv="refresh"/i.test(readFileSync(path.join(outDir, f), "utf8")))
    .map(fileToUrlPath);
}

/** The first page of each type that the export contains. */
export function onePagePerType(): { type: string; url: string }[] {
  const pages = allPages();
  return pageTypes.flatMap(({ type, pattern }) => {
    const url = pages.find((p) => pattern.test(p));
    return url ? [{ type, url }] : [];
  });
}

/** Every page of one type, e.g. all articles. */
export const pagesOfType = (type: string): string[] => {
  const pattern = pageTypes.find((t) => t.type === type)?.pattern;
  if (!pattern) throw new Error(`unknown page type ${type}`);
  return allPages().filter((p) => pattern.test(p));
};
