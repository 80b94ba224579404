/**
 * Checks a static export the way a reader would click through it: every internal href and src on
 * every page must resolve to a file in the export, and every #fragment must name an element of its
 * target page. Links to other sites are not fetched (the build has no network).
 */
import type { Element, Root } from "hast";
import { visit } from "unist-util-visit";
import { fileToUrlPath, isPage, listFiles, parseHtml, readText, urlPathToFile } from "./site-files";

export interface LinkProblem {
  /** The page holding the link, as a URL path. */
  page: string;
  /** The link exactly as written. */
  link: string;
  problem: string;
}

/** Which attributes of which elements point at something a reader's browser will request or open. */
const linkAttributes: { tag: string; property: string; when?: (el: Element) => boolean }[] = [
  { tag: "a", property: "href" },
  { tag: "area", property: "href" },
  { tag: "link", property: "href" },
  { tag: "script", property: "src" },
  { tag: "img", property: "src" },
  { tag: "img", property: "srcSet" },
  { tag: "source", property: "src" },
  { tag: "source", property: "srcSet" },
  { tag: "video", property: "src" },
  { tag: "video", property: "poster" },
  { tag: "audio", property: "src" },
  { tag: "iframe", property: "src" },
  { tag: "form", property: "action" },
  { tag: "use", property: "href" },
  // Share cards and the canonical address are absolute URLs on the site's own origin.
  { tag: "meta", property: "content", when: (el) => /^(og:image|og:url|twitter:image)$/.test(String(el.properties.property ?? el.properties.name ?? "")) },
];

/** Fragments a browser resolves without an element of that id. */
const builtInFragments = new Set(["", "top"]);

function linksOf(el: Element): string[] {
  const out: string[] = [];
  for (const rule of linkAttributes) {
    if (rule.tag !== el.tagName || (rule.when && !rule.when(el))) continue;
    const value = el.properties[rule.property];
    if (value === undefined || value === null) continue;
    const text = Array.isArray(value) ? value.join(" ") : String(value);
    if (rule.property === "srcSet")
      out.push(
        ...text
          .split(",")
          .map((c) => c.trim().split(/\s+/)[0] ?? "")
          .filter(Boolean),
      );
    else out.push(text);
  }
  if (el.tagName === "meta" && String(el.properties.httpEquiv ?? "").toLowerCase() === "refresh") {
    const target = /url\s*=\s*(.+)$/i.exec(String(el.properties.content ?? ""))?.[1];
    if (target) out.push(target.trim().replace(/^['"]|['"]$/g, ""));
  }
  return out;
}

export interface CheckOptions {
  /** Absolute URLs on this origin count as internal (e.g. "http://localhost:3000"). */
  siteUrl: string;
}

/** What the link check needs from one page: the ids its fragments can name, and every link it carries. */
export interface PageLinks {
  ids: string[];
  links: string[];
}

export function pageLinks(tree: Root): PageLinks {
  const ids: string[] = [];
  const links: string[] = [];
  visit(tree, "element", (el) => {
    if (typeof el.properties.id === "string") ids.push(el.properties.id);
    if (el.tagName === "a" && typeof el.properties.name === "string") ids.push(el.properties.name);
    links.push(...linksOf(el));
  });
  return { ids, links };
}

/**
 * Every broken internal link of the export. `scanned` holds pages already parsed (the CSP step
 * parses each page once and hands over its links); any other page is read and parsed here.
 */
export function checkLinks(outDir: string, options: CheckOptions, scanned: ReadonlyMap<string, PageLinks> = new Map()): LinkProblem[] {
  const files = listFiles(outDir);
  const fileSet = new Set(files);
  const pages = files.filter(isPage);
  const ids = new Map<string, Set<string>>();
  const links = new Map<string, string[]>();
  for (const file of pages) {
    const scan = scanned.get(file) ?? pageLinks(parseHtml(readText(outDir, file)));
    ids.set(file, new Set(scan.ids));
    links.set(file, scan.links);
  }

  const siteOrigin = new URL(options.siteUrl).origin;
  // Pages are resolved against a stand-in origin so relative links work exactly as in a browser.
  const localOrigin = "http://archive.invalid";
  const problems: LinkProblem[] = [];
  for (const file of pages) {
    const page = fileToUrlPath(file);
    for (const link of links.get(file) ?? []) {
      const report = (problem: string): void => void problems.push({ page, link, problem });
      let url: URL;
      try {
        url = new URL(link, localOrigin + page);
      } catch {
        report("not a valid URL");
        continue;
      }
      if (url.protocol === "javascript:") {
        report("javascript: link (runs code; blocked by the CSP)");
        continue;
      }
      if (url.origin !== localOrigin && url.origin !== siteOrigin) continue;
      let urlPath: string;
      try {
        urlPath = decodeURIComponent(url.pathname);
      } catch {
        report("badly percent-encoded path");
        continue;
      }
      const target = urlPathToFile(urlPath, fileSet);
      if (target === undefined) {
        report(`no file in the export for ${urlPath}`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.replace(/^#/, ""));
      if (builtInFragments.has(fragment) || !isPage(target)) continue;
      if (!ids.get(target)?.has(fragment)) report(`${fileToUrlPath(target)} has no element with id "${fragment}"`);
    }
  }
  return problems;
}

/** One line per broken link and problem, with the pages that carry it (a nav link breaks everywhere). */
export function formatProblems(problems: LinkProblem[]): string {
  const byLink = new Map<string, Set<string>>();
  for (const p of problems) {
    const key = `${p.link} -> ${p.problem}`;
    byLink.set(key, (byLink.get(key) ?? new Set()).add(p.page));
  }
  return [...byLink]
    .map(([key, pages]) => {
      const list = [...pages].sort();
      return `${key} (on ${list.slice(0, 5).join(", ")}${list.length > 5 ? ` and ${list.length - 5} more pages` : ""})`;
    })
    .join("\n  ");
}
