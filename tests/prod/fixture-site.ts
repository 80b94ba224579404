/**
 * A small static export shaped like the one `next build` writes (trailing-slash folders, hashed
 * assets under _next/static, inline bootstrap scripts, a 404 page, raw sources), built in a temp
 * folder so the production tests do not depend on the archive's content or on a prior build.
 */
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

/** Inline scripts of the kind Next.js emits; the CSP tests hash these exact strings themselves. */
export const inlineScripts = [
  "(self.__next_f=self.__next_f||[]).push([0])",
  'self.__next_f.push([1,"기사 \\u003c/script\\u003e payload"])',
  "document.documentElement.dataset.theme=localStorage.getItem('theme')||'light'",
];

const page = (title: string, body: string, head = ""): string =>
  `<!DOCTYPE html><html lang="ko"><head><meta charSet="utf-8"/><title>${title}</title>` +
  `<link rel="stylesheet" href="/_next/static/css/app-3f2a.css"/>` +
  `<script src="/_next/static/chunks/main-9c1d.js" async=""></script>${head}</head>` +
  `<body>${body}${inlineScripts.map((s) => `<script>${s}</script>`).join("")}</body></html>`;

/** Files of the fixture site, relative path -> contents. */
export function fixtureFiles(): Record<string, string> {
  const nav = '<nav><a href="/">홈</a> <a href="/articles/cloud-center/">기사</a> <a href="/archive/2023/">2023</a></nav>';
  return {
    "index.html": page("홈", `${nav}<main id="main"><a href="/articles/cloud-center/#p-2">둘째 문단</a> <a href="#main">본문</a></main>`),
    "articles/cloud-center/index.html": page(
      "클라우드 센터",
      `${nav}<article><p id="p-1">첫 문단 ${"데이터센터 ".repeat(80)}</p><p id="p-2">둘째 문단</p>` +
        '<img src="/og/cloud-center.png" alt=""/><a href="/sources/001.txt">원문</a></article>',
      '<meta property="og:image" content="http://localhost:3000/og/cloud-center.png"/><script type="application/ld+json">{"@type":"NewsArticle"}</script>',
    ),
    "archive/2023/index.html": page("2023", `${nav}<p>2023년 기사 1건</p>`),
    "404.html": page("찾을 수 없음", `${nav}<h1>페이지를 찾을 수 없습니다</h1>`),
    "_next/static/chunks/main-9c1d.js": `/* runtime */ ${"console.log('archive');\n".repeat(60)}`,
    "_next/static/css/app-3f2a.css": `body{word-break:keep-all}\n${".prose p{line-height:1.8}\n".repeat(40)}`,
    "sources/001.txt": `기사 스크랩\n세종시 데이터센터가 문을 열었다.\n${"공공기관 클라우드 전환이 이어진다.\n".repeat(20)}`,
    "og/cloud-center.png": "\x89PNG\r\n\x1a\n",
    "feed.xml": `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>뉴스 아카이브</title>${"<item><title>클라우드</title></item>".repeat(20)}</channel></rss>`,
    "search-index/manifest.json": JSON.stringify({ build: "42b6835960bc", docs: 1 }),
    "search-index/d/0.42b6835960bc.json": JSON.stringify({ id: "cloud-center" }),
    "search-index/meta.json": JSON.stringify({ docs: 1, terms: Array.from({ length: 40 }, (_, i) => `클라우드${i}`) }),
    ".env": "SECRET=do-not-serve\n",
    ".git/config": "[core]\n",
  };
}

/** Writes the fixture site to a fresh temp folder and returns its path. */
export function makeFixtureSite(overrides: Record<string, string | null> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "archive-site-"));
  // mkdtemp makes the folder private; nginx's workers (an unprivileged user) must be able to read it.
  chmodSync(dir, 0o755);
  const files: Record<string, string | null> = { ...fixtureFiles(), ...overrides };
  for (const [rel, text] of Object.entries(files)) {
    if (text === null) continue;
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}
