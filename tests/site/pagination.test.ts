/**
 * Lists are paged from their oldest end (src/lib/pagination.ts): a numbered page keeps its articles
 * and its links while newer articles arrive, and readers walk the pages newest first.
 */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Pagination } from "@/components/Pagination";
import { pageNav, stablePages } from "@/lib/pagination";

/** Articles 1..n, newest first (n is the newest). */
const archive = (n: number) => Array.from({ length: n }, (_, i) => n - i);

describe("stablePages", () => {
  it("keeps everything on the latest page until two pages are full", () => {
    expect(stablePages(archive(0), 20)).toEqual({ latest: [], numbered: [] });
    expect(stablePages(archive(39), 20).numbered).toEqual([]);
    expect(stablePages(archive(39), 20).latest).toHaveLength(39);
  });

  it("numbers pages from the oldest; the latest page holds between one and two pages' worth, newest first", () => {
    const { latest, numbered } = stablePages(archive(65), 20);
    expect(numbered).toEqual([archive(20), archive(40).slice(0, 20)]);
    expect(latest).toEqual(archive(65).slice(0, 25));
    expect([...latest, ...numbered.toReversed().flat()]).toEqual(archive(65));
  });

  it("leaves every numbered page as it was when newer articles are added, a page at a time", () => {
    const before = stablePages(archive(65), 20);
    for (let n = 66; n <= 130; n++) {
      const after = stablePages(archive(n), 20);
      expect(after.numbered.slice(0, before.numbered.length)).toEqual(before.numbered);
      expect(after.latest.length).toBeGreaterThanOrEqual(20);
      expect(after.latest.length).toBeLessThan(40);
    }
  });
});

describe("pageNav", () => {
  it("walks newest first: from the latest page to the highest number, down to page 1", () => {
    expect(pageNav("latest", 5)).toEqual({ page: "latest", older: 5, shown: ["latest", 5, 4, null, 1] });
    expect(pageNav(5, 5)).toMatchObject({ newer: "latest", older: 4, shown: ["latest", 5, 4, 3, null, 1] });
    expect(pageNav(1, 5)).toMatchObject({ newer: 2, older: undefined, shown: ["latest", null, 3, 2, 1] });
    expect(pageNav("latest", 0)).toEqual({ page: "latest", shown: [] });
  });

  it("gives a deep page the same links however many pages are added above it", () => {
    const deep = pageNav(40, 50);
    expect(deep).toEqual({ page: 40, newer: 41, older: 39, shown: ["latest", null, 42, 41, 40, 39, 38, null, 1] });
    for (const numbered of [43, 44, 100, 5000]) expect(pageNav(40, numbered)).toEqual(deep);
  });
});

describe("Pagination", () => {
  const render = (page: number | "latest", numbered: number) =>
    renderToStaticMarkup(createElement(Pagination, { base: "/topics/cloud/", nav: pageNav(page, numbered), lang: "ko" }));
  const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);

  it("is absent when the list fits on its latest page", () => {
    expect(render("latest", 0)).toBe("");
  });

  it("links the latest page at the list's own address and numbered pages under page/N/", () => {
    const html = render(2, 3);
    expect(hrefs(html)).toEqual(["/topics/cloud/page/3/", "/topics/cloud/", "/topics/cloud/page/3/", "/topics/cloud/page/1/", "/topics/cloud/page/1/"]);
    expect(html).toMatch(/<a href="\/topics\/cloud\/page\/3\/" rel="prev"/);
    expect(html).toMatch(/<a href="\/topics\/cloud\/page\/1\/" rel="next"/);
    expect(html).toMatch(/<span aria-current="page"[^>]*>2<\/span>/);
  });

  it("offers no newer link on the latest page and no older link on page 1", () => {
    expect(render("latest", 2)).not.toContain('rel="prev"');
    expect(render("latest", 2)).toMatch(/<span aria-current="page"[^>]*>최신<\/span>/);
    expect(render(1, 2)).not.toContain('rel="next"');
  });
});
