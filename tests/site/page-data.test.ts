/**
 * Every page is drawn from the data its route hands the view (src/app/_routes/page-route.ts), and
 * a build reuses the page an earlier build drew from the same data (src/lib/page-cache.ts). So the
 * data must be all a page shows, as plain JSON: over an archive of 60 articles (the archive's own,
 * copied across ten years), every page of every route draws the same markup and metadata from its
 * data's JSON as from the data itself. A Map, a Date, a function or an article object with its
 * links in the data would draw differently from its JSON, or not at all.
 */
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { isValidElement, type ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { PageRoute, RouteParams } from "@/app/_routes/page-route";

const COPIES = 10;
let root: string;
const saved = process.env.CONTENT_DIR;

/** The archive's articles, each copied `COPIES` times with its own slug, one year earlier per copy. */
function writeArchive(dir: string): void {
  const from = path.join(process.cwd(), "content");
  for (const f of ["topics.json", "glossary.json"]) cpSync(path.join(from, f), path.join(dir, f));
  mkdirSync(path.join(dir, "articles"), { recursive: true });
  for (const file of readdirSync(path.join(from, "articles")).filter((f) => f.endsWith(".md"))) {
    const { data, content } = matter(readFileSync(path.join(from, "articles", file), "utf8"));
    for (let k = 0; k < COPIES; k++) {
      const copy = structuredClone(data);
      copy.id = `${data.id}-c${k}`;
      copy.slug = `${data.slug}-c${k}`;
      copy.translations = (data.translations as { slug: string }[]).map((t) => ({ ...t, slug: `${t.slug}-c${k}` }));
      const p = copy.published as { value?: string };
      if (p.value) p.value = `${Number(p.value.slice(0, 4)) - k}${p.value.slice(4)}`;
      writeFileSync(path.join(dir, "articles", `${copy.slug}.md`), matter.stringify(content, copy));
    }
  }
}

beforeAll(() => {
  root = mkdtempSync(path.join(tmpdir(), "page-data-"));
  writeArchive(root);
  process.env.CONTENT_DIR = root;
});

afterAll(() => {
  if (saved === undefined) delete process.env.CONTENT_DIR;
  else process.env.CONTENT_DIR = saved;
  rmSync(root, { recursive: true, force: true });
});

/** React's markup for a page; a page whose data moves it on renders a <meta>, which is markup too. */
const markup = (node: ReactNode): string => (isValidElement(node) || Array.isArray(node) ? renderToStaticMarkup(node) : String(node));

async function routes(): Promise<[string, PageRoute<RouteParams, unknown>][]> {
  const lists = await import("@/app/_routes/lists");
  const { articleRoute } = await import("@/app/_routes/article");
  const byLang = (["ko", "en"] as const).flatMap((lang) => {
    const home = lists.homeRoutes(lang);
    const month = lists.monthRoutes(lang);
    const undated = lists.undatedRoutes(lang);
    const topic = lists.topicRoutes(lang);
    return [
      home.first,
      home.paged,
      lists.archiveRoute(lang),
      lists.yearRoute(lang),
      month.first,
      month.paged,
      undated.first,
      undated.paged,
      lists.topicsRoute(lang),
      topic.first,
      topic.paged,
      lists.searchRoute(lang),
    ];
  });
  return [articleRoute, ...byLang].map((r) => [r.pattern, r as PageRoute<RouteParams, unknown>]);
}

describe("pages are drawn from their data alone", () => {
  it("every page draws the same markup and metadata from its data's JSON", async () => {
    let pages = 0;
    const patterns = new Set<string>();
    for (const [pattern, route] of await routes()) {
      for (const params of route.params()) {
        const data = route.data(params);
        const again = JSON.parse(JSON.stringify(data)) as unknown;
        expect(markup(route.render(params, again)), `${pattern} ${JSON.stringify(params)}`).toBe(markup(route.render(params, data)));
        expect(JSON.stringify(route.metadata(params, again))).toBe(JSON.stringify(route.metadata(params, data)));
        pages += 1;
        patterns.add(pattern);
      }
    }
    // Every route has pages here: lists run to a second page and "page/1/" moves on.
    expect(patterns.size).toBe(25);
    expect(pages).toBeGreaterThan(100);
  });

  it("an article page's data holds its neighbours and related articles as cards, not whole articles", async () => {
    const { articleRoute } = await import("@/app/_routes/article");
    const { getAllArticles } = await import("@/lib/articles");
    const a = getAllArticles().find((x) => x.older && x.newer && x.related.length > 0 && x.otherLanguages.length > 0);
    expect(a).toBeDefined();
    const { article } = articleRoute.data({ slug: a!.slug });
    for (const card of [article.older!, article.newer!, ...article.related, ...article.otherLanguages]) {
      expect(Object.keys(card)).not.toContain("body");
      expect(Object.keys(card)).not.toContain("related");
    }
    // The page shows a neighbour's title; the data carries it.
    expect(article.older!.title).toBe(a!.older!.title);
  });

  it("counts that change with every article added are on a list's latest page only", async () => {
    const { homeRoutes, topicRoutes } = await import("@/app/_routes/lists");
    const { getAllArticles, getTopics } = await import("@/lib/articles");
    const home = homeRoutes("ko");
    const latest = markup(home.first.render({}, home.first.data({})));
    expect(latest).toContain(`${getAllArticles().length}건`);
    expect(latest).toContain('id="home-topics"');
    const numbered = home.paged.data({ n: "1" });
    expect(JSON.stringify(numbered)).not.toContain('"count"');
    expect(markup(home.paged.render({ n: "1" }, numbered))).not.toContain('id="home-topics"');
    const topic = getTopics().find((t) => t.count >= 40)!;
    const topics = topicRoutes("en");
    const other = getTopics().find((t) => t.id !== topic.id && t.count > 0)!;
    // A topic chip: the other topic's name and its count.
    const chip = `${other.label.en} <span class="text-muted">${other.count}</span>`;
    const topicLatest = markup(topics.first.render({ id: topic.id }, topics.first.data({ id: topic.id })));
    expect(topicLatest).toContain(chip);
    expect(topicLatest).toContain(`${topic.count} articles`);
    const page1 = topics.paged.data({ id: topic.id, n: "1" });
    expect(JSON.stringify(page1)).not.toContain('"count"');
    expect(markup(topics.paged.render({ id: topic.id, n: "1" }, page1))).not.toContain(chip);
  });

  it("a list's page/1/ that moves readers on names the list itself as its address, and is not indexed", async () => {
    const { undatedRoutes } = await import("@/app/_routes/lists");
    const { paged } = undatedRoutes("en");
    const data = paged.data({ n: "1" });
    expect(data.list).toEqual({ moved: "/en/archive/undated/" });
    const meta = paged.metadata({ n: "1" }, data);
    expect(meta.alternates?.canonical).toBe("/en/archive/undated/");
    expect(meta.robots).toEqual({ index: false });
    expect(meta.title).toBe(paged.metadata({}, paged.data({})).title);
  });

  it("a newer article leaves every numbered page of every list as it was: only latest pages change", async () => {
    const numberedPages = async () => {
      const data = new Map<string, string>();
      for (const [pattern, route] of await routes())
        if (pattern.includes("/page/[n]/"))
          for (const params of route.params()) data.set(`${pattern} ${JSON.stringify(params)}`, JSON.stringify(route.data(params)));
      return data;
    };
    const before = await numberedPages();
    expect([...before.values()].filter((d) => !d.includes('"moved"')).length).toBeGreaterThan(4);
    // The newest article of the archive arrives (a copy of one dated after all others), and the loader reads the archive again.
    const dir = path.join(root, "articles");
    const file = readdirSync(dir).find((f) => f.endsWith("-c0.md") && !f.includes("-en"))!;
    const { data, content } = matter(readFileSync(path.join(dir, file), "utf8"));
    writeFileSync(
      path.join(dir, "newest.md"),
      matter.stringify(content, {
        ...data,
        id: "newest",
        slug: "newest",
        translations: [],
        published: { value: "2030-01-02", precision: "day", origin: "editorial" },
      }),
    );
    vi.resetModules();
    try {
      const after = await numberedPages();
      for (const [page, json] of before) expect(after.get(page), page).toBe(json);
    } finally {
      rmSync(path.join(dir, "newest.md"));
      vi.resetModules();
    }
  });
});
