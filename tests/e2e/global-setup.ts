/**
 * Serves the built out/ on a free loopback port for the browser tests, and stops it afterwards.
 * E2E_SERVER picks the server: "nginx" (what `npm test` uses: deploy/nginx.conf) or "static" (the npm `serve` package, as `npm run serve` does).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { freePort, waitForHttp } from "../../scripts/serve/local-server";

const root = path.resolve(import.meta.dirname, "../..");
const outDir = path.join(root, "out");

function startStatic(port: number): ChildProcess {
  return spawn(
    path.join(root, "node_modules/.bin/serve"),
    [outDir, "--listen", `tcp://127.0.0.1:${port}`, "--no-clipboard", "--no-request-logging", "--config", path.join(root, "deploy/serve.json")],
    {
      stdio: ["ignore", "ignore", "inherit"],
    },
  );
}

export default async function setup(): Promise<() => Promise<void>> {
  if (!existsSync(path.join(outDir, "index.html"))) throw new Error(`${outDir}/index.html is missing: run \`npm run build\` first`);
  const kind = process.env.E2E_SERVER ?? "static";
  const port = await freePort();
  let child: ChildProcess;
  if (kind === "static") child = startStatic(port);
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
