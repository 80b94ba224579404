/**
 * One rendering thread of `npm run share-cards:build`: loads the fonts once, draws its share of
 * the cards and writes each into the cache under its key. A file appears under its final name
 * only when complete, so an interrupted run never leaves a broken card to be reused.
 */
import path from "node:path";
import sharp from "sharp";
import { serveThread } from "../lib/threads";
import { writeFileAtomically } from "../lib/write-file";
import { loadShareCardFonts, renderShareCard, type ShareCard } from "../../src/lib/share-card";

export interface RenderJob {
  card: ShareCard;
  key: string;
}

/**
 * Cards drawn at once by each thread: satori lays one out in JavaScript while sharp draws the one
 * before in libvips, off the thread; one at a time, each waited for the other and a core sat idle.
 */
const IN_FLIGHT = 2;

/** Draws every job of the batch into the cache; used by the threads and, for a few cards, by the main thread itself. */
export async function renderBatch(jobs: RenderJob[], cacheDir: string): Promise<void> {
  // libvips draws one image with one thread: there is a thread per core already, and libvips' own
  // pool of a thread per core in each of them only makes them wait on each other.
  sharp.concurrency(1);
  const fonts = loadShareCardFonts();
  let next = 0;
  const drawInTurn = async (): Promise<void> => {
    for (let job = jobs[next++]; job; job = jobs[next++]) {
      writeFileAtomically(path.join(cacheDir, `${job.key}.png`), await renderShareCard(job.card, fonts));
    }
  };
  await Promise.all(Array.from({ length: IN_FLIGHT }, drawInTurn));
}

serveThread(renderBatch);
