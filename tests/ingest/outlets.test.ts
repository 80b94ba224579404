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
import { fixtureCases, HELD_OUT_FIXTURES, runCase, TUNED_FIXTURES } from "../../scripts/bench/outlets";

const cases = fixtureCases(TUNED_FIXTURES);

describe("pages from other outlets", () => {
  it("has at least 14 outlets, two of them saved .html pages, and every expected line is in its page", () => {
    expect(cases.length).toBeGreaterThanOrEqual(14);
    expect(cases.filter((dir) => existsSync(path.join(dir, "input.html")))).toHaveLength(2);
    for (const dir of [...cases, ...fixtureCases(HELD_OUT_FIXTURES)]) {
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
