import { execFileSync } from "node:child_process";
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

describe("one text cache for every process of a build", () => {
  it("is named by the code alone: next build's workers (NODE_ENV=production) and the scripts around them share it", () => {
    const keys = (env: "production" | "test") =>
      execFileSync(process.execPath, ["--import", "tsx", "-e", 'import("./src/lib/page-cache.ts").then((m) => console.log(m.sourceKey(), m.codeKey()))'], {
        env: { ...process.env, NODE_ENV: env },
        encoding: "utf8",
      })
        .trim()
        .split(" ");
    const [source, code] = keys("production");
    const [sourceInTests, codeInTests] = keys("test");
    expect(sourceInTests).toBe(source);
    // Pages, unlike texts, do depend on it: Next writes a different build under NODE_ENV=test.
    expect(codeInTests).not.toBe(code);
  });
});
