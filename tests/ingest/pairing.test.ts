/** A Korean and an English page of one story, from two outlets, are linked as translations; two different stories are not. */
import { copyFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ingest } from "../../scripts/ingest/index";
import { koreanNumber, statedNumbers } from "../../scripts/ingest/pairing";
import { makeContentDir, REPO } from "./helpers";

const outlets = path.join(REPO, "tests/fixtures/outlets");

function contentWith(pages: Record<string, string>, sidecars: Record<string, object> = {}): string {
  const root = makeContentDir();
  for (const [name, from] of Object.entries(pages)) copyFileSync(path.join(outlets, from), path.join(root, "sources", name));
  for (const [name, data] of Object.entries(sidecars)) writeFileSync(path.join(root, "sources", name), JSON.stringify(data));
  return root;
}

const translations = async (root: string) =>
  Object.fromEntries((await ingest(root)).sources.flatMap((s) => s.versions.map((v) => [s.stem, (v.translations ?? []).map((t) => `${t.lang}:${t.slug}`)])));

describe("translation pairing across sources", () => {
  it("reads Korean numerals with their units", () => {
    expect([koreanNumber("1조1천억"), koreanNumber("1천520"), koreanNumber("3천800억"), koreanNumber("50억")]).toEqual([1.1e12, 1520, 3.8e11, 5e9]);
    expect([...statedNumbers("1조1천억원을 들여 1천520개")].sort()).toEqual([1520, 1.1e12].sort());
    expect(statedNumbers("1.1 trillion won for 1,520 systems").has(1.1e12)).toBe(true);
  });

  it("links a Korean agency story and an English daily's story of the same day and numbers, with the evidence in the report", async () => {
    const root = contentWith({ "300_ko.txt": "yonhap/input.txt", "301_en.txt": "koreaherald/input.txt", "302_other.txt": "kbs/input.txt" });
    const result = await ingest(root);
    const slug = (stem: string) => result.sources.find((s) => s.stem === stem)?.versions[0]?.slug;
    const t = await translations(root);
    expect(t["300_ko"]).toEqual([`en:${slug("301_en")}`]);
    expect(t["301_en"]).toEqual([`ko:${slug("300_ko")}`]);
    expect(t["302_other"]).toEqual([]);
    expect(result.report).toMatch(/the same story as 301_en\.txt in English: same day 2024-03-15, \d+ shared numbers/);
  });

  it("links two saved pages of one story, and a sidecar can refuse a pairing", async () => {
    const pages = { "310_ko.html": "html-jsonld-ko/input.html", "311_en.html": "html-jsonld-en/input.html" };
    expect((await translations(contentWith(pages)))["310_ko"]).toHaveLength(1);
    const refused = contentWith(pages, { "310_ko.meta.json": { notTranslationOf: ["311_en"] } });
    expect((await translations(refused))["310_ko"]).toEqual([]);
  });

  it("does not link stories of different days, and a sidecar can make the link", async () => {
    const pages = { "320_ko.txt": "yonhap/input.txt", "321_en.txt": "joongang-daily/input.txt" };
    expect((await translations(contentWith(pages)))["320_ko"]).toEqual([]);
    const confirmed = contentWith(pages, { "321_en.meta.json": { translationOf: "320_ko" } });
    expect((await translations(confirmed))["320_ko"]).toHaveLength(1);
    const wrong = contentWith(pages, { "321_en.meta.json": { translationOf: "999_missing" } });
    await expect(ingest(wrong)).rejects.toThrow(/321_en\.meta\.json|321_en\.txt: sidecar names "999_missing"/);
  });
});
