/**
 * `npm run bench`: a report, not a test. Builds the site when out/ is missing, then prints each
 * section (page weight and Lighthouse, search, load, ingest of other outlets' pages) as markdown, and saves the whole report to
 * tests/artifacts/bench-report.md.
 */
import { execSync } from "node:child_process";
import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

interface Section {
  title: string;
  load: () => Promise<{ run: () => Promise<string> }>;
}

/** Page weight first: the search and load sections reuse the same out/. */
const sections: Section[] = [
  { title: "Pages: bytes and Lighthouse", load: () => import("./pages") },
  { title: "Search", load: () => import("./search") },
  { title: "Load on nginx", load: () => import("./load") },
  { title: "Ingest: pages from other outlets", load: () => import("./outlets") },
];

async function main(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED = "1";
  if (!existsSync(path.join(root, "out/index.html"))) {
    console.log("bench: out/ is missing, running `npm run build` first");
    execSync("npm run build", { cwd: root, stdio: "inherit" });
  }
  const only = process.argv.slice(2);
  const parts: string[] = [`# Bench report (${new Date().toISOString()})`, ""];
  for (const section of sections) {
    if (only.length > 0 && !only.some((o) => section.title.toLowerCase().includes(o.toLowerCase()))) continue;
    const started = performance.now();
    console.log(`\n## ${section.title}\n`);
    const text = await (await section.load()).run();
    console.log(text);
    console.log(`\n(section took ${((performance.now() - started) / 1000).toFixed(1)} s)`);
    parts.push(`## ${section.title}`, "", text, "");
  }
  const outDir = path.join(root, "tests/artifacts");
  mkdirSync(outDir, { recursive: true });
  writeFileSync(path.join(outDir, "bench-report.md"), parts.join("\n"));
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
