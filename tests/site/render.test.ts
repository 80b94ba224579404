/** The article renderer: inert output for hostile markdown, and the ids readers link to. */
import { describe, expect, it } from "vitest";
import { renderMarkdown } from "@/lib/render";

describe("renderMarkdown", () => {
  it("shows raw HTML as text: no script, iframe or handler survives, the words do", () => {
    const html = renderMarkdown(
      '앞 <b onclick="steal()">굵게</b> 뒤\n\n<script>alert("x")</script>\n\n<iframe src="https://evil.example"></iframe>\n\n[누르기](javascript:alert(1))',
    );
    // Every "<" of the source is escaped: the tags are shown, never parsed.
    expect(html).not.toMatch(/<(script|iframe|b)[\s>]|href="javascript:/i);
    expect(html).toContain("&#x3C;b onclick=");
    expect(html).toContain("굵게");
    expect(html).toContain('alert("x")');
    expect(html).toContain("누르기");
  });

  it("numbers paragraphs p-1, p-2 ... each with its own # link", () => {
    const html = renderMarkdown("첫째 문단.\n\n둘째 문단.\n\n- 목록\n\n셋째 문단.");
    expect([...html.matchAll(/<p id="(p-\d+)">/g)].map((m) => m[1])).toEqual(["p-1", "p-2", "p-3"]);
    expect(html).toContain('<a href="#p-2" class="para-link" aria-label="2번째 문단 링크">#</a>');
  });

  it("prefixes ids that come from the content, so they cannot collide with ours", () => {
    const html = renderMarkdown("본문[^1]\n\n[^1]: 주석");
    for (const m of html.matchAll(/id="([^"]+)"/g)) expect(m[1]).toMatch(/^(p-\d+|user-content-.+)$/);
  });

  it("gives ## headings the section anchors, and only safe ones", () => {
    const sections = [
      { anchor: "section-1", dateLabel: "2018년 7월 2일" },
      { anchor: 'bad id"><script>', dateLabel: "2018년 7월 6일" },
    ];
    const html = renderMarkdown("## 하나\n\n글\n\n## 둘\n\n글", { sections });
    expect(html).toContain('<h2 id="section-1">하나</h2>');
    expect(html).toContain("<h2>둘</h2>");
    expect(html).not.toContain("<script");
  });

  it("shows each digest part's date and original link under its heading", () => {
    const sections = [
      { anchor: "section-1", dateLabel: "2018년 7월 2일", dateTime: "2018-07-02", url: "http://www.msip.go.kr/a" },
      { anchor: "section-2", dateLabel: "2018년 7월 6일" },
    ];
    const html = renderMarkdown("## 하나\n\n글\n\n## 둘\n\n글", { sections });
    expect(html).toMatch(
      /<h2 id="section-1">하나<\/h2><div class="section-meta"><time datetime="2018-07-02">2018년 7월 2일<\/time> · <a href="http:\/\/www.msip.go.kr\/a"[^>]*>원문 보기<\/a><\/div>/,
    );
    expect(html).toMatch(/<h2 id="section-2">둘<\/h2><div class="section-meta"><time>2018년 7월 6일<\/time><\/div>/);
    // Paragraph numbering is unchanged by the inserted lines.
    expect(html.match(/<p id="p-\d+"/g)).toHaveLength(2);
  });

  it("shows a part's deck between its heading and its date line, outside the paragraph numbering", () => {
    const sections = [
      { anchor: "section-1", dateLabel: "2018년 7월 2일", deck: "2018년‘클라우드 선도활용 시범지구 조성사업’2개 지자체 선정" },
      { anchor: "section-2", dateLabel: "2018년 7월 6일" },
    ];
    const html = renderMarkdown("## 하나\n\n글\n\n## 둘\n\n글", { sections });
    expect(html).toContain(
      '<h2 id="section-1">하나</h2><div class="section-deck">2018년‘클라우드 선도활용 시범지구 조성사업’2개 지자체 선정</div><div class="section-meta"><time>2018년 7월 2일</time></div>',
    );
    expect(html).toContain('<h2 id="section-2">둘</h2><div class="section-meta">');
    expect(html.match(/section-deck/g)).toHaveLength(1);
    expect([...html.matchAll(/<p id="(p-\d+)">/g)].map((m) => m[1])).toEqual(["p-1", "p-2"]);
  });

  it("never loads a remote image: it becomes a link to the original", () => {
    const html = renderMarkdown("![행안부 장관](https://img.example/a.jpg)");
    expect(html).not.toContain("<img");
    expect(html).toContain('href="https://img.example/a.jpg"');
    expect(html).toContain("[이미지: 행안부 장관]");
  });
});
