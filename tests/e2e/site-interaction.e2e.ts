/**
 * What a reader does with an article: share or copy its link, link to one paragraph, switch the
 * theme (and keep it without a flash), and read everything with JavaScript switched off.
 */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { launchBrowser, openPage } from "./harness";
import { allProblems } from "../site/e2e-helpers";
import { site } from "@/config/site";
import { getAllArticles } from "@/lib/articles";

const articles = getAllArticles();
// The article with the most paragraphs makes the paragraph-link test meaningful.
const longest = [...articles].sort((a, b) => b.body.split(/\n\s*\n/).length - a.body.split(/\n\s*\n/).length)[0]!;
const korean = articles.find((a) => a.lang === "ko")!;

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe("sharing", () => {
  it("without the Web Share API, the button copies the permalink and says so", async () => {
    const { page, context, problems, close } = await openPage(browser, korean.url, { permissions: ["clipboard-read", "clipboard-write"] });
    await context.addInitScript(() => {
      delete (Navigator.prototype as { share?: unknown }).share;
      delete (Navigator.prototype as { canShare?: unknown }).canShare;
    });
    await page.reload({ waitUntil: "networkidle" });
    const button = page.getByRole("button", { name: "링크 복사" });
    await button.click();
    const status = page.getByRole("status").first();
    await status.getByText("링크를 복사했습니다.").waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.siteUrl}${korean.url}`);
    // Plain share links work with or without JavaScript.
    const url = encodeURIComponent(`${site.siteUrl}${korean.url}`);
    expect(await page.locator('a[href^="https://twitter.com/intent/tweet"]').getAttribute("href")).toContain(`url=${url}`);
    expect(await page.locator('a[href^="https://www.facebook.com/sharer/sharer.php"]').getAttribute("href")).toContain(`u=${url}`);
    expect(allProblems(problems)).toEqual([]);
    await close();
  });

  it("with the Web Share API, the button opens the share sheet with the permalink", async () => {
    const { page, context, close } = await openPage(browser, korean.url);
    await context.addInitScript(() => {
      (window as unknown as { __shared: unknown[] }).__shared = [];
      Object.defineProperty(Navigator.prototype, "share", {
        configurable: true,
        value: async (data: unknown) => {
          (window as unknown as { __shared: unknown[] }).__shared.push(data);
        },
      });
    });
    await page.reload({ waitUntil: "networkidle" });
    await page.getByRole("button", { name: "공유하기" }).click();
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { __shared: unknown[] }).__shared))
      .toEqual([{ title: korean.title, url: `${site.siteUrl}${korean.url}` }]);
    await close();
  });

  it("a paragraph link lands on its paragraph and copies the paragraph's address", async () => {
    const count = await (async () => {
      const { page, close } = await openPage(browser, longest.url);
      const n = await page.locator("article .prose p").count();
      await close();
      return n;
    })();
    expect(count).toBeGreaterThan(1);
    const target = `p-${count}`;
    const { page, close } = await openPage(browser, `${longest.url}#${target}`, { height: 500, permissions: ["clipboard-read", "clipboard-write"] });
    expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe(target);
    const box = await page.locator(`#${target}`).boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(500);
    // Clicking the "#" of the first paragraph moves there and copies its full link.
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.locator("#p-1 a.para-link").click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe("#p-1");
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${site.siteUrl}${longest.url}#p-1`);
    await close();
  });
});

describe("theme", () => {
  it("follows the system, and a chosen theme is applied before first paint on the next page", async () => {
    const { page, close } = await openPage(browser, "/", { colorScheme: "dark" });
    const bg = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await bg()).toBe("rgb(18, 20, 23)");
    const toggle = page.getByRole("button", { name: /어두운 화면/ });
    expect(await toggle.getAttribute("aria-pressed")).toBe("true");
    await toggle.click();
    expect(await toggle.getAttribute("aria-pressed")).toBe("false");
    expect(await bg()).toBe("rgb(255, 255, 255)");
    // Record the background at the first moment the body exists, before any framework code runs.
    await page.context().addInitScript(() => {
      document.addEventListener("DOMContentLoaded", () => {
        (window as unknown as { __firstBg: string }).__firstBg = getComputedStyle(document.body).backgroundColor;
      });
    });
    await page.goto(new URL(korean.url, page.url()).toString(), { waitUntil: "networkidle" });
    expect(await page.evaluate(() => (window as unknown as { __firstBg: string }).__firstBg)).toBe("rgb(255, 255, 255)");
    await close();
  });
});

describe("keyboard", () => {
  it("the first Tab reaches a visible skip link that moves focus to the content, and focus is always visible", async () => {
    const { page, close } = await openPage(browser, korean.url);
    await page.keyboard.press("Tab");
    const skip = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const r = el.getBoundingClientRect();
      return {
        text: el.textContent,
        href: el.getAttribute("href"),
        visible: r.top >= 0 && r.bottom <= innerHeight,
        outline: getComputedStyle(el).outlineStyle,
      };
    });
    expect(skip).toEqual({ text: "본문으로 건너뛰기", href: "#main", visible: true, outline: "solid" });
    await page.keyboard.press("Enter");
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
    // The next stops are inside the article, each with a visible focus ring.
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press("Tab");
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        return { inMain: !!el.closest("main"), outline: getComputedStyle(el).outlineStyle };
      });
      expect(focused).toEqual({ inMain: true, outline: "solid" });
    }
    await close();
  });
});

describe("print", () => {
  it("prints the article without navigation or share controls, with its address and link targets", async () => {
    const { page, close } = await openPage(browser, korean.url);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator("body > header").isVisible()).toBe(false);
    expect(await page.locator('[role="group"]').first().isVisible()).toBe(false);
    expect(await page.locator("article .print-url").innerText()).toBe(`${site.siteUrl}${korean.url}`);
    const after = await page.evaluate(() => {
      const a = document.querySelector('main aside a[href^="http"]');
      return a ? getComputedStyle(a, "::after").content : "";
    });
    if (korean.originalUrls.length > 0) expect(after).toContain("http");
    await close();
  });
});

describe("without JavaScript", () => {
  it("home, article, archive and topic pages are readable and linked", async () => {
    const { page, close } = await openPage(browser, "/", { javaScriptEnabled: false });
    const hrefs = await page.$$eval('section[aria-label="기사 목록"] h2 a', (as) => as.map((a) => a.getAttribute("href")));
    expect(hrefs).toEqual(articles.slice(0, site.pageSize).map((a) => a.url));
    await page.locator(`a[href="${korean.url}"]`).first().click();
    await page.waitForURL(`**${korean.url}`);
    expect(await page.locator("h1").innerText()).toBe(korean.title);
    expect((await page.locator("article .prose").innerText()).length).toBeGreaterThan(50);
    // Controls that need JavaScript are not offered; the plain share links are.
    expect(await page.getByRole("button", { name: "링크 복사" }).isVisible()).toBe(false);
    expect(await page.locator('a[href^="https://twitter.com/intent/tweet"]').isVisible()).toBe(true);
    await page.locator('nav[aria-label="사이트"] a[href="/archive/"]').click();
    await page.waitForURL("**/archive/");
    expect(await page.locator("h1").innerText()).toBe("날짜별 보관함");
    await page.locator('nav[aria-label="사이트"] a[href="/topics/"]').click();
    await page.waitForURL("**/topics/");
    expect(await page.locator("main h2 a").count()).toBeGreaterThan(0);
    await close();
  });
});
