/**
 * The English interface: the English article and the pages under /en/ speak English throughout
 * (article text and names marked as Korean aside), carry lang="en", name their Korean twins as
 * hreflang alternates, and switch language to the same page in the other interface.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, openPage } from "./harness";
import { allProblems } from "../site/e2e-helpers";
import { site } from "@/config/site";
import { getAllArticles, getTopics } from "@/lib/articles";

const articles = getAllArticles();
const english = articles.find((a) => a.lang === "en");
const korean = articles.filter((a) => a.lang === "ko");
const topic = getTopics().find((t) => t.count > 0)!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/**
 * Visible Hangul the page shows as English: text (and accessible names, placeholders, titles) whose
 * nearest lang attribute says "en". Korean article titles, summaries and names carry lang="ko";
 * words quoted from a source ("the text says only “26일”") are the source's, not the interface's.
 */
async function koreanInterfaceText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const hasHangul = (s: string) => /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u.test(s.replace(/“[^”]*”|"[^"]*"|‘[^’]*’/gu, ""));
    const langOf = (el: Element | null) => el?.closest("[lang]")?.getAttribute("lang") ?? "";
    const found: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const el = n.parentElement;
      if (!el || el.closest("script, style, noscript, template")) continue;
      if (hasHangul(n.textContent ?? "") && langOf(el).startsWith("en")) found.push(`${el.tagName}: ${n.textContent?.trim()}`);
    }
    for (const el of document.querySelectorAll("[aria-label], [placeholder], [title], [alt]")) {
      for (const attr of ["aria-label", "placeholder", "title", "alt"]) {
        const v = el.getAttribute(attr);
        if (v && hasHangul(v) && langOf(el).startsWith("en")) found.push(`${el.tagName}[${attr}]: ${v}`);
      }
    }
    if (hasHangul(document.title)) found.push(`title: ${document.title}`);
    return found;
  });
}

describe("the English interface", () => {
  const pages = [
    ...(english ? [{ name: "English article", path: english.url, status: 200 }] : []),
    { name: "home", path: "/en/", status: 200 },
    { name: "archive", path: "/en/archive/", status: 200 },
    { name: "topics", path: "/en/topics/", status: 200 },
    { name: "topic", path: topic.url.en, status: 200 },
    { name: "search with a query", path: "/en/search/?q=cloud", status: 200 },
    { name: "404", path: "/en/no-such-page/", status: 404 },
  ];

  it.each(pages.map((p) => [p.name, p] as const))("%s: lang=en and no Korean interface text", async (_name, p) => {
    const { page, problems, close } = await openPage(browser, p.path);
    expect(await page.locator("html").getAttribute("lang")).toBe("en");
    if (p.path.includes("/search/")) await page.locator("main ol li a").first().waitFor();
    expect(await koreanInterfaceText(page)).toEqual([]);
    expect(allProblems(problems, p.status === 404 ? [/status of 404/] : [])).toEqual([]);
    await close();
    expect((await fetch(new URL(p.path, baseUrl()))).status).toBe(p.status);
  });

  it("the English article's header, provenance box and share control are in English", async () => {
    if (!english) return;
    const { page, close } = await openPage(browser, english.url);
    expect(await page.locator("#provenance-title").innerText()).toBe("Source & provenance");
    expect(await page.locator("header nav[aria-label='Site']").innerText()).toContain("By date");
    expect(await page.getByRole("button", { name: "Copy link" }).count()).toBe(1);
    // The language switch leads to the Korean version of the same story.
    const other = english.otherLanguages[0];
    if (other) expect(await page.locator('body > header a[hreflang="ko"]').getAttribute("href")).toBe(other.url);
    await close();
  });

  it("the English home lists every article, Korean ones marked as Korean, with English dates", async () => {
    const { page, close } = await openPage(browser, "/en/");
    const hrefs = await page.$$eval("main article h2 a", (as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(articles.slice(0, site.pageSize).map((a) => a.url));
    const first = korean[0];
    if (first) {
      const card = page.locator("main article", { has: page.locator(`a[href="${first.url}"]`) });
      expect(await card.locator("h2").getAttribute("lang")).toBe("ko");
      expect(await card.innerText()).toContain(first.dateLabels.en);
    }
    await close();
  });

  it("the English search page searches the same index as the Korean one, in English", async () => {
    const hrefsFor = async (path: string) => {
      const { page, close } = await openPage(browser, path);
      await page.locator("#search-results-heading").waitFor();
      await page.locator("main ol li a").first().waitFor();
      const hrefs = await page.$$eval("main ol li > a", (as) => as.map((a) => a.getAttribute("href")));
      const heading = await page.locator("#search-results-heading").innerText();
      await close();
      return { hrefs, heading };
    };
    const ko = await hrefsFor("/search/?q=cloud");
    const en = await hrefsFor("/en/search/?q=cloud");
    expect(en.hrefs.length).toBeGreaterThan(0);
    expect(en.hrefs).toEqual(ko.hrefs);
    expect(en.heading).toMatch(/results? for ‘cloud’/);
  });

  it("each list page names its twin in the other language, and the switch leads there", async () => {
    for (const [ko, en] of [
      ["/", "/en/"],
      ["/archive/", "/en/archive/"],
      [topic.url.ko, topic.url.en],
    ] as const) {
      for (const [here, there, to] of [
        [ko, en, "en"],
        [en, ko, "ko"],
      ] as const) {
        const { page, close } = await openPage(browser, here);
        expect(await page.locator(`link[rel="alternate"][hreflang="${to}"]`).getAttribute("href")).toBe(`${site.siteUrl}${there}`);
        expect(await page.locator(`body > header a[hreflang="${to}"]`).getAttribute("href")).toBe(there);
        await close();
      }
    }
  });
});
