/**
 * Share cards are cached under a key of exactly what the card shows, so an unchanged article is
 * never drawn again and a changed one always is.
 */
import { describe, expect, it } from "vitest";
import { getAllArticles } from "@/lib/articles";
import { allShareCards, SITE_CARD_FILE, shareCardKey, type ShareCard } from "@/lib/share-card";

const card: ShareCard = { file: "a.png", header: "디지털 행정 뉴스 아카이브", title: "행안부, 클라우드 전환", footer: "한국경제 · 2023년 11월 23일" };

describe("share cards", () => {
  it("one card for the site and one per article, at the address each page names", () => {
    const files = allShareCards().map((c) => `/og/${c.file}`);
    expect(files).toEqual([`/og/${SITE_CARD_FILE}`, ...getAllArticles().map((a) => a.ogImage)]);
  });

  it("the same picture has the same key, wherever it is published", () => {
    expect(shareCardKey({ ...card, file: "b.png" })).toBe(shareCardKey(card));
  });

  it("any change to what the card shows changes the key", () => {
    const keys = new Set(
      [
        card,
        { ...card, title: "행안부, 클라우드 전환 완료" },
        { ...card, footer: "한국경제 · 2023년 11월" },
        { ...card, header: "Digital Government News Archive" },
      ].map(shareCardKey),
    );
    expect(keys.size).toBe(4);
  });
});
