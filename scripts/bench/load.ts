/**
 * Load on the production server: deploy/nginx.conf serving the built out/ on loopback, driven by
 * autocannon for a bounded time and connection count against the home page, one article and the
 * search index's largest piece (the one a first query downloads). Reports requests/s, latency
 * p50/p99, errors and non-2xx answers (both must be 0), and nginx's memory (master + workers, from
 * /proc) at its peak during the runs. Run alone with `npm run bench -- load`.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { serveWithNginx } from "../serve/nginx";
import { fileToUrlPath, listFiles } from "../postbuild/lib/site-files";

const root = path.resolve(import.meta.dirname, "../..");
const outDir = path.join(root, "out");

/** Bounded: a few seconds per target with a connection count a two-core machine can take. */
const durationSeconds = Number(process.env.LOAD_SECONDS ?? 8);
const connections = Number(process.env.LOAD_CONNECTIONS ?? 32);

/** The part of autocannon's result this report reads (the package ships no types). */
interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  errors: number;
  timeouts: number;
  non2xx: number;
}
type Autocannon = (opts: { url: string; connections: number; duration: number; headers: Record<string, string> }) => Promise<AutocannonResult>;
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

interface Memory {
  rssKb: number;
  pssKb: number;
  processes: number;
}

/** RSS and PSS of nginx's master and its workers (PSS shares common pages fairly between them). */
function nginxMemory(masterPid: number): Memory {
  const pids = [masterPid];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Field 4 of /proc/<pid>/stat is the parent pid; the command name in field 2 may hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      if (ppid === masterPid) pids.push(Number(entry));
    } catch {
      // the process ended while we looked: nothing to count
    }
  }
  const field = (text: string, name: string): number => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, "m").exec(text)?.[1] ?? 0);
  let rssKb = 0;
  let pssKb = 0;
  for (const pid of pids) {
    try {
      rssKb += field(readFileSync(`/proc/${pid}/status`, "utf8"), "VmRSS");
      pssKb += field(readFileSync(`/proc/${pid}/smaps_rollup`, "utf8"), "Pss");
    } catch {
      // a worker may be replaced between listing and reading; count the ones that remain
    }
  }
  return { rssKb, pssKb, processes: pids.length };
}

function targets(): { name: string; urlPath: string; file: string }[] {
  const files = listFiles(outDir);
  const article = files.find((f) => /^articles\/[^/]+\/index\.html$/.test(f));
  const index = files.filter((f) => f.startsWith("search-index/")).sort((a, b) => statSync(path.join(outDir, b)).size - statSync(path.join(outDir, a)).size)[0];
  if (!article || !index) throw new Error(`${outDir}: needs at least one article and a search index; run \`npm run build\``);
  return [
    { name: "home", urlPath: "/", file: "index.html" },
    { name: "article", urlPath: fileToUrlPath(article), file: article },
    { name: "search index (largest piece)", urlPath: fileToUrlPath(index), file: index },
  ];
}

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (kib: number): string => `${(kib / 1024).toFixed(1)} MB`;

export async function run(): Promise<string> {
  const list = targets();
  const server = await serveWithNginx(outDir);
  const pid = server.child.pid;
  if (pid === undefined) throw new Error("nginx did not start");
  const idle = nginxMemory(pid);
  let peak = idle;
  const sampler = setInterval(() => {
    const now = nginxMemory(pid);
    if (now.rssKb > peak.rssKb) peak = now;
  }, 250);
  const rows: string[] = [];
  let failures = 0;
  try {
    for (const t of list) {
      const body = readFileSync(path.join(outDir, t.file));
      const result = await autocannon({
        url: server.url(t.urlPath),
        connections,
        duration: durationSeconds,
        // Browsers ask for compression; nginx gzips each answer, which is part of the cost.
        headers: { "accept-encoding": "gzip" },
      });
      failures += result.errors + result.non2xx + result.timeouts;
      rows.push(
        `| ${t.name} \`${t.urlPath}\` | ${kb(body.length)} / ${kb(gzipSync(body).length)} | ${Math.round(result.requests.average).toLocaleString("en")} | ` +
          `${result.latency.p50} | ${result.latency.p99} | ${result.errors} | ${result.non2xx} | ${result.timeouts} | ${result.requests.total.toLocaleString("en")} |`,
      );
    }
  } finally {
    clearInterval(sampler);
    await server.stop();
  }
  const report = [
    `nginx (deploy/nginx.conf, 2 workers) on 127.0.0.1, autocannon ${connections} connections for ${durationSeconds} s per target, gzip requested, same machine (2 cores shared by client and server).`,
    "",
    "| Target | Size raw / gzip | Requests/s | p50 ms | p99 ms | Errors | Non-2xx | Timeouts | Requests |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ...rows,
    "",
    `nginx memory (${peak.processes} processes, master + workers): idle RSS ${mb(idle.rssKb)} (PSS ${mb(idle.pssKb)}), peak under load RSS ${mb(peak.rssKb)} (PSS ${mb(peak.pssKb)}).`,
  ].join("\n");
  if (failures > 0) throw new Error(`load: ${failures} failed requests (errors, non-2xx or timeouts); every request must succeed\n${report}`);
  return report;
}
