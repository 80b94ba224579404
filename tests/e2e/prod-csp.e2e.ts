/**
 * The site runs under its Content-Security-Policy with nothing blocked: every page type loads,
 * hydrates and runs its controls without a single violation or console error, while a script the
 * build did not hash is refused. Against nginx (E2E_SERVER=nginx) the header policy applies too.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { baseUrl, launchBrowser, openPage } from "./harness";
import { allPages, onePagePerType, outDir } from "./prod-pages";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const viaNginx = process.env.E2E_SERVER === "nginx";

describe("CSP in Chromium", () => {
  it("every built page carries its own CSP <meta>, first in <head> after the charset", () => {
    for (const url of allPages()) {
      const html = readFileSync(path.join(outDir, url, "index.html"), "utf8");
      expect(html, url).toMatch(
        /^<!DOCTYPE html><html[^>]*><head><meta charSet="utf-8"\/><meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'[^"]*"\/>/i,
      );
      expect(html, url).not.toMatch(/unsafe-inline|unsafe-eval/);
    }
  });

  const pages = [...onePagePerType(), { type: "404", url: "/no-such-page/" }];
  for (const { type, url } of pages) {
    it(`${type} (${url}) loads and hydrates with zero CSP violations and zero console errors`, async () => {
      const opened = await openPage(browser, url);
      try {
        const { page, problems } = opened;
        // The framework's inline scripts ran: React hydrated the page (the RSC payload array exists and was consumed).
        expect(await page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
        if (viaNginx) {
          const res = await page.request.get(new URL(url, baseUrl()).toString());
          expect(res.headers()["content-security-policy"]).toMatch(/frame-ancestors 'none'/);
        }
        expect(problems.cspViolations).toEqual([]);
        expect(problems.pageErrors).toEqual([]);
        // The 404 page's document itself answers 404, which Chromium logs as a failed resource.
        const errors = problems.consoleErrors.filter((e) => !(type === "404" && /status of 404/.test(e)));
        expect(errors).toEqual([]);
        expect(problems.foreignRequests).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }

  for (const { type, url } of onePagePerType()) {
    it(`${type} (${url}) paints its text before it requests the framework's scripts, then hydrates`, async () => {
      const opened = await openPage(browser, url);
      try {
        const { page } = opened;
        // React took the document over: hydrateRoot marks its container.
        await page.waitForFunction(() => Object.keys(document).some((k) => k.startsWith("__reactContainer$")), undefined, { timeout: 15_000 });
        const timing = await page.evaluate(() => ({
          firstPaint: performance.getEntriesByName("first-contentful-paint")[0]?.startTime,
          scripts: performance
            .getEntriesByType("resource")
            .filter((e) => /\/_next\/static\/.+\.js$/.test(e.name))
            .map((e) => e.startTime),
        }));
        expect(timing.firstPaint).toBeGreaterThan(0);
        expect(timing.scripts.length).toBeGreaterThan(0);
        expect(Math.min(...timing.scripts)).toBeGreaterThanOrEqual(timing.firstPaint ?? Infinity);
        expect(opened.problems.cspViolations).toEqual([]);
      } finally {
        await opened.close();
      }
    });
  }

  it("a reload, answered from the browser cache after a 304, runs under the same policy", async () => {
    const [article] = onePagePerType().filter((p) => p.type === "article");
    const opened = await openPage(browser, article?.url ?? "/");
    try {
      for (let i = 0; i < 2; i++) await opened.page.reload({ waitUntil: "networkidle" });
      expect(await opened.page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
      expect(opened.problems.cspViolations).toEqual([]);
      expect(opened.problems.consoleErrors).toEqual([]);
    } finally {
      await opened.close();
    }
  });

  it("refuses an inline script the build did not hash, and reports it", async () => {
    const opened = await openPage(browser, "/");
    try {
      const ran = await opened.page.evaluate(async () => {
        const s = document.createElement("script");
        s.textContent = "window.__injected = true";
        document.body.append(s);
        await new Promise((r) => setTimeout(r, 100));
        return (window as unknown as { __injected?: boolean }).__injected === true;
      });
      expect(ran).toBe(false);
      expect(opened.problems.cspViolations.join("\n")).toMatch(/script-src/);
    } finally {
      await opened.close();
    }
  });

  it.runIf(viaNginx)("refuses to be framed by another page (frame-ancestors 'none' from the header)", async () => {
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const messages: string[] = [];
      page.on("console", (m) => messages.push(m.text()));
      await page.setContent(`<iframe src="${baseUrl()}" width="400" height="300"></iframe>`);
      await page.waitForTimeout(1500);
      const frame = page.frames().find((f) => f !== page.mainFrame());
      // A blocked frame shows the browser's error page, never the archive.
      const framedText = await frame?.evaluate(() => document.body?.innerText ?? "").catch(() => "");
      expect(framedText ?? "").not.toContain("최신 기사");
      expect(messages.join("\n")).toMatch(/frame-ancestors/);
    } finally {
      await context.close();
    }
  });

  it("opens raw sources and the feed without violations", async () => {
    const sources = readdirSync(path.join(outDir, "sources")).map((f) => `/sources/${f}`);
    for (const url of ["/feed.xml", "/sitemap.xml", ...sources]) {
      const opened = await openPage(browser, url);
      try {
        expect(opened.problems.cspViolations, url).toEqual([]);
        expect(opened.problems.dialogs, url).toEqual([]);
      } finally {
        await opened.close();
      }
    }
  });
});
