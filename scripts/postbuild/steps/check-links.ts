/** Fails the build when a page links to something the export does not contain. */
import { checkLinks, formatProblems } from "../lib/link-check";
import { PostbuildError, type PostbuildStep } from "../step";

export const checkLinksStep: PostbuildStep = {
  name: "Links: every internal href and src resolves, every #fragment exists",
  run(ctx) {
    const problems = checkLinks(ctx.outDir, { siteUrl: ctx.siteUrl }, ctx.pageLinks);
    if (problems.length > 0) {
      throw new PostbuildError(`broken links in ${ctx.outDir}:\n  ${formatProblems(problems)}`);
    }
    ctx.log("  no broken links");
  },
};
