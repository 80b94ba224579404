/**
 * The article loader on a small archive written to a temp dir: order (newest first, undated last),
 * derived fields, and errors that name the file.
 */
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";

const repoContent = path.resolve(import.meta.dirname, "../../content");
const sha = "0".repeat(64);

function article(slug: string, published: string, extra = "", body = "본문 문단입니다.") {
  return `---
id: ${slug}
slug: ${slug}
title: 제목 ${slug}
deck: []
lang: ${slug.endsWith("-en") ? "en" : "ko"}
published: ${published}
originalUrls: []
topics: [{ id: cloud, matched: [클라우드], by: rule }]
summary: 요약.
images: []
sections: []
translations: []
source: { file: x.txt, sha256: "${sha}" }
${extra}---
${body}
`;
}

function archive(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "site-loader-"));
  mkdirSync(path.join(dir, "articles"));
  for (const name of ["topics.json", "glossary.json"]) writeFileSync(path.join(dir, name), readFileSync(path.join(repoContent, name)));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, "articles", name), text);
  return dir;
}

async function loaderFor(dir: string) {
  vi.stubEnv("CONTENT_DIR", dir);
  vi.resetModules();
  return import("@/lib/articles");
}

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("articles loader", () => {
  it("orders newest first, puts undated articles last and never gives them a date", async () => {
    const dir = archive({
      "a.md": article("a", "{ value: '2010-11-24', precision: day, origin: stated, time: '16:12' }"),
      "b.md": article("b", "{ precision: unknown, sourceText: 26일 }"),
      "c.md": article("c", "{ value: '2023-11', precision: month, origin: inferred }"),
      "d.md": article("d", "{ value: '2025-12-04', precision: day, origin: stated }"),
    });
    const { getAllArticles, getArchiveYears, getUndatedArticles } = await loaderFor(dir);
    expect(getAllArticles().map((a) => a.slug)).toEqual(["d", "c", "a", "b"]);
    const [d, c, a, b] = getAllArticles();
    expect(a!.dateLabel).toBe("2010년 11월 24일 16:12");
    expect(a!.dateTime).toBe("2010-11-24T16:12+09:00");
    expect(c!.dateLabel).toBe("2023년 11월");
    expect(b!.dateLabel).toBe("날짜 미상 (원문: 26일)");
    expect(b!.dateTime).toBeUndefined();
    expect(b!.year).toBeUndefined();
    expect(getUndatedArticles().map((x) => x.slug)).toEqual(["b"]);
    expect(getArchiveYears().map((y) => y.year)).toEqual(["2025", "2023", "2010"]);
    // Neighbours by date stay within dated articles; the undated one has none.
    expect([d!.older?.slug, c!.older?.slug, a!.older?.slug, a!.newer?.slug]).toEqual(["c", "a", undefined, "c"]);
    expect([b!.older, b!.newer]).toEqual([undefined, undefined]);
  });

  it("counts Korean reading time by characters and English by words", async () => {
    const { readingMinutes } = await loaderFor(archive({ "a.md": article("a", "{ precision: unknown }") }));
    // 1500 Hangul syllables with no spaces at all are three minutes, not "one word".
    expect(readingMinutes("가".repeat(1500), "ko")).toBe(3);
    expect(readingMinutes(Array(690).fill("word").join(" "), "en")).toBe(3);
    expect(readingMinutes("짧다", "ko")).toBe(1);
  });

  it("names the file and the field when frontmatter is wrong", async () => {
    const dir = archive({ "bad.md": article("bad", "{ value: '2023', precision: day, origin: stated }") });
    const { getAllArticles } = await loaderFor(dir);
    expect(() => getAllArticles()).toThrow(/bad\.md: frontmatter does not match the article schema: published: precision "day" needs a value/);
  });

  it("rejects a file whose name is not its slug", async () => {
    const { getAllArticles } = await loaderFor(archive({ "other.md": article("a", "{ precision: unknown }") }));
    expect(() => getAllArticles()).toThrow(/other\.md: file name must be a\.md/);
  });
});

describe("related articles", () => {
  it("prefers the most shared topics, leaves out the article's own translations, and scales", async () => {
    const files: Record<string, string> = {};
    const topics = (ids: string[]) => ids.map((id) => `{ id: ${id}, matched: [x], by: rule }`).join(", ");
    const withTopics = (slug: string, day: number, ids: string[], extra = "") =>
      article(slug, `{ value: '2020-01-${String(day).padStart(2, "0")}', precision: day, origin: stated }`, extra).replace(
        /topics: .*\n/,
        `topics: [${topics(ids)}]\n`,
      );
    files["a.md"] = withTopics("a", 10, ["cloud", "ai"], "translations: [{ lang: en, slug: a-en }]\n").replace("translations: []\n", "");
    files["a-en.md"] = withTopics("a-en", 10, ["cloud", "ai"]);
    files["b.md"] = withTopics("b", 1, ["cloud", "ai"]);
    files["c.md"] = withTopics("c", 9, ["cloud"]);
    files["d.md"] = withTopics("d", 11, ["open-source"]);
    const { getArticleBySlug } = await loaderFor(archive(files));
    expect(getArticleBySlug("a")!.related.map((r) => r.slug)).toEqual(["b", "c"]);

    const many: Record<string, string> = {};
    for (let i = 0; i < 5000; i++) many[`n${i}.md`] = article(`n${i}`, `{ value: '${2000 + (i % 25)}-01-01', precision: day, origin: stated }`);
    // 5 000 articles in one topic load and link (related candidates stay near each article in
    // date, so the work grows with the archive, not its square; the scale bench measures the time).
    const big = await loaderFor(archive(many));
    expect(big.getAllArticles()).toHaveLength(5000);
    expect(big.getArticleBySlug("n0")!.related).toHaveLength(3);
  });
});
