/**
 * Search in a real browser against the built site: the /search/ page and the header quick search,
 * typed the way readers type (including through IME composition events), with URL state, filters,
 * hostile input, a broken index, and proof that article pages carry no search code until asked.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { axeViolations } from "../site/e2e-helpers";
import { launchBrowser, openPage, type OpenedPage } from "./harness";

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const ARTICLE_M = "/articles/mois-amazon-public-ai-cloud-stability/";
const ARTICLE_S = "/articles/sejong-it-seminar-naver-data-center/";
const ARTICLE_SE = "/articles/sejong-it-seminar-naver-data-center-en/";

async function resultLinks(page: Page): Promise<string[]> {
  return page.$$eval("main ol li > a", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

async function heading(page: Page): Promise<string> {
  return (await page.textContent("#search-results-heading")) ?? "";
}

function clean(o: OpenedPage): void {
  expect(o.problems.pageErrors, "page errors").toEqual([]);
  expect(o.problems.cspViolations, "CSP violations").toEqual([]);
  expect(o.problems.dialogs, "dialogs").toEqual([]);
  expect(o.problems.foreignRequests, "foreign requests").toEqual([]);
}

describe("/search/ page", () => {
  it("shows results for a query in the URL, with count, date, outlet and highlighted matches", async () => {
    const o = await openPage(browser, "/search/?q=%EC%95%84%EB%A7%88%EC%A1%B4");
    try {
      const { page } = o;
      await page.waitForSelector("main ol li");
      expect(await heading(page)).toMatch(/‘아마존’ 검색 결과 \d+건/u);
      const links = await resultLinks(page);
      expect(links[0]).toBe(ARTICLE_M);
      const marks = await page.$$eval("main ol li mark", (ms) => ms.map((m) => m.textContent));
      expect(marks).toContain("아마존");
      const meta = await page.textContent("main ol li p");
      expect(meta).toMatch(/2025년 12월 4일/u);
      expect(meta).toContain("전자신문");
      expect(await page.inputValue("#search-page-input")).toBe("아마존");
      clean(o);
      expect(o.problems.consoleErrors, o.problems.consoleErrors.join("\n")).toEqual([]);
    } finally {
      await o.close();
    }
  });

  it("holds still while the index loads and results and filters arrive (no layout shift)", async () => {
    for (const width of [412, 1280]) {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      try {
        await page.addInitScript(() => {
          const w = window as unknown as { __shifts: string[] };
          w.__shifts = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node?: Node }[] })[]) {
              // What moved, so a failure says where to look.
              if (!e.hadRecentInput)
                w.__shifts.push(`${e.value.toFixed(4)}: ${e.sources.map((x) => (x.node as Element | undefined)?.outerHTML?.slice(0, 80)).join(" | ")}`);
            }
          }).observe({ type: "layout-shift", buffered: true });
        });
        await page.goto(new URL("/search/?q=%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C", process.env.E2E_BASE_URL).toString(), { waitUntil: "networkidle" });
        await page.waitForSelector("main ol li");
        const shifts = await page.evaluate(() => (window as unknown as { __shifts: string[] }).__shifts);
        expect(shifts, `layout shifts at ${width}px`).toEqual([]);
      } finally {
        await context.close();
      }
    }
  });

  it("finds as the reader types: particles, initial consonants, wrong keyboard layout, English to Korean", async () => {
    const o = await openPage(browser, "/search/");
    try {
      const { page } = o;
      // An empty page offers example queries; one click runs it.
      await page.click("[data-testid=search-examples] button >> text=ㄴㅇㅂ");
      await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "ㄴㅇㅂ");
      await page.waitForFunction(() => document.querySelector("#search-results-heading")?.textContent?.includes("‘ㄴㅇㅂ’"));
      await page.waitForSelector("main ol li > a");
      expect(await resultLinks(page)).toContain(ARTICLE_S);
      const cases: [string, string][] = [
        ["ㄴㅇㅂ", ARTICLE_S],
        ["spdlqj", ARTICLE_S],
        ["세종시가", ARTICLE_S],
        ["데이터세", ARTICLE_M],
        ["Amazon", ARTICLE_M],
        ["cloud", ARTICLE_SE],
      ];
      for (const [query, expected] of cases) {
        await page.fill("#search-page-input", "");
        await page.type("#search-page-input", query, { delay: 20 });
        await page.waitForFunction((q) => document.querySelector("#search-results-heading")?.textContent?.includes(`‘${q}’`), query);
        await page.waitForSelector("main ol li > a");
        expect(await resultLinks(page), query).toContain(expected);
      }
      clean(o);
    } finally {
      await o.close();
    }
  });

  it("keeps query and filters in the URL; back and forward restore them", async () => {
    const o = await openPage(browser, "/search/");
    try {
      const { page } = o;
      await page.type("#search-page-input", "세종", { delay: 20 });
      await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "세종");
      const both = await resultLinks(page);
      expect(both).toEqual(expect.arrayContaining([ARTICLE_S, ARTICLE_SE]));

      await page.selectOption("select[name=lang]", "en");
      await page.waitForFunction(() => new URLSearchParams(location.search).get("lang") === "en");
      await page.waitForFunction(() => document.querySelectorAll("main ol li").length === 1);
      expect(await resultLinks(page)).toEqual([ARTICLE_SE]);
      expect(await page.getAttribute("main ol li > a", "lang")).toBe("en");

      await page.goBack();
      await page.waitForFunction(() => !location.search.includes("lang="));
      await page.waitForFunction(() => document.querySelectorAll("main ol li").length >= 2);
      expect(await page.inputValue("select[name=lang]")).toBe("");
      expect(await page.inputValue("#search-page-input")).toBe("세종");

      await page.goForward();
      await page.waitForFunction(() => document.querySelectorAll("main ol li").length === 1);
      expect(await page.inputValue("select[name=lang]")).toBe("en");

      // A second settled query gets its own entry: back returns to the first.
      await page.selectOption("select[name=lang]", "");
      await page.fill("#search-page-input", "");
      await page.type("#search-page-input", "아마존", { delay: 20 });
      await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "아마존");
      await page.goBack();
      await page.waitForFunction(() => new URLSearchParams(location.search).get("q") !== "아마존");
      await page.waitForFunction(() => (document.querySelector("#search-page-input") as HTMLInputElement).value !== "아마존");

      // Year and topic filters narrow the results and show up in the URL.
      await page.goto(new URL("/search/?q=%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C&year=2018", page.url()).toString());
      await page.waitForSelector("main ol li");
      expect(await resultLinks(page)).toEqual(["/articles/local-government-cloud-open-source-challenge-2018/"]);
      await page.selectOption("select[name=year]", "");
      await page.selectOption("select[name=topic]", "cloud");
      await page.waitForFunction(() => new URLSearchParams(location.search).get("topic") === "cloud");
      await page.waitForFunction(() => document.querySelectorAll("main ol li").length > 1);
      clean(o);
    } finally {
      await o.close();
    }
  });

  it("says so when nothing matches, with suggestions; page chrome words find nothing", async () => {
    const o = await openPage(browser, "/search/?q=%ED%99%8D%EC%A2%85%ED%98%84");
    try {
      const { page } = o;
      await page.waitForSelector("[data-testid=no-results]");
      expect(await heading(page)).toContain("0건");
      await page.goto(new URL("/search/?q=" + encodeURIComponent("클라우드 홍종현"), page.url()).toString());
      await page.waitForSelector("[data-testid=no-results]");
      await page.click("text=‘클라우드’(으)로 찾아보기");
      await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "클라우드");
      await page.waitForSelector("main ol li");
      clean(o);
    } finally {
      await o.close();
    }
  });

  it("treats Enter during IME composition as part of typing, not as a submit", async () => {
    const o = await openPage(browser, "/search/");
    try {
      const { page } = o;
      const before = await page.evaluate(() => history.length);
      // The events a Korean IME sends while composing 네이버, with Enter pressed mid-syllable.
      await page.focus("#search-page-input");
      const afterEnter = await page.evaluate(async () => {
        const input = document.querySelector("#search-page-input") as HTMLInputElement;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set;
        const type = (value: string, composing: boolean) => {
          setValue?.call(input, value);
          input.dispatchEvent(
            new InputEvent("input", {
              bubbles: true,
              data: value.slice(-1),
              isComposing: composing,
              inputType: composing ? "insertCompositionText" : "insertText",
            }),
          );
        };
        input.dispatchEvent(new CompositionEvent("compositionstart", { bubbles: true, data: "" }));
        for (const step of ["ㄴ", "네", "넹", "네이", "네입"]) {
          input.dispatchEvent(new CompositionEvent("compositionupdate", { bubbles: true, data: step.slice(-1) }));
          type(step, true);
        }
        // Let the page render what was typed, so a submit on this Enter would have a query to commit.
        await new Promise(requestAnimationFrame);
        input.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, cancelable: true, key: "Enter", code: "Enter", keyCode: 229, isComposing: true }));
        // Read now: a query the reader pauses on gets its own history entry later, by design.
        const length = history.length;
        input.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, cancelable: true, key: "Process", keyCode: 229, isComposing: true }));
        type("네이버", true);
        input.dispatchEvent(new CompositionEvent("compositionend", { bubbles: true, data: "버" }));
        return length;
      });
      // Results already follow the unfinished syllable (네입 -> 네이버).
      await page.waitForFunction(() => document.querySelector("#search-results-heading")?.textContent?.includes("‘네이버’"));
      expect(await resultLinks(page)).toContain(ARTICLE_S);
      // Enter during composition did not add a history entry.
      expect(afterEnter).toBe(before);
      // After composition ends, Enter commits the query to the URL right away.
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => new URLSearchParams(location.search).get("q") === "네이버");
      clean(o);
    } finally {
      await o.close();
    }
  });

  it("survives hostile queries: markup, regex characters, 10 000 characters, emoji, lone jamo", async () => {
    const o = await openPage(browser, "/search/");
    try {
      const { page } = o;
      const hostile = [
        '<img src=x onerror="alert(1)"><script>alert(2)</script>',
        ".*+?^${}()|[]\\/",
        "가".repeat(10_000),
        "😀🇰🇷👩‍👩‍👧",
        "ㅏㅓㅗ",
        "ㄱ",
        "%00%27--",
        "\u202e\u0000",
      ];
      for (const q of hostile) {
        const started = Date.now();
        await page.fill("#search-page-input", q);
        await page.waitForFunction(
          () =>
            document.querySelector("#search-results-heading, [data-testid=no-results], main ol li") !== null ||
            document.querySelector("#search-page-input") !== null,
        );
        await page.waitForTimeout(150);
        expect(Date.now() - started, `answer time for ${q.slice(0, 20)}`).toBeLessThan(3_000);
        expect(await page.$$("main img"), "no injected image").toHaveLength(0);
        expect((await page.inputValue("#search-page-input")).length).toBeLessThanOrEqual(200);
      }
      expect(await page.evaluate(() => document.querySelectorAll("main script").length)).toBe(0);
      clean(o);
    } finally {
      await o.close();
    }
  });

  it("tells readers without JavaScript that search needs it", async () => {
    const o = await openPage(browser, "/search/", { javaScriptEnabled: false });
    try {
      const text = await o.page.textContent("main");
      expect(text).toContain("검색은 자바스크립트가 필요합니다");
      expect(await o.page.isVisible("#search-page-input")).toBe(false);
    } finally {
      await o.close();
    }
  });
});

describe("accessibility", () => {
  for (const colorScheme of ["light", "dark"] as const) {
    it(`results, no results and the open quick search are axe clean (${colorScheme})`, async () => {
      const o = await openPage(browser, "/search/?q=%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C", { colorScheme });
      try {
        const { page } = o;
        await page.waitForSelector("main ol li mark");
        expect(await axeViolations(page)).toEqual([]);
        await page.fill("#search-page-input", "홍종현");
        await page.waitForSelector("[data-testid=no-results]");
        expect(await axeViolations(page)).toEqual([]);
        await page.click("#quick-search");
        await page.keyboard.type("cloud");
        await page.waitForSelector("[data-testid=quick-search-panel] [role=option]");
        await page.keyboard.press("ArrowDown");
        expect(await axeViolations(page)).toEqual([]);
      } finally {
        await o.close();
      }
    });
  }
});

describe("broken index", () => {
  for (const [name, pattern, body, status] of [
    ["corrupt manifest", "**/search-index/manifest.json", '{"format":1,"bui', 200],
    ["missing manifest", "**/search-index/manifest.json", "not found", 404],
    ["truncated shard", "**/search-index/s*.txt", 't\t[["클라우드",[[0,1', 200],
    ["garbage shard", "**/search-index/s*.txt", "\u0000\u0001garbage", 200],
  ] as const) {
    it(`${name}: search says so with a retry, the rest of the page keeps working`, async () => {
      const o = await openPage(browser, "/");
      try {
        const { page } = o;
        await page.route(pattern, (route) => route.fulfill({ status, body, contentType: "text/plain" }));
        await page.goto(new URL("/search/?q=%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C", page.url()).toString());
        const alert = await page.waitForSelector("main [role=alert]");
        expect(await alert.textContent()).toContain("검색 색인을 불러오지 못했습니다");
        // The rest of the page works: navigation links and the theme toggle are live.
        expect(await page.isVisible("header nav a[href='/topics/']")).toBe(true);
        await page.unroute(pattern);
        await page.click("main [role=alert] button");
        await page.waitForSelector("main ol li");
        expect(await page.$("main [role=alert]")).toBeNull();
        expect(o.problems.pageErrors).toEqual([]);
      } finally {
        await o.close();
      }
    });
  }

  it("quick search shows the error with a retry too", async () => {
    const o = await openPage(browser, ARTICLE_S);
    try {
      const { page } = o;
      await page.route("**/search-index/manifest.json", (route) => route.fulfill({ status: 500, body: "oops" }));
      await page.click("#quick-search");
      await page.type("#quick-search", "cloud");
      await page.waitForSelector("[data-testid=quick-search-panel] [role=alert]");
      await page.unroute("**/search-index/manifest.json");
      await page.click("[data-testid=quick-search-panel] [role=alert] button");
      await page.waitForSelector("[data-testid=quick-search-panel] [role=option]");
      expect(o.problems.pageErrors).toEqual([]);
    } finally {
      await o.close();
    }
  });
});

describe("header quick search", () => {
  it("article pages load no search code or index until the box gets focus", async () => {
    const o = await openPage(browser, ARTICLE_S);
    try {
      const { page } = o;
      const requests: string[] = [];
      page.on("request", (r) => requests.push(new URL(r.url()).pathname));
      const scripts = await page.$$eval("script[src]", (ss) => ss.map((s) => (s as HTMLScriptElement).src));
      const bodies = await Promise.all(scripts.map((src) => page.evaluate(async (u) => (await fetch(u)).text(), src)));
      expect(
        bodies.some((b) => b.includes("/search-index/")),
        "search client in the initial scripts",
      ).toBe(false);
      await page.waitForTimeout(300);
      expect(requests.filter((r) => r.startsWith("/search-index/"))).toEqual([]);

      await page.focus("#quick-search");
      await page.waitForResponse((r) => r.url().includes("/search-index/manifest.json"));
      expect(
        requests.some((r) => r.endsWith(".js")),
        "search code loaded on focus",
      ).toBe(true);
      clean(o);
    } finally {
      await o.close();
    }
  });

  it("opens with / and Ctrl+K, shows results as you type, arrow keys and Enter open one", async () => {
    const o = await openPage(browser, ARTICLE_S);
    try {
      const { page } = o;
      await page.keyboard.press("/");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("quick-search");
      await page.evaluate(() => (document.activeElement as HTMLElement).blur());
      await page.keyboard.press("Control+k");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("quick-search");

      await page.keyboard.type("행안부", { delay: 30 });
      await page.waitForSelector("[data-testid=quick-search-panel] [role=option]");
      const options = await page.$$eval("[data-testid=quick-search-panel] [role=option]", (os) => os.map((o) => o.getAttribute("data-url")));
      expect(options[0]).toBe(ARTICLE_M);
      await page.keyboard.press("ArrowDown");
      expect(await page.getAttribute("#quick-search", "aria-activedescendant")).toBeTruthy();
      await Promise.all([page.waitForURL((u) => u.pathname === ARTICLE_M), page.keyboard.press("Enter")]);
      clean(o);
    } finally {
      await o.close();
    }
  });

  it("a click on a result opens it", async () => {
    const o = await openPage(browser, "/");
    try {
      const { page } = o;
      await page.click("#quick-search");
      await page.keyboard.type("ㅇㅁㅈ", { delay: 20 });
      await page.waitForSelector("[data-testid=quick-search-panel] [role=option]");
      await Promise.all([page.waitForURL((u) => u.pathname === ARTICLE_M), page.click("[data-testid=quick-search-panel] [role=option] >> nth=0")]);
    } finally {
      await o.close();
    }
  });

  it("Enter without a chosen result opens the full results page", async () => {
    const o = await openPage(browser, "/");
    try {
      const { page } = o;
      await page.click("#quick-search");
      await page.keyboard.type("cloud", { delay: 20 });
      await page.waitForSelector("[data-testid=quick-search-panel] [role=option]");
      await Promise.all([page.waitForURL((u) => u.pathname === "/search/" && u.searchParams.get("q") === "cloud"), page.keyboard.press("Enter")]);
      await page.waitForSelector("main ol li");
      expect((await resultLinks(page)).length).toBeGreaterThanOrEqual(4);
    } finally {
      await o.close();
    }
  });

  it("ignores Enter while the IME is composing", async () => {
    const o = await openPage(browser, ARTICLE_S);
    try {
      const { page } = o;
      await page.click("#quick-search");
      await page.keyboard.type("아마존", { delay: 20 });
      await page.waitForSelector("[data-testid=quick-search-panel] [role=option]");
      const url = page.url();
      await page.evaluate(() => {
        const input = document.querySelector("#quick-search") as HTMLInputElement;
        input.dispatchEvent(new CompositionEvent("compositionstart", { bubbles: true }));
        input.dispatchEvent(new KeyboardEvent("keydown", { bubbles: true, cancelable: true, key: "Enter", keyCode: 229, isComposing: true }));
      });
      await page.waitForTimeout(500);
      expect(page.url()).toBe(url);
    } finally {
      await o.close();
    }
  });
});
