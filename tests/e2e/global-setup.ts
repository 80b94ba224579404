/**
 * Serves the built out/ on a free loopback port for the browser tests, and stops it afterwards.
 * E2E_SERVER picks the server: "nginx" (what `npm test` uses: deploy/nginx.conf) or "static" (the npm `serve` package, as `npm run serve` does).
 */
import type { ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort, startStatic, waitForHttp } from "../../scripts/serve/local-server";

const root = path.resolve(import.meta.dirname, "../..");
const outDir = path.join(root, "out");

export default async function setup(): Promise<() => Promise<void>> {
  if (!existsSync(path.join(outDir, "index.html"))) throw new Error(`${outDir}/index.html is missing: run \`npm run build\` first`);
  const kind = process.env.E2E_SERVER ?? "static";
  const port = await freePort();
  let child: ChildProcess;
  if (kind === "static") child = startStatic(outDir, port);
  else if (kind === "nginx") child = (await import("../../scripts/serve/nginx")).startNginx(port, outDir);
  else throw new Error(`E2E_SERVER must be "static" or "nginx", not "${kind}"`);
  const url = `http://127.0.0.1:${port}/`;
  await waitForHttp(url, child);
  process.env.E2E_BASE_URL = url;
  console.log(`browser tests: ${kind} server on ${url}`);
  return async () => {
    child.kill("SIGTERM");
  };
}
