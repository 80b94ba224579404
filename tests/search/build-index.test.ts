/**
 * `npm run search:build` output on disk: written to a temporary folder and swapped in whole, readable
 * by the engine from files, and every file the manifest implies is present.
 */
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { realWordsNear } from "../../scripts/search/real-words";
import { writeIndex } from "../../scripts/search/build-index";
import { buildSearchIndex } from "../../scripts/search/build";
import { SearchEngine } from "../../src/lib/search/engine";
import { docPackPath, facetsPath, shardPath } from "../../src/lib/search/format";
import { loadSearchInput } from "../../scripts/search/source";

const tmp = mkdtempSync(path.join(tmpdir(), "search-index-test-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("search:build output", () => {
  const built = buildSearchIndex(loadSearchInput());
  const dir = path.join(tmp, "search-index");

  it("replaces an old index whole, leaving no temporary folder", () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "stale.txt"), "from an older build");
    writeIndex(built.files, dir);
    expect(readdirSync(dir)).not.toContain("stale.txt");
    expect(readdirSync(tmp)).toEqual(["search-index"]);
  });

  it("holds every file the manifest names, and the engine finds articles from disk", async () => {
    const { manifest } = built;
    const names = new Set(readdirSync(dir, { recursive: true }).map(String));
    const subShards = Object.values(manifest.splits).reduce((sum, [, count]) => sum + count, 0);
    for (let n = 0; n < manifest.shards + subShards; n++) expect(names.has(shardPath(n, manifest.build))).toBe(true);
    for (let k = 0; k * manifest.pack < manifest.docs; k++) expect(names.has(docPackPath(k, manifest.build))).toBe(true);
    expect(names.has(facetsPath(manifest.build))).toBe(true);
    const engine = await SearchEngine.open(async (p) => readFileSync(path.join(dir, p), "utf8"));
    const res = await engine.search("클라우드");
    expect(res.hits.length).toBeGreaterThan(0);
    const first = await engine.doc(res.hits[0]?.id ?? -1);
    expect(first.url).toMatch(/^\/articles\/[a-z0-9-]+\/$/u);
  });

  it("is deterministic: the same articles give the same build id", () => {
    expect(buildSearchIndex(loadSearchInput()).manifest.build).toBe(built.manifest.build);
  });
});

describe("English words that are no typo", () => {
  it("lists common words one slip from the archive's, but not another form of the same word", () => {
    const near = realWordsNear(["naver", "create", "computing"]);
    expect(near).toContain("never");
    expect(near).toContain("competing");
    expect(near).not.toContain("created");
    expect(near).not.toContain("naver");
  });
});

describe("Korean words that are no typo", () => {
  it("lists the dictionary's nouns one slip from the archive's, and not the archive's own", () => {
    const near = realWordsNear(["데이터", "개발자", "벡스코"]);
    expect(near).toContain("데이트");
    expect(near).toContain("개발사");
    expect(near).not.toContain("데이터");
    // A verb's forms are not listed: the engine does not correct them to nouns anyway.
    expect(near.every((w) => !w.endsWith("하다"))).toBe(true);
  });
});
