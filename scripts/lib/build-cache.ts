/** The build's content-addressed caches under .next/cache/ (share cards, pages, CSP results). */
import { readdirSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Removes every file of a cache folder that this build did not use (`used`: file names), and the
 * leftovers of an interrupted run with them; returns how many went. Folders inside are kept.
 */
export function dropUnused(dir: string, used: Set<string>): number {
  let dropped = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory() || used.has(entry.name)) continue;
    rmSync(path.join(dir, entry.name), { force: true });
    dropped++;
  }
  return dropped;
}
