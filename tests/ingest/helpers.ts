/** Temporary content folders and a CLI runner, so tests never touch the real content/. */
import { spawnSync, type SpawnSyncOptions } from "node:child_process";
import { createHash } from "node:crypto";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = fileURLToPath(new URL("../..", import.meta.url));
export const CONTENT = path.join(REPO, "content");
export const FIXTURES = path.join(REPO, "tests/fixtures/ingest");

/** A fresh content root with the real topics and glossary and the given sources/ files. */
export function makeContentDir(sources: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(path.join(os.tmpdir(), "ingest-test-"));
  mkdirSync(path.join(root, "sources"));
  for (const name of ["topics.json", "glossary.json"]) copyFileSync(path.join(CONTENT, name), path.join(root, name));
  for (const [name, data] of Object.entries(sources)) writeFileSync(path.join(root, "sources", name), data);
  return root;
}

/** A content root holding copies of the real sources and sidecars. */
export function copyOfRealContent(): string {
  const root = makeContentDir();
  for (const name of readdirSync(path.join(CONTENT, "sources"))) copyFileSync(path.join(CONTENT, "sources", name), path.join(root, "sources", name));
  return root;
}

/** Runs `tsx scripts/ingest/index.ts` in a child process on a content root. */
export function runCli(root: string, args: string[] = [], env: Record<string, string> = {}, options: SpawnSyncOptions = {}) {
  const result = spawnSync(path.join(REPO, "node_modules/.bin/tsx"), [path.join(REPO, "scripts/ingest/index.ts"), ...args], {
    cwd: REPO,
    env: { ...process.env, CONTENT_DIR: root, ...env },
    encoding: "utf8",
    timeout: 60_000,
    ...options,
  });
  return { status: result.status, signal: result.signal, stdout: String(result.stdout ?? ""), stderr: String(result.stderr ?? "") };
}

/** name -> sha256 of every file under dir (recursive), to prove a folder did not change. */
export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  if (!existsSync(dir)) return out;
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const full = path.join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out[path.relative(dir, full)] = createHash("sha256").update(readFileSync(full)).digest("hex");
    }
  };
  walk(dir);
  return out;
}
