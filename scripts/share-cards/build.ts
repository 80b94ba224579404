/**
 * `npm run share-cards:build`: the share cards (src/lib/share-card.tsx) into public/og/ (build
 * output, not committed), which `next build` copies to out/og/. Drawing a card takes about 27 ms
 * of CPU (10 000 cards, two minutes on two cores), so each is drawn once per content: the cache
 * (.next/cache/share-cards/, kept by `next build` and by CI caches of .next/cache) holds every card
 * under a hash of what it shows, and an unchanged article is never drawn again.
 *
 * 1. list the cards from the article loader and key each one
 * 2. draw the cards the cache lacks, on every core (one thread each, fonts loaded once per thread)
 * 3. replace public/og/ with links to the cached cards, written to a temporary folder first
 * 4. drop cached cards no card uses any more
 */
import { mkdirSync, readdirSync, renameSync, rmSync } from "node:fs";
import path from "node:path";
import { allShareCards, shareCardKey } from "../../src/lib/share-card";
import { dropUnused, linkOrCopy } from "../lib/build-cache";
import { inThreads } from "../lib/threads";
import { renderBatch, type RenderJob } from "./render-worker";

const root = path.resolve(import.meta.dirname, "../..");
const cacheDir = path.join(root, ".next/cache/share-cards");
const outDir = path.join(root, "public/og");
const workerUrl = new URL("./render-worker.ts", import.meta.url).href;
/** Fewer cards than this per thread are drawn in this thread: starting one costs about as much as 20 cards. */
const CARDS_PER_THREAD = 20;

/** Draws the jobs, split over up to one thread per core. */
async function render(jobs: RenderJob[]): Promise<number> {
  return (await inThreads(workerUrl, jobs, cacheDir, renderBatch, CARDS_PER_THREAD)).threads;
}

async function main(): Promise<void> {
  const started = performance.now();
  // 1. What each card shows, and its key.
  const cards = allShareCards().map((card) => ({ card, key: shareCardKey(card) }));
  mkdirSync(cacheDir, { recursive: true });
  const cached = new Set(readdirSync(cacheDir).filter((n) => n.endsWith(".png")));

  // 2. Draw what the cache lacks (two articles may share a card, so each key once).
  const reused = cards.filter((c) => cached.has(`${c.key}.png`)).length;
  const missing = [...new Map(cards.filter((c) => !cached.has(`${c.key}.png`)).map((c) => [c.key, c])).values()];
  const threads = missing.length > 0 ? await render(missing) : 0;

  // 3. public/og/ holds exactly the current cards.
  const tmp = `${outDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  for (const { card, key } of cards) linkOrCopy(path.join(cacheDir, `${key}.png`), path.join(tmp, card.file));
  rmSync(outDir, { recursive: true, force: true });
  renameSync(tmp, outDir);

  // 4. Forget cards nothing shows any more (a changed title, a removed article), and leftovers of an interrupted run.
  const dropped = dropUnused(cacheDir, new Set(cards.map((c) => `${c.key}.png`)));

  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const drawn = missing.length > 0 ? `drew ${missing.length} on ${threads} thread(s)` : "drew none";
  console.log(
    `share-cards:build: ${cards.length} cards, ${drawn}, ${reused} from the cache, ${dropped} dropped, in ${seconds} s -> ${path.relative(root, outDir)}/`,
  );
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  main().catch((error: unknown) => {
    console.error(`share-cards:build failed: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
