/**
 * Search at the size of a real archive, in Chromium: the built site with its index rebuilt over the
 * archive's articles plus 2 000 generated ones (no pages are built for those, only the index, which
 * is all the search page reads), served by nginx. The page must show what the engine finds in Node
 * over the same files: the same count, the same results in the same order, filters included, and
 * the archive's own article found, alone, by a name no generated article carries.
 */
import { execFileSync } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveWithNginx, type RunningNginx } from "../../scripts/serve/nginx";
import { buildSearchIndex, type BuildInput } from "../../scripts/search/build";
import { writeIndex } from "../../scripts/search/build-index";
import { loadSearchInput } from "../../scripts/search/source";
import { syntheticArchive } from "../../scripts/search/synthetic";
import { SearchEngine, type Filters } from "../../src/lib/search/engine";
import { launchBrowser } from "./harness";

const GENERATED = 2_000;
const root = path.resolve(import.meta.dirname, "../..");

let browser: Browser;
let server: RunningNginx;
let work: string;
let engine: SearchEngine;
let input: BuildInput;

beforeAll(async () => {
  const real = loadSearchInput();
  // Newest first, as the build orders documents; the generated ones span the same years.
  const docs = [...real.docs, ...syntheticArchive({ count: GENERATED, topics: real.topics })].sort((a, b) =>
    (b.dateTime ?? "").localeCompare(a.dateTime ?? ""),
  );
  input = { ...real, docs };
  const { files } = buildSearchIndex(input);
  work = mkdtempSync(path.join(tmpdir(), "archive-search-scale-"));
  // nginx's workers run as another user: the folder must be readable by them, as out/ is.
  chmodSync(work, 0o755);
  // The built site, hard-linked (cheap), with the larger index in place of its own.
  execFileSync("cp", ["-al", path.join(root, "out"), path.join(work, "out")]);
  writeIndex(files, path.join(work, "out/search-index"));
  engine = await SearchEngine.open(async (p) => {
    const text = files.get(p);
    if (text === undefined) throw new Error(`${p}: not in the index`);
    return text;
  });
  server = await serveWithNginx(path.join(work, "out"));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (work) rmSync(work, { recursive: true, force: true });
});

/** Titles of the first `n` hits as the engine ranks them in Node. */
async function expected(query: string, filters: Filters, n: number): Promise<{ total: number; titles: string[] }> {
  const res = await engine.search(query, filters);
  const titles = await Promise.all(res.hits.slice(0, n).map(async (h) => (await engine.doc(h.id)).title));
  return { total: res.hits.length, titles };
}

async function shown(page: Page): Promise<{ heading: string; titles: string[] }> {
  await page.waitForSelector("main ol li");
  const heading = (await page.textContent("#search-results-heading")) ?? "";
  const titles = await page.$$eval("main ol li > a", (as) => as.map((a) => (a.textContent ?? "").trim()));
  return { heading, titles };
}

const count = (heading: string): number => Number(/(\d[\d,]*)\s*건/u.exec(heading)?.[1]?.replaceAll(",", "") ?? NaN);

describe(`search over ${GENERATED} generated articles plus the archive's own`, () => {
  it("shows the engine's results, in its order, for a word many articles share, and for one with a year filter", async () => {
    expect(input.docs.length).toBeGreaterThanOrEqual(GENERATED);
    const context = await browser.newContext();
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    try {
      for (const [query, filters] of [
        ["클라우드", {}],
        ["데이터센터", { year: "2019" }],
        ["cloud", {}],
      ] as [string, Filters][]) {
        const want = await expected(query, filters, 20);
        expect(want.total, `"${query}" finds many articles`).toBeGreaterThan(20);
        const params = new URLSearchParams({ q: query, ...(filters.year ? { year: filters.year } : {}) });
        await page.goto(server.url(`/search/?${params}`), { waitUntil: "networkidle" });
        const got = await shown(page);
        expect(count(got.heading), `${query}: ${got.heading}`).toBe(want.total);
        expect(got.titles).toEqual(want.titles);
      }
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("finds the archive's own article, and only it, by a name no generated article carries", async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      // The minister named in the Amazon story; "아마존" itself is in hundreds of generated articles (Amazon Web Services).
      await page.goto(server.url("/search/?q=%EC%9C%A4%ED%98%B8%EC%A4%91"), { waitUntil: "networkidle" });
      const got = await shown(page);
      expect(await expected("윤호중", {}, 20)).toEqual({ total: 1, titles: got.titles });
      expect(count(got.heading), got.heading).toBe(1);
      const links = await page.$$eval("main ol li > a", (as) => as.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(links).toEqual(["/articles/mois-amazon-public-ai-cloud-stability/"]);
    } finally {
      await context.close();
    }
  });
});
