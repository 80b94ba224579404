/**
 * Hostile content, end to end: a source carrying <script>, <iframe>, event handlers and javascript:
 * links goes through ingest, the search index build, `next build` and postbuild on a copy of the
 * project (so out/ and .next/ of the working tree are untouched), is served by nginx with the
 * production config and opened in Chromium. No dialog opens, no script of the source runs, its
 * words are all there, and the article's HTML holds no script, iframe or handler. The markdown
 * body is then given raw HTML too, to show the renderer's sanitizer holds even if ingest did not.
 * One slow test: it is a whole build.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { serveWithNginx, type RunningNginx } from "../../deploy/serve-nginx";
import { launchBrowser, openPage } from "./harness";

const root = path.resolve(import.meta.dirname, "../..");
const fixture = path.join(root, "tests/fixtures/hostile/900_hostile_markup.txt");
// Inside the repository, so the copy resolves node_modules and the lockfile of the real project.
const work = path.join(root, "tests/artifacts/hostile-build");
const contentDir = path.join(work, "content");

/** Words of the hostile source that must reach the reader. */
const words = [
  "견학은 매주 토요일에 열린다",
  "참가비는 없다",
  "보안 구역은 공개하지 않는다",
  "견학 안내 링크",
  "견학 중에는 사진 촬영이 제한된다",
  "행사는 연말까지 이어진다",
  '<script>alert("escaped")</script> 표시는 글자 그대로 보여야 한다',
  "마크다운에 섞인 문장도 남는다",
];

/** Raw HTML added to the generated markdown, as a careless hand edit or a pipeline bug might. */
const hostileMarkdown = [
  "",
  '<script>window.__pwned = "markdown"; alert("markdown")</script>',
  "",
  '마크다운에 섞인 문장도 남는다. <img src="x" onerror="window.__pwned=\'md-img\'"> [링크](javascript:alert(\'md-link\'))',
  "",
  '<iframe src="/"></iframe><a href="/" onclick="alert(\'md-onclick\')">홈</a>',
  "",
].join("\n");

let browser: Browser | undefined;
let nginx: RunningNginx | undefined;
beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
});
afterAll(async () => {
  await nginx?.stop();
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

function run(cmd: string, args: string[]): void {
  execFileSync(cmd, args, {
    cwd: work,
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "inherit"],
    timeout: 300_000,
  });
}

it("a hostile source is ingested, built, served and read with nothing of it running", async () => {
  // 1. A copy of the project with the hostile source added to a copy of the content.
  const skip = new Set(["node_modules", ".next", "out", ".git", "tests", "content", "public"]);
  for (const entry of readdirSync(root)) {
    if (skip.has(entry) || entry.endsWith(".tsbuildinfo")) continue;
    cpSync(path.join(root, entry), path.join(work, entry), { recursive: true });
  }
  cpSync(path.join(root, "public"), path.join(work, "public"), { recursive: true, filter: (src) => !src.includes("search-index") });
  cpSync(path.join(root, "content"), contentDir, { recursive: true, filter: (src) => !/\.articles-(tmp|old)-/.test(src) });
  cpSync(fixture, path.join(contentDir, "sources", path.basename(fixture)));
  // Some build code reads packages through process.cwd() (share-image fonts): give the copy the same node_modules.
  symlinkSync(path.join(root, "node_modules"), path.join(work, "node_modules"), "dir");
  const before = new Set(readdirSync(path.join(contentDir, "articles")));

  // 2. Ingest, then give the generated markdown raw HTML of its own.
  const bin = (name: string): string => path.join(root, "node_modules/.bin", name);
  run(bin("tsx"), ["scripts/ingest/index.ts"]);
  const added = readdirSync(path.join(contentDir, "articles")).filter((f) => !before.has(f));
  expect(added).toHaveLength(1);
  const mdFile = path.join(contentDir, "articles", added[0] ?? "");
  const slug = String(matter(readFileSync(mdFile, "utf8")).data.slug);
  writeFileSync(mdFile, readFileSync(mdFile, "utf8") + hostileMarkdown);

  // 3. Build as `npm run build` does, then serve the copy's out/ with the production nginx config.
  run(bin("tsx"), ["scripts/search/build-index.ts"]);
  run(bin("next"), ["build"]);
  run(bin("tsx"), ["scripts/postbuild/index.ts"]);
  const outDir = path.join(work, "out");
  expect(existsSync(path.join(outDir, "articles", slug, "index.html"))).toBe(true);
  for (const dir of [root, path.join(root, "tests"), path.join(root, "tests/artifacts"), work]) chmodSync(dir, 0o755);
  nginx = await serveWithNginx(outDir);

  // 4. Open the article in Chromium and try every trap a reader could spring.
  browser = await launchBrowser();
  const previousBase = process.env.E2E_BASE_URL;
  process.env.E2E_BASE_URL = nginx.url("/");
  try {
    const opened = await openPage(browser, `/articles/${slug}/`);
    const { page, problems } = opened;
    const article = page.locator("article").first();
    for (const handle of await article.locator("a, p, img").all()) {
      await handle.hover({ trial: false, timeout: 2000 }).catch(() => undefined);
    }
    for (const link of await article.getByRole("link", { name: /견학 안내 링크|안내문 내려받기|링크/ }).all()) {
      await link.click({ timeout: 2000, noWaitAfter: true }).catch(() => undefined);
    }
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(problems.dialogs).toEqual([]);
    expect(problems.pageErrors).toEqual([]);
    expect(problems.cspViolations).toEqual([]);

    const text = (await article.innerText()).replace(/\s+/g, " ");
    for (const w of words) expect(text, w).toContain(w);

    // Elements and attributes as the browser parsed them (the escaped markup above is only text).
    const found = await article.evaluate((el) => {
      const all = [el, ...el.querySelectorAll("*")];
      // The page's own JSON-LD is a data block; it must still parse (no markup broke out of it).
      const isJsonLd = (e: Element): boolean => {
        if (e.tagName !== "SCRIPT" || e.getAttribute("type") !== "application/ld+json") return false;
        try {
          JSON.parse(e.textContent ?? "");
          return true;
        } catch {
          return false;
        }
      };
      return {
        active: all
          .filter((e) => /^(script|iframe|object|embed|form|style|frame|base|meta|link)$/i.test(e.tagName) && !isJsonLd(e))
          .map((e) => `${e.tagName} ${e.outerHTML.slice(0, 80)}`),
        handlers: all.flatMap((e) => [...e.attributes].filter((a) => /^on/i.test(a.name)).map((a) => `${e.tagName} ${a.name}`)),
        scriptUrls: all.flatMap((e) => [...e.attributes].filter((a) => /^\s*javascript:/i.test(a.value)).map((a) => `${e.tagName} ${a.name}`)),
      };
    });
    expect(found).toEqual({ active: [], handlers: [], scriptUrls: [] });
    await opened.close();

    // The raw source as received is served as inert text: its markup is shown, not run.
    const raw = await openPage(browser, `/sources/${path.basename(fixture)}`);
    expect(await raw.page.locator("body").innerText()).toContain('<script>window.__pwned = "script"');
    expect(raw.problems.dialogs).toEqual([]);
    expect(await raw.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    await raw.close();
  } finally {
    process.env.E2E_BASE_URL = previousBase;
  }
}, 600_000);
