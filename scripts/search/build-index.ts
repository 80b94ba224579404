/**
 * `npm run search:build`: builds the static search index from the article loader into
 * public/search-index/ (build output, not committed). `next build` then copies it into out/.
 *
 * 1. read every article through src/lib/articles.ts, topics and glossary through src/lib/taxonomy.ts
 * 2. build the index (./build.ts)
 * 3. replace public/search-index/ with the new files, written to a temporary folder first so a
 *    failed build never leaves a half-written index behind
 */
import { mkdirSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { buildSearchIndex } from "./build";
import { loadSearchInput } from "./source";

const root = path.resolve(import.meta.dirname, "../..");

export function writeIndex(files: Map<string, string>, dir: string): void {
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  for (const [name, content] of files) {
    const file = path.join(tmp, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
}

function main(): void {
  const started = performance.now();
  const input = loadSearchInput();
  const { manifest, files } = buildSearchIndex(input);
  const dir = path.join(root, "public", "search-index");
  mkdirSync(path.dirname(dir), { recursive: true });
  writeIndex(files, dir);
  let raw = 0;
  let gz = 0;
  for (const content of files.values()) {
    raw += Buffer.byteLength(content);
    gz += gzipSync(content).length;
  }
  const ms = Math.round(performance.now() - started);
  console.log(
    `search:build: ${manifest.docs} articles, ${manifest.shards} shard(s), ${files.size} files, ${(raw / 1024).toFixed(1)} KiB (${(gz / 1024).toFixed(1)} KiB gzip) in ${ms} ms -> ${path.relative(root, dir)}/`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  try {
    main();
  } catch (err) {
    console.error(`search:build failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  }
}
