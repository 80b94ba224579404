/**
 * Hostile content, end to end, on a copy of the project (so out/ and .next/ of the working tree are
 * untouched). First what must be refused before anything is built: a source that is a symbolic
 * link, front matter that would run code, a sidecar address with a script scheme. Then sources
 * carrying <script>, <iframe>, event handlers and javascript: links, a page saved as .html with a
 * script of its own, and prose that merely mentions a tag go through ingest (once), the search
 * index build, `next build` and postbuild, are served by nginx with the production config and read
 * in Chromium: no dialog opens, no script of a source runs, every word is there, raw sources stay
 * inert bytes, and a broken search index piece fixed on the server is picked up by "retry". The
 * markdown body is also given raw HTML, to show the renderer's sanitizer holds even if ingest did
 * not. One build for all of it.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveWithNginx, type RunningNginx } from "../../scripts/serve/nginx";
import { launchBrowser, openPage } from "./harness";

const root = path.resolve(import.meta.dirname, "../..");
const fixtures = path.join(root, "tests/fixtures/hostile");
const fixture = path.join(fixtures, "900_hostile_markup.txt");
/** A whole page saved from a browser, with a script in its head and a handler on its body. */
const savedPage = "901_saved_page.html";
/** Plain text whose prose mentions a <script> tag: every word after it must survive. */
const tagInProse = "902_tag_in_prose.txt";
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
  "마크다운에 섞인 문장도 남는다. <img src=\"x\" onerror=\"window.__pwned='md-img'\"> [링크](javascript:alert('md-link'))",
  "",
  '<iframe src="/"></iframe><a href="/" onclick="alert(\'md-onclick\')">홈</a>',
  "",
].join("\n");

let browser: Browser | undefined;
let nginx: RunningNginx | undefined;
const sourcesDir = path.join(contentDir, "sources");
const articlesDir = path.join(contentDir, "articles");
const bin = (name: string): string => path.join(root, "node_modules/.bin", name);

beforeAll(() => {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  // A copy of the project with a copy of the content.
  const skip = new Set(["node_modules", ".next", "out", ".git", "tests", "content", "public"]);
  for (const entry of readdirSync(root)) {
    if (skip.has(entry) || entry.endsWith(".tsbuildinfo")) continue;
    cpSync(path.join(root, entry), path.join(work, entry), { recursive: true });
  }
  cpSync(path.join(root, "public"), path.join(work, "public"), { recursive: true, filter: (src) => !/public\/(search-index|og)\b/.test(src) });
  cpSync(path.join(root, "content"), contentDir, { recursive: true, filter: (src) => !/\.articles-(tmp|old)-/.test(src) });
  // Some build code reads packages through process.cwd() (share-image fonts): give the copy the same node_modules.
  symlinkSync(path.join(root, "node_modules"), path.join(work, "node_modules"), "dir");
  // A secret of the kind a linked source would leak (as .git/config can hold a token).
  writeFileSync(path.join(work, "secrets.ini"), '[remote "origin"]\n\turl = https://user:TOKEN-abc123@example.invalid/repo.git\n');
});
const previousBase = process.env.E2E_BASE_URL;
afterAll(async () => {
  process.env.E2E_BASE_URL = previousBase;
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

/** Runs a command that must fail; returns what it said. */
function refused(cmd: string, args: string[]): string {
  const r = spawnSync(cmd, args, {
    cwd: work,
    env: { ...process.env, CONTENT_DIR: contentDir, NEXT_TELEMETRY_DISABLED: "1" },
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(r.status, `${args.join(" ")} should fail:\n${r.stdout}\n${r.stderr}`).not.toBe(0);
  return `${r.stdout}\n${r.stderr}`;
}

/** Names and bytes of the articles folder, to show a refused run changed nothing. */
const snapshot = (): Record<string, string> => Object.fromEntries(readdirSync(articlesDir).map((n) => [n, readFileSync(path.join(articlesDir, n), "utf8")]));

describe("refused before anything is built", () => {
  it("a source that is a symbolic link, into the repository or out of it, is refused by name and never read", () => {
    const before = snapshot();
    const links: [name: string, target: string][] = [
      ["903_linked.txt", "../../secrets.ini"],
      ["904_repository.txt", path.relative(sourcesDir, path.join(root, ".git/config"))],
      ["905_outside.txt", "/etc/hostname"],
    ];
    for (const [name, target] of links) {
      const link = path.join(sourcesDir, name);
      symlinkSync(target, link);
      try {
        const said = refused(bin("tsx"), ["scripts/ingest/index.ts"]);
        expect(said).toContain(`${name}: is a symbolic link (to ${target})`);
        expect(said).not.toContain("TOKEN-abc123");
        expect(snapshot()).toEqual(before);
      } finally {
        unlinkSync(link);
      }
    }
  });

  it("front matter that gray-matter would evaluate as code is refused by the check and by the site's loader, and never runs", () => {
    const marker = path.join(work, "front-matter-ran");
    const evil = path.join(articlesDir, "evil.md");
    writeFileSync(evil, `---js\n{ slug: require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran") }\n---\n본문\n`);
    try {
      expect(refused(bin("tsx"), ["scripts/ingest/index.ts", "--check"])).toMatch(
        /evil\.md: front matter written as "js" is refused; only YAML front matter is read/,
      );
      const loader = path.join(work, "load-articles.ts");
      writeFileSync(loader, 'import { getAllArticles } from "./src/lib/articles";\nconsole.log(getAllArticles().length);\n');
      expect(refused(bin("tsx"), [loader])).toMatch(/evil\.md: front matter written as "js" is refused/);
      expect(existsSync(marker)).toBe(false);
    } finally {
      rmSync(evil, { force: true });
    }
  });

  it("a sidecar address that is not http(s) is refused at ingest, naming the sidecar and the field", () => {
    const before = snapshot();
    const source = path.join(sourcesDir, tagInProse);
    const sidecar = source.replace(/\.txt$/, ".meta.json");
    cpSync(path.join(fixtures, tagInProse), source);
    try {
      for (const url of ["javascript:alert(document.domain)", "data:text/html,<script>alert(1)</script>"]) {
        writeFileSync(sidecar, JSON.stringify({ originalUrls: [{ url, origin: "editorial" }] }));
        const said = refused(bin("tsx"), ["scripts/ingest/index.ts"]);
        expect(said).toMatch(/902_tag_in_prose\.meta\.json: invalid sidecar: originalUrls\.0\.url: must be an http:\/\/ or https:\/\/ address/);
        expect(snapshot()).toEqual(before);
      }
    } finally {
      rmSync(sidecar, { force: true });
      rmSync(source, { force: true });
    }
  });
});

describe("built and served", () => {
  let slug = "";
  let proseSlug = "";
  const outDir = path.join(work, "out");

  beforeAll(async () => {
    for (const name of [path.basename(fixture), savedPage, tagInProse]) cpSync(path.join(fixtures, name), path.join(sourcesDir, name));
    const before = new Set(readdirSync(articlesDir));

    // 1. Ingest once, then give the hostile article's markdown raw HTML of its own.
    run(bin("tsx"), ["scripts/ingest/index.ts"]);
    const added = readdirSync(articlesDir).filter((f) => !before.has(f));
    expect(added).toHaveLength(3);
    const slugOf = (sourceFile: string): string => {
      for (const name of added) {
        const data = matter(readFileSync(path.join(articlesDir, name), "utf8")).data as { slug: string; source: { file: string } };
        if (data.source.file === sourceFile) return data.slug;
      }
      throw new Error(`no article from ${sourceFile}`);
    };
    slug = slugOf(path.basename(fixture));
    proseSlug = slugOf(tagInProse);
    const mdFile = path.join(articlesDir, `${slug}.md`);
    writeFileSync(mdFile, readFileSync(mdFile, "utf8") + hostileMarkdown);

    // 2. Build as `npm run build` does, then serve the copy's out/ with the production nginx config.
    run(bin("tsx"), ["scripts/search/build-index.ts"]);
    run(bin("tsx"), ["scripts/share-cards/build.ts"]);
    run(bin("next"), ["build"]);
    run(bin("tsx"), ["scripts/postbuild/index.ts"]);
    expect(existsSync(path.join(outDir, "articles", slug, "index.html"))).toBe(true);
    for (const dir of [root, path.join(root, "tests"), path.join(root, "tests/artifacts"), work]) chmodSync(dir, 0o755);
    nginx = await serveWithNginx(outDir);
    browser = await launchBrowser();
    process.env.E2E_BASE_URL = nginx.url("/");
  }, 600_000);

  it("a hostile source is read with nothing of it running and every word kept", async () => {
    if (!browser) throw new Error("no browser");
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
  });

  it("raw sources, a page saved as .html included, are served byte for byte as inert text, linked from their article", async () => {
    if (!browser || !nginx) throw new Error("no server");
    for (const name of [path.basename(fixture), savedPage]) {
      const received = readFileSync(path.join(fixtures, name));
      // Postbuild left the published copy alone, and the server sends exactly those bytes as text.
      expect(readFileSync(path.join(outDir, "sources", name)), name).toEqual(received);
      const res = await fetch(nginx.url(`/sources/${name}`));
      expect(res.headers.get("content-type"), name).toBe("text/plain; charset=utf-8");
      expect(res.headers.get("content-security-policy"), name).toMatch(/sandbox/);
      expect(Buffer.from(await res.arrayBuffer()), name).toEqual(received);

      const raw = await openPage(browser, `/sources/${name}`);
      expect(await raw.page.locator("body").innerText(), name).toContain("<script>window.__pwned = ");
      await raw.page.waitForTimeout(200);
      expect(raw.problems.dialogs, name).toEqual([]);
      expect(await raw.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), name).toBeUndefined();
      await raw.close();
    }
    const saved = await openPage(browser, `/articles/${slug}/`);
    expect(await saved.page.locator(`a[href="/sources/${path.basename(fixture)}"]`).count()).toBeGreaterThan(0);
    await saved.close();
  });

  it("plain text whose prose mentions a tag keeps every word, the tag shown as characters", async () => {
    if (!browser) throw new Error("no browser");
    const opened = await openPage(browser, `/articles/${proseSlug}/`);
    const text = (await opened.page.locator("article").first().innerText()).replace(/\s+/g, " ");
    for (const line of readFileSync(path.join(fixtures, tagInProse), "utf8").trim().split("\n")) expect(text).toContain(line);
    expect(opened.problems.pageErrors).toEqual([]);
    await opened.close();
  });

  it("a broken search index piece, once fixed on the server, is fetched again past the cache by retry", async () => {
    if (!browser) throw new Error("no browser");
    const indexDir = path.join(outDir, "search-index");
    // Every piece but the manifest is damaged on the server (and its gzip twin moved away, so
    // nginx cannot send the intact copy); the reader's browser caches the damaged copies as immutable.
    const pieces = readdirSync(indexDir, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile() && !e.name.endsWith(".gz") && e.name !== "manifest.json")
      .map((e) => path.join(e.parentPath, e.name));
    const originals = new Map(pieces.map((f) => [f, readFileSync(f)]));
    for (const f of pieces) {
      writeFileSync(f, (originals.get(f) ?? Buffer.alloc(0)).subarray(0, 40));
      if (existsSync(`${f}.gz`)) renameSync(`${f}.gz`, `${f}.gz.kept`);
    }
    const opened = await openPage(browser, "/search/?q=%EA%B2%AC%ED%95%99");
    try {
      const { page } = opened;
      const alert = await page.waitForSelector("main [role=alert]");
      expect(await alert.textContent()).toContain("검색 색인을 불러오지 못했습니다");
      // The server is fixed; the reader presses "retry" in the same tab.
      for (const [f, bytes] of originals) {
        writeFileSync(f, bytes);
        if (existsSync(`${f}.gz.kept`)) renameSync(`${f}.gz.kept`, `${f}.gz`);
      }
      await page.click("main [role=alert] button");
      await page.waitForSelector(`main ol li a[href="/articles/${slug}/"]`);
      expect(await page.$("main [role=alert]")).toBeNull();
      // Coming back later finds the fixed copy too.
      await page.reload({ waitUntil: "networkidle" });
      await page.waitForSelector(`main ol li a[href="/articles/${slug}/"]`);
      expect(opened.problems.pageErrors).toEqual([]);
    } finally {
      for (const [f, bytes] of originals) writeFileSync(f, bytes);
      await opened.close();
    }
  });

  it("a folder without a page answers 404 like any unknown address, and error answers are never stored", async () => {
    if (!browser || !nginx) throw new Error("no server");
    for (const folder of ["/_next", "/sources", "/search-index/d", "/og"]) {
      const opened = await openPage(browser, "/");
      const res = await opened.page.goto(nginx.url(folder));
      expect(res?.status(), folder).toBe(404);
      expect(res?.url(), folder).toBe(nginx.url(folder));
      expect(res?.headers()["cache-control"], folder).toBe("no-store");
      expect(await opened.page.locator("h1").innerText()).toContain("페이지를 찾을 수 없습니다");
      await opened.close();
    }
    const page = await fetch(nginx.url(`/articles/${slug}`), { redirect: "manual" });
    expect(page.status).toBe(301);
    expect(page.headers.get("location")).toBe(`/articles/${slug}/`);
  });
});
