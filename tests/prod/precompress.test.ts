/** gzip twins: made for text worth compressing, identical once inflated, never for raw sources. */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { afterEach, expect, it } from "vitest";
import { precompress } from "../../scripts/postbuild/steps/precompress";
import { defaultContext } from "../../scripts/postbuild/step";
import { makeFixtureSite } from "./fixture-site";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

it("writes a .gz twin that inflates to the exact bytes, skipping raw sources, images and tiny files", async () => {
  const dir = makeFixtureSite();
  dirs.push(dir);
  await precompress.run({ ...defaultContext(dir), precompress: true, log: () => {} });
  for (const file of ["articles/cloud-center/index.html", "_next/static/chunks/main-9c1d.js", "_next/static/css/app-3f2a.css"]) {
    const gz = path.join(dir, `${file}.gz`);
    expect(existsSync(gz), file).toBe(true);
    expect(gunzipSync(readFileSync(gz)).equals(readFileSync(path.join(dir, file))), file).toBe(true);
  }
  for (const file of ["sources/001.txt", "og/cloud-center.png", "search-index/manifest.json"])
    expect(existsSync(path.join(dir, `${file}.gz`)), file).toBe(false);
});

it("replaces a stale twin when the page changed since the last run", async () => {
  const dir = makeFixtureSite();
  dirs.push(dir);
  const ctx = { ...defaultContext(dir), precompress: true, log: () => {} };
  await precompress.run(ctx);
  const page = path.join(dir, "articles/cloud-center/index.html");
  writeFileSync(page, `${readFileSync(page, "utf8")}<!-- 정정 -->`);
  await precompress.run(ctx);
  expect(gunzipSync(readFileSync(`${page}.gz`)).toString("utf8")).toContain("정정");
  expect(existsSync(`${page}.gz.gz`)).toBe(false);
});

it("writes no twins by default (static hosts compress by themselves), and removes stale ones", async () => {
  const dir = makeFixtureSite();
  dirs.push(dir);
  const page = path.join(dir, "articles/cloud-center/index.html");
  await precompress.run({ ...defaultContext(dir), precompress: true, log: () => {} });
  expect(existsSync(`${page}.gz`)).toBe(true);
  await precompress.run({ ...defaultContext(dir), precompress: false, log: () => {} });
  expect(existsSync(`${page}.gz`)).toBe(false);
});
