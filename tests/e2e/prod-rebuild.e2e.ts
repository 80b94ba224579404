/**
 * A rebuild renders only the pages whose data changed and restores the rest from the page cache
 * (src/lib/page-cache.ts), and the site it writes is the one a full build would: a copy of the
 * project, with the .next/ the main build left, gets one article's title changed and is built
 * again. Every page that showed the old title shows the new one, no page shows the old one, and
 * every other page is byte for byte the page of the main build. .next/ is not cleaned between
 * builds (next.config.ts), so nothing an earlier build left there may reach the export.
 */
import { execFileSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listFiles } from "../../scripts/postbuild/lib/site-files";
import { outDir } from "./prod-pages";

const root = path.resolve(import.meta.dirname, "../..");
/** What a build reads: code, content, the search index and share cards already built, the configs. */
const PROJECT = ["src", "content", "public", "scripts", "deploy", "package.json", "package-lock.json", "next.config.ts", "tsconfig.json"];
const NEW_TITLE = "Rebuilt headline QZXV";
/** Files planted in .next/ as an earlier build of other code or content would have left them. */
const LEFT_OVER = "left-by-an-earlier-build";

let copy: string;
let log: string;
let oldTitle: string;

const pagesShowing = (dir: string, html: string) =>
  listFiles(dir)
    .filter((f) => f.endsWith(".html") && readFileSync(path.join(dir, f), "utf8").includes(html))
    .sort();

beforeAll(() => {
  copy = mkdtempSync(path.join(tmpdir(), "archive-rebuild-"));
  for (const item of PROJECT) cpSync(path.join(root, item), path.join(copy, item), { recursive: true });
  // Next wants its packages inside the project, not behind a symbolic link: hard links are as cheap.
  try {
    execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(copy, "node_modules")]);
  } catch {
    cpSync(path.join(root, "node_modules"), path.join(copy, "node_modules"), { recursive: true });
  }
  cpSync(path.join(root, ".next"), path.join(copy, ".next"), { recursive: true });
  writeFileSync(path.join(copy, ".next/static/chunks", `${LEFT_OVER}.js`), "window.stale = 1;");
  // A page of an earlier build, listed in that build's prerender manifest as its pages are.
  writeFileSync(path.join(copy, ".next/server/app/articles", `${LEFT_OVER}.html`), "<!doctype html><title>stale</title>");
  writeFileSync(path.join(copy, ".next/server/app/articles", `${LEFT_OVER}.rsc`), "");
  const manifestFile = path.join(copy, ".next/prerender-manifest.json");
  const manifest = JSON.parse(readFileSync(manifestFile, "utf8")) as { routes: Record<string, { srcRoute: string }> };
  const articleRoute = Object.values(manifest.routes).find((r) => r.srcRoute === "/articles/[slug]");
  manifest.routes[`/articles/${LEFT_OVER}`] = { ...articleRoute!, srcRoute: "/articles/[slug]" };
  writeFileSync(manifestFile, JSON.stringify(manifest));

  // The first article the main build published.
  const articles = path.join(copy, "content/articles");
  const file = readdirSync(articles).find((f) => f.endsWith(".md") && existsSync(path.join(outDir, "articles", f.replace(/\.md$/, ""), "index.html")))!;
  const { data, content } = matter(readFileSync(path.join(articles, file), "utf8"));
  // The title as the main build's pages show it (escaped as React escapes it), from the article's own heading.
  const page = readFileSync(path.join(outDir, "articles", data.slug as string, "index.html"), "utf8");
  oldTitle = /<h1[^>]*>([^<]+)<\/h1>/.exec(page)![1]!;
  writeFileSync(path.join(articles, file), matter.stringify(content, { ...data, title: NEW_TITLE }));

  // Built by the commands of `npm run build` (not under the test runner's NODE_ENV), all but the
  // check that the articles are ingest's output, which the edit above makes false on purpose.
  const env = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    NODE_ENV: "production" as const,
    PATH: `${path.join(copy, "node_modules/.bin")}:${process.env.PATH}`,
  };
  const { scripts } = JSON.parse(readFileSync(path.join(copy, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const commands = (scripts.build ?? "").split(" && ").filter((c) => c !== "npm run content:check");
  log = commands.map((command) => execFileSync("sh", ["-c", command], { cwd: copy, env, encoding: "utf8" })).join("\n");
});

afterAll(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
});

describe("a rebuild after one article changed", () => {
  it("renders some pages and restores the others from the cache", () => {
    const [, planned, rendered, restored] = /(\d+) pages: (\d+) rendered, (\d+) restored/.exec(log)!.map(Number);
    expect(restored).toBeGreaterThan(0);
    expect(rendered! + restored!).toBe(planned);
  });

  it("shows the new title wherever the old one was, and the old one nowhere", () => {
    const before = pagesShowing(outDir, oldTitle);
    expect(before.length).toBeGreaterThan(3);
    expect(pagesShowing(path.join(copy, "out"), NEW_TITLE)).toEqual(before);
    expect(pagesShowing(path.join(copy, "out"), oldTitle)).toEqual([]);
  });

  it("publishes nothing an earlier build left in .next/", () => {
    expect(listFiles(path.join(copy, "out")).filter((f) => f.includes(LEFT_OVER))).toEqual([]);
  });

  it("writes every other page byte for byte as the main build did", () => {
    const changed = new Set(pagesShowing(outDir, oldTitle));
    const pages = listFiles(outDir).filter((f) => f.endsWith(".html") && !changed.has(f));
    expect(pages.length).toBeGreaterThan(10);
    const differ = pages.filter((f) => !readFileSync(path.join(copy, "out", f)).equals(readFileSync(path.join(outDir, f))));
    expect(differ).toEqual([]);
  });
});
