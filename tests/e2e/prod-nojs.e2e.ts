/**
 * With JavaScript off, the archive still reads and navigates: every article, list and archive page
 * shows its heading and text, every link on it leads somewhere real, a reader can click from the
 * home page down to an article and across to its topic and month, and the search page says it
 * needs JavaScript instead of showing an empty box.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, openPage } from "./harness";
import { allPages, pagesOfType } from "./prod-pages";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const noJs = { javaScriptEnabled: false };
const readablePages = allPages().filter((p) => !p.startsWith("/search/"));

describe("JavaScript disabled", () => {
  it("every article, list and archive page shows its heading and text, and all its links resolve", async () => {
    expect(readablePages.length).toBeGreaterThan(5);
    const links = new Set<string>();
    for (const url of readablePages) {
      const opened = await openPage(browser, url, noJs);
      try {
        const { page } = opened;
        const h1 = page.locator("h1").first();
        expect(await h1.isVisible(), `${url}: heading visible`).toBe(true);
        expect((await h1.innerText()).trim().length, `${url}: heading text`).toBeGreaterThan(1);
        const text = await page.locator("main").innerText();
        expect(text.length, `${url}: main text`).toBeGreaterThan(40);
        for (const href of await page.locator("a[href]").evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).href))) {
          const u = new URL(href);
          if (u.origin === new URL(baseUrl()).origin) links.add(u.pathname + u.search);
        }
      } finally {
        await opened.close();
      }
    }
    const context = await browser.newContext({ javaScriptEnabled: false });
    const broken: string[] = [];
    for (const link of links) {
      const res = await context.request.get(new URL(link, baseUrl()).toString());
      if (res.status() !== 200) broken.push(`${link}: ${res.status()}`);
    }
    await context.close();
    expect(broken).toEqual([]);
  });

  it("an article's paragraphs are all there and visible", async () => {
    for (const url of pagesOfType("article")) {
      const opened = await openPage(browser, url, noJs);
      try {
        const paragraphs = opened.page.locator("article p[id^='p-']");
        expect(await paragraphs.count(), url).toBeGreaterThan(0);
        expect(await paragraphs.first().isVisible(), url).toBe(true);
      } finally {
        await opened.close();
      }
    }
  });

  it("a reader clicks from home to an article, to its topic, and to the archive, without scripts", async () => {
    const opened = await openPage(browser, "/", noJs);
    const { page } = opened;
    try {
      await Promise.all([page.waitForURL(/\/articles\/[^/]+\/$/), page.locator("main a[href^='/articles/']").first().click()]);
      const title = await page.locator("h1").first().innerText();
      expect(title.length).toBeGreaterThan(3);
      await Promise.all([page.waitForURL(/\/topics\/[^/]+\/$/), page.locator("main a[href^='/topics/']").first().click()]);
      expect(await page.locator("main").innerText()).toContain(title.slice(0, 10));
      await Promise.all([page.waitForURL(/\/archive\/$/), page.locator("a[href='/archive/']").first().click()]);
      await Promise.all([page.waitForURL(/\/archive\/(\d{4}|undated)\/$/), page.locator("main a[href^='/archive/']").first().click()]);
      expect(await page.locator("main a[href^='/articles/']").count()).toBeGreaterThan(0);
      expect(opened.problems.pageErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("the search page says it needs JavaScript", async () => {
    const opened = await openPage(browser, "/search/?q=클라우드", noJs);
    try {
      const text = await opened.page.locator("body").innerText();
      expect(text).toMatch(/자바스크립트|JavaScript/);
    } finally {
      await opened.close();
    }
  });
});
