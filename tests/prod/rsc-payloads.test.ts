/** The export keeps what a reader's browser asks for: RSC payloads go, raw sources and the search index stay. */
import { existsSync, rmSync } from "node:fs";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { dropRscPayloads } from "../../scripts/postbuild/steps/drop-rsc-payloads";
import { defaultContext } from "../../scripts/postbuild/step";
import { makeFixtureSite } from "./fixture-site";

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

it("removes each page's RSC payloads and keeps every other .txt file", async () => {
  const payloads = [
    "index.txt",
    "__next._tree.txt",
    "articles/cloud-center/index.txt",
    "articles/cloud-center/__next.!KGFydGljbGUp.articles.$d$slug.__PAGE__.txt",
  ];
  const kept = ["robots.txt", "sources/001_source.txt", "sources/index.txt", "search-index/s3.0123456789ab.txt", "notes/readme.txt"];
  const dir = makeFixtureSite(Object.fromEntries([...payloads, ...kept].map((f) => [f, "text"])));
  dirs.push(dir);
  await dropRscPayloads.run({ ...defaultContext(dir), log: () => {} });
  expect(payloads.filter((f) => existsSync(path.join(dir, f)))).toEqual([]);
  expect(kept.filter((f) => !existsSync(path.join(dir, f)))).toEqual([]);
  expect(existsSync(path.join(dir, "articles/cloud-center/index.html"))).toBe(true);
});
