/**
 * `npm run content:ingest`: content/sources/ (+ sidecars) -> content/articles/*.md and
 * content/ingest-report.md. `npm run content:check` (`--check`): regenerate in memory and fail,
 * naming the files, when the committed output differs.
 *
 * The content root is CONTENT_DIR when set, else ./content.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { assertRegularFileIn } from "../../src/lib/content-files";
import { readFrontmatter } from "../../src/lib/frontmatter";
import { contentDir, loadGlossary, loadTopics } from "../../src/lib/taxonomy";
import { formatReport } from "./report";
import { assignSlugsStep } from "./steps/assign-slugs";
import { assignTopicsStep } from "./steps/assign-topics";
import { classifyLinesStep, templateLinesStep } from "./steps/classify-lines";
import { dedupeStep } from "./steps/dedupe";
import { extractMetadataStep } from "./steps/extract-metadata";
import { linkTranslationsStep } from "./steps/link-translations";
import { identifyOutletStep } from "./steps/identify-outlet";
import { loadSidecarStep } from "./steps/load-sidecar";
import { normalizeBylineStep } from "./steps/normalize-byline";
import { parseMarkupStep } from "./steps/parse-markup";
import { readSourceStep } from "./steps/read-source";
import { renderStep } from "./steps/render";
import { resolveDateStep } from "./steps/resolve-date";
import { splitLanguagesStep } from "./steps/split-languages";
import { splitSectionsStep } from "./steps/split-sections";
import { stripBoilerplateStep } from "./steps/strip-boilerplate";
import { summarizeStep } from "./steps/summarize";
import { titleAndDeckStep } from "./steps/title-and-deck";
import { unchangedSinceIngest, writeStamp } from "./stamp";
import { newSource, type RunContext, type Source, type Step } from "./types";
import { diffArticles, recoverInterruptedRun, writeArticles } from "./write";
import { writeFileAtomically } from "../lib/write-file";

/**
 * Order matters: the outlet must be known before its rules run; chrome is stripped before dedupe (so repeated menu separators are reported as
 * chrome, not as repeats) and dedupe runs before facts are moved out (so a scrape's second copy
 * of the byline is a repeat, not a second byline). The byline is normalised once every line that
 * states it has been read and the outlet is known, so a credit's outlet name can be taken off.
 * Languages split before titles, because each language has its own headline; titles come off
 * before sections, whose first part starts right under the headline; slugs need titles, and
 * translations need every slug.
 */
export const steps: Step[] = [
  readSourceStep,
  loadSidecarStep,
  identifyOutletStep,
  parseMarkupStep,
  stripBoilerplateStep,
  dedupeStep,
  extractMetadataStep,
  normalizeBylineStep,
  templateLinesStep,
  splitLanguagesStep,
  titleAndDeckStep,
  classifyLinesStep,
  splitSectionsStep,
  resolveDateStep,
  assignTopicsStep,
  summarizeStep,
  assignSlugsStep,
  linkTranslationsStep,
  renderStep,
];

export interface IngestResult {
  sources: Source[];
  /** File name in articles/ -> file text. */
  files: Map<string, string>;
  report: string;
  ctx: RunContext;
}

const display = (file: string) => {
  const rel = path.relative(process.cwd(), file);
  return rel.startsWith("..") || path.isAbsolute(rel) ? file : rel;
};

/** Reads id -> slug from the articles already written, so published slugs stay put. */
function existingSlugs(articlesDir: string): Map<string, string> {
  const slugs = new Map<string, string>();
  if (!existsSync(articlesDir)) return slugs;
  for (const name of readdirSync(articlesDir)
    .filter((n) => n.endsWith(".md"))
    .sort()) {
    const file = path.join(articlesDir, name);
    const { data } = readFrontmatter(readFileSync(file, "utf8"), display(file));
    if (typeof data.id === "string" && typeof data.slug === "string") {
      slugs.set(data.id, data.slug);
    }
  }
  return slugs;
}

/**
 * Source files (*.txt, *.html) in sources/, sorted. Anything else there is an error, not a
 * silent skip: a sidecar whose source is missing, or a file of an unknown kind. Dotfiles
 * (.gitkeep) are ignored.
 */
export function listSources(sourcesDir: string): string[] {
  const all = readdirSync(sourcesDir)
    .filter((n) => !n.startsWith("."))
    .sort();
  const sources = all.filter((n) => /\.(?:txt|html?)$/i.test(n));
  const stems = new Set(sources.map((n) => n.replace(/\.[^.]+$/, "")));
  for (const name of all) {
    const where = display(path.join(sourcesDir, name));
    assertRegularFileIn(sourcesDir, name, where);
    if (sources.includes(name)) continue;
    if (name.endsWith(".meta.json")) {
      if (!stems.has(name.slice(0, -".meta.json".length)))
        throw new Error(`${where}: a sidecar without its source (${name.slice(0, -".meta.json".length)}.txt)`);
      continue;
    }
    throw new Error(`${where}: not a source (*.txt, *.html) or a sidecar (*.meta.json); move it out of the sources folder`);
  }
  return sources;
}

/** Runs the whole pipeline in memory; writes nothing. */
export async function ingest(root: string = contentDir()): Promise<IngestResult> {
  const sourcesDir = path.join(root, "sources");
  const articlesDir = path.join(root, "articles");
  if (!existsSync(sourcesDir)) throw new Error(`${display(sourcesDir)}: no sources folder`);
  if (existsSync(articlesDir) && !statSync(articlesDir).isDirectory())
    throw new Error(`${display(articlesDir)}: exists but is not a folder; move it away so ingest can write articles there`);
  const glossary = loadGlossary(root);
  const ctx: RunContext = {
    contentDir: root,
    sourcesDir,
    articlesDir,
    glossary,
    topics: loadTopics(root, glossary),
    existingSlugs: existingSlugs(articlesDir),
  };
  const names = listSources(sourcesDir);
  if (names.length === 0) throw new Error(`${display(sourcesDir)}: no source files (*.txt, *.html)`);
  const sources: Source[] = names.map((file) => {
    const full = path.join(sourcesDir, file);
    return newSource(file, full, display(full));
  });
  for (const step of steps) await step.run(sources, ctx);
  const files = new Map<string, string>();
  for (const source of sources) for (const v of source.versions) if (v.output) files.set(v.output.fileName, v.output.text);
  return { sources, files, report: formatReport(sources), ctx };
}

async function main(argv: string[]): Promise<number> {
  const check = argv.includes("--check");
  const root = contentDir();
  const articlesDir = path.join(root, "articles");
  const reportFile = path.join(root, "ingest-report.md");

  // 1. Repair what a killed run may have left (never in --check, which must not write). A check
  //    of content exactly as the last ingest left it need not run the pipeline (./stamp.ts).
  if (!check) for (const line of recoverInterruptedRun(articlesDir)) console.log(line);
  else if (unchangedSinceIngest(root)) {
    console.log(`content:check: ${display(articlesDir)} is as the last \`npm run content:ingest\` wrote it, from the same sources and code.`);
    return 0;
  }

  // 2. Run the steps over every source, in memory.
  const result = await ingest(root);

  // 3. Show what was removed from each source, and any warnings.
  if (!check) console.log(result.report);
  for (const s of result.sources) for (const w of s.warnings) console.warn(`warning: ${s.display}: ${w}`);

  // 4a. --check: compare with what is committed.
  if (check) {
    const problems = diffArticles(articlesDir, result.files);
    if (!existsSync(reportFile) || readFileSync(reportFile, "utf8") !== result.report) problems.push(`${display(reportFile)}: differs from ingest output`);
    if (problems.length > 0) {
      console.error(`content:check failed: ${display(articlesDir)} is not what \`npm run content:ingest\` produces:`);
      for (const p of problems) console.error(`  ${p}`);
      console.error("Run `npm run content:ingest` and commit the result.");
      return 1;
    }
    console.log(`content:check: ${result.files.size} articles match their sources.`);
    return 0;
  }

  // 4b. Write the articles that changed, all at once (./write.ts), then the report.
  const { written, removed } = writeArticles(articlesDir, result.files, display(articlesDir));
  writeFileAtomically(reportFile, result.report);
  writeStamp(root);
  console.log(
    `content:ingest: ${result.files.size} articles in ${display(articlesDir)} (${written} written, ${removed} deleted, the rest unchanged) and ${display(reportFile)}.`,
  );
  return 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`content:ingest failed: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(1);
    },
  );
}
