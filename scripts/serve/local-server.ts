/**
 * Helpers for the servers the tests and the bench start on loopback (the static server, nginx,
 * chromium's DevTools port): a free port, and waiting until a server answers.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import path from "node:path";

/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, "127.0.0.1", () => {
      const address = srv.address();
      srv.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no free port"))));
    });
  });
}

/** Resolves once `url` answers 2xx; fails early if `child` exits first, or after `timeoutMs`. */
export async function waitForHttp(url: string, child: ChildProcess, timeoutMs = 20_000): Promise<void> {
  const started = Date.now();
  while (Date.now() - started < timeoutMs) {
    if (child.exitCode !== null) throw new Error(`the server for ${url} exited with code ${child.exitCode} before answering`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet: try again shortly
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`${url}: no answer within ${timeoutMs} ms`);
}

/** The npm `serve` package on `outDir` with deploy/serve.json, as `npm run serve` (and so `npm start`) runs it. */
export function startStatic(outDir: string, port: number): ChildProcess {
  const root = path.resolve(import.meta.dirname, "../..");
  return spawn(
    path.join(root, "node_modules/.bin/serve"),
    [outDir, "--listen", `tcp://127.0.0.1:${port}`, "--no-clipboard", "--no-request-logging", "--config", path.join(root, "deploy/serve.json")],
    { stdio: ["ignore", "ignore", "inherit"] },
  );
}
