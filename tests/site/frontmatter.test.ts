/** Front matter is YAML only: an engine that evaluates code is refused before it runs. */
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { readFrontmatter } from "../../src/lib/frontmatter";

const dir = mkdtempSync(path.join(tmpdir(), "frontmatter-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("readFrontmatter", () => {
  it("reads YAML front matter, with or without the language named", () => {
    expect(readFrontmatter("---\nslug: a\n---\n본문\n", "a.md")).toEqual({ data: { slug: "a" }, content: "본문\n" });
    expect(readFrontmatter("---yaml\nslug: b\n---\n", "b.md").data).toEqual({ slug: "b" });
    expect(readFrontmatter("no front matter\n", "c.md")).toEqual({ data: {}, content: "no front matter\n" });
  });

  it("refuses every other engine by name, and runs none of them", () => {
    const marker = path.join(dir, "ran");
    const code = `{ slug: require("node:fs").writeFileSync(${JSON.stringify(marker)}, "ran") }`;
    for (const lang of ["js", "javascript", "coffee", "json", " JS"]) {
      expect(() => readFrontmatter(`---${lang}\n${code}\n---\n`, "evil.md"), lang).toThrow(
        /^evil\.md: front matter written as ".+" is refused; only YAML front matter is read$/,
      );
    }
    expect(existsSync(marker)).toBe(false);
  });

  it("names the file when the YAML is broken", () => {
    expect(() => readFrontmatter("---\nslug: [unclosed\n---\n", "broken.md")).toThrow(/^broken\.md: front matter is not valid YAML: /);
  });
});
