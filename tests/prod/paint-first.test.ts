/** Framework scripts after the first paint: the chunk tags a page carries become one script that adds them later. */
import { describe, expect, it } from "vitest";
import { afterPaintScript, afterPaintSources, paintFirst } from "../../scripts/postbuild/lib/paint-first";

const page = [
  '<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/>',
  '<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>',
  '<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/main.js"/>',
  '<script src="/_next/static/chunks/one.js" async=""></script><script src="/_next/static/chunks/two.js" async=""></script>',
  '<script src="/_next/static/chunks/legacy.js" noModule=""></script></head>',
  '<body><p>본문</p><script src="/_next/static/chunks/main.js" async=""></script><script>self.__next_f.push([1])</script></body></html>',
].join("");

describe("paint first", () => {
  it("takes the chunk tags and their preloads out and adds them, in order, from one script at the end of <body>", () => {
    const html = paintFirst(page);
    expect(html).not.toMatch(/<script src="[^"]*" async="">/);
    expect(html).not.toMatch(/rel="preload" as="script"/);
    const sources = ["/_next/static/chunks/one.js", "/_next/static/chunks/two.js", "/_next/static/chunks/main.js"];
    expect(html).toContain(`<script>${afterPaintScript(sources)}</script></body>`);
    expect(afterPaintSources(html)).toEqual(sources);
    // The rest of the page is as it was: stylesheets, the legacy script (never run by a modern browser), the inline payload.
    expect(html).toContain('<link rel="stylesheet" href="/_next/static/chunks/a.css" data-precedence="next"/>');
    expect(html).toContain('<script src="/_next/static/chunks/legacy.js" noModule=""></script>');
    expect(html).toContain("<p>본문</p><script>self.__next_f.push([1])</script>");
  });
  it("leaves a page without chunk tags, or one finished already, as it is", () => {
    const plain = "<!DOCTYPE html><html><head></head><body><p>x</p></body></html>";
    expect(paintFirst(plain)).toBe(plain);
    const finished = paintFirst(page);
    expect(paintFirst(finished)).toBe(finished);
  });
});
