/**
 * Writes a small page at every old address in deploy/redirects.json, so links and bookmarks to a
 * moved article keep working on any static host: a canonical link (search engines move the
 * ranking), a meta refresh (browsers go on at once, with or without JavaScript), a plain link for
 * readers whose browser does not follow the refresh, and noindex. A moved file (a share image, a
 * raw source) is copied to its old name instead, since a picture cannot redirect.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Element, ElementContent, Root } from "hast";
import rehypeStringify from "rehype-stringify";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { loadRedirects, type Redirect } from "../lib/redirects";
import { listFiles, parseHtml, readText, urlPathToFile } from "../lib/site-files";
import { PostbuildError, type PostbuildStep } from "../step";

/** Marks a page this step wrote, so a second run may rewrite it but never a page the build made. */
export const redirectMarker = "archive-redirect";

const el = (tagName: string, properties: Element["properties"], children: ElementContent[] = []): Element => ({
  type: "element",
  tagName,
  properties,
  children,
});
const text = (value: string): ElementContent => ({ type: "text", value });

export function redirectPage(redirect: Redirect, siteUrl: string): string {
  const tree: Root = {
    type: "root",
    children: [
      { type: "doctype" },
      el("html", { lang: "ko" }, [
        el("head", {}, [
          el("meta", { charSet: "utf-8" }),
          el("title", {}, [text(`옮겨진 페이지 · Moved: ${redirect.to}`)]),
          el("meta", { name: "robots", content: "noindex" }),
          el("meta", { name: "generator", content: redirectMarker }),
          el("link", { rel: ["canonical"], href: `${siteUrl}${redirect.to}` }),
          el("meta", { httpEquiv: ["refresh"], content: `0; url=${redirect.to}` }),
        ]),
        el("body", {}, [
          el("main", {}, [
            el("p", {}, [text("이 페이지는 새 주소로 옮겨졌습니다: "), el("a", { href: redirect.to }, [text(redirect.to)])]),
            el("p", { lang: "en" }, [text("This page has moved to "), el("a", { href: redirect.to }, [text(redirect.to)])]),
          ]),
        ]),
      ]),
    ],
  };
  return `${unified().use(rehypeStringify).stringify(tree)}\n`;
}

export const redirectPages: PostbuildStep = {
  name: "Redirects: keep every moved address working (deploy/redirects.json)",
  run(ctx) {
    const redirects = loadRedirects(ctx.redirectsPath);
    const files = new Set(listFiles(ctx.outDir));
    for (const r of redirects) {
      const target = urlPathToFile(r.to, files);
      if (target === undefined) {
        throw new PostbuildError(`${ctx.redirectsPath}: "${r.from}" redirects to "${r.to}", which the build did not produce`);
      }
      if (r.from.endsWith("/")) {
        const rel = `${r.from.slice(1)}index.html`;
        if (files.has(rel) && !isRedirectPage(readText(ctx.outDir, rel))) {
          throw new PostbuildError(`${ctx.redirectsPath}: "${r.from}" is still a page of the site; remove the redirect or the page`);
        }
        mkdirSync(path.dirname(path.join(ctx.outDir, rel)), { recursive: true });
        writeFileSync(path.join(ctx.outDir, rel), redirectPage(r, ctx.siteUrl));
      } else {
        const rel = r.from.slice(1);
        const source = readFileSync(path.join(ctx.outDir, target));
        if (files.has(rel) && !readFileSync(path.join(ctx.outDir, rel)).equals(source)) {
          throw new PostbuildError(`${ctx.redirectsPath}: "${r.from}" is still a file of the site; remove the redirect or the file`);
        }
        mkdirSync(path.dirname(path.join(ctx.outDir, rel)), { recursive: true });
        writeFileSync(path.join(ctx.outDir, rel), source);
      }
    }
    ctx.log(`  ${redirects.length} redirects written`);
  },
};

/** True for a page this step wrote earlier (it carries the generator marker). */
export function isRedirectPage(html: string): boolean {
  let ours = false;
  visit(parseHtml(html), "element", (node) => {
    if (node.tagName === "meta" && node.properties.name === "generator" && node.properties.content === redirectMarker) ours = true;
  });
  return ours;
}
