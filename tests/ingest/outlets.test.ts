/**
 * Pages from outlets the five sources do not come from (tests/fixtures/outlets: the shapes of
 * Yonhap, Newsis, News1, KBS, MBC, JoongAng, Chosun, Hankyoreh, Maeil Business, The Korea Herald,
 * Korea JoongAng Daily, The Korea Times, Hankook Ilbo, korea.kr, a Naver News page and two saved .html pages
 * with JSON-LD), each ingested alone through the real pipeline: the title, the date with its
 * precision, time and origin, the byline, the outlet, every story paragraph whole, and every line
 * of page chrome gone from the body. The held-out set (tests/fixtures/outlets-heldout) is not
 * asserted here: `npm run bench` reports it.
 */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readJsonFile } from "../../src/lib/json-file";
import {
  fixtureCases,
  HELD_OUT_FIXTURES,
  HELD_OUT_FIXTURES_3 as HELD_OUT_3,
  HELD_OUT_FIXTURES_4 as HELD_OUT_4,
  HELD_OUT_FIXTURES_5 as HELD_OUT_5,
  HELD_OUT_FIXTURES_6 as HELD_OUT_6,
  HELD_OUT_FIXTURES_7 as HELD_OUT_7,
  HELD_OUT_FIXTURES_8 as HELD_OUT_8,
  HELD_OUT_FIXTURES_9 as HELD_OUT_9,
  HELD_OUT_FIXTURES_10 as HELD_OUT_10,
  HELD_OUT_FIXTURES_11 as HELD_OUT_11,
  HELD_OUT_FIXTURES_12 as HELD_OUT_12,
  runCase,
  TUNED_FIXTURES,
} from "../../scripts/bench/outlets";
import { normalizeSpace } from "../../scripts/ingest/steps/parse-markup";

const cases = fixtureCases(TUNED_FIXTURES);

describe("pages from other outlets", () => {
  it("has at least 14 outlets, two of them saved .html pages, and every expected line is in its page", () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
    expect(cases.filter((dir) => existsSync(path.join(dir, "input.html")))).toHaveLength(2);
    for (const dir of [...cases, ...[HELD_OUT_FIXTURES, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5].flatMap(fixtureCases)]) {
      const input = readFileSync(path.join(dir, existsSync(path.join(dir, "input.html")) ? "input.html" : "input.txt"), "utf8").replace(/\s+/g, " ");
      const expected = JSON.parse(readFileSync(path.join(dir, "expected.json"), "utf8")) as { title: string; removed: string[] };
      for (const line of [expected.title, ...expected.removed]) expect(input, `${dir}: "${line}"`).toContain(line.replace(/\s+/g, " "));
    }
  });

  for (const dir of cases) {
    it(dir.split("/").at(-1) ?? dir, async () => {
      const r = await runCase(dir);
      expect(r.error).toBeUndefined();
      expect(r.got.title).toBe(r.expected.title);
      const p = r.got.published;
      expect({ value: p?.value, precision: p?.precision, time: p?.time, origin: p?.origin }).toEqual({
        value: r.expected.published.value,
        precision: r.expected.published.precision,
        time: r.expected.published.time,
        origin: r.expected.published.origin,
      });
      for (const name of r.expected.bylineNames) expect(r.got.byline?.toLowerCase()).toContain(name.toLowerCase());
      expect(r.got.outlet).toBe(r.expected.outlet);
      for (const sub of r.expected.subheadings ?? []) expect(r.got.deck, "sub-headlines are the deck").toContain(sub);
      expect(r.bodyLost, "story paragraphs lost").toEqual([]);
      expect(r.chromeLeft, "page chrome left in the body").toEqual([]);
    });
  }
});

/**
 * The third held-out set (tests/fixtures/outlets-heldout-3, see its README): pages written by
 * someone who had not seen the code, never tuned on. Besides the bench's checks it asks what its
 * writer asked: the byline exactly as a reader should see it, and no chrome string anywhere inside a
 * body paragraph. Each run prints a table per page; the floors are how many pages got each right
 * when the set arrived, and they only rise as the recognizers learn. Its first run, after the
 * fixes to copyright lines, headline labels and bylines it was written without: title 5/6, date
 * 6/6, byline 4/6, outlet 5/6, no chrome in the body 4/6, story whole 5/6. All 6/6 once byline
 * lines were read with "세종= " and a trailing "구독", a lead credit with "=" in its brackets
 * ([헤럴드경제=박도현·유지안 기자]), a headline's label left out when it is matched to the story,
 * and a copyright line naming a known outlet preferred to one naming the outlet with a slogan.
 */
const asWritten = z.object({ byline: z.string(), removed: z.array(z.string()) });
type Floors = Record<"title" | "date" | "byline" | "outlet" | "noChromeInBody" | "storyWhole", number>;

function heldOutOutlets(title: string, dir: string, floors: Floors): void {
  describe(title, () => {
    it("gets at least the floors right, and prints every page's result", async () => {
      const results = await Promise.all(fixtureCases(dir).map(runCase));
      expect(results.flatMap((r) => (r.error ? [`${r.name}: ${r.error}`] : []))).toEqual([]);
      const rows = results.map((r) => {
        const written = readJsonFile(path.join(dir, r.name, "expected.json"), asWritten, "held-out expectation");
        const body = r.got.body.map(normalizeSpace);
        const chromeInBody = written.removed.filter((line) => body.some((b) => b.includes(normalizeSpace(line))));
        return {
          page: r.name,
          title: r.title,
          date: r.date,
          byline: r.got.byline === written.byline,
          outlet: r.outlet,
          noChromeInBody: chromeInBody.length === 0,
          storyWhole: r.bodyLost.length === 0,
          misses: [
            ...(r.title ? [] : [`title "${r.got.title ?? ""}"`]),
            ...(r.date ? [] : [`date ${JSON.stringify(r.got.published)}`]),
            ...(r.got.byline === written.byline ? [] : [`byline "${r.got.byline ?? ""}"`]),
            ...(r.outlet ? [] : [`outlet "${r.got.outlet ?? ""}"`]),
            ...chromeInBody.map((line) => `chrome in body "${line}"`),
            ...r.bodyLost.map((line) => `story lost "${line.slice(0, 40)}…"`),
          ].join("; "),
        };
      });
      const passed = Object.fromEntries(Object.keys(floors).map((k) => [k, rows.filter((row) => row[k as keyof Floors]).length]));
      console.log(
        `${path.basename(dir)} (${rows.length} pages): ${Object.entries(passed)
          .map(([k, n]) => `${k} ${n}/${rows.length}`)
          .join(", ")}`,
      );
      console.table(rows.map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v === true ? "✓" : v === false ? "✗" : v]))));
      for (const [what, floor] of Object.entries(floors)) expect(passed[what], what).toBeGreaterThanOrEqual(floor);
    });
  });
}

heldOutOutlets("pages from other outlets, third held-out set", HELD_OUT_3, { title: 6, date: 6, byline: 6, outlet: 6, noChromeInBody: 6, storyWhole: 6 });

/**
 * The fourth held-out set (tests/fixtures/outlets-heldout-4, same shape), written without the code
 * once print-edition stamps (지면) and labels such as 발행일 were read. Its first run: title 6/6,
 * date 6/6, byline 3/6, outlet 5/6, no chrome in the body 4/6, story whole 6/6. The misses: an
 * English edition's sign-off of a name and an address ("Min-Seo Park parkms@…", taken for an
 * e-mail signature), co-authors joined by a slash ("박서윤/최태오 기자"), a template's label before
 * the name ("기자명 정태윤 기자"), an advertising slot's label between paragraphs
 * ("ADVERTISEMENT"), an English photo caption ending in its credit ("… Courtesy of the Ministry"),
 * and the English edition of a known outlet named by its Korean name. Fixed where each happens: a
 * byline is never removed as chrome, "/" joins co-authors, a byline loses its template label, an
 * ad-slot label is chrome, a caption is known by an English credit too, and an English article
 * shows a known outlet's English name. The byline floor is 5: the archive writes co-authors with
 * "·" (박서윤·최태오 기자) where the page wrote "/".
 */
heldOutOutlets("pages from other outlets, fourth held-out set", HELD_OUT_4, { title: 6, date: 6, byline: 5, outlet: 6, noChromeInBody: 6, storyWhole: 6 });

/**
 * The fifth held-out set (tests/fixtures/outlets-heldout-5, see its README): two pages run once
 * through ingest in a fresh clone before any rule was written for them. First run: title, date,
 * byline and outlet 2/2, story whole 2/2, no chrome in the body 1/2 (and three chrome lines in the
 * other page's deck).
 */
heldOutOutlets("pages from other outlets, fifth held-out set", HELD_OUT_5, { title: 2, date: 2, byline: 2, outlet: 2, noChromeInBody: 2, storyWhole: 2 });

/**
 * The sixth held-out set (tests/fixtures/outlets-heldout-6, see its README): three pages run once
 * before any rule was written for them. First run: title, date and outlet 3/3, byline 2/3, no chrome
 * in the body 1/3, story whole 2/3 (a box of related stories between paragraphs ended the story).
 * The byline floor is 2: the archive writes co-authors with "·" where the page wrote ", ".
 */
heldOutOutlets("pages from other outlets, sixth held-out set", HELD_OUT_6, { title: 3, date: 3, byline: 2, outlet: 3, noChromeInBody: 3, storyWhole: 3 });

/**
 * The seventh held-out set (tests/fixtures/outlets-heldout-7, see its README): two pages kept unread
 * until the sixth set's fixes had landed, then run once in a fresh clone. First run: title, outlet
 * and story whole 2/2, date 1/2 (a time before the date), byline 1/2, no chrome in the body 0/2.
 * The byline floor is 1: the archive leaves out the "By" the page printed.
 */
heldOutOutlets("pages from other outlets, seventh held-out set", HELD_OUT_7, { title: 2, date: 2, byline: 1, outlet: 2, noChromeInBody: 2, storyWhole: 2 });

/**
 * The eighth held-out set (tests/fixtures/outlets-heldout-8, see its README): two pages written after
 * the seventh set's fixes and run once in a fresh clone. First run: title, date, outlet and story
 * whole 2/2, byline 1/2 (the archive leaves out "By"), no chrome in the body 0/2.
 */
heldOutOutlets("pages from other outlets, eighth held-out set", HELD_OUT_8, { title: 2, date: 2, byline: 1, outlet: 2, noChromeInBody: 2, storyWhole: 2 });

/**
 * The ninth held-out set (tests/fixtures/outlets-heldout-9, see its README): two pages written after
 * the eighth set's fixes and run once. First run: title, date and byline 2/2, outlet 1/2 (named with
 * its slogan), no chrome in the body 0/2, story whole 0/2 (the writer kept the lead credit, which the
 * archive moves to the byline; a lead paragraph now counts as whole without it).
 */
heldOutOutlets("pages from other outlets, ninth held-out set", HELD_OUT_9, { title: 2, date: 2, byline: 2, outlet: 2, noChromeInBody: 2, storyWhole: 2 });

/**
 * The tenth held-out set (tests/fixtures/outlets-heldout-10, see its README): a Korean and an English
 * page written after the ninth set's fixes and run once. First run: title, date and story whole 2/2,
 * byline and outlet 1/2 (a broadcast's sign-off; a copyright line naming the company), no chrome in
 * the body 0/2.
 */
heldOutOutlets("pages from other outlets, tenth held-out set", HELD_OUT_10, { title: 2, date: 2, byline: 2, outlet: 2, noChromeInBody: 2, storyWhole: 2 });

/**
 * The eleventh held-out set (tests/fixtures/outlets-heldout-11, see its README): two Korean pages
 * written after the tenth set's fixes and run once. First run: title, byline and story whole 2/2, date
 * 1/2 (a stamp with a two-digit year and a bar printed as "l"), outlet 1/2 (the company's English
 * name), no chrome in the body 0/2.
 */
heldOutOutlets("pages from other outlets, eleventh held-out set", HELD_OUT_11, { title: 2, date: 2, byline: 2, outlet: 2, noChromeInBody: 2, storyWhole: 2 });

/**
 * The twelfth held-out set (tests/fixtures/outlets-heldout-12, see its README): a Korean and an English
 * page written after the eleventh set's fixes and run once. First run: title, date, outlet and story
 * whole 2/2, byline 1/2 (the archive leaves out "By"), no chrome in the body 0/2.
 */
heldOutOutlets("pages from other outlets, twelfth held-out set", HELD_OUT_12, { title: 2, date: 2, byline: 1, outlet: 2, noChromeInBody: 2, storyWhole: 2 });
