/**
 * Links never break: every URL in deploy/published-urls.json must still exist in the export, as the
 * page itself or as a redirect page (written by ./redirect-pages.ts, which runs first). New URLs
 * are listed but not recorded: recording is an explicit act, `npm run links:record`.
 */
import { loadManifest, publishedUrls } from "../lib/published-urls";
import { listFiles, urlPathToFile } from "../lib/site-files";
import { PostbuildError, type PostbuildStep } from "../step";

export function findMissing(outDir: string, manifest: string[]): string[] {
  const files = new Set(listFiles(outDir));
  return manifest.filter((url) => urlPathToFile(url, files) === undefined);
}

export const checkPublishedUrls: PostbuildStep = {
  name: "Published URLs: nothing once published has disappeared",
  run(ctx) {
    const manifest = loadManifest(ctx.manifestPath);
    const missing = findMissing(ctx.outDir, manifest);
    if (missing.length > 0) {
      throw new PostbuildError(
        [
          `${missing.length} published URL(s) would disappear (listed in ${ctx.manifestPath}, absent from ${ctx.outDir}):`,
          ...missing.map((u) => `  ${u}`),
          `Keep them, or add a row per URL to ${ctx.redirectsPath}: { "from": "<old path>", "to": "<new path>", "reason": "..." }.`,
        ].join("\n"),
      );
    }
    const known = new Set(manifest);
    const fresh = publishedUrls(ctx.outDir).filter((u) => !known.has(u));
    ctx.log(`  ${manifest.length} published URLs all present`);
    if (fresh.length > 0)
      ctx.log(
        `  ${fresh.length} new URL(s) not yet recorded (run \`npm run links:record\` once they are public): ${fresh.slice(0, 10).join(" ")}${fresh.length > 10 ? " ..." : ""}`,
      );
  },
};
