/**
 * Runs Debian's nginx with deploy/nginx.conf as an ordinary child process: no daemon, no root, and
 * every path nginx writes (pid, temp folders) under a fresh temporary prefix removed when it exits.
 * The browser tests, the production tests and the load bench all serve through here, so they
 * exercise the very file that is deployed. Run directly to preview out/ with production headers:
 *   tsx scripts/serve/nginx.ts [port] [outDir]
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { freePort } from "./local-server";

const root = path.resolve(import.meta.dirname, "../..");
export const siteConfPath = path.join(root, "deploy/nginx.conf");

/** Debian installs nginx in /usr/sbin, which is not on every user's PATH. */
export function nginxBinary(): string {
  return ["/usr/sbin/nginx", "/usr/bin/nginx"].find((p) => existsSync(p)) ?? "nginx";
}

/** Fills deploy/nginx.conf's placeholders; fails if one is missing or left over. */
export function renderSiteConf(listen: string, outDir: string): string {
  let text = readFileSync(siteConfPath, "utf8");
  for (const [key, value] of [
    ["@LISTEN@", listen],
    ["@ROOT@", path.resolve(outDir)],
  ] as const) {
    if (!text.includes(key)) throw new Error(`${siteConfPath}: placeholder ${key} not found`);
    text = text.replaceAll(key, value);
  }
  const leftover = /@[A-Z_]+@/.exec(text);
  if (leftover) throw new Error(`${siteConfPath}: unknown placeholder ${leftover[0]}`);
  return text;
}

/** What Debian's /etc/nginx/nginx.conf provides around a site, with every path under `prefix`. */
function mainConf(prefix: string): string {
  return [
    "worker_processes 2;",
    `pid ${prefix}/nginx.pid;`,
    // Only real failures: a request for a folder without a page is routine, not worth a line.
    "error_log stderr crit;",
    "events { worker_connections 1024; }",
    "http {",
    "  include /etc/nginx/mime.types;",
    "  default_type application/octet-stream;",
    "  sendfile on;",
    "  tcp_nopush on;",
    "  keepalive_timeout 65;",
    "  access_log off;",
    ...["client_body", "proxy", "fastcgi", "uwsgi", "scgi"].map((t) => `  ${t}_temp_path ${prefix}/${t};`),
    `  include ${prefix}/site.conf;`,
    "}",
    "",
  ].join("\n");
}

/** Starts nginx serving `outDir` on 127.0.0.1:`port`. Stop it with `child.kill("SIGTERM")`. */
export function startNginx(port: number, outDir: string): ChildProcess {
  const prefix = mkdtempSync(path.join(tmpdir(), "archive-nginx-"));
  writeFileSync(path.join(prefix, "site.conf"), renderSiteConf(`127.0.0.1:${port}`, outDir));
  writeFileSync(path.join(prefix, "nginx.conf"), mainConf(prefix));
  const child = spawn(nginxBinary(), ["-p", prefix, "-e", "stderr", "-c", path.join(prefix, "nginx.conf"), "-g", "daemon off;"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
  child.on("exit", () => rmSync(prefix, { recursive: true, force: true }));
  return child;
}

export interface RunningNginx {
  child: ChildProcess;
  port: number;
  url: (urlPath: string) => string;
  stop: () => Promise<void>;
}

/** Starts nginx on `outDir` (on `port`, or a free one) and waits until it answers. */
export async function serveWithNginx(outDir: string, port?: number): Promise<RunningNginx> {
  const chosen = port ?? (await freePort());
  const child = startNginx(chosen, outDir);
  const base = `http://127.0.0.1:${chosen}`;
  const stop = async (): Promise<void> => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
    child.kill("SIGTERM");
    await exited;
  };
  for (let i = 0; i < 200; i++) {
    if (child.exitCode !== null) throw new Error(`nginx exited with code ${child.exitCode} (its messages are above)`);
    try {
      await fetch(`${base}/`);
      return { child, port: chosen, url: (p) => `${base}${p}`, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  await stop();
  throw new Error(`nginx did not answer on ${base} within 10 s`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const port = Number(process.argv[2] ?? 8080);
  const outDir = path.resolve(process.argv[3] ?? path.join(root, "out"));
  const server = await serveWithNginx(outDir, port);
  console.log(`nginx (deploy/nginx.conf) serving ${outDir} on ${server.url("/")}; Ctrl+C stops it`);
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => void server.stop().then(() => process.exit(0)));
}
