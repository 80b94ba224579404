/**
 * Page chrome and metadata lines, as data. Each row says what it matches, for which outlets, what
 * happens to the match, and why that is safe. A new outlet means new rows here, not new code.
 *
 * Matching is against one block (a line of a text source, a paragraph of an HTML source) with its
 * whitespace collapsed. Every pattern except `remove-fragment` must match the WHOLE block (anchored
 * ^...$), so a rule can never take a sentence out of the middle of a paragraph; a `remove-fragment`
 * pattern must be anchored at the block's start or end. tests/ingest/rules.test.ts checks both.
 *
 * Within a block the first matching row wins, so specific rows come before general ones.
 */

export type RuleAction =
  /** Drop the block: page chrome. */
  | "remove"
  /** Drop the matched part of the block (anchored at its start or end) and keep the rest. */
  | "remove-fragment"
  /** Drop the block that matches `pattern`, everything after it, through the block matching `until`. */
  | "remove-range"
  /** Move the block to frontmatter `byline` (group `text`, else the whole block). */
  | "byline"
  /** Move the block to frontmatter `published` (groups y, m, d and optionally hh, mi). */
  | "date"
  /** Move the block to frontmatter `deck` (group `text`). */
  | "deck"
  /** The block ends one part of a digest: groups y, m, d and url become that section's date and link. */
  | "section-link";

export interface BoilerplateRule {
  /** Stable id, printed in the removal report. */
  id: string;
  /** Outlet keys (a sidecar's `outletKey`) the row applies to, or "all". */
  appliesTo: "all" | readonly string[];
  action: RuleAction;
  pattern: RegExp;
  /** remove-range only: the block that closes the range (removed too). */
  until?: RegExp;
  /** Why removing or moving the match loses nothing of the article. */
  reason: string;
}

export const boilerplateRules: readonly BoilerplateRule[] = [
  // --- Page menus: words that are buttons on the page, never sentences of an article.
  {
    id: "menu-separator",
    appliesTo: "all",
    action: "remove",
    pattern: /^[-–—|·•]$/,
    reason: "A lone dash or bullet that separated menu buttons on the page.",
  },
  {
    id: "menu-article-tools",
    appliesTo: "all",
    action: "remove",
    pattern: /^(?:•\s*)?(?:기사 스크랩|스크랩|공유|댓글|클린뷰|프린트|인쇄|기사 메일전송|메일전송|기사수정|글자크기)$/,
    reason: "Labels of the page's scrap/share/comment/clean-view/print/mail/edit/font-size buttons.",
  },
  {
    id: "menu-list-link",
    appliesTo: "all",
    action: "remove",
    pattern: /^(?:•\s*)?(?:목록 바로가기|목록으로|목록)$/,
    reason: "Link back to the outlet's article list.",
  },
  {
    id: "menu-prev-next",
    appliesTo: "all",
    action: "remove",
    pattern: /^이전 기사 보기\s*다음 기사 보기$/,
    reason: "Previous/next article links of the outlet's page.",
  },
  {
    id: "tag-label",
    appliesTo: "all",
    action: "remove",
    pattern: /^TAG$/,
    reason: "Heading of the page's (empty) tag box.",
  },
  {
    id: "krnews21-tag-count",
    appliesTo: ["krnews21"],
    action: "remove",
    pattern: /^\d{1,3}$/,
    reason: "The bare counter printed under the TAG box on krnews21 pages; article text never is a lone number line.",
  },
  {
    id: "most-read-list",
    appliesTo: ["krnews21"],
    action: "remove-range",
    pattern: /^많이 본 뉴스(?:\s*더보기)?$/,
    until: /^모바일 버전 바로가기$/,
    reason: "The outlet's 'most read' list, sponsor banner names and mobile-site link after the article: other stories, not this one.",
  },
  {
    id: "mobile-site-link",
    appliesTo: "all",
    action: "remove",
    pattern: /^모바일 버전 바로가기$/,
    reason: "Link to the outlet's mobile site.",
  },
  {
    id: "copyright-notice",
    appliesTo: "all",
    action: "remove",
    pattern: /^Copyright\s*(?:©|\(c\)).*(?:무단\s*전재|재배포|All rights reserved).*$/i,
    reason: "The outlet's copyright footer; the outlet is recorded in the frontmatter.",
  },
  // --- Daum news pages (003 is an etnews story as served by Daum).
  {
    id: "daum-headline-meta",
    appliesTo: ["daum"],
    action: "remove-fragment",
    pattern: /\s*작성일 \d{2}-\d{2}\s+\d+\s+목록$/,
    reason: "Daum's '작성일 MM-DD, view count, 목록' strip glued to the headline; the date (with its year) is in the sidecar.",
  },
  {
    id: "daum-related-and-comments",
    appliesTo: ["daum"],
    action: "remove",
    pattern: /^관련자료\s.*댓글 \d+.*로그인한 회원만 댓글 등록이 가능합니다\.?$/,
    reason: "Daum's '관련자료' links to unrelated entertainment stories and the empty comment box after the article.",
  },
  // --- SPRi press-release digests (002).
  {
    id: "spri-date",
    appliesTo: ["spri"],
    action: "date",
    pattern: /^날짜\s*(?<y>\d{4})\.(?<m>\d{2})\.(?<d>\d{2})$/,
    reason: "The digest's posting date in the page header; it becomes the stated publication date.",
  },
  {
    id: "spri-view-count",
    appliesTo: ["spri"],
    action: "remove",
    pattern: /^조회수\s*\d[\d,]*$/,
    reason: "The page's view counter, a number of the day it was scraped.",
  },
  {
    id: "spri-original-link",
    appliesTo: ["spri"],
    action: "section-link",
    pattern: /^\(\s*(?<y>\d{4})\.\s*(?<m>\d{1,2})\.\s*(?<d>\d{1,2})\.?\s*원문\s*보기\s*>\s*(?<url>https?:\/\/\S+?)\)?$/,
    reason: "The '(date 원문 보기 > address' line that closes each press release; it becomes that section's date and link.",
  },
  // --- krnews21 (004) header bullets.
  {
    id: "krnews21-byline",
    appliesTo: ["krnews21"],
    action: "byline",
    pattern: /^•\s*(?<text>[가-힣]{2,4})$/,
    reason: "The reporter's name as a bullet under the headline.",
  },
  {
    id: "krnews21-registered",
    appliesTo: ["krnews21"],
    action: "date",
    pattern: /^•\s*등록\s+(?<y>\d{4})-(?<m>\d{2})-(?<d>\d{2})\s+(?<hh>\d{2}):(?<mi>\d{2})(?::\d{2})?$/,
    reason: "The '등록' (published) timestamp bullet under the headline.",
  },
  {
    id: "krnews21-deck",
    appliesTo: ["krnews21"],
    action: "deck",
    pattern: /^•\s*(?<text>.{10,})$/,
    reason: "The sub-headline, printed as a bullet under the edit button.",
  },
  // --- Bylines printed as the last line of the body by most Korean outlets.
  {
    id: "reporter-byline",
    appliesTo: "all",
    action: "byline",
    pattern: /^(?<text>(?:[가-힣]{1,6}=)?[가-힣]{2,4} 기자(?: [\w.+-]+@[\w-]+(?:\.[\w-]+)+)?)$/,
    reason: "'(place=)name 기자 email', the byline line that closes the article; kept whole (with the dateline) in frontmatter byline.",
  },
];

/** The rows that apply to a source of the given outlet (or of no known outlet). */
export function rulesFor(outletKey: string | undefined): BoilerplateRule[] {
  return boilerplateRules.filter((r) => r.appliesTo === "all" || (outletKey !== undefined && r.appliesTo.includes(outletKey)));
}

/** How to recognise an outlet's page when a source has no sidecar naming it, so its rows still apply. */
export interface OutletSignature {
  key: string;
  pattern: RegExp;
  reason: string;
}

export const outletSignatures: readonly OutletSignature[] = [
  { key: "daum", pattern: /data-tiara-layer|dmcf-pid|daumcdn\.net/, reason: "Daum news markup (tiara tracking attributes, dmcf ids, daumcdn image hosts)." },
  { key: "krnews21", pattern: /\[뉴스21|뉴스21일간|krnews21/, reason: "krnews21's own name in its 'most read' list and addresses." },
  { key: "spri", pattern: /^SW 보도자료\s/m, reason: "The title line of SPRi's weekly press-release digest." },
  { key: "hankyung", pattern: /@hankyung\.com/, reason: "A hankyung.com reporter address in the byline." },
];

/** The outlet key whose signature the text carries, if exactly one does. */
export function detectOutlet(text: string): string | undefined {
  const hits = outletSignatures.filter((s) => s.pattern.test(text));
  return hits.length === 1 ? hits[0]?.key : undefined;
}
