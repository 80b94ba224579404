/**
 * `npm run links:record`: adds the URLs of the current out/ to deploy/published-urls.json. It only
 * adds: a URL, once published, stays in the manifest, and from then on the build fails if it
 * disappears without a redirect. Run it after `npm run build`, when the new pages go public.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { loadManifest, publishedUrls, writeManifest } from "./lib/published-urls";
import { defaultContext } from "./step";

function main(): void {
  const ctx = defaultContext(process.argv[2]);
  if (!existsSync(path.join(ctx.outDir, "index.html"))) {
    console.error(`links:record: ${ctx.outDir}/index.html is missing; run \`npm run build\` first`);
    process.exit(1);
  }
  const before = existsSync(ctx.manifestPath) ? loadManifest(ctx.manifestPath) : [];
  const known = new Set(before);
  const added = publishedUrls(ctx.outDir).filter((u) => !known.has(u));
  writeManifest(ctx.manifestPath, [...before, ...added]);
  console.log(`links:record: ${added.length} URL(s) added, ${before.length + added.length} recorded in ${ctx.manifestPath}`);
  for (const url of added) console.log(`  + ${url}`);
}

main();
