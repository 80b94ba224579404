import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { textCache } from "../../src/lib/text-cache";

const base = mkdtempSync(path.join(tmpdir(), "text-cache-"));
afterAll(() => rmSync(base, { recursive: true, force: true }));
const cacheFiles = () => readdirSync(path.join(base, ".next/cache/article-text"));

describe("the article text cache", () => {
  it("derives a body's text once; a later load (another process, the next build) reads it back", () => {
    const derived: string[] = [];
    const derive = (body: string) => {
      derived.push(body);
      return body.toUpperCase();
    };
    const first = textCache(derive, base);
    expect([first.get("a *b*"), first.get("c")]).toEqual(["A *B*", "C"]);
    first.save();
    const second = textCache(derive, base);
    expect([second.get("a *b*"), second.get("c"), second.get("new")]).toEqual(["A *B*", "C", "NEW"]);
    expect(derived).toEqual(["a *b*", "c", "new"]);
  });

  it("keeps only the bodies of the last load, in one file named by the code", () => {
    writeFileSync(path.join(base, ".next/cache/article-text/of-older-code.json"), "{}");
    const derive = (body: string) => body;
    const load = textCache(derive, base);
    load.get("only this");
    load.save();
    expect(cacheFiles()).toHaveLength(1);
    let calls = 0;
    const next = textCache((body) => (calls++, body), base);
    next.get("only this");
    next.get("c");
    expect(calls).toBe(1);
  });

  it("a damaged cache file is derived again, not trusted", () => {
    writeFileSync(path.join(base, ".next/cache/article-text", cacheFiles()[0]!), "{not json");
    let calls = 0;
    const load = textCache((body) => (calls++, body), base);
    expect(load.get("x")).toBe("x");
    expect(calls).toBe(1);
  });
});
