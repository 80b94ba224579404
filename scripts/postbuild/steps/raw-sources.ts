/**
 * Publishes each article's raw source at /sources/<file>, byte for byte as received. It is a copy,
 * not a page: Next would render one route output per source, and the loader's checks (a source of
 * an article, a regular file inside content/sources, no symbolic link) are the same here.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { getSourceFiles, readSourceFile } from "../../../src/lib/articles";
import { paths } from "../../../src/lib/paths";
import { SOURCES_DIR } from "../lib/site-files";
import type { PostbuildStep } from "../step";

export const rawSources: PostbuildStep = {
  name: "raw sources",
  run(ctx) {
    const files = getSourceFiles();
    for (const file of files) {
      const target = path.join(ctx.outDir, paths.source(file));
      mkdirSync(path.dirname(target), { recursive: true });
      writeFileSync(target, readSourceFile(file));
    }
    ctx.log(`  ${files.length} files under ${SOURCES_DIR}`);
  },
};
