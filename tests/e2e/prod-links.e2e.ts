/**
 * The link checker and the published-URL guard over the real built site, and proof that each
 * catches a real break: a copy of out/ with one page or one anchor removed.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { checkLinks } from "../../scripts/postbuild/lib/link-check";
import { loadManifest, publishedUrls } from "../../scripts/postbuild/lib/published-urls";
import { checkPublishedUrls, findMissing } from "../../scripts/postbuild/steps/check-published-urls";
import { redirectPages } from "../../scripts/postbuild/steps/redirect-pages";
import { defaultContext } from "../../scripts/postbuild/step";
import { outDir, pagesOfType } from "./prod-pages";

const siteUrl = defaultContext().siteUrl;
const copies: string[] = [];
afterAll(() => {
  for (const c of copies) rmSync(c, { recursive: true, force: true });
});
function copyOfOut(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "archive-out-"));
  cpSync(outDir, dir, { recursive: true });
  copies.push(dir);
  return dir;
}

describe("links over the built site", () => {
  it("every internal href and src resolves and every #fragment exists", () => {
    expect(checkLinks(outDir, { siteUrl })).toEqual([]);
  });

  it("reports the links to an article whose page was removed", () => {
    const [article] = pagesOfType("article");
    if (!article) throw new Error("the build has no article");
    const dir = copyOfOut();
    rmSync(path.join(dir, article), { recursive: true });
    const problems = checkLinks(dir, { siteUrl });
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.problem.includes(article))).toBe(true);
    // The home page lists every article, so it is among the pages reported.
    expect(problems.map((p) => p.page)).toContain("/");
  });

  it("reports an in-page link whose anchor was removed", () => {
    const dir = copyOfOut();
    const file = path.join(dir, "index.html");
    const html = readFileSync(file, "utf8");
    // The skip link points at <main id="main">; take the id away.
    expect(html).toContain('href="#main"');
    writeFileSync(file, html.replace(/ id="main"/, ""));
    expect(checkLinks(dir, { siteUrl })).toContainEqual({ page: "/", link: "#main", problem: '/ has no element with id "main"' });
  });
});

describe("published URLs over the built site", () => {
  const manifestPath = defaultContext().manifestPath;

  it("every URL in the committed manifest is still in out/", () => {
    expect(findMissing(outDir, loadManifest(manifestPath))).toEqual([]);
  });

  it("a published article removed without a redirect fails the build; with a redirect row it passes", async () => {
    const [article, other] = pagesOfType("article");
    if (!article || !other) throw new Error("the build has fewer than two articles");
    const dir = copyOfOut();
    const scratch = mkdtempSync(path.join(tmpdir(), "archive-manifest-"));
    copies.push(scratch);
    const ctx = { ...defaultContext(dir), manifestPath: path.join(scratch, "urls.json"), redirectsPath: path.join(scratch, "redirects.json"), log: () => {} };
    writeFileSync(ctx.manifestPath, JSON.stringify({ $comment: "test", urls: publishedUrls(outDir) }));
    writeFileSync(ctx.redirectsPath, JSON.stringify({ redirects: [] }));
    rmSync(path.join(dir, article), { recursive: true });
    await expect(async () => checkPublishedUrls.run(ctx)).rejects.toThrow(article);
    writeFileSync(ctx.redirectsPath, JSON.stringify({ redirects: [{ from: article, to: other, reason: "test" }] }));
    await redirectPages.run(ctx);
    await checkPublishedUrls.run(ctx);
    expect(readFileSync(path.join(dir, article, "index.html"), "utf8")).toContain(`url=${other}`);
  });
});
