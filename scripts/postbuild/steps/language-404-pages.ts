/**
 * Puts each interface language's "page not found" where static hosts look for it. Next writes the
 * Korean one as 404.html; the English one is a page at en/404/, which this step moves to
 * en/404.html: nginx serves it for unknown addresses under /en/, and hosts that use the nearest
 * 404.html up the path (Cloudflare Pages, Netlify) find it by themselves. Moving it (not copying)
 * leaves no second address answering 200 with a "not found" page.
 */
import { existsSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { paths } from "../../../src/lib/paths";
import { PostbuildError, type PostbuildStep } from "../step";

export const language404Pages: PostbuildStep = {
  name: "language 404 pages",
  run(ctx) {
    const target = path.join(ctx.outDir, paths.notFound("en"));
    const built = path.join(path.dirname(target), "404");
    const page = path.join(built, "index.html");
    if (!existsSync(page)) {
      // A second run over the same export finds the page already moved.
      if (existsSync(target)) return;
      throw new PostbuildError(`${page}: the English 404 page is missing (src/app/(en)/en/404/page.tsx)`);
    }
    renameSync(page, target);
    rmSync(built, { recursive: true });
    ctx.log(`  ${path.relative(ctx.outDir, target)}`);
  },
};
