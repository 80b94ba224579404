/**
 * How files in a static export map to the URLs a reader uses, and parsing of its pages.
 * With `trailingSlash: true`, /articles/x/ is the file articles/x/index.html.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Root } from "hast";
import rehypeParse from "rehype-parse";
import { unified } from "unified";

/** Every file under `dir`, as forward-slash paths relative to it, sorted. */
export function listFiles(dir: string): string[] {
  const found: string[] = [];
  const walk = (rel: string): void => {
    for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      const child = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) found.push(child);
    }
  };
  walk("");
  return found.sort();
}

/** Where raw sources are published, byte for byte as received: data, never pages, whatever their extension. */
export const SOURCES_DIR = "sources/";

/** A page of the site: an HTML file that is not a raw source (a source saved as .html is kept as received). */
export const isPage = (file: string): boolean => file.endsWith(".html") && !file.startsWith(SOURCES_DIR);

/** "articles/x/index.html" -> "/articles/x/", "index.html" -> "/", "feed.xml" -> "/feed.xml". */
export function fileToUrlPath(file: string): string {
  if (file === "index.html") return "/";
  if (file.endsWith("/index.html")) return `/${file.slice(0, -"index.html".length)}`;
  return `/${file}`;
}

/**
 * The file a URL path is served from, or undefined. Mirrors what deploy/nginx.conf does:
 * a folder path serves its index.html, and a folder without the slash is redirected to it.
 */
export function urlPathToFile(urlPath: string, files: ReadonlySet<string>): string | undefined {
  const rel = urlPath.replace(/^\/+/, "");
  if (rel === "" || rel.endsWith("/")) {
    const index = `${rel}index.html`;
    return files.has(index) ? index : undefined;
  }
  if (files.has(rel)) return rel;
  if (files.has(`${rel}/index.html`)) return `${rel}/index.html`;
  return undefined;
}

/** Parses a page with positions kept, so edits can be spliced into the original text. */
export function parseHtml(html: string): Root {
  return unified().use(rehypeParse).parse(html);
}

export function readText(outDir: string, file: string): string {
  return readFileSync(path.join(outDir, file), "utf8");
}
