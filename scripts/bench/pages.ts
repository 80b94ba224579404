/**
 * Page section of `npm run bench`: what each page type costs a reader and what Lighthouse thinks.
 *
 * 1. Bytes: for one page of each type, the HTML plus the CSS and JS files it references in out/,
 *    gzip-compressed (level 6, a typical server setting). Chunks loaded later on demand (search)
 *    are not counted: a reader who never searches never fetches them.
 * 2. Framework floor: the JS every page shares is the framework runtime; what a page carries
 *    beyond it is the page's own code.
 * 3. Lighthouse (npm `lighthouse`, default mobile config) in Debian's chromium, headless, against
 *    out/ served by the npm `serve` package on loopback, for home, an article and search.
 */
import { spawn } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import lighthouse from "lighthouse";
import { chromiumArgs, chromiumPath } from "../serve/chromium";
import { getAllArticles, getTopics } from "../../src/lib/articles";
import { freePort, waitForHttp } from "../serve/local-server";

const root = path.resolve(import.meta.dirname, "../..");
const outDir = path.join(root, "out");
/** The gzip size of the Next.js + React client runtime a minimal App Router page ships (KB). */
const FRAMEWORK_FLOOR_KB = 174;

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

/** Local files a page references with <link rel=stylesheet href> and <script src>. */
function assets(html: string): { css: string[]; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1] ?? "");
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1] ?? "");
  const local = (list: string[]) => [...new Set(list.filter((u) => u.startsWith("/")).map((u) => u.split("?")[0] ?? u))];
  return { css: local(css), js: local(js) };
}

interface Weight {
  html: number;
  css: number;
  js: number;
  inlineJs: number;
  jsFiles: string[];
}

function weigh(p: PageType): Weight {
  const html = readFileSync(path.join(outDir, p.file), "utf8");
  const { css, js } = assets(html);
  const size = (files: string[]) => files.reduce((sum, f) => sum + gz(readFileSync(path.join(outDir, f))), 0);
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "").join("");
  return { html: gz(html), css: size(css), js: size(js), inlineJs: gz(inline), jsFiles: js };
}

/** Starts chromium with a DevTools port for Lighthouse; resolves once the port is listening. */
async function startChromium(): Promise<{ port: number; stop: () => Promise<void> }> {
  const port = await freePort();
  const profile = mkdtempSync(path.join(tmpdir(), "bench-chromium-"));
  const child = spawn(chromiumPath(), [...chromiumArgs, "--headless=new", `--remote-debugging-port=${port}`, `--user-data-dir=${profile}`, "about:blank"], {
    stdio: ["ignore", "ignore", "pipe"],
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
    // Wait for chromium to exit before deleting its profile: it writes there until it is gone.
    stop: async () => {
      const exited = child.exitCode !== null ? Promise.resolve() : new Promise<void>((r) => child.once("exit", () => r()));
      child.kill("SIGTERM");
      await exited;
      rmSync(profile, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    },
  };
}

const CATEGORIES = ["performance", "accessibility", "best-practices", "seo"] as const;

async function lighthouseScores(urls: { name: string; url: string }[]): Promise<Map<string, Record<string, number | null>>> {
  const scores = new Map<string, Record<string, number | null>>();
  const port = await freePort();
  const server = spawn(
    path.join(root, "node_modules/.bin/serve"),
    [outDir, "--listen", `tcp://127.0.0.1:${port}`, "--no-clipboard", "--no-request-logging", "--config", path.join(root, "deploy/serve.json")],
    {
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  let chromium: Awaited<ReturnType<typeof startChromium>> | undefined;
  try {
    chromium = await startChromium();
    const base = `http://127.0.0.1:${port}`;
    await waitForHttp(`${base}/`, server);
    for (const u of urls) {
      const result = await lighthouse(`${base}${u.url}`, { port: chromium.port, output: "json", logLevel: "error", onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`lighthouse returned nothing for ${u.url}`);
      const row: Record<string, number | null> = {};
      for (const c of CATEGORIES) {
        const score = result.lhr.categories[c]?.score;
        row[c] = typeof score === "number" ? Math.round(score * 100) : null;
      }
      const failing = Object.values(result.lhr.audits)
        .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === "binary")
        .map((a) => a.id);
      if (failing.length) console.log(`  lighthouse ${u.name}: failing audits: ${failing.join(", ")}`);
      row.fcp = result.lhr.audits["first-contentful-paint"]?.numericValue ?? null;
      row.lcp = result.lhr.audits["largest-contentful-paint"]?.numericValue ?? null;
      row.cls = result.lhr.audits["cumulative-layout-shift"]?.numericValue ?? null;
      scores.set(u.name, row);
    }
  } finally {
    server.kill("SIGTERM");
    await chromium?.stop();
  }
  return scores;
}

export async function run(): Promise<string> {
  const types = pageTypes();
  const weights = new Map(types.map((p) => [p.name, weigh(p)]));
  // The runtime every page loads is the framework's; anything beyond it belongs to the page.
  const shared = types.map((p) => new Set(weights.get(p.name)!.jsFiles)).reduce((a, b) => new Set([...a].filter((f) => b.has(f))));
  const sharedBytes = [...shared].reduce((s, f) => s + gz(readFileSync(path.join(outDir, f))), 0);

  const lines = ["| page | URL | HTML gz KB | CSS gz KB | JS gz KB | JS beyond shared runtime KB | inline JS gz KB |", "|---|---|---:|---:|---:|---:|---:|"];
  for (const p of types) {
    const w = weights.get(p.name)!;
    lines.push(`| ${p.name} | ${p.url} | ${kb(w.html)} | ${kb(w.css)} | ${kb(w.js)} | ${kb(w.js - sharedBytes)} | ${kb(w.inlineJs)} |`);
  }
  lines.push(
    "",
    `Shared runtime (JS every page type loads): ${kb(sharedBytes)} KB gzip in ${shared.size} files, against a framework floor of about ${FRAMEWORK_FLOOR_KB} KB gzip.`,
    "",
  );

  const scores = await lighthouseScores(types.filter((p) => p.lighthouse));
  lines.push(
    "| Lighthouse (mobile) | performance | accessibility | best practices | SEO | FCP ms | LCP ms | CLS |",
    "|---|---:|---:|---:|---:|---:|---:|---:|",
  );
  for (const [name, s] of scores) {
    lines.push(
      `| ${name} | ${s.performance} | ${s.accessibility} | ${s["best-practices"]} | ${s.seo} | ${Math.round(s.fcp ?? 0)} | ${Math.round(s.lcp ?? 0)} | ${(s.cls ?? 0).toFixed(3)} |`,
    );
  }
  return lines.join("\n");
}
