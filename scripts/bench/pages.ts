/**
 * Page section of `npm run bench`: what each page type costs a reader and what Lighthouse thinks,
 * beside the fastest page the framework can make.
 *
 * 1. Bytes: for one page of each type, the HTML plus the CSS and JS files it references in out/,
 *    gzip-compressed (level 6, a typical server setting). Chunks loaded later on demand (search)
 *    are not counted: a reader who never searches never fetches them.
 * 2. Framework floor: the JS every page shares is the framework runtime; what a page carries
 *    beyond it is the page's own code.
 * 3. Floor page: a one-paragraph Korean App Router page with `output: 'export'` and no stylesheet,
 *    built here with the project's own `next` in a temporary folder (nothing is fetched).
 * 4. Lighthouse (npm `lighthouse`, default mobile config with its simulated throttling) in
 *    Debian's chromium, headless. out/ and the floor page are each served on loopback by nginx
 *    with deploy/nginx.conf, the production server, and each page is checked to be answered with
 *    its own HTML first (the npm `serve` package with deploy/serve.json answers folders with a
 *    file listing, which is what this section used to measure). Every page is measured three times, the rounds
 *    interleaved so a busy moment on the machine hits all pages alike; each metric is the median.
 *    Each page's LCP is also given as a ratio to the floor page's, measured in the same process.
 *    BENCH_COMPARE_OUT=<folder> adds the same pages from another build (before a change) to the rounds.
 */
import { execFileSync, spawn } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import lighthouse from "lighthouse";
import { afterPaintSources } from "../postbuild/lib/paint-first";
import { chromiumArgs, chromiumPath } from "../serve/chromium";
import { getAllArticles, getTopics } from "../../src/lib/articles";
import { freePort } from "../serve/local-server";
import { serveWithNginx, type RunningNginx } from "../serve/nginx";

const root = path.resolve(import.meta.dirname, "../..");
const outDir = path.join(root, "out");
const artifactsDir = path.join(root, "tests/artifacts/lighthouse");
/** The gzip size of the Next.js + React client runtime a minimal App Router page ships (KB). */
const FRAMEWORK_FLOOR_KB = 174;
/** Lighthouse runs per page; the report gives the median of each metric. */
const ROUNDS = 5;

interface PageType {
  name: string;
  /** URL path on the site. */
  url: string;
  /** File under out/ that is served for it. */
  file: string;
  lighthouse: boolean;
}

function pageTypes(): PageType[] {
  const article = getAllArticles()[0];
  const topic = getTopics().find((t) => t.count > 0);
  if (!article || !topic) throw new Error("bench pages: the archive has no articles or no topic with articles");
  return [
    { name: "home", url: "/", file: "index.html", lighthouse: true },
    { name: "article", url: article.url, file: `articles/${article.slug}/index.html`, lighthouse: true },
    { name: "archive", url: "/archive/", file: "archive/index.html", lighthouse: false },
    { name: "topic", url: topic.url.ko, file: `topics/${topic.id}/index.html`, lighthouse: false },
    { name: "search", url: "/search/", file: "search/index.html", lighthouse: true },
    // The same page with a query: results and filters arriving after first paint is what could shift it.
    { name: "search with a query", url: "/search/?q=%ED%81%B4%EB%9D%BC%EC%9A%B0%EB%93%9C", file: "search/index.html", lighthouse: true },
    { name: "404", url: "/404.html", file: "404.html", lighthouse: false },
  ];
}

const gz = (buf: Buffer | string): number => gzipSync(buf, { level: 6 }).length;
const kb = (n: number): string => (n / 1024).toFixed(1);
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(2))
    .join(" ");

/**
 * Local files a page loads: <link rel=stylesheet href>, <script src> but for the legacy bundle a
 * modern browser skips (noModule), and the scripts it adds after its first paint.
 */
function assets(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? "");
  const js = [...[...html.matchAll(/<script(?![^>]*noModule)[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? ""), ...afterPaintSources(html)];
  const local = (list: string[]) => [...new Set(list.filter((u) => u.startsWith("/")).map((u) => u.split("?")[0] ?? u))];
  return { css: local(css), js: local(js) };
}

interface Weight {
  html: number;
  css: number;
  inlineCss: number;
  js: number;
  inlineJs: number;
  jsFiles: string[];
}

function weigh(p: PageType): Weight {
  const html = readFileSync(path.join(outDir, p.file), "utf8");
  const { css, js } = assets(html);
  const size = (files: string[]) => files.reduce((sum, f) => sum + gz(readFileSync(path.join(outDir, f))), 0);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "").join("");
  const inlineCss = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? "").join("");
  return { html: gz(html), css: size(css), inlineCss: gz(inlineCss), js: size(js), inlineJs: gz(inline), jsFiles: js };
}

/** The floor page's source: one Korean paragraph, the smallest document an App Router page can be. */
const floorFiles: Record<string, string> = {
  "package.json": JSON.stringify({ name: "bench-floor-page", private: true, type: "module" }),
  // The folder lives outside the project, so Turbopack's root must reach the project's node_modules.
  "next.config.mjs": `export default { output: "export", turbopack: { root: "/" } };\n`,
  "app/layout.jsx": `export const metadata = { title: "바닥 페이지" };
export default function RootLayout({ children }) {
  return (
    <html lang="ko">
      <body>{children}</body>
    </html>
  );
}
`,
  "app/page.jsx": `export default function Page() {
  return <p>서울 시내버스 노선 일부가 다음 달부터 바뀐다. 시는 출퇴근 시간대 혼잡을 줄이려고 배차 간격을 고치고 새 노선 두 개를 만든다고 밝혔다.</p>;
}
`,
};

/** Builds the floor page with the project's `next` in a temporary folder; returns the folder (its out/ is the site). */
function buildFloorPage(): string {
  const dir = mkdtempSync(path.join(tmpdir(), "bench-floor-page-"));
  // mkdtemp makes the folder private; nginx's workers run as another user and must read out/.
  chmodSync(dir, 0o755);
  for (const [file, text] of Object.entries(floorFiles)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  symlinkSync(path.join(root, "node_modules"), path.join(dir, "node_modules"), "dir");
  try {
    execFileSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
      cwd: dir,
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
  } catch (err) {
    const output =
      err instanceof Error && "stderr" in err
        ? String((err as { stdout?: Buffer; stderr?: Buffer }).stdout ?? "") + String((err as { stderr?: Buffer }).stderr ?? "")
        : "";
    throw new Error(`bench pages: building the floor page in ${dir} failed:\n${output}`);
  }
  return dir;
}

/**
 * Fails unless `url` answers with exactly the HTML in `file`: a server that answered with something
 * else (a directory listing, a 404 page) would be measured without anyone noticing.
 */
async function expectServed(url: string, file: string): Promise<void> {
  const response = await fetch(url);
  const body = await response.text();
  if (!response.ok || body !== readFileSync(file, "utf8")) {
    throw new Error(
      `bench pages: ${url} did not answer with ${file} (status ${response.status}, ${body.length} characters: ${JSON.stringify(body.slice(0, 120))})`,
    );
  }
}

/** Starts chromium with a DevTools port for Lighthouse; resolves once the port is listening. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const profile = mkdtempSync(path.join(tmpdir(), "bench-chromium-"));
  const child = spawn(chromiumPath(), [...chromiumArgs, "--headless=new", `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "pipe"],
    // Its own process group, so stopping it also stops the helpers (crashpad) that write to the profile.
    detached: true,
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${chromiumPath()}: DevTools did not start within 20 s`)), 20_000);
    child.stderr?.on("data", (d: Buffer) => {
      if (d.toString().includes("DevTools listening")) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.on("exit", (code) => reject(new Error(`${chromiumPath()} exited with ${code}`)));
  });
  return {
    port,
    // Wait for chromium to exit before deleting its profile: its process group writes there until it is gone.
    stop: async () => {
      const exited = child.exitCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once("exit", () => r()));
      try {
        process.kill(-child.pid!, "SIGTERM");
      } catch {
        // the group has already exited
      }
      await exited;
      rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
    },
  };
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

/** One Lighthouse run of one page: the numbers the report tables use. */
interface Run {
  scores: Record<(typeof CATEGORIES)[number], number | null>;
  fcp: number;
  lcp: number;
  cls: number;
  tbt: number;
  /** Bytes over the wire for everything the page loaded during the run. */
  transfer: number;
  /** Lighthouse's LCP phases (ms): time to first byte, and render delay after it (text LCP has no load phases). */
  ttfb: number;
  renderDelay: number;
  /** Render-blocking requests Lighthouse found, with its estimate of what each costs FCP/LCP. */
  renderBlocking: string[];
  lcpElement: string;
  failing: string[];
}

type Lhr = NonNullable<Awaited<ReturnType<typeof lighthouse>>>["lhr"];

function lcpPhases(lhr: Lhr): { ttfb: number; renderDelay: number; element: string } {
  const details = lhr.audits["largest-contentful-paint-element"]?.details;
  const phases = { ttfb: NaN, renderDelay: NaN, element: "" };
  if (details?.type !== "list") return phases;
  for (const table of details.items) {
    if (table.type !== "table") continue;
    for (const item of table.items) {
      const node = item.node as { type?: string; snippet?: string } | undefined;
      if (node?.type === "node") phases.element = node.snippet ?? "";
      if (typeof item.timing !== "number") continue;
      if (item.phase === "TTFB") phases.ttfb = item.timing;
      if (item.phase === "Render Delay") phases.renderDelay = item.timing;
    }
  }
  return phases;
}

function renderBlocking(lhr: Lhr): string[] {
  const details = lhr.audits["render-blocking-insight"]?.details;
  if (details?.type !== "table") return [];
  return details.items.map((item) => {
    const url = typeof item.url === "string" ? item.url.replace(/^https?:\/\/[^/]+/, "") : "?";
    const ms = typeof item.wastedMs === "number" ? ` ~${Math.round(item.wastedMs)} ms` : "";
    const bytes = typeof item.totalBytes === "number" ? ` ${kb(item.totalBytes)} KB` : "";
    return `${url}${bytes}${ms}`;
  });
}

function toRun(lhr: Lhr): Run {
  const num = (id: string): number => lhr.audits[id]?.numericValue ?? NaN;
  const scores = {} as Run["scores"];
  for (const c of CATEGORIES) {
    const score = lhr.categories[c]?.score;
    scores[c] = typeof score === "number" ? Math.round(score * 100) : null;
  }
  const failing = Object.values(lhr.audits)
    .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
    .map((a) => a.id);
  const phases = lcpPhases(lhr);
  return {
    scores,
    fcp: num("first-contentful-paint"),
    lcp: num("largest-contentful-paint"),
    cls: num("cumulative-layout-shift"),
    tbt: num("total-blocking-time"),
    transfer: num("total-byte-weight"),
    ttfb: phases.ttfb,
    renderDelay: phases.renderDelay,
    renderBlocking: renderBlocking(lhr),
    lcpElement: phases.element,
    failing,
  };
}

function median(values: number[]): number {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** A page Lighthouse measures: where it is served and what it is called in the report. */
interface Target {
  name: string;
  url: string;
  /** The HTML file the server must answer `url` with. */
  file: string;
}

/** Runs Lighthouse `ROUNDS` times over every target, round by round; keeps the last run's report of each page in tests/artifacts/lighthouse/. */
async function lighthouseRuns(targets: Target[]): Promise<Map<string, Run[]>> {
  const runs = new Map<string, Run[]>(targets.map((t) => [t.name, []]));
  const chromium = await startChromium();
  mkdirSync(artifactsDir, { recursive: true });
  try {
    for (let round = 1; round <= ROUNDS; round++) {
      for (const t of targets) {
        const result = await lighthouse(t.url, { port: chromium.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
        if (!result) throw new Error(`lighthouse returned nothing for ${t.url}`);
        runs.get(t.name)!.push(toRun(result.lhr));
        if (round === ROUNDS) writeFileSync(path.join(artifactsDir, `${t.name.replace(/[^a-z0-9]+/gi, "-")}.json`), JSON.stringify(result.lhr));
      }
      console.log(`  lighthouse round ${round}/${ROUNDS} done (load average ${load()})`);
    }
  } finally {
    await chromium.stop();
  }
  return runs;
}

export async function run(): Promise<string> {
  const types = pageTypes();
  const weights = new Map(types.map((p) => [p.name, weigh(p)]));
  // The runtime every page loads is the framework's; anything beyond it belongs to the page.
  const shared = types.map((p) => new Set(weights.get(p.name)!.jsFiles)).reduce((a, b) => new Set([...a].filter((f) => b.has(f))));
  const sharedBytes = [...shared].reduce((s, f) => s + gz(readFileSync(path.join(outDir, f))), 0);

  const lines = [
    "| page | URL | HTML gz KB | CSS gz KB | inline CSS gz KB | JS gz KB | JS beyond shared runtime KB | inline JS gz KB |",
    "|---|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const p of types) {
    const w = weights.get(p.name)!;
    lines.push(`| ${p.name} | ${p.url} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.inlineCss)} | ${kb(w.js)} | ${kb(w.js - sharedBytes)} | ${kb(w.inlineJs)} |`);
  }
  lines.push(
    "",
    `Shared runtime (JS every page type loads): ${kb(sharedBytes)} KB gzip in ${shared.size} files, against a framework floor of about ${FRAMEWORK_FLOOR_KB} KB gzip.`,
    "",
  );

  console.log("  building the floor page");
  const floorDir = buildFloorPage();
  const servers: RunningNginx[] = [];
  let runs: Map<string, Run[]>;
  const loadBefore = load();
  try {
    const site = await serveWithNginx(outDir);
    servers.push(site);
    const floor = await serveWithNginx(path.join(floorDir, "out"));
    servers.push(floor);
    const targets: Target[] = [
      { name: "floor page", url: floor.url("/"), file: path.join(floorDir, "out/index.html") },
      ...types.filter((p) => p.lighthouse).map((p) => ({ name: p.name, url: site.url(p.url), file: path.join(outDir, p.file) })),
    ];
    // Another build of the site (BENCH_COMPARE_OUT=/path/to/out, e.g. a copy of out/ from before a
    // change) is measured in the same rounds, so a before/after comparison shares the machine's load.
    const compareOut = process.env.BENCH_COMPARE_OUT;
    if (compareOut) {
      const before = await serveWithNginx(path.resolve(compareOut));
      servers.push(before);
      const pages = types
        .filter((p) => p.lighthouse)
        .map((p) => ({ name: `${p.name} (compare)`, url: before.url(p.url), file: path.join(compareOut, p.file) }));
      targets.push(...pages);
    }
    for (const t of targets) await expectServed(t.url, t.file);
    runs = await lighthouseRuns(targets);
  } finally {
    for (const s of servers) await s.stop();
    rmSync(floorDir, { recursive: true, force: true });
  }
  const loadAfter = load();

  const floorRuns = runs.get("floor page")!;
  const floorLcp = median(floorRuns.map((r) => r.lcp));
  lines.push(
    `Lighthouse mobile, median of ${ROUNDS} runs per page (load average before ${loadBefore}, after ${loadAfter}; ${ROUNDS} rounds interleaved over all pages). ` +
      (process.env.BENCH_COMPARE_OUT ? `Rows marked (compare) are ${process.env.BENCH_COMPARE_OUT}. ` : "") +
      "Ratio: the page's LCP over the floor page's, both medians from this run.",
    "",
    "| Lighthouse (mobile) | performance | accessibility | best practices | SEO | FCP ms | LCP ms | LCP / floor | CLS | TBT ms | transfer KB | LCP: TTFB ms | LCP: render delay ms |",
    "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
  );
  const notes: string[] = [];
  for (const [name, list] of runs) {
    const m = (pick: (r: Run) => number) => median(list.map(pick));
    const score = (c: (typeof CATEGORIES)[number]) => median(list.map((r) => r.scores[c] ?? NaN));
    lines.push(
      `| ${name} | ${score("performance")} | ${score("accessibility")} | ${score("best-practices")} | ${score("seo")} | ${Math.round(m((r) => r.fcp))} | ${Math.round(m((r) => r.lcp))} | ` +
        `${(m((r) => r.lcp) / floorLcp).toFixed(2)} | ${m((r) => r.cls).toFixed(3)} | ${Math.round(m((r) => r.tbt))} | ${kb(m((r) => r.transfer))} | ` +
        `${Math.round(m((r) => r.ttfb))} | ${Math.round(m((r) => r.renderDelay))} |`,
    );
    const last = list[list.length - 1]!;
    notes.push(
      `- ${name}: LCP element \`${last.lcpElement.slice(0, 80)}\`; LCP per round ${list.map((r) => Math.round(r.lcp)).join(", ")} ms ` +
        `(over the floor page's in the same round: ${list.map((r, i) => (r.lcp / floorRuns[i]!.lcp).toFixed(2)).join(", ")}); ` +
        `render-blocking: ${last.renderBlocking.length ? last.renderBlocking.join(", ") : "none"}` +
        (last.failing.length ? `; failing audits: ${last.failing.join(", ")}` : ""),
    );
  }
  lines.push("", ...notes);
  return lines.join("\n");
}
