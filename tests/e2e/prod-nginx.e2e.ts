/**
 * deploy/nginx.conf over the real built site: the addresses readers and crawlers use, with the
 * headers a browser and a cache in between will see.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveWithNginx, type RunningNginx } from "../../scripts/serve/nginx";
import { outDir, pagesOfType } from "./prod-pages";

const root = path.resolve(import.meta.dirname, "../..");
let nginx: RunningNginx;
beforeAll(async () => {
  nginx = await serveWithNginx(outDir);
});
afterAll(async () => {
  await nginx?.stop();
});
const get = (p: string, headers: Record<string, string> = {}): Promise<Response> => fetch(nginx.url(p), { headers, redirect: "manual" });

describe("nginx over the built site", () => {
  it("serves every article at its slash URL and redirects the slashless form to it", async () => {
    for (const article of pagesOfType("article")) {
      const page = await get(article, { "Accept-Encoding": "gzip" });
      expect(page.status, article).toBe(200);
      expect(page.headers.get("content-encoding")).toBe("gzip");
      expect(page.headers.get("cache-control")).toBe("no-cache");
      expect(page.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
      const bare = await get(article.replace(/\/$/, ""));
      expect(bare.status).toBe(301);
      expect(bare.headers.get("location")).toBe(article);
    }
  });

  it("serves the framework's hashed assets as immutable", async () => {
    const html = await (await get("/")).text();
    // Stylesheets and scripts in tags, and the scripts the page adds after its first paint.
    const assets = [...html.matchAll(/"(\/_next\/static\/[^"\\]+)"/g)].map((m) => m[1] ?? "");
    expect(assets.length).toBeGreaterThan(2);
    for (const asset of assets) {
      const res = await get(asset);
      expect(res.status, asset).toBe(200);
      expect(res.headers.get("cache-control"), asset).toBe("public, max-age=31536000, immutable");
      expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    }
  });

  it("answers unknown addresses with the site's 404 page and status", async () => {
    const res = await get("/articles/no-such-story/");
    expect(res.status).toBe(404);
    expect(await res.text()).toBe(readFileSync(path.join(outDir, "404.html"), "utf8"));
    expect(res.headers.get("content-security-policy")).toMatch(/frame-ancestors 'none'/);
  });

  it("serves each raw source byte for byte as received, labelled UTF-8 so Korean displays", async () => {
    for (const file of readdirSync(path.join(root, "content/sources")).filter((f) => f.endsWith(".txt"))) {
      const res = await get(`/sources/${file}`);
      expect(res.status, file).toBe(200);
      expect(res.headers.get("content-type")).toBe("text/plain; charset=utf-8");
      expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(path.join(root, "content/sources", file))), file).toBe(true);
    }
  });

  it("serves feed, sitemap, robots and share images with their types", async () => {
    const types: Record<string, RegExp> = {
      "/feed.xml": /xml/,
      "/atom.xml": /xml/,
      "/feed.json": /json/,
      "/sitemap.xml": /xml/,
      "/robots.txt": /^text\/plain/,
    };
    const og = pagesOfType("article")[0]?.replace(/^\/articles\/(.+)\/$/, "/og/$1.png") ?? "";
    types[og] = /^image\/png$/;
    for (const [p, type] of Object.entries(types)) {
      const res = await get(p);
      expect(res.status, p).toBe(200);
      expect(res.headers.get("content-type"), p).toMatch(type);
    }
  });

  it("does not list folders", async () => {
    for (const folder of ["/og/", "/sources/", "/_next/", "/search-index/"]) {
      const res = await get(folder);
      expect(res.status, folder).toBe(404);
      expect(await res.text()).not.toMatch(/Index of/);
    }
  });
});
