/**
 * Seeded synthetic sources for the scale bench: what a scrape of a news page looks like (headline,
 * byline, publication stamp, a lead that repeats the headline, paragraphs, a copyright line) plus the editorial sidecar an editor would write
 * (outlet, date, slug), so they go through the real ingest. The text comes from the search bench's
 * generator (about 4 in 5 Korean, agency names, numbers with units, people's names); dates run
 * from 2005 to 2025. The same seed always gives the same files.
 */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { josa } from "es-hangul";
import { syntheticArchive } from "../search/synthetic";

export interface SyntheticSource {
  /** File name in sources/, e.g. 10042_synthetic.txt. */
  file: string;
  text: string;
  sidecar: Record<string, unknown>;
}

/**
 * The first paragraph, which repeats the headline's words as a news lead does (ingest tells a
 * headline from a site's slogan by the words it shares with the story's opening).
 */
function lead(title: string, english: boolean): string {
  if (english) return `${title}, officials said this week, setting out the details.`;
  const [subject, rest] = title.split(", ");
  return rest ? `${josa(subject ?? "", "은/는")} ${rest} 내용을 밝혔다.` : `${title} 내용이 공개됐다.`;
}

/** Source ids start here, well past the real archive's (000–099), so they never collide. */
const FIRST_ID = 10_000;

/** The year of the newest synthetic article: the archive spans 2005 to this year. */
export const LAST_YEAR = 2025;

/**
 * `count` sources numbered from `first` (0-based). A source keeps its text and slug whatever
 * `count` is, because each is generated from its own seed: the archive of 1 000 is the first
 * 1 000 of the archive of 10 000, and "one more article" is simply number `count`. `year` dates
 * them all in one year (the next article of a news archive is dated after every other).
 */
export function syntheticSources(first: number, count: number, seed = 20231123, year?: number): SyntheticSource[] {
  const out: SyntheticSource[] = [];
  for (let i = first; i < first + count; i++) {
    const [doc] = syntheticArchive({ count: 1, seed: seed + i * 7919, topics: [] });
    if (!doc?.dateTime) throw new Error("the synthetic generator returned no dated article");
    const id = String(FIRST_ID + i);
    // Twenty years of dates, spread evenly over the ids and independent of the generator's.
    const iso = `${year ?? LAST_YEAR - 20 + (i % 21)}${doc.dateTime.slice(4)}`;
    const english = doc.lang === "en";
    // Headlines are unique, as real ones are (a short line on two pages of one outlet is page chrome to ingest).
    const title = english ? `${doc.title} worth ${10 + i} billion won` : `${doc.title}…${10 + i}억 원 규모`;
    const lines = [
      title,
      english ? `By ${doc.outlet} staff` : (doc.byline ?? ""),
      english ? `Posted ${iso}` : `입력 ${iso.replaceAll("-", ".")} ${String(6 + (i % 14)).padStart(2, "0")}:${String(i % 60).padStart(2, "0")}`,
      "",
      lead(title, english),
      "",
      ...doc.text.split("\n").flatMap((p) => [p, ""]),
      english ? `Copyright ${doc.outlet}. All rights reserved.` : `저작권자 © ${doc.outlet} 무단전재 및 재배포 금지`,
    ];
    out.push({
      file: `${id}_synthetic.txt`,
      text: lines.join("\n") + "\n",
      sidecar: {
        $comment: "Synthetic source for the scale bench.",
        outlet: { value: doc.outlet, origin: "editorial" },
        published: { value: iso, precision: "day", origin: "editorial" },
        slug: `synthetic-${english ? "en" : "ko"}-${id}`,
      },
    });
  }
  return out;
}

/** Writes the sources and their sidecars into `sourcesDir`. */
export function writeSyntheticSources(sourcesDir: string, sources: SyntheticSource[]): void {
  for (const s of sources) {
    writeFileSync(path.join(sourcesDir, s.file), s.text);
    writeFileSync(path.join(sourcesDir, s.file.replace(/\.txt$/, ".meta.json")), JSON.stringify(s.sidecar, null, 2) + "\n");
  }
}
