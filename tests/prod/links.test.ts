/** The link checker finds what a reader would hit: missing pages, missing anchors, script links. */
import { rmSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { checkLinks } from "../../scripts/postbuild/lib/link-check";
import { checkLinksStep } from "../../scripts/postbuild/steps/check-links";
import { defaultContext } from "../../scripts/postbuild/step";
import { makeFixtureSite } from "./fixture-site";

const siteUrl = "http://localhost:3000";
const dirs: string[] = [];
const site = (overrides: Record<string, string | null> = {}): string => {
  const dir = makeFixtureSite(overrides);
  dirs.push(dir);
  return dir;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe("link checker", () => {
  it("passes a site whose every link, asset, share image and anchor exists", () => {
    expect(checkLinks(site(), { siteUrl })).toEqual([]);
  });

  it("reports every link to a page that is gone, on every page that has it", () => {
    const problems = checkLinks(site({ "archive/2023/index.html": null }), { siteUrl });
    expect(problems.map((p) => p.page).sort()).toEqual(["/", "/404.html", "/articles/cloud-center/"]);
    expect(problems.every((p) => p.link === "/archive/2023/" && /no file/.test(p.problem))).toBe(true);
  });

  it("reports a link to a paragraph id that no longer exists", () => {
    const withoutAnchor = site({
      "articles/cloud-center/index.html": '<!doctype html><html><head><title>x</title></head><body><p id="p-1">하나</p></body></html>',
    });
    const problems = checkLinks(withoutAnchor, { siteUrl });
    expect(problems).toContainEqual({ page: "/", link: "/articles/cloud-center/#p-2", problem: '/articles/cloud-center/ has no element with id "p-2"' });
  });

  it("reports missing assets, share images on the site's own origin, srcset entries and javascript: links", () => {
    const dir = site({
      "bad/index.html":
        '<!doctype html><html><head><title>x</title><meta property="og:image" content="http://localhost:3000/og/gone.png"/>' +
        '<script src="/_next/static/chunks/gone.js"></script></head><body>' +
        '<img src="/og/cloud-center.png" srcset="/og/cloud-center.png 1x, /og/missing@2x.png 2x" alt=""/>' +
        '<a href="javascript:alert(1)">x</a><a href="https://example.org/elsewhere">외부</a><a href="mailto:a@b.c">메일</a></body></html>',
    });
    const links = checkLinks(dir, { siteUrl }).map((p) => `${p.page} ${p.link}`);
    expect(links.sort()).toEqual(
      ["/bad/ http://localhost:3000/og/gone.png", "/bad/ /_next/static/chunks/gone.js", "/bad/ /og/missing@2x.png", "/bad/ javascript:alert(1)"].sort(),
    );
  });

  it("fails the build with the list of broken links", () => {
    const dir = site({ "archive/2023/index.html": null });
    expect(() => checkLinksStep.run({ ...defaultContext(dir), siteUrl, log: () => {} })).toThrow(
      /\/archive\/2023\/ -> no file in the export for \/archive\/2023\/ \(on \/, \/404\.html, \/articles\/cloud-center\/\)/,
    );
  });
});
