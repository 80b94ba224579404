/**
 * The boilerplate table is data, so these tests hold it to its promises: every row explains
 * itself, every pattern matches whole lines (or an anchored end of one), and no row matches any
 * line of the published articles, so no rule can eat article text.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { boilerplateRules, detectOutlet, outletSignatures } from "../../scripts/ingest/boilerplate-rules";
import { ingest } from "../../scripts/ingest/index";
import { CONTENT } from "./helpers";

const articles = readdirSync(path.join(CONTENT, "articles")).map((n) => matter(readFileSync(path.join(CONTENT, "articles", n), "utf8")));
/** Every line a reader sees: title, deck, body paragraphs (markdown escapes undone). */
const publishedLines = articles.flatMap((a) => [
  String(a.data.title),
  ...(a.data.deck as string[]),
  ...a.content
    .split(/\n+/)
    .map((l) => l.replace(/^#+ /, "").replace(/\\(.)/g, "$1").trim())
    .filter(Boolean),
]);

describe("boilerplate rules table", () => {
  it("gives every row a unique id and a reason", () => {
    const ids = boilerplateRules.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of boilerplateRules) expect(r.reason.length, r.id).toBeGreaterThan(15);
  });

  it("anchors every pattern so a rule takes whole lines, or only the start or end of one", () => {
    for (const r of boilerplateRules) {
      const src = r.pattern.source;
      if (r.action === "remove-fragment") expect(src.startsWith("^") || src.endsWith("$"), r.id).toBe(true);
      else expect(src.startsWith("^") && src.endsWith("$"), r.id).toBe(true);
      if (r.until) expect(r.until.source.startsWith("^") && r.until.source.endsWith("$"), r.id).toBe(true);
    }
  });

  it("matches no line of any published article (the test that no rule eats article text)", () => {
    expect(publishedLines.length).toBeGreaterThan(50);
    for (const line of publishedLines) {
      for (const r of boilerplateRules) expect(r.pattern.test(line), `${r.id} matches "${line}"`).toBe(false);
    }
  });

  it("takes a photo's caption that ends in its credit, and not a paragraph that only mentions a photo", () => {
    const caption = boilerplateRules.find((r) => r.id === "photo-caption")!;
    for (const line of [
      "강원특별자치도청 전경. [사진=강원일보DB]",
      "조달청 정부대전청사 전경. (사진=조달청 제공)",
      "Sejong Government Complex. (Photo: Yonhap)",
      "대전센터 전산실에서 직원들이 서버 상태를 점검하고 있다. 사진 제공=행정안전부",
      "Officials test an AI assistant at the Government Complex Sejong on Thursday. [Photo by Yonhap]",
      "An official demonstrates the application on Monday. Courtesy of the Ministry of the Interior and Safety",
      "대구 동구 국가정보자원관리원 대구센터 전경. [ⓒ국가정보자원관리원]",
      "지난 17일 오전 서울 시내 한 주민센터 무인민원발급기에 안내문이 붙어 있다. /사진=뉴스1",
      "공공 소프트웨어 사업 대기업 참여제한 제도 주요 내용 /그래픽=윤선정 디자인기자",
      "부산시청 전경. 부산일보DB",
      "A server room at a state-run data center in Daejeon (Courtesy of Yonhap)",
      "서울의 한 구청 민원실에서 시민들이 순서를 기다리고 있다. 오세린 기자",
      "A senior interior ministry official speaks during a press briefing in Seoul on Oct. 2, 2025. (PHOTO NOT FOR SALE) (Yonhap)",
      "A citizen uses a kiosk at a ward office in Seoul, Feb. 10. The government plans to rebuild the systems behind it by 2026. Yonhap",
      // Longer than a short caption, but it describes the picture (…하고 있다.) before the credit.
      "홍태용 김해시장(앞줄 가운데)이 2일 시청 소회의실에서 열린 '스마트 행정 클라우드 전환 업무협약식'에서 관계자들과 기념 촬영을 하고 있다. [사진=김해시]",
      // A photo desk's stamp (the day of the picture and the photographer's address) closes the caption.
      "[서울=뉴시스] 김근수 기자 = 시민들이 서울 종로구의 한 주민센터에서 무인민원발급기를 이용하고 있다. 2024.05.21. photo@example.com",
      "지자체 정보시스템 클라우드 전환 일정 [자료=행정안전부] 2025.07.09 graphic@example.com",
      "The Daejeon branch of the state data center. / Photo : Yonhap",
      "공공 클라우드 전환 실적. 김가상 의원실 제공",
      // A picture named in one phrase, then the photographer.
      "정부대전청사 조달청. 한도윤 기자",
      // Credits in angle brackets, and a graphic's source.
      "정부세종청사 전경.〈사진=행정안전부 제공〉",
      "지자체 클라우드 전환 현황〈자료:행정안전부〉",
    ])
      expect(caption.pattern.test(line), line).toBe(true);
    const paragraph =
      "강원특별자치도가 18개 시·군이 따로 운영해 온 행정 정보시스템을 민간 클라우드로 옮기는 작업에 착수했으며, 도는 이날 관련 계획을 발표하고 현장 점검에 나섰다고 밝혔다. (사진=강원도 제공)";
    const reportsAndCredits =
      "행정안전부는 2일 정부세종청사에서 지방자치단체 정보시스템 담당자 회의를 열고 내년까지 공공 클라우드 전환 대상 시스템 1200여 개의 이전 일정을 확정했다고 밝혔다. [사진=행정안전부]";
    const signedParagraph = "행안부는 내년까지 공공 클라우드 전환을 마치겠다고 밝혔다. 한소영 기자";
    for (const line of [
      paragraph,
      reportsAndCredits,
      signedParagraph,
      "참석자들이 기념사진을 찍고 있다.",
      "사진=강원일보DB",
      "행안부는 계획을 발표했다. 한도윤 기자",
    ])
      expect(caption.pattern.test(line), line).toBe(false);
  });

  it("takes a page's font-size controls in any of their wordings, and no sentence about fonts", () => {
    const tools = boilerplateRules.find((r) => r.id === "menu-article-tools")!;
    for (const line of [
      "글자크기",
      "폰트 크게",
      "폰트 작게",
      "글씨 크게",
      "• 글자 크기",
      "본문 글자 크기 +",
      "글자 확대",
      "글자크기 설정",
      "기사 글자 크기 설정",
      "글자 크기 조절",
    ])
      expect(tools.pattern.test(line), line).toBe(true);
    for (const line of ["폰트 크게 보기 기능을 도입했다.", "글자 크기를 키운 화면을 제공한다", "폰트"]) expect(tools.pattern.test(line), line).toBe(false);
  });

  it("takes a page's counters and reaction buttons with their counts, and no sentence with a number", () => {
    const counters = boilerplateRules.find((r) => r.id === "page-counters")!;
    for (const line of ["조회수 1,234", "좋아요 0", "싫어요 0", "좋아요 3 싫어요 0", "후속기사 원해요 2", "추천해요 12 | 공감 4", "Views 1,024", "Likes 5"])
      expect(counters.pattern.test(line), line).toBe(true);
    for (const line of ["정부는 2027년까지 필요 예산 3조 원을 확보한다", "좋아요 버튼을 누른 사람은 0명이었다", "조회수 급증"])
      expect(counters.pattern.test(line), line).toBe(false);
  });

  it("takes a row of ▶ links and a ▶관련기사 link, and no line of a press release's ▶ list", () => {
    const links = boilerplateRules.find((r) => r.id === "link-row")!;
    for (const line of [
      "▶머니투데이 바로가기 ▶세상의 모든 투자정보 [머니투데이 증권] ▶부동산 투자는 [부릿지]",
      '▶관련기사: 행안부, 공공 클라우드 네이티브 전환 로드맵 발표…"2030년 70% 목표"',
      "[관련기사] 국정자원 화재 100일…'이중화' 약속은 어디까지 왔나",
      "Related: Gov't to put key public systems on 'active-active' data centers by 2027",
    ])
      expect(links.pattern.test(line), line).toBe(true);
    for (const line of [
      "▶일시: 2024년 3월 5일 ▶장소: 정부서울청사",
      "▶ 추진 배경: 행정망 장애 재발 방지",
      "▶ 공공기관은 내년까지 클라우드 전환 계획을 제출해야 한다.",
    ])
      expect(links.pattern.test(line), line).toBe(false);
  });

  it("takes a related list's heading in brackets as a list, and a promotion ending in its button, and no sentence", () => {
    const related = boilerplateRules.find((r) => r.id === "related-list")!;
    for (const line of ["[관련기사]", "관련기사", "【관련뉴스】", "■ 관련기사", "Related Articles", "노컷V 인기 영상", "추천 영상"])
      expect(related.pattern.test(line), line).toBe(true);
    for (const line of ["[관련기사] 국정자원 화재 100일…'이중화' 약속은 어디까지 왔나", "관련 기사를 모아 봤다."])
      expect(related.pattern.test(line), line).toBe(false);
    const promo = boilerplateRules.find((r) => r.id === "promo-call")!;
    for (const line of [
      "[가상일보 포럼] '공공 클라우드 2026' 3월 5일 개최…사전등록 바로가기",
      "[가상경제 투자] AI가 고른 오늘의 종목…무료 체험 신청하기",
      "Digital Government Summit 2026 — Register now",
      "Download the Acme News app — read it anywhere. Get it now",
    ])
      expect(promo.pattern.test(line), line).toBe(true);
    for (const line of [
      "행안부는 누리집에 신청 바로가기 메뉴를 새로 만들었다.",
      "주민들은 정부24에서 전입신고를 신청하기 쉬워졌다고 말했다.",
      "Officials urged residents to register now.",
    ])
      expect(promo.pattern.test(line), line).toBe(false);
  });

  it("takes a copyright notice with no © before it, an update note, and no sentence about copying", () => {
    const notice = boilerplateRules.find((r) => r.id === "copyright-notice")!;
    for (const line of ["전자신문 & 전자신문인터넷, 무단전재 및 재배포 금지", "가상일보 무단 전재 및 재배포 금지"])
      expect(notice.pattern.test(line), line).toBe(true);
    expect(notice.pattern.test("법원은 그가 기사를 무단 전재 및 재배포 금지 규정을 어겼다고 판단했다.")).toBe(false);
    const update = boilerplateRules.find((r) => r.id === "update-note")!;
    for (const line of ["[기사 보강 : 3일 오후 6시 40분]", "(수정: 4일 10시)", "[Updated: March 5]"]) expect(update.pattern.test(line), line).toBe(true);
    expect(update.pattern.test("[단독] 행안부, 보강 예산 편성")).toBe(false);
    const ad = boilerplateRules.find((r) => r.id === "ad-label")!;
    expect(ad.pattern.test("[광고] 가을 정기세일 최대 70% 할인 쿠폰 받기 ▶")).toBe(true);
    expect(ad.pattern.test("광고 시장이 커졌다.")).toBe(false);
    const end = boilerplateRules.find((r) => r.id === "story-end")!;
    expect(end.pattern.test("※ This article was translated from Korean using AI and reviewed by the editors.")).toBe(true);
  });

  it("takes a read-aloud player's label and times, and ends the story at a wire story's end mark", () => {
    const player = boilerplateRules.find((r) => r.id === "audio-player")!;
    for (const line of ["Your browser does not support theaudio element.", "0:00", "기사를 읽어드립니다", "1:02 / 3:45", "AI 음성으로 듣기", "1.0x", "1.5x"])
      expect(player.pattern.test(line), line).toBe(true);
    for (const line of ["오후 2시 회의가 열렸다.", "2024"]) expect(player.pattern.test(line), line).toBe(false);
    const end = boilerplateRules.find((r) => r.id === "story-end")!;
    for (const line of ["(END)", "(끝)"]) expect(end.pattern.test(line), line).toBe(true);
  });

  it("takes a sign-off with the address before the name as the byline", () => {
    const byline = boilerplateRules.find((r) => r.id === "reporter-byline")!;
    expect(byline.pattern.exec("dohyun@example.com 권도현 기자")?.groups?.text).toBe("권도현 기자");
  });

  it("recognises each real source's outlet by signature", () => {
    const keys = Object.fromEntries(
      readdirSync(path.join(CONTENT, "sources"))
        .filter((n) => n.endsWith(".txt"))
        .map((n) => [n.slice(0, 3), detectOutlet(readFileSync(path.join(CONTENT, "sources", n), "utf8"))]),
    );
    expect(keys).toEqual({ "000": undefined, "001": "hankyung", "002": "spri", "003": "daum", "004": "krnews21" });
    expect(outletSignatures.every((s) => s.reason.length > 15)).toBe(true);
  });
});

describe("nothing of an article is lost", () => {
  it("accounts for every line of every text source: published, moved to frontmatter, or reported", async () => {
    const { sources } = await ingest(CONTENT);
    for (const source of sources.filter((s) => s.format === "text")) {
      const kept = source.versions.flatMap((v) => [v.title?.value ?? "", ...v.deck, ...v.blocks.map((b) => b.text), ...v.sections.map((s) => s.title)]);
      const reported = source.report.map((r) => r.text);
      const accounted = new Set([...kept, ...reported]);
      const lines = (source.text ?? "")
        .split("\n")
        .map((l) => l.replace(/[\s\u00a0\u3000]+/g, " ").trim())
        .filter(Boolean);
      for (const line of lines) {
        // A line split in two (a date glued to a heading) is accounted for by its two parts.
        const split = [...accounted].some((a) => line.startsWith(a) && accounted.has(line.slice(a.length).trim()));
        expect(accounted.has(line) || split, `${source.file}: "${line}" is neither published nor reported`).toBe(true);
      }
    }
  });

  it("keeps every paragraph of the HTML source's article body", async () => {
    const { sources } = await ingest(CONTENT);
    const html = sources.find((s) => s.format === "html");
    const body = html?.versions[0]?.blocks.map((b) => b.text) ?? [];
    expect(body).toHaveLength(8);
    expect(body[0]).toBe("정부가 아마존과 손잡고 공공부문 인공지능(AI) 도입과 클라우드 기반 행정 서비스 안정성 강화에 나선다.");
    expect(body.at(-1)).toMatch(/국민이 체감하는 변화를 만들겠다”고 강조했다\.$/);
  });
});

describe("page controls", () => {
  const controls = boilerplateRules.find((r) => r.id === "page-controls");
  it("match a button's label alone, as a verb, or a row of them, in Korean or English, never a sentence", () => {
    for (const label of [
      "공유",
      "공유하기",
      "기사공유하기",
      "인쇄하기",
      "글자 크기 변경하기",
      "페이스북 카카오톡 링크 복사 글자 크기 인쇄",
      "Share",
      "Font size",
      "가가가",
      "Share on Facebook",
      "Share via E-mail",
      "Reporter",
    ]) {
      expect(controls?.pattern.test(label), label).toBe(true);
    }
    for (const text of ["기사를 공유하기 쉽게 바꿨다.", "Share prices rose.", "공유 경제가 커진다"]) expect(controls?.pattern.test(text), text).toBe(false);
  });
});
