/**
 * Postbuild completes the export from the page cache: the pages next build rendered are cached,
 * the ones it skipped come back from the cache, and a page that is in neither stops the build.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { restorePages } from "../../scripts/postbuild/steps/restore-pages";
import { defaultContext } from "../../scripts/postbuild/step";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

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
  for (const [key, html] of Object.entries(opts.cached)) put(`.next/cache/pages/${key}.html`, html);
  return root;
}

const run = (root: string) => restorePages.run({ ...defaultContext(path.join(root, "out")), root, log: () => {} });
const read = (root: string, file: string) => readFileSync(path.join(root, file), "utf8");

it("restores the pages next build skipped, caches the ones it rendered, and forgets the rest", async () => {
  const root = project({
    rendered: { "/topics/cloud/": "<p>cloud, new</p>" },
    cached: { k2: "<p>ai, cached</p>", old: "<p>a page no plan lists</p>" },
    plan: [
      { path: "/topics/cloud/", key: "k1" },
      { path: "/topics/ai/", key: "k2" },
    ],
  });
  await run(root);
  expect(read(root, "out/topics/ai/index.html")).toBe("<p>ai, cached</p>");
  expect(read(root, "out/topics/cloud/index.html")).toBe("<p>cloud, new</p>");
  expect(read(root, ".next/cache/pages/k1.html")).toBe("<p>cloud, new</p>");
  expect(existsSync(path.join(root, ".next/cache/pages/old.html"))).toBe(false);
  // Plans of other code are gone; this build's stays for the next one to compare with.
  expect(existsSync(path.join(root, ".next/cache/pages/plan/code0"))).toBe(false);
  expect(existsSync(path.join(root, ".next/cache/pages/plan/code1"))).toBe(true);
});

it("stops, naming the page, when a planned page was neither rendered nor cached", async () => {
  const root = project({ rendered: {}, cached: {}, plan: [{ path: "/topics/ai/", key: "k2" }] });
  await expect(async () => run(root)).rejects.toThrow(/\/topics\/ai\/: neither rendered by next build nor in the page cache/);
});

it("leaves an export built without a plan as it is", async () => {
  const root = project({ rendered: { "/topics/cloud/": "<p>cloud</p>" }, cached: {}, plan: [] });
  rmSync(path.join(root, ".next/cache/pages/plan"), { recursive: true });
  await run(root);
  expect(read(root, "out/topics/cloud/index.html")).toBe("<p>cloud</p>");
});
