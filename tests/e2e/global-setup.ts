/**
 * Serves the built out/ on a free loopback port for the browser tests, and stops it afterwards.
 * E2E_SERVER picks the server: "static" (default; the npm `serve` package) or "nginx".
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const outDir = path.join(root, "out");

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`server exited with code ${child.exitCode} before answering ${url}`);
    try {
      const res = await fetch(url);
      if (res.ok) return;
    } catch {
      // not listening yet: try again shortly
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`server did not answer ${url} within ${timeoutMs} ms`);
}

function startStatic(port: number): ChildProcess {
  return spawn(path.join(root, "node_modules/.bin/serve"), [outDir, "--listen", `tcp://127.0.0.1:${port}`, "--no-clipboard", "--no-request-logging"], {
    stdio: ["ignore", "ignore", "inherit"],
  });
}

export default async function setup(): Promise<() => Promise<void>> {
  if (!existsSync(path.join(outDir, "index.html"))) throw new Error(`${outDir}/index.html is missing: run \`npm run build\` first`);
  const kind = process.env.E2E_SERVER ?? "static";
  const port = await freePort();
  let child: ChildProcess;
  if (kind === "static") child = startStatic(port);
  else if (kind === "nginx") child = (await import("./nginx-server")).startNginx(port, outDir);
  else throw new Error(`E2E_SERVER must be "static" or "nginx", not "${kind}"`);
  const url = `http://127.0.0.1:${port}/`;
  await waitForHttp(url, child);
  process.env.E2E_BASE_URL = url;
  console.log(`browser tests: ${kind} server on ${url}`);
  return async () => {
    child.kill("SIGTERM");
  };
}
