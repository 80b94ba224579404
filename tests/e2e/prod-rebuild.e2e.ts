/**
 * A rebuild renders only the pages whose data changed and restores the rest from the page cache
 * (src/lib/page-cache.ts), and the site it writes is the one a full build would: a copy of the
 * project, with the cache the main build left, gets one article's title changed and is built
 * again. Every page that showed the old title shows the new one, no page shows the old one, and
 * every other page is byte for byte the page of the main build.
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
  cpSync(path.join(root, ".next/cache/pages"), path.join(copy, ".next/cache/pages"), { recursive: true });

  // The first article the main build published.
  const articles = path.join(copy, "content/articles");
  const file = readdirSync(articles).find((f) => f.endsWith(".md") && existsSync(path.join(outDir, "articles", f.replace(/\.md$/, ""), "index.html")))!;
  const { data, content } = matter(readFileSync(path.join(articles, file), "utf8"));
  // The title as the main build's pages show it (escaped as React escapes it), from the article's own heading.
  const page = readFileSync(path.join(outDir, "articles", data.slug as string, "index.html"), "utf8");
  oldTitle = /<h1[^>]*>([^<]+)<\/h1>/.exec(page)![1]!;
  writeFileSync(path.join(articles, file), matter.stringify(content, { ...data, title: NEW_TITLE }));

  // Built as `npm run build` builds, not under the test runner's NODE_ENV.
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", NODE_ENV: "production" as const };
  execFileSync("npx", ["next", "build"], { cwd: copy, env, stdio: "pipe" });
  log = execFileSync("npx", ["tsx", "scripts/postbuild/index.ts"], { cwd: copy, env, encoding: "utf8" });
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

  it("writes every other page byte for byte as the main build did", () => {
    const changed = new Set(pagesShowing(outDir, oldTitle));
    const pages = listFiles(outDir).filter((f) => f.endsWith(".html") && !changed.has(f));
    expect(pages.length).toBeGreaterThan(10);
    const differ = pages.filter((f) => !readFileSync(path.join(copy, "out", f)).equals(readFileSync(path.join(outDir, f))));
    expect(differ).toEqual([]);
  });
});
