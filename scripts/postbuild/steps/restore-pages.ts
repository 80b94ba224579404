/**
 * Puts the pages `next build` did not render back in place from the page cache, and caches the
 * pages it did render (src/lib/page-cache.ts). Each route's plan lists every page the export must
 * hold: a page is either in out/ (rendered now) or in the cache (rendered by an earlier build of
 * the same code, from the same data). Cached pages no plan lists any more are removed.
 */
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { cachedPagePath, pageCacheDir, planDir, type PlannedPage } from "../../../src/lib/page-cache";
import { dropUnused } from "../../lib/build-cache";
import { PostbuildError, type PostbuildStep } from "../step";

/** The build id Next wrote, which is the code key the routes planned under. */
function buildId(root: string): string | undefined {
  const file = path.join(root, ".next/BUILD_ID");
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

export const restorePages: PostbuildStep = {
  name: "pages: restore the unchanged ones from the cache, cache the new ones",
  run(ctx) {
    const key = buildId(ctx.root);
    const plans = key ? planDir(key, ctx.root) : undefined;
    if (!plans || !existsSync(plans)) {
      ctx.log("  no page plan for this build: every page was rendered");
      return;
    }
    const planned: PlannedPage[] = readdirSync(plans)
      .filter((f) => f.endsWith(".json"))
      .flatMap((f) => JSON.parse(readFileSync(path.join(plans, f), "utf8")) as PlannedPage[]);
    let rendered = 0;
    let restored = 0;
    for (const page of planned) {
      const file = path.join(ctx.outDir, page.path, "index.html");
      const cached = cachedPagePath(page.key, ctx.root);
      if (existsSync(file)) {
        rendered += 1;
        if (!existsSync(cached)) copyFileSync(file, cached);
      } else if (existsSync(cached)) {
        mkdirSync(path.dirname(file), { recursive: true });
        copyFileSync(cached, file);
        restored += 1;
      } else {
        throw new PostbuildError(
          `${page.path}: neither rendered by next build nor in the page cache (${cached}); delete ${pageCacheDir(ctx.root)} and build again`,
        );
      }
    }
    // Only this build's plan and pages stay.
    const dropped = dropUnused(pageCacheDir(ctx.root), new Set(planned.map((p) => `${p.key}.html`)));
    for (const other of readdirSync(path.dirname(plans))) if (other !== key) rmSync(path.join(path.dirname(plans), other), { recursive: true });
    ctx.log(`  ${planned.length} pages: ${rendered} rendered, ${restored} restored from the cache; ${dropped} cached pages no longer used`);
  },
};
