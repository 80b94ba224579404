/**
 * Post-build: runs after `next build` over the static export (out/, or the folder given as the
 * first argument). Order matters: the pages next build did not render are restored, finished, from
 * the page cache first, and the pages it did render are cached once the CSP step has finished them; raw sources are copied in and RSC payloads dropped first, so the
 * checks see the files a host will serve; the English 404 page is moved into place and redirect pages are
 * written first, so they get a CSP and are link-checked like every other page; the CSP step rewrites pages before anything reads them; the
 * checks run over the final pages; gzip twins are made last, from the final bytes.
 */
import { pathToFileURL } from "node:url";
import { checkLinksStep } from "./steps/check-links";
import { checkPublishedUrls } from "./steps/check-published-urls";
import { cspHashes } from "./steps/csp-hashes";
import { dropRscPayloads } from "./steps/drop-rsc-payloads";
import { language404Pages } from "./steps/language-404-pages";
import { precompress } from "./steps/precompress";
import { rawSources } from "./steps/raw-sources";
import { redirectPages } from "./steps/redirect-pages";
import { cachePages, restorePages } from "./steps/restore-pages";
import { defaultContext, PostbuildError, type PostbuildStep } from "./step";

export const steps: PostbuildStep[] = [
  restorePages,
  rawSources,
  dropRscPayloads,
  language404Pages,
  redirectPages,
  cspHashes,
  cachePages,
  checkLinksStep,
  checkPublishedUrls,
  precompress,
];

async function main(): Promise<void> {
  const ctx = defaultContext(process.argv[2]);
  console.log(`postbuild: ${ctx.outDir}`);
  for (const [i, step] of steps.entries()) {
    ctx.log(`${i + 1}. ${step.name}`);
    const started = performance.now();
    await step.run(ctx);
    ctx.log(`   ${step.name} took ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }
}

// Run only when executed (`tsx scripts/postbuild/index.ts [outDir]`), not when a test imports `steps`.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((err: unknown) => {
    console.error(err instanceof PostbuildError ? `postbuild failed: ${err.message}` : err);
    process.exit(1);
  });
}
