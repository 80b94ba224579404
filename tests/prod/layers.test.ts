/**
 * The layers stay apart: build and bench code under scripts/ never imports tests/ or deploy/
 * (deploy/ is configuration, tests/ may import scripts/, not the other way round), and src/ never
 * imports scripts/ or tests/ (the site is built from content through its own loader).
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(?:ts|tsx|mjs)$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** Every module a file imports (static, dynamic and type imports), resolved to a path in the project. */
function imports(file: string): string[] {
  const text = readFileSync(path.join(root, file), "utf8");
  const specs = [...text.matchAll(/(?:from\s+|import\s*\(\s*|import\s+)["']([^"']+)["']/g)].map((m) => m[1] ?? "");
  return specs
    .filter((s) => s.startsWith(".") || s.startsWith("@/"))
    .map((s) => (s.startsWith("@/") ? path.join("src", s.slice(2)) : path.relative(root, path.resolve(root, path.dirname(file), s))));
}

it.each([
  ["scripts", ["tests", "deploy"]],
  ["src", ["scripts", "tests", "deploy"]],
])("nothing under %s/ imports from %j", (dir, forbidden) => {
  const crossings = sourceFiles(dir).flatMap((file) =>
    imports(file)
      .filter((target) => forbidden.some((f) => target === f || target.startsWith(`${f}/`)))
      .map((target) => `${file} -> ${target}`),
  );
  expect(crossings).toEqual([]);
});

it("finds the imports it checks (the check cannot pass by reading nothing)", () => {
  expect(imports("tests/e2e/harness.ts")).toContain("scripts/serve/chromium");
  expect(sourceFiles("scripts").length).toBeGreaterThan(30);
});
