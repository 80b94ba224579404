/** The fallback for chrome no rule names: lists after the story, an outlet's template lines, and flagged doubtful lines. */
import { describe, expect, it } from "vitest";
import { ingest } from "../../scripts/ingest/index";
import { makeContentDir } from "./helpers";

const page = (title: string, lead: string, extra: string[]) =>
  [
    "가상일보 오늘의 소식 한눈에",
    title,
    "입력 2025.05.02 09:00",
    `${lead} 관계자는 이번 조치로 처리 시간이 절반으로 줄어든다고 설명했다.`,
    "시는 다음 달부터 모든 구청으로 서비스를 넓힐 계획이라고 밝혔다.",
    "◇ 남은 과제",
    "다만 개인정보 보호 방안은 아직 마련되지 않았다는 지적이 나왔다.",
    ...extra,
    "ⓒ 가상일보 무단전재 및 재배포 금지",
  ].join("\n");

describe("classify-lines", () => {
  it("removes a list of short lines after the story and an outlet's template line, keeps and flags a subheading", async () => {
    const root = makeContentDir({
      "400_a.txt": page("가상시, 민원 서류 발급에 AI 상담원 도입", "가상시가 민원 서류 발급 창구에 AI 상담원을 들인다.", [
        "배우 김가상 깜짝 결혼 발표",
        "주말 전국에 많은 비",
        "로또 1등 당첨번호 공개",
      ]),
      "401_b.txt": page("가상시, 공공 와이파이 3천곳으로 늘린다", "가상시가 공공 와이파이를 3천곳으로 늘린다.", []),
    });
    const { sources } = await ingest(root);
    const [a, b] = sources;
    const body = (i: typeof a) => i?.versions[0]?.blocks.map((x) => x.text) ?? [];
    expect(body(a)).not.toContain("배우 김가상 깜짝 결혼 발표");
    expect(a?.report.filter((r) => r.rule === "after-story-list").map((r) => r.text)).toEqual([
      "배우 김가상 깜짝 결혼 발표",
      "주말 전국에 많은 비",
      "로또 1등 당첨번호 공개",
    ]);
    // The slogan above the headline and "◇ 남은 과제" recur on both pages: the outlet's template.
    for (const s of [a, b])
      expect(s?.report.filter((r) => r.rule === "outlet-template").map((r) => r.text)).toEqual(["가상일보 오늘의 소식 한눈에", "◇ 남은 과제"]);
    expect(a?.versions[0]?.title?.value).toBe("가상시, 민원 서류 발급에 AI 상담원 도입");
    expect(body(b)).toContain("다만 개인정보 보호 방안은 아직 마련되지 않았다는 지적이 나왔다.");
  });

  it("keeps a subheading that only one page has, flagged for an editor", async () => {
    const root = makeContentDir({ "402_c.txt": page("가상시, 민원 서류 발급에 AI 상담원 도입", "가상시가 민원 서류 발급 창구에 AI 상담원을 들인다.", []) });
    const { sources } = await ingest(root);
    expect(sources[0]?.versions[0]?.blocks.map((x) => x.text)).toContain("◇ 남은 과제");
    expect(sources[0]?.report).toContainEqual({ rule: "short-line", action: "flagged", text: "◇ 남은 과제" });
  });

  it("takes the headline that shares words with the story, not a site slogan above it", async () => {
    const text = [
      "Your Window on Korean Business",
      "Seoul pilots AI kiosks at district offices",
      "Apr 9, 2025 (Gmt+09:00)",
      "Seoul will pilot AI kiosks at 12 district offices from May, the city government said on Wednesday.",
      "The kiosks answer questions in 15 languages and print 38 kinds of certificates, officials said.",
    ].join("\n");
    const { sources } = await ingest(makeContentDir({ "403_en.txt": text }));
    expect(sources[0]?.versions[0]?.title?.value).toBe("Seoul pilots AI kiosks at district offices");
    expect(sources[0]?.report).toContainEqual({ rule: "before-headline", action: "removed", text: "Your Window on Korean Business" });
  });
});
