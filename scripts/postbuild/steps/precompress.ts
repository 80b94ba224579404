/**
 * Writes a gzip twin (file.gz, best compression) next to every text file worth compressing, so
 * nginx's gzip_static sends it without compressing on each request: less CPU per page under load,
 * and smaller answers than on-the-fly level 5. Runs last, once every page is final. Hosts and CDNs
 * that compress by themselves simply ignore the .gz files.
 */
import { readFileSync, unlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { listFiles, SOURCES_DIR } from "../lib/site-files";
import type { PostbuildStep } from "../step";

/** Text types nginx would otherwise gzip on the fly (see gzip_types in deploy/nginx.conf). */
const compressible = /\.(html|css|js|json|xml|svg|txt)$/;
/** Raw sources are kept exactly as received, alone in their folder. */
const skip = (file: string): boolean => file.startsWith(SOURCES_DIR);
/** Below this, gzip's header outweighs the saving (nginx's gzip_min_length is 256). */
const minBytes = 1024;

export const precompress: PostbuildStep = {
  name: "Precompress: gzip twins of text files for nginx's gzip_static (PRECOMPRESS=1)",
  run(ctx) {
    let written = 0;
    let saved = 0;
    const files = listFiles(ctx.outDir);
    // Twins from an earlier run may be stale: remove them all before making new ones.
    for (const file of files.filter((f) => f.endsWith(".gz"))) unlinkSync(path.join(ctx.outDir, file));
    if (!ctx.precompress) {
      ctx.log("  skipped: no .gz twins (PRECOMPRESS=1 writes them for nginx's gzip_static)");
      return;
    }
    for (const file of files) {
      const full = path.join(ctx.outDir, file);
      if (!compressible.test(file) || skip(file)) continue;
      const body = readFileSync(full);
      if (body.length < minBytes) continue;
      const gz = gzipSync(body, { level: 9 });
      if (gz.length >= body.length) continue;
      writeFileSync(`${full}.gz`, gz);
      written += 1;
      saved += body.length - gz.length;
    }
    ctx.log(`  ${written} files precompressed, ${(saved / 1024).toFixed(0)} KB smaller on the wire`);
  },
};
