/** One block of tests per pipeline step, each on a small input a reader could check by eye. */
import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import matter from "gray-matter";
import { describe, expect, it } from "vitest";
import { articleSchema } from "../../src/lib/article-schema";
import { loadGlossary, loadTopics } from "../../src/lib/taxonomy";
import { rulesFor } from "../../scripts/ingest/boilerplate-rules";
import { assignSlugsStep, slugFromTitle } from "../../scripts/ingest/steps/assign-slugs";
import { assignTopicsStep, scoreTopics, topicsFor } from "../../scripts/ingest/steps/assign-topics";
import { dedupe } from "../../scripts/ingest/steps/dedupe";
import { extractMetadata } from "../../scripts/ingest/steps/extract-metadata";
import { identifyOutletStep } from "../../scripts/ingest/steps/identify-outlet";
import { linkTranslationsStep } from "../../scripts/ingest/steps/link-translations";
import { loadSidecarStep } from "../../scripts/ingest/steps/load-sidecar";
import { htmlBlocks, parseMarkupStep, sourceFormat, textBlocks } from "../../scripts/ingest/steps/parse-markup";
import { decode, readSource } from "../../scripts/ingest/steps/read-source";
import { bodyMarkdown, frontmatterOf, renderFile } from "../../scripts/ingest/steps/render";
import { resolveDate } from "../../scripts/ingest/steps/resolve-date";
import { languageOf, splitLanguages } from "../../scripts/ingest/steps/split-languages";
import { splitSections } from "../../scripts/ingest/steps/split-sections";
import { stripBoilerplate } from "../../scripts/ingest/steps/strip-boilerplate";
import { summarize } from "../../scripts/ingest/steps/summarize";
import { titleAndDeck } from "../../scripts/ingest/steps/title-and-deck";
import { newSource, type RunContext, type Source } from "../../scripts/ingest/types";
import { CONTENT, FIXTURES } from "./helpers";

function source(text = "", extra: Partial<Source> = {}): Source {
  return { ...newSource("t.txt", "/nowhere/t.txt", "sources/t.txt"), text, blocks: textBlocks(text), ...extra };
}
const texts = (s: Source) => s.blocks.map((b) => b.text);
const glossary = loadGlossary(CONTENT);
const ctx: RunContext = { contentDir: CONTENT, sourcesDir: "", articlesDir: "", glossary, topics: loadTopics(CONTENT, glossary), existingSlugs: new Map() };

describe("read-source", () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), "read-source-"));
  const read = (bytes: Buffer | string) => {
    const file = path.join(tmp, "x.txt");
    writeFileSync(file, bytes);
    const s = source("", { path: file });
    readSource(s);
    return s;
  };
  it("turns CRLF into LF and says so", () => {
    const s = read("제목\r\n본문이다.\r\n");
    expect(s.text).toBe("제목\n본문이다.\n");
    expect(s.notes.join()).toMatch(/CRLF/);
  });
  it("normalizes decomposed Hangul to NFC with a warning", () => {
    const s = read("세종시".normalize("NFD"));
    expect(s.text).toBe("세종시");
    expect(s.warnings.join()).toMatch(/NFD/);
  });
  it("decodes every Hangul syllable from CP949, including the extension EUC-KR lacks", () => {
    const bytes = readFileSync(path.join(FIXTURES, "_data/all-hangul-syllables.cp949"));
    const all = Array.from({ length: 11172 }, (_, i) => String.fromCharCode(0xac00 + i)).join("");
    expect(decode(bytes)).toMatchObject({ encoding: "EUC-KR/CP949", text: all });
  });
  it("refuses bytes that are neither UTF-8 nor CP949", () => {
    expect(() => decode(new Uint8Array([0xc8, 0xff, 0xff]))).toThrow(/neither UTF-8/);
  });
  it("records the sha256 of the bytes as received", () => {
    const bytes = Buffer.from("\ufeff가\r\n", "utf8");
    expect(read(bytes).sha256).toBe(createHash("sha256").update(bytes).digest("hex"));
  });
});

describe("load-sidecar", () => {
  it("names the sidecar and the field when a sidecar is invalid", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "sidecar-"));
    writeFileSync(path.join(dir, "t.meta.json"), JSON.stringify({ slug: "Not A Slug" }));
    const s = source("x", { path: path.join(dir, "t.txt") });
    await expect(loadSidecarStep.run([s], ctx)).rejects.toThrow(/sources\/t\.txt: t\.meta\.json: invalid sidecar: slug:/);
  });
  it("lets a source without a sidecar through, with a note", async () => {
    const s = source("x", { path: path.join(mkdtempSync(path.join(os.tmpdir(), "sidecar-")), "t.txt") });
    await loadSidecarStep.run([s], ctx);
    expect(s.sidecar).toBeUndefined();
    expect(s.notes.join()).toMatch(/no sidecar/);
  });
});

describe("identify-outlet", () => {
  it("recognises an outlet by its signature when no sidecar names it", async () => {
    const s = source("[뉴스21일간=임정훈] 울산 동구는");
    await identifyOutletStep.run([s], ctx);
    expect(s.outletKey).toBe("krnews21");
  });
  it("prefers the sidecar's outlet", async () => {
    const s = source("[뉴스21일간=임정훈]", { sidecar: { outletKey: "spri", originalUrls: [] } });
    await identifyOutletStep.run([s], ctx);
    expect(s.outletKey).toBe("spri");
  });
});

describe("parse-markup", () => {
  it("makes one block per non-empty line of a text source, collapsing odd spaces", () => {
    expect(texts(source("첫 줄\n\u00a0\n  둘째\u3000 줄  \n"))).toEqual(["첫 줄", "둘째 줄"]);
  });
  it("parses markup only where the source is markup: a .html file, or text laid out in elements", () => {
    expect(sourceFormat("a.txt", "<p>문단</p>\n<p>둘째 문단</p>")).toBe("html");
    expect(sourceFormat("a.txt", "첫 줄<br>둘째 줄<br/>셋째 줄")).toBe("html");
    expect(sourceFormat("a.html", "제목만 있는 페이지")).toBe("html");
    expect(sourceFormat("a.txt", "3 < 5 이고 a<b 이다")).toBe("text");
    // Prose that names tags is text: what follows "<script>" is not code.
    expect(sourceFormat("a.txt", "게시판에 <script> 태그를 넣어 공격했다.\n피해는 <p>와 <div> 태그로 번졌다.\n이후 복구됐다.")).toBe("text");
  });
  it("keeps every word of a text source whose prose mentions a tag", () => {
    const s = source("보안 점검\n게시판에 <script> 태그를 넣어 공격했다.\n피해는 없었다고 밝혔다.\n");
    parseMarkupStep.run([s], ctx);
    expect(s.format).toBe("text");
    expect(s.blocks.map((b) => b.text)).toEqual(["보안 점검", "게시판에 <script> 태그를 넣어 공격했다.", "피해는 없었다고 밝혔다."]);
  });
  it("warns on the console when a dropped element held prose", () => {
    const s = source();
    htmlBlocks(s, "<p>앞 문단이다.</p><script>뒤에 이어진 문단이 여기 갇혔다.</script>");
    expect(s.warnings.join("\n")).toMatch(/removed a <script> element holding text that reads like prose/);
  });
  it("keeps the text of hostile markup and drops the code", () => {
    const s = source();
    const blocks = htmlBlocks(s, `<p onclick="x()">앞 <a href="javascript:alert(1)">링크 글</a> 뒤</p><script>alert("x")</script><iframe>틀</iframe>`);
    expect(blocks.map((b) => b.text)).toEqual(["앞 링크 글 뒤"]);
    expect(s.report.map((r) => r.rule).sort()).toEqual(["html-event-handler", "html-non-content", "html-non-content", "html-script-link"]);
  });
  it("moves images to frontmatter with the original address (data-org-src), alt and caption", () => {
    const s = source();
    const blocks = htmlBlocks(
      s,
      `<figure><img src="https://proxy.example/r.jpg" data-org-src="https://cdn.example/o.jpg" alt="대체"><figcaption> 설명 </figcaption></figure><p>본문.</p>`,
    );
    expect(blocks.map((b) => b.text)).toEqual(["본문."]);
    expect(s.images).toEqual([{ src: "https://cdn.example/o.jpg", alt: "대체", caption: "설명" }]);
  });
});

describe("strip-boilerplate", () => {
  const rules = rulesFor("krnews21");
  it("removes menu lines and reports each with its rule", () => {
    const s = source("기사 스크랩\n-\n제목\n본문이다.\nTAG");
    stripBoilerplate(s, rules);
    expect(texts(s)).toEqual(["제목", "본문이다."]);
    expect(s.report.map((r) => `${r.rule}:${r.text}`)).toEqual(["menu-article-tools:기사 스크랩", "menu-separator:-", "tag-label:TAG"]);
  });
  it("never removes a sentence that merely contains a menu word", () => {
    const s = source("기사 스크랩 기능이 생겼다.\n공유 경제가 커졌다.");
    stripBoilerplate(s, rules);
    expect(texts(s)).toHaveLength(2);
  });
  it("removes a range only when its closing line exists", () => {
    const closed = source("본문이다.\n많이 본 뉴스더보기\n1. 다른 기사\n후원사\n모바일 버전 바로가기");
    stripBoilerplate(closed, rules);
    expect(texts(closed)).toEqual(["본문이다."]);
    const open = source("본문이다.\n많이 본 뉴스\n이 문단은 기사다.");
    stripBoilerplate(open, rules);
    expect(texts(open)).toEqual(["본문이다.", "많이 본 뉴스", "이 문단은 기사다."]);
    expect(open.warnings.join()).toMatch(/nothing removed/);
  });
  it("takes a box of related stories out from between paragraphs, and the story goes on after it", () => {
    const first = "정부가 공공 정보시스템의 민간 클라우드 전환에 다시 속도를 낸다고 23일 밝혔다.";
    const last = '과기정통부 관계자는 "기관별 애로사항을 분기마다 점검해 제도 개선에 반영하겠다"고 말했다.';
    const s = source(
      `${first}\n관련기사\n'행정망 먹통' 후폭풍…공공 클라우드 이중화 논의\nCSAP 하등급 시행 1년…해외 CSP 진출 '아직'\n${last}\n관련 뉴스\n다른 기사의 제목 하나\n다른 기사의 제목 둘`,
    );
    stripBoilerplate(s, rulesFor(undefined));
    expect(texts(s)).toEqual([first, last]);
    expect(s.report.filter((r) => r.rule === "related-list").map((r) => r.text)).toEqual([
      "관련기사",
      "'행정망 먹통' 후폭풍…공공 클라우드 이중화 논의",
      "CSAP 하등급 시행 1년…해외 CSP 진출 '아직'",
      "관련 뉴스",
      "다른 기사의 제목 하나",
      "다른 기사의 제목 둘",
    ]);
  });
  it("takes a caption marked ▲ with the photo credit under it, and an AI summary box through its note", () => {
    const first = "정부가 공공 정보시스템의 민간 클라우드 전환에 다시 속도를 낸다고 23일 밝혔다.";
    const caption = "▲ 23일 정부세종청사에서 관계자들이 회의를 하고 있다.";
    const s = source(
      `AI 요약\n베타\n공공 클라우드 전환 가속\n※ AI 요약은 인공지능이 자동 생성한 것으로 기사와 다를 수 있습니다.\n${first}\n${caption}\nⓒ 가상일보\n▲ 추진 배경: 행정망 장애 재발 방지`,
    );
    stripBoilerplate(s, rulesFor(undefined));
    // A ▲ line with no credit under it is the story's own list.
    expect(texts(s)).toEqual([first, "▲ 추진 배경: 행정망 장애 재발 방지"]);
    expect(s.report.filter((r) => r.rule === "photo-caption").map((r) => r.text)).toEqual([caption]);
    expect(s.report.filter((r) => r.rule === "ai-summary")).toHaveLength(4);
  });
  it("ends the story at a box of related stories when what follows it is another list, not the story", () => {
    const body = "정부가 공공 정보시스템의 민간 클라우드 전환에 다시 속도를 낸다고 23일 밝혔다.";
    const s = source(`${body}\n관련기사\n다른 기사의 제목 하나\n많이 본 뉴스\n1\n\"전세사기 피해자 지원 확대\"…국토부가 경매 유예 기간을 연장했다.`);
    stripBoilerplate(s, rulesFor(undefined));
    expect(texts(s)).toEqual([body]);
  });
  it("takes a newsletter promotion from between paragraphs, and the story goes on", () => {
    const first = "The government will move more than 1,500 public systems onto commercial cloud platforms by 2026.";
    const last = "Cloud industry officials welcomed the plan but said clear procurement rules would be key.";
    const s = source(`${first}\nGet the latest Korea news in your inbox. Sign up for The Korea Times newsletter.\nSubscribe\n${last}`);
    stripBoilerplate(s, rulesFor(undefined));
    expect(texts(s)).toEqual([first, last]);
  });
  it("cuts an anchored fragment and keeps the rest of the line", () => {
    const s = source("행안부, 아마존과 협력 작성일 12-04 9 목록");
    stripBoilerplate(s, rulesFor("daum"));
    expect(texts(s)).toEqual(["행안부, 아마존과 협력"]);
  });
});

describe("dedupe", () => {
  it("removes word-for-word repeats, keeps the first, reports the rest", () => {
    const s = source("가는 문단이다.\n나는 문단이다.\n가는 문단이다.");
    dedupe(s);
    expect(texts(s)).toEqual(["가는 문단이다.", "나는 문단이다."]);
    expect(s.report).toEqual([{ rule: "dedupe", action: "removed", text: "가는 문단이다." }]);
  });
});

describe("extract-metadata", () => {
  it("moves a reporter byline with its dateline to the frontmatter", () => {
    const s = source("본문이다.\n부산=이승우 기자 leeswoo@hankyung.com");
    extractMetadata(s, rulesFor(undefined));
    expect(texts(s)).toEqual(["본문이다."]);
    expect(s.found.byline).toEqual({ value: "부산=이승우 기자 leeswoo@hankyung.com", origin: "stated", from: "line 2 of the source" });
    expect(s.report[0]).toMatchObject({ action: "moved", to: "byline" });
  });
  it("moves krnews21's bullets: name, registered time, sub-headline", () => {
    const s = source("제목\n• 이운성\n• 등록 2010-11-24 16:12:00\n• 우리나라 전자정부 대표 명품 브랜드의 개도국 진출\n본문이다.");
    extractMetadata(s, rulesFor("krnews21"));
    expect(texts(s)).toEqual(["제목", "본문이다."]);
    expect(s.found.byline?.value).toBe("이운성");
    expect(s.found.published).toMatchObject({ value: "2010-11-24", precision: "day", origin: "stated", time: "16:12" });
    expect(s.found.deck).toEqual(["우리나라 전자정부 대표 명품 브랜드의 개도국 진출"]);
  });
  it("marks a digest's '원문 보기' line as a section boundary with its date and link", () => {
    const s = source("(2018. 7. 2 원문 보기 >  http://www.msip.go.kr/a?b=1");
    extractMetadata(s, rulesFor("spri"));
    expect(s.blocks[0]?.sectionLink).toEqual({ url: "http://www.msip.go.kr/a?b=1", date: "2018-07-02", sourceText: "2018. 7. 2" });
  });
});

describe("split-languages", () => {
  it("classifies by script, not by position; Latin acronyms stay Korean", () => {
    expect(languageOf("네이버 클라우드와 AI, AWS를 논의했다.")).toBe("ko");
    expect(languageOf("Sejong City held a seminar.")).toBe("en");
  });
  it("splits a Korean-then-English story into two versions with ids", () => {
    const ko = ["가가가 문단이다.", "나나나 문단이다.", "다다다 문단이다."];
    const en = ["English Title", "First sentence here.", "Second one here."];
    const s = source([...ko, ...en].join("\n"));
    splitLanguages(s);
    expect(s.versions.map((v) => [v.id, v.lang, v.blocks.length])).toEqual([
      ["t", "ko", 3],
      ["t-en", "en", 3],
    ]);
  });
  it("does not split for one English quotation", () => {
    const s = source("가가가 문단이다.\nA quoted English line.\n나나나 문단이다.");
    splitLanguages(s);
    expect(s.versions).toHaveLength(1);
  });
});

describe("title-and-deck", () => {
  it("takes a headline and the short lines under it as deck", () => {
    const s = source(
      '"전산 장애 안타까워"…정부 반성문 내놨다\n고진 디지털플랫폼정부위원장\n대한민국 정부 박람회서 밝혀\n고진 위원장은 전산 장애가 안타까워 반성문을 내놨다.\n둘째 문단이다.',
    );
    splitLanguages(s);
    titleAndDeck(s);
    const v = s.versions[0]!;
    expect(v.title).toMatchObject({ value: '"전산 장애 안타까워"…정부 반성문 내놨다', origin: "stated" });
    expect(v.deck).toEqual(["고진 디지털플랫폼정부위원장", "대한민국 정부 박람회서 밝혀"]);
    expect(v.blocks.map((b) => b.text)).toEqual(["고진 위원장은 전산 장애가 안타까워 반성문을 내놨다.", "둘째 문단이다."]);
  });
  it("removes, and reports, labels between the headline and the story too short or too polite to be a sub-headline", () => {
    const s = source(
      "행정망 먹통 1년…정부, 데이터센터 이중화 앞당긴다\n2027년까지 핵심 시스템 32개 재구축\n가장 작게\n보통\n이 기사를 공유합니다\nFont size\n정부가 국가 핵심 전산시스템의 이중화 작업을 3년 앞당기기로 했다.",
    );
    splitLanguages(s);
    titleAndDeck(s);
    expect(s.versions[0]?.deck).toEqual(["2027년까지 핵심 시스템 32개 재구축"]);
    expect(s.versions[0]?.blocks.map((b) => b.text)).toEqual(["정부가 국가 핵심 전산시스템의 이중화 작업을 3년 앞당기기로 했다."]);
    expect(s.report.filter((r) => r.rule === "header-label").map((r) => r.text)).toEqual(["가장 작게", "보통", "이 기사를 공유합니다", "Font size"]);
  });
  it("fails, naming the file, when the text opens with a sentence and no sidecar gives a title", () => {
    const s = source("세종시가 26일 연찬회를 열었다.\n둘째 문단이다.");
    splitLanguages(s);
    expect(() => titleAndDeck(s)).toThrow(/sources\/t\.txt: no recognizable title/);
  });
  it("uses the sidecar's title, marked editorial, when the text has none", () => {
    const s = source("세종시가 26일 연찬회를 열었다.", { sidecar: { originalUrls: [], title: { value: "세종시 연찬회", origin: "editorial" } } });
    splitLanguages(s);
    titleAndDeck(s);
    expect(s.versions[0]?.title).toEqual({ value: "세종시 연찬회", origin: "editorial" });
  });
});

describe("split-sections", () => {
  it("makes each digest part a section: heading, date, link; strips the glued date", () => {
    const s = source(
      "7월 2일지자체 클라우드, 본격 시동!\n본문 하나다.\n(2018. 7. 2 원문 보기 > http://a.example/1\n개방형 기술혁신\n본문 둘이다.\n(2018.7.6 원문보기 > http://a.example/2",
    );
    extractMetadata(s, rulesFor("spri"));
    splitLanguages(s);
    splitSections(s);
    const v = s.versions[0]!;
    expect(v.sections.map((x) => [x.title, x.anchor, x.published.value, x.url])).toEqual([
      ["지자체 클라우드, 본격 시동!", "section-1", "2018-07-02", "http://a.example/1"],
      ["개방형 기술혁신", "section-2", "2018-07-06", "http://a.example/2"],
    ]);
    expect(v.blocks.map((b) => `${b.kind}:${b.text}`)).toEqual([
      "heading:지자체 클라우드, 본격 시동!",
      "paragraph:본문 하나다.",
      "heading:개방형 기술혁신",
      "paragraph:본문 둘이다.",
    ]);
  });
  it("moves a dash-wrapped line under a part's heading to that section's deck, reported", () => {
    const s = source("개방형 기술혁신\n-‘2018년 공개 소프트웨어 그랜드챌린지’ 개최 -\n본문이다.\n(2018.7.6 원문보기 > http://a.example/2");
    extractMetadata(s, rulesFor("spri"));
    splitLanguages(s);
    splitSections(s);
    const v = s.versions[0]!;
    expect(v.sections[0]?.deck).toBe("‘2018년 공개 소프트웨어 그랜드챌린지’ 개최");
    expect(v.blocks.map((b) => b.text)).toEqual(["개방형 기술혁신", "본문이다."]);
    expect(s.report).toContainEqual({ rule: "section-deck", action: "moved", to: "sections[0].deck", text: "-‘2018년 공개 소프트웨어 그랜드챌린지’ 개최 -" });
  });
});

describe("resolve-date", () => {
  it("prefers a stated date over the sidecar, and warns when they disagree", () => {
    const s = source("x", {
      found: { deck: [], published: { value: "2010-11-24", precision: "day", origin: "stated" } },
      sidecar: { originalUrls: [], published: { value: "2010-11-25", precision: "day", origin: "editorial" } },
    });
    expect(resolveDate(s).value).toBe("2010-11-24");
    expect(s.warnings.join()).toMatch(/states 2010-11-24 but the sidecar says 2010-11-25/);
  });
  it("keeps a date unknown, with what the text says, and never uses today", () => {
    const s = source("세종시가 26일 연찬회를 열었다.");
    splitLanguages(s);
    const d = resolveDate(s);
    expect(d).toMatchObject({ precision: "unknown", sourceText: "26일" });
    expect(d.value).toBeUndefined();
    expect(JSON.stringify(d)).not.toContain(new Date().toISOString().slice(0, 10));
  });
});

describe("assign-topics", () => {
  const body = (text: string) => ({ title: "", lead: [], body: [text] });
  it("assigns topics by glossary terms and records the matched forms", () => {
    const topics = topicsFor(body("클라우드 전환과 클라우드 보안, AWS 협력"), ctx.topics, ctx.glossary);
    expect(topics.find((t) => t.id === "cloud")).toEqual({ id: "cloud", matched: ["클라우드", "AWS"], by: "rule" });
  });
  it("needs more than a passing mention", () => {
    expect(topicsFor(body("인공지능 한 번"), ctx.topics, ctx.glossary).map((t) => t.id)).not.toContain("ai");
  });
  it("weighs the title above the body and keeps what the story is about first", () => {
    const parts = {
      title: "데이터센터 화재 대비 훈련",
      lead: ["정부 데이터센터가 화재 대비 훈련을 했다."],
      body: ["훈련에는 클라우드 담당자도 참여했다.", "데이터센터 전원을 끊고 복구했다.", "인공지능 활용도 논의했다."],
    };
    const scores = scoreTopics(parts, ctx.topics, ctx.glossary);
    expect(scores[0]?.id).toBe("data-centers");
    const kept = topicsFor(parts, ctx.topics, ctx.glossary).map((t) => t.id);
    expect(kept[0]).toBe("data-centers");
    expect(kept).not.toContain("ai");
  });
  it("keeps every topic that qualifies, however many, best first", () => {
    const parts = {
      title: "클라우드·데이터센터·인공지능·오픈소스 한자리에",
      lead: ["클라우드와 데이터센터, 인공지능, 오픈소스 기업이 모였다."],
      body: ["클라우드 전환 사례가 소개됐다.", "데이터센터 전력 문제도 다뤘다.", "인공지능 모델 시연이 있었다.", "오픈소스 개발자도 참여했다."],
    };
    const scores = scoreTopics(parts, ctx.topics, ctx.glossary);
    const kept = topicsFor(parts, ctx.topics, ctx.glossary).map((t) => t.id);
    expect(kept).toEqual(expect.arrayContaining(["cloud", "data-centers", "ai", "open-source"]));
    expect(kept).toEqual(scores.filter((t) => t.qualifies).map((t) => t.id));
  });
  it("keeps a topic the story discusses in three places though another scores far higher; two places are a passing mention", () => {
    const ministry = "행정안전부와 지자체, 공공기관, 공무원이 함께 추진한다.";
    const parts = (cloudParagraphs: number) => ({
      title: "행정안전부, 지자체 공무원 교육 강화",
      lead: [ministry],
      body: [ministry, ministry, ...Array.from({ length: cloudParagraphs }, (_, i) => `${i + 1}단계로 서버를 클라우드로 옮긴다.`)],
    });
    const three = scoreTopics(parts(3), ctx.topics, ctx.glossary);
    expect(three.find((t) => t.id === "cloud")).toMatchObject({ score: 3, places: 3, discussed: true, qualifies: true });
    expect(three[0]?.score).toBeGreaterThan(6);
    expect(scoreTopics(parts(2), ctx.topics, ctx.glossary).find((t) => t.id === "cloud")).toMatchObject({ places: 2, discussed: false, qualifies: false });
  });
  it("lets a sidecar override, and refuses unknown topic ids", async () => {
    const s = source("x", {
      sidecar: { originalUrls: [], topics: ["ai"] },
      versions: [{ id: "t", lang: "ko", blocks: [], deck: [], topics: [], sections: [] }],
    });
    await assignTopicsStep.run([s], ctx);
    expect(s.versions[0]?.topics).toEqual([{ id: "ai", matched: [], by: "override" }]);
    const bad = source("x", { sidecar: { originalUrls: [], topics: ["nope"] } });
    await expect(assignTopicsStep.run([bad], ctx)).rejects.toThrow(/unknown topic id\(s\) nope/);
  });
});

describe("summarize", () => {
  it("takes the first sentence, or two when the first is short", () => {
    expect(summarize(["짧은 문장이다. 둘째 문장도 여기에 있다. 셋째다."])).toBe("짧은 문장이다. 둘째 문장도 여기에 있다.");
  });
});

describe("assign-slugs", () => {
  it("derives a short ASCII slug from a Korean title", () => {
    expect(slugFromTitle("행안부, 아마존과 '공공 AI·클라우드 안정성' 협력 논의… 7조원")).toBe("haenganbu-amajongwa-gonggong-ai-keullaudeu-anjeongseong");
  });
  it.each([
    ["[단독] 행안부, 아마존과 협력 논의", "haenganbu-amajongwa-hyeomnyeok-nonui"],
    ["[속보][종합2보] 정부 전산망 장애", "jeongbu-jeonsanmang-jangae"],
    ["(종합) 정부 전산망 장애", "jeongbu-jeonsanmang-jangae"],
    ["【포토】 세종시 연찬회", "sejongsi-yeonchanhoe"],
    ["EXCLUSIVE: Korea to move systems", "korea-to-move-systems"],
    ["(2nd LD) Korea to move systems", "korea-to-move-systems"],
    // Not labels: a company's (주), a headline that is all brackets, a colon after a name.
    ["(주)카카오, 데이터센터 화재", "ju-kakao-deiteosenteo-hwajae"],
    ["[2025 공공 보안 컨퍼런스 사전등록 진행 중]", "2025-gonggong-boan-keonpeoreonseu-sajeondeungnok-jinhaeng"],
    ["Korea: the cloud", "korea-the-cloud"],
  ])("leaves a headline's label out of the slug: %s", (title, slug) => expect(slugFromTitle(title)).toBe(slug));
  it("keeps the label in the title and says what the slug left out, with the rule's reason", async () => {
    const s = source("x", {
      versions: [{ id: "t", lang: "ko", blocks: [], deck: [], topics: [], sections: [], title: { value: "[단독] 정부 전산망 장애", origin: "stated" } }],
    });
    await assignSlugsStep.run([s], ctx);
    expect(s.versions[0]?.slug).toBe("jeongbu-jeonsanmang-jangae");
    expect(s.versions[0]?.title?.value).toBe("[단독] 정부 전산망 장애");
    expect(s.notes.join("\n")).toMatch(/the slug leaves out the headline's label "\[단독\]" \(headline-label: A bracketed label .+ The title keeps it\.\)/);
  });
  it("keeps the slug an article already has when its title changes (no sidecar slug)", async () => {
    const s = source("x", {
      versions: [{ id: "t", lang: "ko", blocks: [], deck: [], topics: [], sections: [], title: { value: "고친 제목", origin: "stated" } }],
    });
    await assignSlugsStep.run([s], { ...ctx, existingSlugs: new Map([["t", "published-slug"]]) });
    expect(s.versions[0]?.slug).toBe("published-slug");
  });
});

describe("link-translations", () => {
  it("links language versions of one story both ways", async () => {
    const v = (id: string, lang: "ko" | "en", slug: string) => ({ id, lang, slug, blocks: [], deck: [], topics: [], sections: [] });
    const s = source("x", { versions: [v("t", "ko", "a"), v("t-en", "en", "a-en")] });
    await linkTranslationsStep.run([s], ctx);
    expect(s.versions.map((x) => x.translations)).toEqual([[{ lang: "en", slug: "a-en" }], [{ lang: "ko", slug: "a" }]]);
  });
  it("refuses two sources with the same slug, naming both files", () => {
    const v = { id: "x", lang: "ko" as const, slug: "same", blocks: [], deck: [], topics: [], sections: [] };
    const a = source("x", { display: "sources/a.txt", versions: [{ ...v }] });
    const b = source("x", { display: "sources/b.txt", versions: [{ ...v }] });
    expect(() => linkTranslationsStep.run([a, b], ctx)).toThrow(/sources\/b\.txt: slug "same" is also the slug of sources\/a\.txt/);
  });
});

describe("render", () => {
  it("escapes markdown syntax in body text so it reads as written", () => {
    expect(
      bodyMarkdown([
        { kind: "paragraph", text: "- 2018년 사업 선정-", line: 1 },
        { kind: "paragraph", text: "# 아님 *별* [링크](x)", line: 2 },
      ]),
    ).toBe("\\- 2018년 사업 선정-\n\n\\# 아님 \\*별\\* \\[링크]\\(x)\n");
  });
  it("writes a generated header, schema-valid frontmatter that reads back, and the body", () => {
    const s = source("x", { sha256: "a".repeat(64), published: { precision: "unknown" } });
    const version = {
      id: "t",
      lang: "ko" as const,
      slug: "t",
      title: { value: "제목", origin: "stated" as const },
      summary: "요약.",
      blocks: [],
      deck: [],
      topics: [],
      sections: [],
      translations: [],
    };
    const fm = frontmatterOf(s, version);
    const text = renderFile(s, fm, "본문.\n");
    expect(text.split("\n")[1]).toMatch(/^# Generated by `npm run content:ingest`/);
    expect(articleSchema.parse(matter(text).data)).toEqual(fm);
    expect(matter(text).content.trim()).toBe("본문.");
  });
  it("refuses an article the schema rejects, naming the file and field", () => {
    const s = source("x", { sha256: "not-a-hash", published: { precision: "unknown" } });
    const version = {
      id: "t",
      lang: "ko" as const,
      slug: "t",
      title: { value: "제목", origin: "stated" as const },
      summary: "요약.",
      blocks: [],
      deck: [],
      topics: [],
      sections: [],
    };
    expect(() => frontmatterOf(s, version)).toThrow(/sources\/t\.txt: article t does not fit the schema: source\.sha256/);
  });
});

describe("parse-markup: plain text with HTML leftovers", () => {
  it("decodes character references a scraper left in plain text, and keeps a literal '<'", () => {
    expect(texts(source("&quot;전산 장애&quot; &amp; &#8220;복구&#8221;&nbsp;끝 a<b"))).toEqual(['"전산 장애" & “복구” 끝 a<b']);
  });
});

describe("resolve-date: per language", () => {
  it("quotes the English text's own wording of an unknown day", async () => {
    const { publishedForVersion } = await import("../../scripts/ingest/steps/resolve-date");
    const en = { id: "t-en", lang: "en" as const, blocks: textBlocks("The city held a seminar on the 26th."), deck: [], topics: [], sections: [] };
    expect(publishedForVersion({ precision: "unknown", sourceText: "26일" }, en).sourceText).toBe("on the 26th");
    const ko = { ...en, lang: "ko" as const };
    expect(publishedForVersion({ precision: "unknown", sourceText: "26일" }, ko).sourceText).toBe("26일");
  });
});

describe("listing sources", () => {
  it("refuses a stray file or a sidecar without its source, naming it", async () => {
    const { listSources } = await import("../../scripts/ingest/index");
    const dir = mkdtempSync(path.join(os.tmpdir(), "list-"));
    writeFileSync(path.join(dir, "a.txt"), "x");
    writeFileSync(path.join(dir, ".gitkeep"), "");
    expect(listSources(dir)).toEqual(["a.txt"]);
    writeFileSync(path.join(dir, "b.meta.json"), "{}");
    expect(() => listSources(dir)).toThrow(/b\.meta\.json: a sidecar without its source/);
    writeFileSync(path.join(dir, "b.txt"), "x");
    writeFileSync(path.join(dir, "notes.docx"), "x");
    expect(() => listSources(dir)).toThrow(/notes\.docx: not a source/);
  });
});

describe("resolve-date: sidecar dates are checked", () => {
  it("refuses an unknown date that carries a value, naming the file", () => {
    const s = source("x", { sidecar: { originalUrls: [], published: { value: "2024-01-01", precision: "unknown" } } });
    expect(() => resolveDate(s)).toThrow(/sources\/t\.txt: sidecar published: \(root\): an unknown date has no value/);
  });
});
