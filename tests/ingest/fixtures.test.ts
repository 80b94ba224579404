/**
 * One fixture per case in tests/fixtures/ingest/: the pipeline's full output (article files and
 * removal report) must equal expected.md, or its error must equal expected-error.txt.
 * UPDATE_FIXTURES=1 rewrites the expectations after a deliberate change; review the diff.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ingest } from "../../scripts/ingest/index";
import { CONTENT, FIXTURES, makeContentDir } from "./helpers";

const update = process.env.UPDATE_FIXTURES === "1";
const cases = readdirSync(FIXTURES)
  .filter((n) => !n.startsWith("_") && statSync(path.join(FIXTURES, n)).isDirectory())
  .sort();
const roots: string[] = [];
afterAll(() => roots.forEach((r) => rmSync(r, { recursive: true, force: true })));

function contentFor(name: string): string {
  const dir = path.join(FIXTURES, name);
  const root = makeContentDir();
  roots.push(root);
  if (existsSync(path.join(dir, "sources"))) {
    for (const f of readdirSync(path.join(dir, "sources"))) copyFileSync(path.join(dir, "sources", f), path.join(root, "sources", f));
  } else {
    copyFileSync(path.join(dir, "input.txt"), path.join(root, "sources", `${name}.txt`));
    if (existsSync(path.join(dir, "input.meta.json"))) copyFileSync(path.join(dir, "input.meta.json"), path.join(root, "sources", `${name}.meta.json`));
  }
  return root;
}

async function actualOutput(root: string): Promise<{ kind: "output" | "error"; text: string }> {
  try {
    const result = await ingest(root);
    const parts = [...result.files].map(([name, text]) => `<!-- articles/${name} -->\n${text}`);
    return { kind: "output", text: `${parts.join("\n")}\n<!-- ingest-report.md -->\n${result.report}` };
  } catch (error) {
    return { kind: "error", text: `${(error as Error).message.split(root).join("<content>")}\n` };
  }
}

describe("ingest fixtures", () => {
  it("has a fixture for every real source, byte-identical to it", () => {
    for (const file of readdirSync(path.join(CONTENT, "sources")).filter((n) => n.endsWith(".txt"))) {
      const fixture = path.join(FIXTURES, `source-${file.slice(0, 3)}`, "input.txt");
      expect(existsSync(fixture), `${fixture} missing`).toBe(true);
      expect(readFileSync(fixture).equals(readFileSync(path.join(CONTENT, "sources", file))), `${fixture} differs from ${file}`).toBe(true);
    }
  });

  for (const name of cases) {
    it(name, async () => {
      const dir = path.join(FIXTURES, name);
      const actual = await actualOutput(contentFor(name));
      const expectedFile = path.join(dir, actual.kind === "output" ? "expected.md" : "expected-error.txt");
      const otherFile = path.join(dir, actual.kind === "output" ? "expected-error.txt" : "expected.md");
      if (update) {
        writeFileSync(expectedFile, actual.text);
        rmSync(otherFile, { force: true });
      }
      expect(existsSync(otherFile), `${name} ${actual.kind === "output" ? "succeeded but a failure was expected" : `failed: ${actual.text}`}`).toBe(false);
      expect(actual.text).toBe(readFileSync(expectedFile, "utf8"));
    });
  }
});
