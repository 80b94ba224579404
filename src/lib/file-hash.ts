/** One hash of a set of files and folders, for caches that must notice any change to what they were made from. */
import { createHash, type Hash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * sha256 over `paths` (files, or folders taken whole, in name order): each file's name relative to
 * `base` and its bytes. A missing path counts as missing, so creating it changes the hash.
 */
export function hashFiles(paths: string[], base: string): string {
  const hash = createHash("sha256");
  for (const p of paths) add(hash, p, base);
  return hash.digest("hex");
}

function add(hash: Hash, p: string, base: string): void {
  const name = path.relative(base, p);
  if (!existsSync(p)) {
    hash.update(`${name}: none\n`);
    return;
  }
  if (statSync(p).isDirectory()) {
    for (const child of readdirSync(p).sort()) add(hash, path.join(p, child), base);
    return;
  }
  hash.update(`${name}\n`);
  hash.update(readFileSync(p));
}
