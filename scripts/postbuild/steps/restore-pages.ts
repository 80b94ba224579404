/**
 * The page cache's two ends in postbuild (src/lib/page-cache.ts). Each route's plan lists every
 * page the export must hold: a page is either in out/ (rendered by this next build) or in the
 * cache (rendered by an earlier build of the same code, from the same data).
 *
 * - `restorePages`, first: puts the cached pages back in place. They are cached finished, with
 *   their security policy, and with the ids and links the link check needs, so no later step has
 *   to read them again; it notes the pages rendered now, to be cached once they are finished.
 * - `cachePages`, after the CSP step: caches those, and drops cached pages no plan lists any more.
 *
 * Both link the page rather than copy it (lib/build-cache), so the cache costs no second write of the pages.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { cachedLinksPath, cachedPagePath, pageCacheDir, planDir, type PlannedPage } from "../../../src/lib/page-cache";
import { dropUnused, linkOrCopy } from "../../lib/build-cache";
import { writeFileAtomically } from "../../lib/write-file";
import type { PageLinks } from "../lib/link-check";
import { PostbuildError, type PostbuildContext, type PostbuildStep } from "../step";

/** The build id Next wrote, which is the code key the routes planned under. */
function buildId(root: string): string | undefined {
  const file = path.join(root, ".next/BUILD_ID");
  return existsSync(file) ? readFileSync(file, "utf8").trim() : undefined;
}

/** This build's plan: every page of every route, with its key; undefined when the build made none. */
function readPlan(ctx: PostbuildContext): { key: string; pages: PlannedPage[] } | undefined {
  const key = buildId(ctx.root);
  const plans = key ? planDir(key, ctx.root) : undefined;
  if (!key || !plans || !existsSync(plans)) return undefined;
  const pages = readdirSync(plans)
    .filter((f) => f.endsWith(".json"))
    .flatMap((f) => JSON.parse(readFileSync(path.join(plans, f), "utf8")) as PlannedPage[]);
  return { key, pages };
}

const pageFile = (page: PlannedPage) => path.posix.join(page.path.replace(/^\//, ""), "index.html");

export const restorePages: PostbuildStep = {
  name: "pages: restore the unchanged ones from the cache",
  run(ctx) {
    const plan = readPlan(ctx);
    if (!plan) {
      ctx.log("  no page plan for this build: every page was rendered");
      return;
    }
    let restored = 0;
    for (const page of plan.pages) {
      const file = pageFile(page);
      const target = path.join(ctx.outDir, file);
      if (existsSync(target)) ctx.pagesToCache.set(file, page.key);
      else if (existsSync(cachedLinksPath(page.key, ctx.root))) {
        mkdirSync(path.dirname(target), { recursive: true });
        linkOrCopy(cachedPagePath(page.key, ctx.root), target);
        ctx.pageLinks.set(file, JSON.parse(readFileSync(cachedLinksPath(page.key, ctx.root), "utf8")) as PageLinks);
        ctx.restoredPages.add(file);
        restored += 1;
      } else {
        throw new PostbuildError(
          `${page.path}: neither rendered by next build nor in the page cache (${cachedPagePath(page.key, ctx.root)}); delete ${pageCacheDir(ctx.root)} and build again`,
        );
      }
    }
    ctx.log(`  ${plan.pages.length} pages: ${ctx.pagesToCache.size} rendered, ${restored} restored from the cache`);
  },
};

export const cachePages: PostbuildStep = {
  name: "pages: cache the ones rendered this time, finished",
  run(ctx) {
    const plan = readPlan(ctx);
    if (!plan) return;
    for (const [file, key] of ctx.pagesToCache) {
      const links = ctx.pageLinks.get(file);
      if (!links) throw new PostbuildError(`${file}: rendered but not secured by the CSP step, so it cannot be cached`);
      linkOrCopy(path.join(ctx.outDir, file), cachedPagePath(key, ctx.root));
      writeFileAtomically(cachedLinksPath(key, ctx.root), JSON.stringify(links));
    }
    // Only this build's plan and pages stay.
    const dropped = dropUnused(pageCacheDir(ctx.root), new Set(plan.pages.flatMap((p) => [`${p.key}.html`, `${p.key}.json`])));
    const plans = path.dirname(planDir(plan.key, ctx.root));
    for (const other of readdirSync(plans)) if (other !== plan.key) rmSync(path.join(plans, other), { recursive: true });
    ctx.log(`  ${ctx.pagesToCache.size} pages cached; ${dropped} cached files no longer used`);
  },
};
