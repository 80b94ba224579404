/** Links never break: a published URL cannot vanish without a redirect, and redirects really lead on. */
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { checkLinks } from "../../scripts/postbuild/lib/link-check";
import { loadManifest, publishedUrls, writeManifest } from "../../scripts/postbuild/lib/published-urls";
import { checkPublishedUrls } from "../../scripts/postbuild/steps/check-published-urls";
import { isRedirectPage, redirectPages } from "../../scripts/postbuild/steps/redirect-pages";
import { defaultContext, type PostbuildContext } from "../../scripts/postbuild/step";
import { makeFixtureSite } from "./fixture-site";

const root = path.resolve(import.meta.dirname, "../..");
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A fixture site plus its own manifest and redirect table in a temp folder. */
function setup(overrides: Record<string, string | null> = {}, redirects: unknown[] = []): PostbuildContext {
  const outDir = makeFixtureSite(overrides);
  const deployDir = mkdtempSync(path.join(tmpdir(), "archive-deploy-"));
  dirs.push(outDir, deployDir);
  const ctx = {
    ...defaultContext(outDir),
    manifestPath: path.join(deployDir, "published-urls.json"),
    redirectsPath: path.join(deployDir, "redirects.json"),
    siteUrl: "https://archive.example",
    log: () => {},
  };
  writeFileSync(ctx.redirectsPath, JSON.stringify({ redirects }));
  return ctx;
}

describe("published URLs", () => {
  it("counts pages, feeds, share images and raw sources as published, and not build assets or the 404 page", () => {
    const ctx = setup();
    expect(publishedUrls(ctx.outDir)).toEqual(["/", "/archive/2023/", "/articles/cloud-center/", "/feed.xml", "/og/cloud-center.png", "/sources/001.txt"]);
  });

  it("fails the build, listing the URL, when a published page disappears without a redirect", async () => {
    const ctx = setup();
    writeManifest(ctx.manifestPath, publishedUrls(ctx.outDir));
    rmSync(path.join(ctx.outDir, "articles/cloud-center"), { recursive: true });
    await expect(async () => checkPublishedUrls.run(ctx)).rejects.toThrow(
      /1 published URL\(s\) would disappear[\s\S]*\/articles\/cloud-center\/[\s\S]*redirects\.json/,
    );
  });

  it("accepts a changed slug with a redirect row, and the redirect page leads to the new address", async () => {
    const ctx = setup({}, [{ from: "/articles/old-slug/", to: "/articles/cloud-center/", reason: "제목 정정으로 주소 변경" }]);
    writeManifest(ctx.manifestPath, [...publishedUrls(ctx.outDir), "/articles/old-slug/"]);
    await redirectPages.run(ctx);
    await checkPublishedUrls.run(ctx);
    const html = readFileSync(path.join(ctx.outDir, "articles/old-slug/index.html"), "utf8");
    expect(isRedirectPage(html)).toBe(true);
    expect(html).toContain('<link rel="canonical" href="https://archive.example/articles/cloud-center/">');
    expect(html).toContain('<meta http-equiv="refresh" content="0; url=/articles/cloud-center/">');
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).toContain('<a href="/articles/cloud-center/">');
    // The redirect page's own links resolve like any page's.
    expect(checkLinks(ctx.outDir, { siteUrl: ctx.siteUrl })).toEqual([]);
  });

  it("keeps a moved share image available under its old name", async () => {
    const ctx = setup({}, [{ from: "/og/old.png", to: "/og/cloud-center.png", reason: "slug changed" }]);
    await redirectPages.run(ctx);
    expect(readFileSync(path.join(ctx.outDir, "og/old.png"))).toEqual(readFileSync(path.join(ctx.outDir, "og/cloud-center.png")));
  });

  it("refuses a redirect to a page the build did not produce, or away from a page that still exists", async () => {
    const gone = setup({}, [{ from: "/articles/a/", to: "/articles/nowhere/", reason: "x" }]);
    await expect(async () => redirectPages.run(gone)).rejects.toThrow(
      /"\/articles\/a\/" redirects to "\/articles\/nowhere\/", which the build did not produce/,
    );
    const shadow = setup({}, [{ from: "/archive/2023/", to: "/", reason: "x" }]);
    await expect(async () => redirectPages.run(shadow)).rejects.toThrow(/"\/archive\/2023\/" is still a page of the site/);
  });

  it("names the file and the field when the redirect table is malformed", async () => {
    const ctx = setup({}, [{ from: "articles/no-slash", to: "/", reason: "" }]);
    await expect(async () => redirectPages.run(ctx)).rejects.toThrow(
      new RegExp(`${ctx.redirectsPath.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: invalid redirect table: redirects\\.0\\.from`),
    );
  });

  it("links:record only adds: a URL recorded once stays recorded after its page is gone", () => {
    const ctx = setup();
    writeManifest(ctx.manifestPath, ["/articles/retired/"]);
    const run = (): string =>
      execFileSync(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "scripts/postbuild/record-published-urls.ts"), ctx.outDir], {
        env: { ...process.env, PUBLISHED_URLS: ctx.manifestPath },
        encoding: "utf8",
      });
    expect(run()).toMatch(/6 URL\(s\) added, 7 recorded/);
    expect(loadManifest(ctx.manifestPath)).toEqual([
      "/",
      "/archive/2023/",
      "/articles/cloud-center/",
      "/articles/retired/",
      "/feed.xml",
      "/og/cloud-center.png",
      "/sources/001.txt",
    ]);
    expect(run()).toMatch(/0 URL\(s\) added, 7 recorded/);
  });
});
