/**
 * The archive as a reader meets it: lists, articles, archive and topic pages, the 404 page, share
 * tags, feed and sitemap, accessibility and a clean console, against the built out/ served locally.
 * Expectations come from the article loader (the same one the pages use), not from copied titles.
 */
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, openPage } from "./harness";
import { axeViolations, allProblems, chromeWords, screenshotDir } from "../site/e2e-helpers";
import { site } from "@/config/site";
import { getAllArticles, getArchiveYears, getTopics, getUndatedArticles } from "@/lib/articles";
import { FEED_LIMIT } from "@/lib/feeds";

const articles = getAllArticles();
const years = getArchiveYears();
const topics = getTopics().filter((t) => t.count > 0);
const firstMonth = years[0]?.months[0];

/** One page of each type, for the checks every page must pass. */
const pageTypes: { name: string; path: string; status?: number }[] = [
  { name: "home", path: "/" },
  { name: "article", path: articles[0]!.url },
  { name: "article-en", path: (articles.find((a) => a.lang === "en") ?? articles[0]!).url },
  { name: "archive", path: "/archive/" },
  { name: "year", path: `/archive/${years[0]!.year}/` },
  { name: "month", path: `/archive/${firstMonth!.year}/${firstMonth!.month}/` },
  { name: "undated", path: "/archive/undated/" },
  { name: "topics", path: "/topics/" },
  { name: "topic", path: topics[0]!.url.ko },
  { name: "404", path: "/no-such-page/", status: 404 },
  { name: "en-home", path: "/en/" },
  { name: "en-archive", path: "/en/archive/" },
  { name: "en-topic", path: topics[0]!.url.en },
  { name: "en-search", path: "/en/search/?q=cloud" },
  { name: "en-404", path: "/en/no-such-page/", status: 404 },
];
// A missing page is answered with 404, which Chromium reports as a console error by design.
const expected404 = [/status of 404/];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const absolute = (p: string) => `${site.siteUrl}${p}`;

describe("lists", () => {
  it("home lists every article, newest first, undated last", async () => {
    const { page, problems, close } = await openPage(browser, "/");
    const hrefs = await page.$$eval('section[aria-label="기사 목록"] h2 a', (as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(articles.slice(0, site.pageSize).map((a) => a.url));
    // Dates appear in list order from newest to oldest.
    const times = await page.$$eval('section[aria-label="기사 목록"] time', (ts) => ts.map((t) => t.getAttribute("datetime") ?? ""));
    expect([...times].sort().reverse()).toEqual(times);
    expect(allProblems(problems)).toEqual([]);
    await close();
  });

  it("archive shows every year with its count, a chart with a text alternative, and the undated shelf", async () => {
    const { page, close } = await openPage(browser, "/archive/");
    for (const y of years) {
      const heading = page.locator("h3", { has: page.locator(`a[href="/archive/${y.year}/"]`) });
      expect(await heading.innerText()).toBe(`${y.year}년 ${y.count}건`);
    }
    const svg = page.locator('svg[role="img"]');
    expect(await svg.locator("title").textContent()).toBe("연도별 기사 수");
    const desc = (await svg.locator("desc").textContent()) ?? "";
    for (const y of years) expect(desc).toContain(`${y.year}년 ${y.count}건`);
    expect(await svg.locator("rect").count()).toBe(years.length);
    const undated = getUndatedArticles();
    if (undated.length > 0) expect(await page.locator('a[href="/archive/undated/"]').innerText()).toContain("날짜 미상");
    await close();
  });

  it("month pages list exactly that month's articles", async () => {
    for (const y of years) {
      for (const m of y.months) {
        const { page, close } = await openPage(browser, `/archive/${y.year}/${m.month}/`);
        const hrefs = await page.$$eval("main article h2 a", (as) => as.map((a) => a.getAttribute("href")));
        expect(hrefs).toEqual(articles.filter((a) => a.year === y.year && a.month === m.month).map((a) => a.url));
        expect(await page.locator("h1").innerText()).toBe(`${y.year}년 ${Number(m.month)}월 기사`);
        await close();
      }
    }
  });

  it("undated articles are listed on their own page and never under a year", async () => {
    const undated = getUndatedArticles();
    const { page, close } = await openPage(browser, "/archive/undated/");
    const hrefs = await page.$$eval("main article h2 a", (as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(undated.map((a) => a.url));
    await close();
    for (const y of years) {
      const year = await openPage(browser, `/archive/${y.year}/`);
      const listed = await year.page.$$eval("main article a", (as) => as.map((a) => a.getAttribute("href")));
      for (const a of undated) expect(listed).not.toContain(a.url);
      await year.close();
    }
  });

  it("topic pages list the articles carrying the topic", async () => {
    for (const t of getTopics()) {
      const { page, close } = await openPage(browser, t.url.ko);
      const hrefs = await page.$$eval("main article h2 a", (as) => as.map((a) => a.getAttribute("href")));
      expect(hrefs).toEqual(
        articles
          .filter((a) => a.topics.some((x) => x.id === t.id))
          .slice(0, site.pageSize)
          .map((a) => a.url),
      );
      await close();
    }
  });

  it("a list's page/1/ address sends readers to the list itself, so no list is published twice", async () => {
    for (const [moved, list] of [
      ["/page/1/", "/"],
      [`${topics[0]!.url.ko}page/1/`, topics[0]!.url.ko],
      ["/en/page/1/", "/en/"],
    ] as const) {
      const { page, close } = await openPage(browser, moved, { javaScriptEnabled: false });
      await page.waitForURL(new URL(list, baseUrl()).href);
      expect(await page.locator("main h1").count()).toBe(1);
      await close();
    }
  });

  it("the 404 page helps: status 404, a search box and the latest articles", async () => {
    const { page, problems, close } = await openPage(browser, "/no-such-page/");
    expect(await page.locator("h1").innerText()).toContain("찾을 수 없습니다");
    expect(await page.locator('form[action="/search/"] input[name="q"]').count()).toBeGreaterThan(0);
    const hrefs = await page.$$eval("main article h3 a", (as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(articles.slice(0, 5).map((a) => a.url));
    expect(allProblems(problems, expected404)).toEqual([]);
    await close();
    const res = await fetch(new URL("/no-such-page/", baseUrl()));
    expect(res.status).toBe(404);
  });
});

describe("articles", () => {
  it.each(articles.map((a) => [a.slug, a] as const))("%s reads clean: title, date, provenance, no page chrome", async (_slug, a) => {
    const { page, problems, close } = await openPage(browser, a.url);
    expect(await page.locator("h1").innerText()).toBe(a.title);
    const header = await page.locator("article header").innerText();
    expect(header).toContain(a.dateLabel);
    if (a.published.precision === "unknown") expect(header).toMatch(a.lang === "en" ? /Date unknown/ : /날짜 미상/);
    const body = await page.locator("article .prose").innerText();
    expect(body.length).toBeGreaterThan(50);
    for (const word of chromeWords) expect(body, `"${word}" in ${a.slug}`).not.toContain(word);
    const provenance = await page.locator("aside#provenance, aside[aria-labelledby=provenance-title]").innerText();
    for (const u of a.originalUrls) expect(provenance).toContain(u.url);
    expect(await page.locator(`aside a[href="/sources/${a.source.file}"]`).count()).toBe(1);
    // The page is in the article's language, interface included, for screen readers and hyphenation.
    expect(await page.locator("html").getAttribute("lang")).toBe(a.lang);
    // No remote image is loaded; every paragraph has an id and its own link.
    expect(await page.locator("article img").count()).toBe(0);
    const paragraphs = await page.$$eval("article .prose p", (ps) => ps.map((p) => [p.id, p.querySelector("a.para-link")?.getAttribute("href")]));
    paragraphs.forEach(([id, href], i) => {
      expect(id).toBe(`p-${i + 1}`);
      expect(href).toBe(`#p-${i + 1}`);
    });
    expect(allProblems(problems)).toEqual([]);
    await close();
  });

  it("the bilingual story links its Korean and English versions both ways", async () => {
    const pairs = articles.filter((a) => a.translations.length > 0);
    for (const a of pairs) {
      const { page, close } = await openPage(browser, a.url);
      for (const t of a.translations) {
        const link = page.locator(`article header nav a[hreflang="${t.lang}"]`);
        expect(await link.getAttribute("href")).toBe(`/articles/${t.slug}/`);
      }
      await close();
    }
  });

  it("canonical, OpenGraph, Twitter and JSON-LD describe the article, and the share image is a 1200x630 PNG", async () => {
    for (const a of articles) {
      const { page, close } = await openPage(browser, a.url);
      const meta = async (sel: string) => page.locator(sel).first().getAttribute("content");
      expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(absolute(a.url));
      expect(await meta('meta[property="og:title"]')).toBe(a.title);
      expect(await meta('meta[property="og:url"]')).toBe(absolute(a.url));
      expect(await meta('meta[property="og:type"]')).toBe("article");
      expect(await meta('meta[property="og:image"]')).toBe(absolute(a.ogImage));
      expect(await meta('meta[property="og:image:width"]')).toBe("1200");
      expect(await meta('meta[property="og:image:height"]')).toBe("630");
      expect(await meta('meta[name="twitter:card"]')).toBe("summary_large_image");
      expect(await meta('meta[name="twitter:image"]')).toBe(absolute(a.ogImage));
      const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as Record<string, unknown>;
      expect(ld["@type"]).toBe("NewsArticle");
      expect(ld.headline).toBe(a.title);
      // An unknown date is left out, never invented.
      expect(ld.datePublished).toBe(a.dateTime);
      await close();

      const res = await fetch(new URL(a.ogImage, baseUrl()));
      expect(res.status).toBe(200);
      const png = Buffer.from(await res.arrayBuffer());
      expect(png.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
      expect(png.readUInt32BE(16)).toBe(1200);
      expect(png.readUInt32BE(20)).toBe(630);
    }
  });

  it("list pages carry their canonical URL and the site's own share card", async () => {
    for (const p of ["/", "/archive/", topics[0]!.url.ko]) {
      const { page, close } = await openPage(browser, p);
      expect(await page.locator('link[rel="canonical"]').getAttribute("href")).toBe(absolute(p));
      const image = await page.locator('meta[property="og:image"]').getAttribute("content");
      expect(image).toBe(absolute("/og/_site.png"));
      await close();
      const png = Buffer.from(await (await fetch(new URL("/og/_site.png", baseUrl()))).arrayBuffer());
      expect([png.subarray(0, 8).toString("hex"), png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual(["89504e470d0a1a0a", 1200, 630]);
    }
  });

  it("the raw source is served byte for byte as received", async () => {
    const { readFileSync } = await import("node:fs");
    const { contentDir } = await import("@/lib/articles");
    for (const file of new Set(articles.map((a) => a.source.file))) {
      const res = await fetch(new URL(`/sources/${file}`, baseUrl()));
      expect(res.status).toBe(200);
      expect(Buffer.from(await res.arrayBuffer()).equals(readFileSync(path.join(contentDir(), "sources", file)))).toBe(true);
    }
  });
});

describe("feeds and discovery", () => {
  it("the RSS feed lists every article with title, permalink and summary, and a date only when known", async () => {
    const xml = await (await fetch(new URL("/feed.xml", baseUrl()))).text();
    const items = [...xml.matchAll(/<item>([\s\S]*?)<\/item>/g)].map((m) => m[1] ?? "");
    expect(items).toHaveLength(Math.min(articles.length, FEED_LIMIT));
    articles.forEach((a, i) => {
      const item = items[i]!;
      expect(item).toContain(`<link>${absolute(a.url)}</link>`);
      expect(item).toContain("<title>");
      expect(item).toContain("<description>");
      expect(item.includes("<pubDate>")).toBe(a.published.precision === "day");
    });
  });

  it("Atom lists every dated article with its date, JSON Feed every article, both in the same order as RSS", async () => {
    const atom = await (await fetch(new URL("/atom.xml", baseUrl()))).text();
    const entries = [...atom.matchAll(/<entry>([\s\S]*?)<\/entry>/g)].map((m) => m[1] ?? "");
    const dated = articles.filter((a) => a.published.precision === "day");
    expect(entries).toHaveLength(Math.min(dated.length, FEED_LIMIT));
    dated.forEach((a, i) => {
      expect(entries[i]).toContain(`href="${absolute(a.url)}"`);
      // The entry's instant falls on the stated day in Korea.
      const updated = /<updated>([^<]+)<\/updated>/.exec(entries[i] ?? "")?.[1] ?? "";
      expect(new Date(Date.parse(updated) + 9 * 3600_000).toISOString().slice(0, 10)).toBe(a.published.value);
    });
    const json = (await (await fetch(new URL("/feed.json", baseUrl()))).json()) as { version: string; items: { url: string; date_published?: string }[] };
    expect(json.version).toMatch(/jsonfeed\.org\/version\/1/);
    expect(json.items.map((x) => x.url)).toEqual(articles.slice(0, FEED_LIMIT).map((a) => absolute(a.url)));
    json.items.forEach((x, i) => expect(x.date_published !== undefined, articles[i]?.id).toBe(articles[i]?.published.precision === "day"));
  });

  it("the sitemap lists every article and robots.txt points to it", async () => {
    const xml = await (await fetch(new URL("/sitemap.xml", baseUrl()))).text();
    for (const a of articles) expect(xml).toContain(`<loc>${absolute(a.url)}</loc>`);
    const robots = await (await fetch(new URL("/robots.txt", baseUrl()))).text();
    expect(robots).toContain(`Sitemap: ${absolute("/sitemap.xml")}`);
  });
});

describe("every page type", () => {
  it.each(pageTypes.map((p) => [p.name, p] as const))("%s: no console errors, no foreign requests, axe clean", async (_name, p) => {
    for (const colorScheme of ["light", "dark"] as const) {
      const { page, problems, close } = await openPage(browser, p.path, { colorScheme });
      expect(await axeViolations(page), `${p.path} (${colorScheme})`).toEqual([]);
      expect(allProblems(problems, p.status === 404 ? expected404 : [])).toEqual([]);
      await close();
    }
  });

  it.each(pageTypes.map((p) => [p.name, p] as const))("%s: screenshots at 375px and 1280px, light and dark", async (name, p) => {
    for (const width of [375, 1280]) {
      for (const colorScheme of ["light", "dark"] as const) {
        const { page, close } = await openPage(browser, p.path, { width, colorScheme, height: 900 });
        // Nothing may stick out sideways on a narrow phone.
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${p.path} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0);
        await page.screenshot({ path: path.join(screenshotDir, `${name}-${width}-${colorScheme}.png`), fullPage: true });
        await close();
      }
    }
  });
});
