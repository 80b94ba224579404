/**
 * `npm run bench:scale -- 1000 10000`: how the build grows with the archive (a report, not a test).
 * For each size N, in a temporary copy of the project (outside the repository, removed at the end):
 *
 * 1. the real content plus N seeded synthetic sources with sidecars (./synthetic-sources.ts)
 * 2. `npm run content:ingest`, then each command of `npm run build` in turn, timed, with the peak
 *    memory of its whole process tree (all of `next build`'s workers together), sampled from /proc
 * 3. out/: bytes and files, per article, and how many of them are RSC payloads
 * 4. one more source added to the built archive, dated after all others as a news archive's next
 *    article is, then ingest and the build again: the rebuild a new article costs, with the
 *    caches the first build left (.next/cache, share cards)
 *
 * The timings are wall-clock on a machine that may be busy: the load average is printed beside them.
 * The report is printed and saved to tests/artifacts/scale-report.md.
 */
import { execFileSync, spawn } from "node:child_process";
import { cpSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { LAST_YEAR, syntheticSources, writeSyntheticSources } from "./synthetic-sources";

const root = path.resolve(import.meta.dirname, "../..");
/** How often the memory of a stage's process tree is read. */
const SAMPLE_MS = 200;

interface StageResult {
  name: string;
  seconds: number;
  /**
   * User + system CPU time of the command and every descendant it waited for (the shell's `times`):
   * on a busy machine wall-clock time grows with the load, CPU time much less.
   */
  cpuSeconds?: number;
  /** Peak of the summed resident memory of the command and all its descendants, in bytes. */
  peakRss: number;
  /** A part of the stage in the row above, shown for detail and not counted again in the totals. */
  detail?: true;
}

interface OutSize {
  bytes: number;
  files: number;
  /** Files and bytes under out/articles/<slug>/, averaged over the articles. */
  perArticleFiles: number;
  perArticleBytes: number;
  /** RSC payloads: the .txt files next to the pages (not the raw sources under /sources/). */
  rscFiles: number;
  rscBytes: number;
}

interface Round {
  label: string;
  articles: number;
  stages: StageResult[];
  out: OutSize;
  load: string;
  /** What postbuild said of the page and CSP caches: pages rendered and restored, pages secured from the cache. */
  caches: string;
}

/** The commands `npm run <name>` runs, with every `npm run x` inside expanded, in order. */
function expandScript(scripts: Record<string, string>, name: string): { name: string; command: string }[] {
  const script = scripts[name];
  if (script === undefined) throw new Error(`package.json: no script "${name}"`);
  const parts = script.split(" && ").map((p) => p.trim());
  return parts.flatMap((part) => {
    const nested = /^npm run ([\w:-]+)$/.exec(part);
    if (nested?.[1]) return expandScript(scripts, nested[1]);
    // A script of one command is named by the script; a step of a longer one by its command.
    return [{ name: parts.length === 1 ? name : part, command: part }];
  });
}

/** Summed VmRSS of `pid` and every process below it, in bytes. */
function treeRss(pid: number): number {
  const parent = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name may hold spaces and parentheses; the fields after its closing ")" do not.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      parent.set(Number(entry), ppid);
    } catch {
      // The process ended between the listing and the read: it holds no memory any more.
    }
  }
  const inTree = (p: number): boolean => {
    for (let at: number | undefined = p; at !== undefined && at > 1; at = parent.get(at)) if (at === pid) return true;
    return false;
  };
  let total = 0;
  for (const p of parent.keys()) {
    if (!inTree(p)) continue;
    try {
      const kb = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${p}/status`, "utf8"))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // Ended meanwhile, as above.
    }
  }
  return total;
}

/** Runs one command in the copy, logging its output to `log`; fails with the log's tail when the command fails. */
function runStage(name: string, command: string, cwd: string, env: NodeJS.ProcessEnv, log: string): Promise<StageResult> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const out = createWriteStream(log, { flags: "a" });
    out.write(`\n$ ${command}\n`);
    const timesFile = `${log}.times`;
    const child = spawn("sh", ["-c", `${command}\nstatus=$?\ntimes > '${timesFile}'\nexit $status`], { cwd, env, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout.pipe(out, { end: false });
    child.stderr.pipe(out, { end: false });
    let peakRss = 0;
    const sampler = setInterval(() => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    }, SAMPLE_MS);
    child.on("error", reject);
    child.on("close", (code) => {
      clearInterval(sampler);
      out.end(() => {
        const seconds = (performance.now() - started) / 1000;
        if (code === 0) return resolve({ name, seconds, peakRss, cpuSeconds: childCpuSeconds(timesFile) });
        const tail = readFileSync(log, "utf8").split("\n").slice(-40).join("\n");
        reject(new Error(`${name} (${command}) exited with ${code} in ${cwd}; the end of ${log}:\n${tail}`));
      });
    });
  });
}

/** The children's user + system time from the second line of `times` output ("0m12.30s 0m1.20s"). */
function childCpuSeconds(timesFile: string): number | undefined {
  const line = readFileSync(timesFile, "utf8").split("\n")[1] ?? "";
  const parts = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return parts.length === 2 ? (parts[0] ?? 0) + (parts[1] ?? 0) : undefined;
}

/** Next's trace spans directly under its build, in the order they ran: what `next build` spent its time on. */
const NEXT_BUILD_SPANS: [span: string, name: string][] = [
  ["clean", "removing the last build's .next/"],
  ["run-turbopack", "compile"],
  ["static-check", "collecting page data"],
  ["static-generation", "page generation"],
  ["output-export-full-static-export", "writing out/ (copying public/)"],
];

interface TraceSpan {
  name: string;
  id: number;
  parentId?: number;
  duration: number;
}

/**
 * `next build`'s time by part, from the trace Next writes of its last build (.next/trace, durations
 * in microseconds): removing the last build, compiling, collecting page data (every worker loading
 * the archive and listing its pages), page generation, writing out/; what no part covers is the rest.
 */
function nextBuildParts(work: string, stage: StageResult): StageResult[] {
  const file = path.join(work, ".next/trace");
  if (!existsSync(file)) return [stage];
  const spans = readFileSync(file, "utf8")
    .split("\n")
    .filter(Boolean)
    .flatMap((line) => JSON.parse(line) as TraceSpan[]);
  const build = spans.find((s) => s.name === "next-build");
  if (!build) return [stage];
  const seconds = (span: string) => spans.filter((s) => s.parentId === build.id && s.name === span).reduce((sum, s) => sum + s.duration, 0) / 1e6;
  const row = (name: string, s: number): StageResult => ({ name: `next build: ${name}`, seconds: s, peakRss: stage.peakRss });
  const parts = NEXT_BUILD_SPANS.map(([span, name]) => row(name, seconds(span)));
  return [
    ...parts,
    row("the rest (starting, config, manifests)", Math.max(0, stage.seconds - parts.reduce((sum, p) => sum + p.seconds, 0))),
    // Next does not split its CPU time by part: the whole command's is a row of its own (no wall time, so totals count it once).
    { name: "next build: CPU time of all parts", seconds: 0, cpuSeconds: stage.cpuSeconds, peakRss: stage.peakRss },
  ];
}

/** Postbuild says how long each of its steps took ("   csp-hashes took 4.2 s"): one row each, under the command's own. */
function postbuildParts(log: string, stage: StageResult): StageResult[] {
  const text = readFileSync(log, "utf8");
  const part = text.slice(text.lastIndexOf("postbuild: "));
  const steps = [...part.matchAll(/^ {3}(.+?) took ([\d.]+) s$/gm)].map((m) => ({
    name: `postbuild: ${m[1]?.split(":")[0]}`,
    seconds: Number(m[2]),
    peakRss: stage.peakRss,
    detail: true as const,
  }));
  return [stage, ...steps];
}

/** The page and CSP caches' lines of the last postbuild in the log. */
function cacheLines(log: string): string {
  const text = readFileSync(log, "utf8");
  const last = (re: RegExp): string => [...text.matchAll(re)].at(-1)?.[0] ?? "";
  return [last(/\d+ pages: \d+ rendered, \d+ restored from the cache/g), last(/\d+ pages, \d+ inline scripts hashed;[^\n]*/g)].filter(Boolean).join("; ");
}

function walk(dir: string, visit: (file: string, size: number) => void): void {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, visit);
    else visit(full, statSync(full).size);
  }
}

function measureOut(outDir: string): OutSize {
  const size: OutSize = { bytes: 0, files: 0, perArticleFiles: 0, perArticleBytes: 0, rscFiles: 0, rscBytes: 0 };
  walk(outDir, (file, bytes) => {
    size.files++;
    size.bytes += bytes;
    const rel = path.relative(outDir, file);
    if (rel.endsWith(".txt") && !rel.startsWith("sources/") && rel !== "robots.txt" && !rel.startsWith("search-index/")) {
      size.rscFiles++;
      size.rscBytes += bytes;
    }
  });
  const articles = readdirSync(path.join(outDir, "articles"));
  let files = 0;
  let bytes = 0;
  for (const slug of articles)
    walk(path.join(outDir, "articles", slug), (_f, b) => {
      files++;
      bytes += b;
    });
  size.perArticleFiles = files / articles.length;
  size.perArticleBytes = bytes / articles.length;
  return size;
}

/** A copy of the project to build in: sources, config and content copied; node_modules hard-linked (Turbopack will not follow a link out of the project). */
function makeCopy(work: string): void {
  const skip = new Set(["node_modules", ".next", "out", ".git", "tests", "content", "public"]);
  for (const entry of readdirSync(root)) {
    if (skip.has(entry) || entry.endsWith(".tsbuildinfo")) continue;
    cpSync(path.join(root, entry), path.join(work, entry), { recursive: true });
  }
  // public/ holds only build output (search index, share cards) and is absent from a fresh clone.
  if (existsSync(path.join(root, "public")))
    cpSync(path.join(root, "public"), path.join(work, "public"), { recursive: true, filter: (src) => !/public\/(search-index|og)\b/.test(src) });
  cpSync(path.join(root, "content"), path.join(work, "content"), { recursive: true, filter: (src) => !/\.articles-(tmp|old)-|\.tmp-/.test(src) });
  execFileSync("cp", ["-al", path.join(root, "node_modules"), path.join(work, "node_modules")]);
  // Tool caches of the working tree would make the first build warm.
  rmSync(path.join(work, "node_modules/.cache"), { recursive: true, force: true });
}

const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

async function benchSize(n: number, scripts: Record<string, string>): Promise<Round[]> {
  const work = mkdtempSync(path.join(tmpdir(), `archive-scale-${n}-`));
  const log = path.join(work, "bench.log");
  const env = {
    ...process.env,
    CONTENT_DIR: path.join(work, "content"),
    NEXT_TELEMETRY_DISABLED: "1",
    PATH: `${path.join(work, "node_modules/.bin")}:${process.env.PATH}`,
  };
  const commands = [...expandScript(scripts, "content:ingest"), ...expandScript(scripts, "build")];
  const rounds: Round[] = [];
  try {
    console.log(`\n# ${n} synthetic articles (work folder ${work})`);
    makeCopy(work);
    const sourcesDir = path.join(work, "content/sources");
    writeSyntheticSources(sourcesDir, syntheticSources(0, n));

    for (const label of ["cold build", "one article added"]) {
      // The next article of a news archive is its newest: dated the year after all the others.
      if (label !== "cold build") writeSyntheticSources(sourcesDir, syntheticSources(n, 1, undefined, LAST_YEAR + 1));
      const stages: StageResult[] = [];
      for (const { name, command } of commands) {
        const stage = await runStage(name, command, work, env, log);
        const cpu = stage.cpuSeconds === undefined ? "" : `, ${stage.cpuSeconds.toFixed(1)} s CPU`;
        console.log(`  ${label}: ${name}: ${stage.seconds.toFixed(1)} s${cpu}, peak ${(stage.peakRss / 2 ** 20).toFixed(0)} MiB (load ${load()})`);
        const parts = command === "next build" ? nextBuildParts(work, stage) : command.includes("scripts/postbuild/") ? postbuildParts(log, stage) : [stage];
        stages.push(...parts);
      }
      const articles = readdirSync(path.join(work, "content/articles")).filter((f) => f.endsWith(".md")).length;
      rounds.push({ label, articles, stages, out: measureOut(path.join(work, "out")), load: load(), caches: cacheLines(log) });
    }
    return rounds;
  } finally {
    // KEEP_WORK=1 leaves the built copy in place, to time or profile one command of it again.
    if (process.env.KEEP_WORK === "1") console.log(`  kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

const mib = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);

function report(rounds: Round[]): string {
  const lines: string[] = [];
  const names = [...new Set(rounds.flatMap((r) => r.stages.map((s) => s.name)))];
  lines.push(
    "Each cell: wall-clock time, CPU time (user + system, all processes) where measured, and the peak RSS of the stage's whole process tree (`next build`'s parts share one peak; its CPU time is for the whole command).",
    "",
  );
  lines.push(`| stage | ${rounds.map((r) => `${r.label}, ${r.articles} articles`).join(" | ")} |`);
  lines.push(`|---|${rounds.map(() => "---:").join("|")}|`);
  const cell = (r: Round, name: string): string => {
    const s = r.stages.find((x) => x.name === name);
    if (!s) return "";
    if (s.seconds === 0 && s.cpuSeconds !== undefined) return `${s.cpuSeconds.toFixed(0)} s CPU`;
    const cpu = s.cpuSeconds === undefined ? "" : `, ${s.cpuSeconds.toFixed(0)} s CPU`;
    return `${s.seconds.toFixed(1)} s${cpu} (${mib(s.peakRss)} MiB)`;
  };
  for (const name of names) lines.push(`| ${name} | ${rounds.map((r) => cell(r, name)).join(" | ")} |`);
  const counted = (r: Round): StageResult[] => r.stages.filter((s) => !s.detail);
  const whole = (r: Round): number => counted(r).reduce((t, s) => t + s.seconds, 0);
  const wholeCpu = (r: Round): number => counted(r).reduce((t, s) => t + (s.cpuSeconds ?? 0), 0);
  lines.push(`| **total (ingest + build)** | ${rounds.map((r) => `**${whole(r).toFixed(1)} s**, ${wholeCpu(r).toFixed(0)} s CPU`).join(" | ")} |`);
  lines.push(`| peak RSS, the largest stage | ${rounds.map((r) => `${mib(Math.max(...r.stages.map((s) => s.peakRss)))} MiB`).join(" | ")} |`);
  lines.push(`| out/ | ${rounds.map((r) => `${mib(r.out.bytes)} MiB in ${r.out.files} files`).join(" | ")} |`);
  lines.push(
    `| per article (out/articles/<slug>/) | ${rounds.map((r) => `${(r.out.perArticleBytes / 1024).toFixed(1)} KiB in ${r.out.perArticleFiles.toFixed(1)} files`).join(" | ")} |`,
  );
  lines.push(`| RSC payloads (*.txt beside pages) | ${rounds.map((r) => `${mib(r.out.rscBytes)} MiB in ${r.out.rscFiles} files`).join(" | ")} |`);
  lines.push(`| pages rendered and from the caches (postbuild) | ${rounds.map((r) => r.caches).join(" | ")} |`);
  lines.push(`| load average (1, 5, 15 min) at the end | ${rounds.map((r) => r.load).join(" | ")} |`);
  return lines.join("\n");
}

async function main(): Promise<void> {
  const sizes = process.argv.slice(2).map(Number);
  if (sizes.length === 0) sizes.push(1000);
  for (const n of sizes) if (!Number.isInteger(n) || n < 1) throw new Error(`bench:scale: "${n}" is not a number of articles`);
  const pkg = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")) as { scripts: Record<string, string> };
  const parts = [`# Scale bench (${new Date().toISOString()}, ${tmpdir()})`, ""];
  for (const n of sizes) {
    const rounds = await benchSize(n, pkg.scripts);
    const text = report(rounds);
    console.log(`\n## ${n} synthetic articles\n\n${text}`);
    parts.push(`## ${n} synthetic articles`, "", text, "");
    const dir = path.join(root, "tests/artifacts");
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "scale-report.md"), parts.join("\n"));
  }
}

main().catch((error: unknown) => {
  console.error(`bench:scale failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
