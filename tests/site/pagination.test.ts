/** Paginated lists link page to page the way a reader (and a crawler without JS) walks them. */
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { Pagination } from "@/components/Pagination";

const render = (page: number, pages: number) => renderToStaticMarkup(createElement(Pagination, { base: "/topics/cloud/", page, pages, lang: "ko" }));
const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((m) => m[1]);

describe("Pagination", () => {
  it("is absent when everything fits on one page", () => {
    expect(render(1, 1)).toBe("");
  });

  it("links page 1 to the list's own URL and later pages under page/N/", () => {
    const html = render(2, 3);
    expect(hrefs(html)).toEqual(["/topics/cloud/", "/topics/cloud/", "/topics/cloud/page/3/", "/topics/cloud/page/3/"]);
    expect(html).toContain('rel="prev"');
    expect(html).toContain('rel="next"');
    expect(html).toMatch(/<span aria-current="page"[^>]*>2<\/span>/);
  });

  it("offers no previous link on the first page and no next link on the last", () => {
    expect(render(1, 2)).not.toContain('rel="prev"');
    expect(render(2, 2)).not.toContain('rel="next"');
  });
});

describe("pageWindow", () => {
  it("keeps a long list's navigation short: first, last and the pages around the current one", async () => {
    const { pageWindow } = await import("@/components/Pagination");
    expect(pageWindow(500, 1000)).toEqual([1, null, 498, 499, 500, 501, 502, null, 1000]);
    expect(pageWindow(1, 4)).toEqual([1, 2, 3, 4]);
    expect(render(500, 1000).match(/<li/g)).toHaveLength(9);
  });
});
