/**
 * Postbuild completes the export from the page cache: the pages next build skipped come back from
 * the cache finished (with their policy and their links), the ones it rendered are cached once the
 * CSP step has finished them, and a page that is in neither stops the build.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { cspHashes } from "../../scripts/postbuild/steps/csp-hashes";
import { cachePages, restorePages } from "../../scripts/postbuild/steps/restore-pages";
import { defaultContext } from "../../scripts/postbuild/step";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const page = (text: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"/><title>${text}</title></head><body><a href="/">${text}</a><script>go()</script></body></html>`;

/** A project after `next build`: its build id, one route's plan, the pages it rendered, and a cache. */
function project(opts: { rendered: Record<string, string>; cached: Record<string, string>; plan: { path: string; key: string }[] }): string {
  const root = mkdtempSync(path.join(tmpdir(), "restore-pages-"));
  dirs.push(root);
  const put = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  put(".next/BUILD_ID", "code1");
  put(".next/cache/pages/plan/code1/_topics_id_.json", JSON.stringify(opts.plan));
  put(".next/cache/pages/plan/code0/_topics_id_.json", "[]");
  for (const [p, html] of Object.entries(opts.rendered)) put(`out${p}index.html`, html);
  for (const [key, html] of Object.entries(opts.cached)) {
    put(`.next/cache/pages/${key}.html`, html);
    put(`.next/cache/pages/${key}.json`, JSON.stringify({ ids: [], links: ["/"] }));
  }
  return root;
}

/** The three steps as postbuild runs them, in one context; returns the context and its log. */
async function run(root: string) {
  const log: string[] = [];
  const ctx = { ...defaultContext(path.join(root, "out")), root, log: (line: string) => void log.push(line) };
  for (const step of [restorePages, cspHashes, cachePages]) await step.run(ctx);
  return { ctx, log: log.join("\n") };
}
const read = (root: string, file: string) => readFileSync(path.join(root, file), "utf8");

it("restores the pages next build skipped as they were finished, caches the ones it rendered once finished, and forgets the rest", async () => {
  const root = project({
    rendered: { "/topics/cloud/": page("cloud, new") },
    cached: { k2: "<p>ai, cached and finished</p>", old: "<p>a page no plan lists</p>" },
    plan: [
      { path: "/topics/cloud/", key: "k1" },
      { path: "/topics/ai/", key: "k2" },
    ],
  });
  const { ctx, log } = await run(root);
  // The restored page is the cached one byte for byte: the CSP step did not touch it.
  expect(read(root, "out/topics/ai/index.html")).toBe("<p>ai, cached and finished</p>");
  expect(log).toContain("1 restored pages finished already");
  // The rendered page got its policy, and is cached as it is now, with its links.
  const cloud = read(root, "out/topics/cloud/index.html");
  expect(cloud).toMatch(/<meta http-equiv="Content-Security-Policy" content="[^"]*'sha256-/);
  expect(read(root, ".next/cache/pages/k1.html")).toBe(cloud);
  expect(JSON.parse(read(root, ".next/cache/pages/k1.json"))).toEqual({ ids: [], links: ["/"] });
  // The link check gets both pages' links without reading them again.
  expect([...ctx.pageLinks.keys()].sort()).toEqual(["topics/ai/index.html", "topics/cloud/index.html"]);
  expect(existsSync(path.join(root, ".next/cache/pages/old.html"))).toBe(false);
  expect(existsSync(path.join(root, ".next/cache/pages/old.json"))).toBe(false);
  // Plans of other code are gone; this build's stays for the next one to compare with.
  expect(existsSync(path.join(root, ".next/cache/pages/plan/code0"))).toBe(false);
  expect(existsSync(path.join(root, ".next/cache/pages/plan/code1"))).toBe(true);
});

it("stops, naming the page, when a planned page was neither rendered nor cached", async () => {
  const root = project({ rendered: {}, cached: {}, plan: [{ path: "/topics/ai/", key: "k2" }] });
  await expect(async () => run(root)).rejects.toThrow(/\/topics\/ai\/: neither rendered by next build nor in the page cache/);
});

it("does not take a cached page without its links for a finished one", async () => {
  const root = project({ rendered: {}, cached: {}, plan: [{ path: "/topics/ai/", key: "k2" }] });
  writeFileSync(path.join(root, ".next/cache/pages/k2.html"), "<p>half an entry</p>");
  await expect(async () => run(root)).rejects.toThrow(/neither rendered by next build nor in the page cache/);
});

it("leaves an export built without a plan as it is, apart from its policy", async () => {
  const root = project({ rendered: { "/topics/cloud/": page("cloud") }, cached: {}, plan: [] });
  rmSync(path.join(root, ".next/cache/pages/plan"), { recursive: true });
  await run(root);
  expect(read(root, "out/topics/cloud/index.html")).toContain("<title>cloud</title>");
});

it("keeps the cache and the export equal when postbuild runs again over them (the cache links the pages it holds)", async () => {
  const root = project({ rendered: { "/topics/cloud/": page("cloud") }, cached: {}, plan: [{ path: "/topics/cloud/", key: "k1" }] });
  await run(root);
  const cached = read(root, ".next/cache/pages/k1.html");
  // Postbuild run again over the same out/: the page is there, so it counts as rendered and is finished once more.
  const { log } = await run(root);
  expect(log).toContain("1 rendered, 0 restored");
  expect(read(root, ".next/cache/pages/k1.html")).toBe(cached);
  // A page put back from the cache is the cached one, and stays so when out/ is finished again.
  rmSync(path.join(root, "out"), { recursive: true });
  await run(root);
  expect(read(root, "out/topics/cloud/index.html")).toBe(cached);
  expect(read(root, ".next/cache/pages/k1.html")).toBe(cached);
});
