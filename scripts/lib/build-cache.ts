/** The build's content-addressed caches under .next/cache/ (share cards, pages). */
import { copyFileSync, linkSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";

/**
 * Puts a file where another stands, as a hard link: the cache and out/ (or public/) share a disk, so
 * nothing is written twice (at 10 000 articles the pages alone are half a gigabyte). Where they do
 * not share one, a copy. The link is made beside `to` and renamed over it, so `to` is replaced
 * whole. Both names then share their bytes, so a linked file is never written in place: next build
 * deletes out/ before it writes, and postbuild replaces a page it finishes with a new file.
 */
export function linkOrCopy(from: string, to: string): void {
  const tmp = `${to}.tmp-${process.pid}`;
  try {
    linkSync(from, tmp);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    copyFileSync(from, tmp);
  }
  renameSync(tmp, to);
}

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
