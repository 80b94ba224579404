/**
 * Removes the RSC payloads Next writes beside every page (index.txt and __next.*.txt). The client
 * router fetches them only to navigate with next/link; this site navigates with plain links, so no
 * reader's browser ever asks for them, and they were half of the export's files and bytes. Raw
 * sources and the search index are .txt files too, and are kept: a payload is a `__next.` file or
 * a .txt twin of an .html page.
 */
import { existsSync, unlinkSync } from "node:fs";
import path from "node:path";
import { listFiles, SOURCES_DIR } from "../lib/site-files";
import type { PostbuildStep } from "../step";

/** Whether `file` (relative to the export) is an RSC payload of a page. */
export function isRscPayload(file: string, exists: (file: string) => boolean): boolean {
  if (!file.endsWith(".txt") || file.startsWith(SOURCES_DIR)) return false;
  return path.posix.basename(file).startsWith("__next.") || exists(file.replace(/\.txt$/, ".html"));
}

export const dropRscPayloads: PostbuildStep = {
  name: "drop RSC payloads",
  run(ctx) {
    let files = 0;
    for (const file of listFiles(ctx.outDir)) {
      if (!isRscPayload(file, (f) => existsSync(path.join(ctx.outDir, f)))) continue;
      unlinkSync(path.join(ctx.outDir, file));
      files += 1;
    }
    ctx.log(`  ${files} files removed`);
  },
};
