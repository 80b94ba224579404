/**
 * The visible text of article bodies, kept between processes and builds in
 * .next/cache/article-text/. Deriving it parses each body's markdown, which is about half of what
 * loading the archive costs, and every process of a build loads the archive: the search index,
 * the share cards, each of next build's workers (once for its pages and once for its feeds and
 * sitemaps) and postbuild. The file is named by a hash of the code (not of the environment, which
 * differs between next build's workers and the scripts around it, so that all of them share one
 * file); a change of the code starts a new one. It holds only the bodies of the last load.
 */
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { sourceKey } from "./page-cache";

export interface TextCache {
  /** The body's text, from the cache or derived now. */
  get: (body: string) => string;
  /** Writes the texts of every body asked for, if any was not cached. */
  save: () => void;
}

/** `base` is the project's root (where `next build` runs); tests give a folder of their own. */
export function textCache(derive: (body: string) => string, base = process.cwd()): TextCache {
  const dir = path.join(base, ".next/cache/article-text");
  const file = path.join(dir, `${sourceKey()}.json`);
  let known: Record<string, string> = {};
  try {
    known = JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
  } catch {
    // No cache yet (or a damaged one): every text is derived and the file written anew.
  }
  const used: Record<string, string> = {};
  let missed = 0;
  return {
    get(body) {
      const key = createHash("sha1").update(body).digest("base64url");
      let text = known[key];
      if (text === undefined) {
        text = derive(body);
        missed += 1;
      }
      used[key] = text;
      return text;
    },
    save() {
      if (missed === 0) return;
      // A cache that cannot be written (a read-only checkout) only means the next load derives again.
      try {
        mkdirSync(dir, { recursive: true });
        const tmp = `${file}.tmp-${process.pid}`;
        writeFileSync(tmp, JSON.stringify(used));
        renameSync(tmp, file);
        for (const name of readdirSync(dir)) if (name !== path.basename(file) && !name.includes(".tmp-")) rmSync(path.join(dir, name), { force: true });
      } catch {
        // See above.
      }
    },
  };
}
