/**
 * Search section of `npm run bench` (a report, not a test). For the real archive and seeded synthetic
 * archives of 1 000 and 10 000 articles: index size (raw and gzip), build time, and query latency
 * p50/p95 in Node and in Debian's chromium; then Pagefind, the reference static-site search, on the
 * same articles: recall per query group of tests/search/relevance.json, bytes fetched for a first
 * query, and latency, side by side.
 *
 * Everything is served from a loopback HTTP server that gzips like nginx does and counts the bytes it
 * sends, so "bytes fetched" is what a reader's browser would download.
 */
import { execFileSync } from "node:child_process";
import { createServer, type Server } from "node:http";
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { chromium, type Page } from "playwright-core";
import { getAllArticles } from "../../src/lib/articles";
import { buildSearchIndex, type BuildInput } from "../search/build";
import { SearchEngine } from "../../src/lib/search/engine";
import { loadSearchInput } from "../search/source";
import { syntheticArchive } from "../search/synthetic";
import { chromiumArgs, chromiumPath } from "../serve/chromium";
import {
  loadFifthHeldOutSet,
  loadFourthHeldOutSet,
  loadSixthHeldOutSet,
  loadSeventhHeldOutSet,
  loadEighthHeldOutSet,
  loadNinthHeldOutSet,
  loadTenthHeldOutSet,
  loadEleventhHeldOutSet,
  loadTwelfthHeldOutSet,
  loadHeldOutSet,
  loadRelevanceSet,
  loadSecondHeldOutSet,
  loadThirdHeldOutSet,
} from "./relevance-set";

const root = path.resolve(import.meta.dirname, "../..");
const work = path.join(tmpdir(), `search-bench-${process.pid}`);

/** Queries a reader of this archive types, of every kind the engine handles. */
const TYPICAL = [
  "클라우드",
  "데이터센터",
  "행안부",
  "과기정통부",
  "세종시가",
  "정부가",
  "센터",
  "디지털 플랫폼 정부",
  "클라우",
  "데이터세",
  "ㄴㅇㅂ",
  "spdlqj",
  "cloud",
  "Amazon",
  "data center",
  "AI",
  "83억",
  "재해복구",
  "인공지능 클라우드",
  "open source",
];
const FIRST_QUERY = "클라우드";
/**
 * More first queries, each on a fresh page: one that expands to frequent words in both languages
 * (인공지능 = AI = artificial intelligence), a compound with glossary names, and frequent words.
 */
const HEAVY_QUERIES = ["인공지능", "데이터센터", "정부", "서비스", "행정"];
const SHOWN = 10;
const ROUNDS = 5;

interface Corpus {
  name: string;
  input: BuildInput;
  /** Where the site for this corpus is served from (index, Pagefind bundle, bench page). */
  dir: string;
  queries: string[];
}

const pct = (xs: number[], p: number): number => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? NaN;
};
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(2)} ms` : "–");
const kib = (x: number) => `${(x / 1024).toFixed(1)} KiB`;

function htmlEscape(s: string): string {
  return s.replace(/[&<>"]/gu, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c] ?? c);
}

/** A minimal static page per article for Pagefind to index (the synthetic archives have no site). */
function writeArticlePages(corpus: Corpus): void {
  for (const d of corpus.input.docs) {
    const file = path.join(corpus.dir, d.url, "index.html");
    mkdirSync(path.dirname(file), { recursive: true });
    const paras = d.text
      .split("\n")
      .map((p) => `<p>${htmlEscape(p)}</p>`)
      .join("");
    writeFileSync(
      file,
      `<!doctype html><html lang="${d.lang}"><head><meta charset="utf-8"><title>${htmlEscape(d.title)}</title></head><body><main><h1>${htmlEscape(d.title)}</h1>${d.deck.map((x) => `<p>${htmlEscape(x)}</p>`).join("")}<p>${htmlEscape(d.outlet ?? "")} ${htmlEscape(d.byline ?? "")} ${d.topics.map((t) => `${htmlEscape(t.ko)} ${htmlEscape(t.en)}`).join(" ")}</p>${paras}</main></body></html>`,
    );
  }
}

function runPagefind(site: string, glob: string, out: string): number {
  const started = performance.now();
  // One language for the whole archive: Pagefind otherwise splits indexes by page language and a
  // Korean page's search would never see the English articles.
  execFileSync(
    path.join(root, "node_modules/.bin/pagefind"),
    ["--site", site, "--glob", glob, "--output-path", out, "--force-language", "ko", "--root-selector", "main", "--silent"],
    {
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
  return performance.now() - started;
}

interface Served {
  server: Server;
  url: string;
  /** Bytes sent since the last reset, by path. */
  log: { path: string; bytes: number }[];
}

async function serve(dirFor: (p: string) => string | undefined): Promise<Served> {
  const log: { path: string; bytes: number }[] = [];
  const types: Record<string, string> = {
    ".js": "text/javascript",
    ".json": "application/json",
    ".html": "text/html; charset=utf-8",
    ".wasm": "application/wasm",
    ".txt": "text/plain; charset=utf-8",
  };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const file = dirFor(decodeURIComponent(url.pathname));
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    const body = readFileSync(file);
    const gz = (req.headers["accept-encoding"] ?? "").includes("gzip");
    const payload = gz ? gzipSync(body) : body;
    log.push({ path: url.pathname, bytes: payload.length });
    res.writeHead(200, {
      "content-type": types[path.extname(file)] ?? "application/octet-stream",
      ...(gz ? { "content-encoding": "gzip" } : {}),
      "cache-control": "no-store",
    });
    res.end(payload);
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  if (!address || typeof address === "string") throw new Error("bench server has no port");
  return { server, url: `http://127.0.0.1:${address.port}`, log };
}

/** Bundles the engine for the page with esbuild (a dev dependency), as the site's bundler would. */
async function bundleEngine(): Promise<string> {
  const esbuild = await import("esbuild");
  const entry = path.join(work, "bench-entry.ts");
  writeFileSync(
    entry,
    `import { SearchEngine } from ${JSON.stringify(path.join(root, "src/lib/search/engine"))};
     import { highlight, snippet } from ${JSON.stringify(path.join(root, "src/lib/search/highlight"))};
     (window as unknown as { __search: unknown }).__search = { SearchEngine, highlight, snippet };`,
  );
  const out = path.join(work, "bench.js");
  await esbuild.build({ entryPoints: [entry], bundle: true, minify: true, format: "iife", outfile: out, target: "es2022", logLevel: "error" });
  return out;
}

interface BrowserFigures {
  oursFirstBytes: { data: number; code: number; requests: number };
  pfFirstBytes: { data: number; code: number; requests: number };
  oursFirstMs: number;
  pfFirstMs: number;
  /** Data bytes of a fresh page's query plus its SHOWN results, per HEAVY_QUERIES: ours, Pagefind. */
  heavy: [number, number][];
  ours: number[];
  pf: number[];
  pfUrls?: Map<string, string[]>;
}

/**
 * In-page helpers, installed as source text: functions handed to page.evaluate from tsx-compiled
 * code would carry the compiler's helpers, which do not exist in the page.
 */
const PAGE_HELPERS = `
window.__ours = async (q, shown) => {
  const t = performance.now();
  const engine = window.__engine || (window.__engine = await window.__search.SearchEngine.open(async (p) => {
    const r = await fetch("/search-index/" + p);
    if (!r.ok) throw new Error(p + ": " + r.status);
    return r.text();
  }));
  const res = await engine.search(q);
  await Promise.all(res.hits.slice(0, shown).map((h) => engine.doc(h.id)));
  return performance.now() - t;
};
window.__pfFirst = async (q, shown, base) => {
  const t = performance.now();
  const pf = await import(base + "/pagefind.js");
  await pf.init();
  window.__pf = pf;
  const r = await pf.search(q);
  await Promise.all(r.results.slice(0, shown).map((x) => x.data()));
  return performance.now() - t;
};
window.__pfTime = async (q) => {
  const t = performance.now();
  await window.__pf.search(q);
  return performance.now() - t;
};
window.__pfUrls = async (q) => {
  const r = await window.__pf.search(q);
  return Promise.all(r.results.map(async (x) => (await x.data()).url));
};
`;

const call = <T>(page: Page, fn: string, ...args: unknown[]): Promise<T> => page.evaluate(`window.${fn}(...${JSON.stringify(args)})`) as Promise<T>;

async function browserFigures(page: Page, served: Served, corpus: Corpus, withRecall: string[] | undefined): Promise<BrowserFigures> {
  const split = (from: number) => {
    const part = served.log.slice(from);
    // Pagefind's WebAssembly is named wasm.<lang>.pagefind: it is code, not index data.
    const isCode = (p: string) => /\.(js|wasm)$/u.test(p) || /\/wasm\.[a-z-]+\.pagefind$/u.test(p);
    const code = part.filter((l) => isCode(l.path) && !l.path.endsWith("/bench.js")).reduce((a, l) => a + l.bytes, 0);
    const data = part.filter((l) => !isCode(l.path) && !l.path.endsWith(".html")).reduce((a, l) => a + l.bytes, 0);
    return { data, code, requests: part.filter((l) => !l.path.endsWith(".html") && !l.path.endsWith("/bench.js")).length };
  };
  const bench = `${served.url}/${corpus.name}/bench.html`;

  // Ours: a fresh page, one query, the first SHOWN results' fragments.
  await page.goto(bench);
  let mark = served.log.length;
  const oursFirstMs = await call<number>(page, "__ours", FIRST_QUERY, SHOWN);
  const oursFirstBytes = split(mark);
  // Our search code as the site ships it: the engine bundle, gzip.
  oursFirstBytes.code = gzipSync(readFileSync(path.join(work, "bench.js"))).length;
  for (const q of corpus.queries) await call<number>(page, "__ours", q, 0);
  const ours: number[] = [];
  for (let r = 0; r < ROUNDS; r++) for (const q of corpus.queries) ours.push(await call<number>(page, "__ours", q, 0));

  // Pagefind: a fresh page, the same query, the first SHOWN results' data.
  await page.goto(bench);
  mark = served.log.length;
  const pfFirstMs = await call<number>(page, "__pfFirst", FIRST_QUERY, SHOWN, `/${corpus.name}/pagefind`);
  const pfFirstBytes = split(mark);
  const pfSearch = (q: string) => call<number>(page, "__pfTime", q);
  for (const q of corpus.queries) await pfSearch(q);
  const pf: number[] = [];
  for (let r = 0; r < ROUNDS; r++) for (const q of corpus.queries) pf.push(await pfSearch(q));

  let pfUrls: Map<string, string[]> | undefined;
  if (withRecall) {
    pfUrls = new Map();
    for (const q of withRecall) {
      const urls = await call<string[]>(page, "__pfUrls", q);
      pfUrls.set(q, urls);
    }
  }
  const heavy: [number, number][] = [];
  for (const q of HEAVY_QUERIES) {
    await page.goto(bench);
    mark = served.log.length;
    await call<number>(page, "__ours", q, SHOWN);
    const oursHeavy = split(mark).data;
    await page.goto(bench);
    mark = served.log.length;
    await call<number>(page, "__pfFirst", q, SHOWN, `/${corpus.name}/pagefind`);
    heavy.push([oursHeavy, split(mark).data]);
  }
  return { oursFirstBytes, pfFirstBytes, oursFirstMs, pfFirstMs, heavy, ours, pf, pfUrls };
}

interface Row {
  name: string;
  docs: number;
  shards: number;
  files: number;
  raw: number;
  gzip: number;
  /** gzip bytes of the median and the largest shard: what one lookup costs, typically and at worst. */
  shardMedian: number;
  shardMax: number;
  buildMs: number;
  pfBuildMs: number;
  pfRaw: number;
  nodeFirst: number;
  node: number[];
}

function dirSize(dir: string): number {
  let total = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

export async function run(): Promise<string> {
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  const real = loadSearchInput();
  const topics = real.topics;
  // Tuned and held-out queries, reported per group side by side with Pagefind.
  const relevance = [
    ...loadRelevanceSet(),
    ...loadHeldOutSet(),
    ...loadSecondHeldOutSet(),
    ...loadThirdHeldOutSet(),
    ...loadFourthHeldOutSet(),
    ...loadFifthHeldOutSet(),
    ...loadSixthHeldOutSet(),
    ...loadSeventhHeldOutSet(),
    ...loadEighthHeldOutSet(),
    ...loadNinthHeldOutSet(),
    ...loadTenthHeldOutSet(),
    ...loadEleventhHeldOutSet(),
    ...loadTwelfthHeldOutSet(),
  ];
  const all: Corpus[] = [
    { name: "archive", input: real, dir: path.join(work, "archive"), queries: relevance.map((q) => q.query) },
    { name: "synthetic-1k", input: { ...real, docs: syntheticArchive({ count: 1_000, topics }) }, dir: path.join(work, "synthetic-1k"), queries: TYPICAL },
    { name: "synthetic-10k", input: { ...real, docs: syntheticArchive({ count: 10_000, topics }) }, dir: path.join(work, "synthetic-10k"), queries: TYPICAL },
  ];
  // SEARCH_BENCH_ONLY=archive skips the synthetic archives (quick runs while tuning).
  const only = process.env.SEARCH_BENCH_ONLY;
  const corpora = only ? all.filter((c) => c.name === only || c.name === "archive") : all;
  await bundleEngine();
  const benchHtml = `<!doctype html><html lang="ko"><head><meta charset="utf-8"><title>search bench</title><script src="/bench.js"></script><script>${PAGE_HELPERS}</script></head><body></body></html>`;

  const rows: Row[] = [];
  const inBrowser: BrowserFigures[] = [];
  const engines = new Map<string, SearchEngine>();
  for (const corpus of corpora) {
    const started = performance.now();
    const built = buildSearchIndex(corpus.input);
    const buildMs = performance.now() - started;
    let raw = 0;
    let gzip = 0;
    const shardSizes: number[] = [];
    for (const [name, content] of built.files) {
      if (/^s\d+\./u.test(name)) shardSizes.push(gzipSync(content).length);
      const file = path.join(corpus.dir, "search-index", name);
      mkdirSync(path.dirname(file), { recursive: true });
      writeFileSync(file, content);
      raw += Buffer.byteLength(content);
      gzip += gzipSync(content).length;
    }
    writeFileSync(path.join(corpus.dir, "bench.html"), benchHtml);
    let pfBuildMs: number;
    if (corpus.name === "archive") {
      const out = path.join(root, "out");
      if (!existsSync(path.join(out, "index.html"))) throw new Error(`${out}/index.html is missing: run \`npm run build\` first`);
      pfBuildMs = runPagefind(out, "articles/**/*.html", path.join(corpus.dir, "pagefind"));
    } else {
      writeArticlePages(corpus);
      pfBuildMs = runPagefind(corpus.dir, "articles/**/*.html", path.join(corpus.dir, "pagefind"));
    }
    const pfRaw = dirSize(path.join(corpus.dir, "pagefind"));

    const engine = await SearchEngine.open(async (p) => {
      const t = built.files.get(p);
      if (t === undefined) throw new Error(`${p} missing`);
      return t;
    });
    engines.set(corpus.name, engine);
    const t0 = performance.now();
    await engine.search(FIRST_QUERY);
    const nodeFirst = performance.now() - t0;
    for (const q of corpus.queries) await engine.search(q);
    const node: number[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      for (const q of corpus.queries) {
        const t = performance.now();
        await engine.search(q);
        node.push(performance.now() - t);
      }
    }
    rows.push({
      name: corpus.name,
      docs: corpus.input.docs.length,
      shards: built.manifest.shards,
      files: built.files.size,
      raw,
      gzip,
      buildMs,
      pfBuildMs,
      pfRaw,
      nodeFirst,
      node,
      shardMedian: pct(shardSizes, 50),
      shardMax: Math.max(...shardSizes),
    });
  }

  const served = await serve((p) => {
    if (p === "/bench.js") return path.join(work, "bench.js");
    const m = /^\/([^/]+)(\/.*)$/u.exec(p);
    if (!m || !m[1] || !m[2]) return undefined;
    const corpus = corpora.find((c) => c.name === m[1]);
    if (!corpus) return undefined;
    const rel = path.normalize(m[2]).replace(/^(\.\.[/\\])+/u, "");
    return path.join(corpus.dir, rel.endsWith("/") ? `${rel}index.html` : rel);
  });
  // The bench page fetches /search-index/...; route it to the corpus the page was opened for.
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  try {
    for (const [i, corpus] of corpora.entries()) {
      const context = await browser.newContext();
      await context.route("**/search-index/**", (route) => {
        const u = new URL(route.request().url());
        if (u.pathname.startsWith(`/${corpus.name}/`)) return route.continue();
        return route.continue({ url: `${served.url}/${corpus.name}${u.pathname}` });
      });
      const page = await context.newPage();
      inBrowser[i] = await browserFigures(page, served, corpus, corpus.name === "archive" ? relevance.map((q) => q.query) : undefined);
      await context.close();
    }
  } finally {
    await browser.close();
    served.server.close();
  }

  // Recall per group on the relevance set: ours in Node (the same engine code), Pagefind in chromium.
  const articles = getAllArticles();
  const urlToId = new Map(articles.map((a) => [a.url, a.id]));
  const ours = engines.get("archive");
  const archiveBrowser = inBrowser[0];
  if (!ours || !archiveBrowser) throw new Error("archive engine missing");
  const groups = new Map<string, { queries: number; oursPass: number; pfPass: number; must: number; oursHit: number; pfHit: number }>();
  for (const q of relevance) {
    const got = new Set((await ours.search(q.query)).hits.map((h) => articles[h.id]?.id ?? ""));
    if (process.env.SEARCH_BENCH_DEBUG) console.error(q.query, archiveBrowser.pfUrls?.get(q.query));
    const pfGot = new Set(
      (archiveBrowser.pfUrls?.get(q.query) ?? []).map((u) => {
        // Pagefind prefixes results with the folder its bundle was served from.
        const pathname = new URL(u, "http://x").pathname.replace(/^\/archive\//u, "/");
        return urlToId.get(pathname) ?? u;
      }),
    );
    const g = groups.get(q.group) ?? { queries: 0, oursPass: 0, pfPass: 0, must: 0, oursHit: 0, pfHit: 0 };
    const pass = (s: Set<string>) => q.must.every((id) => s.has(id)) && q.mustNot.every((id) => !s.has(id));
    g.queries += 1;
    g.oursPass += pass(got) ? 1 : 0;
    g.pfPass += pass(pfGot) ? 1 : 0;
    g.must += q.must.length;
    g.oursHit += q.must.filter((id) => got.has(id)).length;
    g.pfHit += q.must.filter((id) => pfGot.has(id)).length;
    groups.set(q.group, g);
  }
  rmSync(work, { recursive: true, force: true });

  const lines: string[] = [];
  lines.push("### Index and latency", "");
  lines.push(
    "| archive | articles | shards | shard gzip median / max | files | index raw | index gzip | build | Node first query | Node p50 | Node p95 | Chromium p50 | Chromium p95 |",
  );
  lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const [i, r] of rows.entries()) {
    const b = inBrowser[i];
    if (!b) continue;
    lines.push(
      `| ${r.name} | ${r.docs} | ${r.shards} | ${kib(r.shardMedian)} / ${kib(r.shardMax)} | ${r.files} | ${kib(r.raw)} | ${kib(r.gzip)} | ${ms(r.buildMs)} | ${ms(r.nodeFirst)} | ${ms(pct(r.node, 50))} | ${ms(pct(r.node, 95))} | ${ms(pct(b.ours, 50))} | ${ms(pct(b.ours, 95))} |`,
    );
  }
  lines.push(
    "",
    `Latency: ${ROUNDS} rounds over the archive's relevance queries (${relevance.length}) or ${TYPICAL.length} typical queries for the synthetic archives, after each query's shards are loaded; "first query" includes opening the index.`,
    "",
  );
  lines.push("### Against Pagefind (same articles, same loopback server with gzip)", "");
  lines.push(
    `| archive | first query "${FIRST_QUERY}" + ${SHOWN} results: ours data / code | Pagefind data / code | ours requests | Pagefind requests | ours first ms | Pagefind first ms | ours p50 / p95 | Pagefind p50 / p95 | build ours / Pagefind | index on disk ours / Pagefind |`,
  );
  lines.push("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const [i, r] of rows.entries()) {
    const b = inBrowser[i];
    if (!b) continue;
    lines.push(
      `| ${r.name} | ${kib(b.oursFirstBytes.data)} / ${kib(b.oursFirstBytes.code)} | ${kib(b.pfFirstBytes.data)} / ${kib(b.pfFirstBytes.code)} | ${b.oursFirstBytes.requests} | ${b.pfFirstBytes.requests} | ${ms(b.oursFirstMs)} | ${ms(b.pfFirstMs)} | ${ms(pct(b.ours, 50))} / ${ms(pct(b.ours, 95))} | ${ms(pct(b.pf, 50))} / ${ms(pct(b.pf, 95))} | ${ms(r.buildMs)} / ${ms(r.pfBuildMs)} | ${kib(r.raw)} / ${kib(r.pfRaw)} |`,
    );
  }
  lines.push(
    "",
    "Data = index files and result fragments; code = the search JavaScript (ours: engine + FlexSearch + es-hangul + zod/mini bundle, gzip; Pagefind: pagefind.js and its WebAssembly). Pagefind ran with --force-language ko and --root-selector main over the article pages (the real archive: the built out/; synthetic archives: one plain page per article).",
    "",
  );
  lines.push(
    `| archive | ${HEAVY_QUERIES.map((q) => `first query "${q}" + ${SHOWN} results, data: ours / Pagefind`).join(" | ")} |`,
    `|---|${HEAVY_QUERIES.map(() => "---:").join("|")}|`,
  );
  for (const [i, r] of rows.entries()) {
    const b = inBrowser[i];
    if (b) lines.push(`| ${r.name} | ${b.heavy.map(([o, p]) => `${kib(o)} / ${kib(p)}`).join(" | ")} |`);
  }
  lines.push("", `"인공지능" expands to AI and artificial intelligence; "데이터센터" to 데이터 센터, data center, data centre and IDC.`);
  lines.push("");
  lines.push("### Relevance set: queries fully right (all must-return present, no must-not-return) and recall of must-return articles", "");
  lines.push("| group | queries | ours right | Pagefind right | ours recall | Pagefind recall |");
  lines.push("|---|---:|---:|---:|---:|---:|");
  const rate = (a: number, b: number) => (b === 0 ? "–" : `${((100 * a) / b).toFixed(0)}%`);
  for (const [name, g] of groups)
    lines.push(`| ${name} | ${g.queries} | ${g.oursPass}/${g.queries} | ${g.pfPass}/${g.queries} | ${rate(g.oursHit, g.must)} | ${rate(g.pfHit, g.must)} |`);
  return lines.join("\n");
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  run().then(
    (text) => console.log(text),
    (err: unknown) => {
      console.error(err);
      process.exit(1);
    },
  );
}
