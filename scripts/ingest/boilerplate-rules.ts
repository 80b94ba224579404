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
  /**
   * The story has ended: drop this block and every block after it (lists of other stories, comment
   * boxes, footers), except the date stamps and bylines among them, which move to frontmatter.
   */
  | "remove-rest"
  /**
   * A heading of links to other stories (관련기사) or a promotion (a newsletter's), which pages also
   * put between paragraphs: drop it and the short lines under it. When a paragraph of prose follows,
   * the story goes on there; when none does, the story has ended, as with remove-rest.
   */
  | "remove-list"
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

/** Page controls in Korean and English: a whole block of one of these is a button's label. */
const CONTROLS_KO = [
  "기사 스크랩",
  "스크랩",
  "공유",
  "공유하기",
  "기사 공유",
  "SNS 공유하기",
  "SNS 보내기",
  "댓글",
  "클린뷰",
  "프린트",
  "인쇄",
  "인쇄하기",
  "기사 메일전송",
  "메일전송",
  "기사수정",
  "북마크",
  "번역",
  "URL복사",
  "URL 복사",
  "링크 복사",
  "링크복사",
  "페이스북",
  "트위터",
  "카카오톡",
  "카카오스토리",
  "엑스",
  "밴드",
  "네이버 밴드",
  "네이버밴드",
  "X(트위터)",
  "엑스(트위터)",
  "트위터(X)",
  "라인",
  "링크드인",
  "텔레그램",
  "스레드",
  "좋아요",
  "구독",
  "구독하기",
  "기자 구독",
  "기자 페이지",
  "기자 정보",
  "기자 프로필",
  "추천",
  "전체메뉴",
  "전체 메뉴",
  "전체 메뉴 보기",
  "메뉴",
  "검색",
  "로그인",
  "회원가입",
  "구독신청",
  "맨위로",
  "닫기",
  "더보기",
  "본문 요약봇",
  "기사원문",
  "훌륭해요",
  "슬퍼요",
  "화나요",
  "응원해요",
  "팬이에요",
  "후속 원해요",
  "후속요청",
  "후속기사 원해요",
  "추천해요",
  "싫어요",
  // A font-size control's choices, and a photo's zoom button.
  "가장 작게",
  "작게",
  "보통",
  "크게",
  "가장 크게",
  "사진 확대",
  "사진보기",
  "관련사진보기",
  "사진 크게보기",
  "바로가기",
  "본문 바로가기",
  "다른 기사 보기",
  "다른 공유 찾기",
  "놀랐어요",
  "궁금해요",
  "최고예요",
  "감동이에요",
  "기사 추천",
  "기자 정보",
  "PICK 안내",
  "텍스트 음성 변환 서비스 사용하기",
];
const CONTROLS_EN = [
  "Share",
  // A role printed on its own line under the byline, as a label.
  "Reporter",
  "Staff Reporter",
  "Staff Writer",
  "Correspondent",
  "Print",
  "Font size",
  "Text size",
  "Copy link",
  "Copy URL",
  "Facebook",
  "Twitter",
  "X",
  "LinkedIn",
  "X (Twitter)",
  "X(Twitter)",
  "Naver Band",
  "Line",
  "Telegram",
  "Threads",
  "WhatsApp",
  "Reddit",
  "Kakao",
  "KakaoTalk",
  "E-mail",
  "Email",
  "Subscribe",
  "Log in",
  "Sign in",
  "Search",
  "Newsletter",
  "Menu",
  // Links that let a keyboard skip the menus.
  "Skip to main content",
  "Skip to content",
  "Skip navigation",
  "Comments",
  "Bookmark",
  "Listen",
  "Translate",
  // A video player's buttons.
  "Play Video",
  "Play",
  "Pause",
  "Mute",
  "Fullscreen",
  "Full screen",
  "CC",
  "Subtitles",
  "Transcript",
  "Watch on YouTube",
];
/** Section names news sites put in their menus, in Korean and English. */
const SECTION_NAMES = [
  "전체",
  "정치",
  "경제",
  "사회",
  "국제",
  "세계",
  "문화",
  "스포츠",
  "연예",
  "오피니언",
  "사설",
  "칼럼",
  "사설·칼럼",
  "전국",
  "지역",
  "산업",
  "기업",
  "증권",
  "금융",
  "부동산",
  "IT",
  "과학",
  "IT·과학",
  "IT/과학",
  "IT·바이오",
  "라이프",
  "피플",
  "사람들",
  "북한",
  "최신기사",
  "포토",
  "영상",
  "날씨",
  "랭킹",
  "생활",
  "생활/문화",
  "문화연예",
  "건강",
  "교육",
  "뉴스",
  "뉴스데스크",
  "재난",
  "신문보기",
  "TV",
  "팩트체크",
  "프리미엄",
  "언론사별",
  "정책뉴스",
  "브리핑룸",
  "정책자료",
  "보도자료",
  "정책 홍보",
  "Home",
  "National",
  "Politics",
  "Business",
  "Economy",
  "Finance",
  "Industry",
  "Tech",
  "Technology",
  "Science",
  "World",
  "Opinion",
  "Sports",
  "Entertainment",
  "Culture",
  "Lifestyle",
  "Life & Culture",
  "Social Affairs",
  "Foreign Affairs",
  "Defense",
  "North Korea",
  "K-pop",
  "Video",
  "Photos?",
  "Editorials?",
  "Columns?",
  "Local",
  "Health",
  "Education",
]
  .map((w) => w.replace(/[.*+()|[\]\\]/g, "\\$&").replace(/ /g, "\\s"))
  .join("|");

const words = (list: string[]) => list.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s*")).join("|");

/** A font-size control, in any of its wordings: 글자크기, 폰트 크게, 글씨 작게, 본문 글자 크기 +, 기사 글자 크기 설정, 본문 글씨 키우기. */
const FONT_SIZE = String.raw`(?:(?:본문|기사)\s?)?(?:글자|폰트|글씨)\s?(?:크기|크게|작게|확대|축소|키우기|줄이기)(?:\s?(?:설정|조정|조절|변경|선택|[+-])(?:하기)?)?`;

/**
 * One page control: a button's label from the lists above (also as a verb: 기사공유하기), a text-size
 * or comment-count button, a link to see something (응원글보기, 사진 크게보기), or a share button
 * worded as sending the story (페이스북(으)로 기사보내기, 네이버 밴드 보내기).
 */
const CONTROL = `(?:(?:${words(CONTROLS_KO)})(?:하기|(?:\\(으\\)로)?\\s?(?:기사\\s?)?보내기)?|${words(CONTROLS_EN)}|Share\\s+(?:on|via|to)\\s+(?:${words(CONTROLS_EN)})|${FONT_SIZE}|(?:\\S{1,12}\\(으\\)로\\s?|SNS\\s?)?기사\\s?보내기|댓글\\s?\\d+|[가-힣]{1,6}\\s?보기|가+|A)`;

/**
 * A counter on the page: a label and a number of the day the page was saved (조회수 1,234, 좋아요 0,
 * 싫어요 3, Views 1,234). A reaction button is a short word ending in 요 (좋아요, 싫어요, 추천해요,
 * 후속기사 원해요), so any such word with a count is one, listed or not.
 */
const COUNTER = String.raw`(?:구독자|응원수|조회수|조회|추천수|댓글수|공감|[가-힣]{1,6}(?:\s[가-힣]{1,4})?요|Views?|Likes?|Comments?|Shares?)\s?[\d,]+`;

/**
 * Headings of what follows a story on a news page: other stories (related, most read, recommended)
 * and the comment box. Once the story has begun, a block that is only one of these ends it.
 */
const STORY_END_KO =
  "(?:\\(끝\\)|이 기사(?:가|를|에)?\\s?(?:어떠셨나요|좋으셨다면|마음에 들었다면|마음에 드시나요|추천합니다).*|이 기사는 언론사에서.{1,30}분류했습니다\\.?|이전\\s?다음\\s?기사|이전\\s?기사|다음\\s?기사|많이\\s?(?:본|보는|읽은)\\s?(?:뉴스|기사)|인기\\s?(?:뉴스|기사)|주요\\s?뉴스|추천\\s?(?:뉴스|기사)|오늘의\\s?추천(?:뉴스)?|이\\s?시각\\s?(?:추천뉴스|주요뉴스|인기뉴스)|이시간\\s?핫뉴스|실시간\\s?인기(?:뉴스|기사)?|이 기사에 대한 의견.*|댓글\\s?쓰기|[가-힣A-Za-z]{2,10}\\s?(?:랭킹 뉴스|헤드라인)|키워드|관련\\s?태그|태그)";
/** News agencies whose name alone credits a photo. */
const WIRE_AGENCIES = "(?:Yonhap|AP|AFP|Reuters|EPA|Xinhua|Getty Images|News1|Newsis)";

/** What a photo desk stamps at the end of a caption: the day of the picture and the photographer's address ("2024.05.21 baek.sh@newspim.com"). */
const PHOTO_STAMP = String.raw`\d{4}[.\-/]\d{1,2}[.\-/]\d{1,2}\.?\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
/** The button a promotion ends in: an event's registration, a service's trial, an offer's details. */
const PROMO_CALLS = [
  ...[
    "바로\\s?가기",
    "신청\\s?하기",
    "사전\\s?등록(?:\\s?하기)?",
    "자세히\\s?보기",
    "참가\\s?신청",
    "무료\\s?체험(?:\\s?하기)?",
    "지금\\s?(?:확인|신청|가입)하(?:기|세요)",
    "앱\\s?(?:다운로드|설치)(?:\\s?하기)?",
    "원고료로\\s?응원(?:하기|하세요)",
    "받아\\s?보기",
  ],
  ...["Register now", "Sign up now", "Learn more", "Click here", "Get tickets", "Try it free", "Get it now", "Download now"],
]
  .map((w) => w.replace(/ /g, "\\s"))
  .join("|");

/** Headings of a list of related stories or videos, in Korean and English, alone or in brackets ("[관련기사]", "■ 관련뉴스", "노컷V 인기 영상"). */
const RELATED_HEADING = String.raw`(?:관련\s?(?:뉴스|기사|기사\s?더보기)|(?:[가-힣A-Za-z]{1,8}\s?)?(?:인기|추천|관련|화제의)\s?영상|Related(?:\s(?:articles?|news|stories|videos?|Article))?)`;
const RELATED_LIST = String.raw`(?:${RELATED_HEADING}|[[<【〔]\s?${RELATED_HEADING}\s?[\]>】〕]|[■▶▷●]\s?${RELATED_HEADING})`;
const STORY_END_EN =
  "(?:\\(END\\)|※?\\s?This article (?:was|has been|is) (?:machine[- ])?translated.{0,160}|Most\\s(?:Popular|Read|Viewed)|Editor'?s\\s?Picks?|Recommended(?:\\s(?:articles|stories|for you))?|Trending(?:\\s(?:now|news))?|More\\sfrom\\s.{1,40}|Leave a comment|Comments \\(\\d+\\)|Keywords?|Tags|.{0,40}Newsletter)";

/** A line that is mostly section names: a menu bar, even when it carries a name the list lacks. */
export function isMenuBar(text: string): boolean {
  const tokens = text.split(/[\s|·/]+/).filter(Boolean);
  if (tokens.length < 4) return false;
  const section = new RegExp(`^(?:${SECTION_NAMES})$`, "i");
  return tokens.filter((t) => section.test(t)).length / tokens.length >= 0.6;
}

export const boilerplateRules: readonly BoilerplateRule[] = [
  // --- Page menus: words that are buttons on the page, never sentences of an article.
  {
    id: "menu-separator",
    appliesTo: "all",
    action: "remove",
    pattern: /^[-–—|·•/]$/,
    reason: "A lone dash, slash or bullet that separated menu buttons (or an audio player's times) on the page.",
  },
  {
    id: "menu-article-tools",
    appliesTo: "all",
    action: "remove",
    pattern: new RegExp(String.raw`^(?:•\s*)?(?:기사 스크랩|스크랩|공유|댓글|클린뷰|프린트|인쇄|기사 메일전송|메일전송|기사수정|${FONT_SIZE})$`),
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
    action: "remove-rest",
    pattern:
      /^.{0,40}(?:Copyright|저작권자|\(c\)|ⓒ|©|공공누리).{0,160}(?:무단\s?전재|재배포|All rights reserved|Reproduction|AI\s?학습|이용할 수 있습니다).{0,120}$|^[^.!?]{1,60}[\s,]무단\s?전재\s?(?:및|·|,|-)?\s?재배포\s?금지[^.!?]{0,40}$/i,
    reason:
      "The outlet's copyright and redistribution notice (무단 전재·재배포 금지, AI 학습 금지, All rights reserved, also with no © before it: 전자신문 & 전자신문인터넷, 무단전재 및 재배포 금지) that closes the story, and what the page prints after it; the outlet is recorded in the frontmatter.",
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
  // --- Chrome every outlet prints, in Korean and English (after the outlet rows, which win).
  {
    id: "page-controls",
    appliesTo: "all",
    action: "remove",
    pattern: new RegExp(
      `^(?=.{1,100}$)(?:${CONTROL}(?:(?:\\s+|\\s*[|·]\\s*)${CONTROL})*|(?:[가-힣]{2,4}\\s?)?기자의\\s?(?:기사\\s?모음|다른\\s?기사(?:\\s?보기)?|기사\\s?더보기)|[가-힣]{1,8}부(?:\\s[가-힣]{1,8}팀)?)$`,
      "i",
    ),
    reason:
      "Labels of the page's share, print, text-size, comment, subscribe and menu buttons, in Korean or English (alone or as a row), and the reporter's desk and article-list links.",
  },
  {
    id: "copyright-credit",
    appliesTo: "all",
    action: "remove",
    pattern: /^[<[(]?\s*(?:저작권자|Copyright\b|\(c\)|ⓒ|©)[^!?。]{0,80}$/i,
    reason: "A short copyright credit (the outlet's or a photographer's name after ⓒ); the outlet is recorded in the frontmatter.",
  },
  {
    id: "update-note",
    appliesTo: "all",
    action: "remove",
    pattern: /^[[(](?:기사\s?)?(?:보강|수정|추가|업데이트|Updated?)\s?[:：]?\s?[^\])]{1,40}[\])]$/i,
    reason: "A note of when the page was last changed ([기사 보강 : 3일 오후 6시 40분]); the first publication is the article's date.",
  },
  {
    id: "ai-summary",
    appliesTo: "all",
    action: "remove-range",
    pattern: /^(?:(?:AI|인공지능)\s?(?:요약|세\s?줄\s?요약|3줄\s?요약)(?:\s?봇)?(?:\s?\(?베타\)?)?|(?:AI\s)?(?:Key Points|Summary)(?:\s\(?beta\)?)?)$/i,
    until: /^※?\s?.{0,40}(?:(?:AI|인공지능).{0,80}(?:자동|생성|generated|written)|(?:generated|written) by AI).{0,120}$/i,
    reason:
      "A box of bullets a machine wrote from the story (AI 요약, Key Points), through the page's note that they were generated: not the outlet's own words, so neither deck nor story.",
  },
  {
    id: "ad-label",
    appliesTo: "all",
    action: "remove",
    pattern: /^(?:ADVERTISEMENT|Advertisement|Sponsored|AD|광고|\[광고\]|<광고>|\(광고\)|광고 영역|Ad|\[(?:광고|AD|Sponsored)\]\s.{1,100})$/,
    reason: "The label of an advertising slot between paragraphs, alone or opening the advertisement's own line ([광고] … 쿠폰 받기).",
  },
  {
    id: "promo-call",
    appliesTo: "all",
    action: "remove",
    pattern: new RegExp(String.raw`^(?=.{1,120}$)(?!.*[.!?]["'”’]?$).{0,110}(?:${PROMO_CALLS})\s?[>»▶→]?$`, "i"),
    reason:
      "A promotion between or after the paragraphs that ends in its button (…사전등록 바로가기, …무료 체험 신청하기, … Register now): an advertisement for an event or a service, not the story.",
  },
  {
    id: "newsletter-promo",
    appliesTo: "all",
    action: "remove-list",
    pattern:
      /^(?=.{1,200}$).*(?:Sign up for .{0,40}newsletter|Subscribe to .{0,40}newsletter|뉴스레터.{0,20}(?:구독하세요|받아보세요|신청하세요|구독 신청)).*$/i,
    reason:
      "The outlet's call to sign up for its newsletter and the blurb under it, between or after the paragraphs: an advertisement for the outlet, not the story; what follows is the story again only when it is prose.",
  },
  {
    id: "audio-player",
    appliesTo: "all",
    action: "remove",
    pattern:
      /^(?:Your browser does not support the\s?(?:audio|video) element\.?|\d{1,2}:\d{2}(?:\s?\/\s?\d{1,2}:\d{2})?|(?:재생\s?속도\s?)?\d(?:\.\d{1,2})?x|음성\s?선택.{0,20}|기사를 읽어\s?드립니다|기사\s?듣기|(?:AI\s?)?음성으로\s?듣기|Listen to this article|※?\s?기사\s?듣기(?:는|\s?서비스는).{0,120})$/i,
    reason:
      "The page's read-aloud or video player: its label, its times (0:00) and speed (1.0x), and the text a browser shows in place of it; the recording is not part of the text.",
  },
  {
    id: "tip-line",
    appliesTo: "all",
    action: "remove",
    pattern:
      /^(?:제보는\s.{1,40}|▷\s*(?:카카오톡|카톡|전화|이메일|홈페이지|유튜브|네이버|메일)\s?[:：]?.{0,60}|(?:카카오톡|카톡|전화|이메일|홈페이지|사이트|메일)\s?[:：]\s?\S.{0,60}|.{0,60}제보를 기다립니다.{0,200}|※?.{0,40}(?:여러분|독자)의\s?제보.{0,200}|To report a tip.{0,60})$/,
    reason: "The outlet's call for news tips (제보를 기다립니다, 여러분의 제보로 …), with its phone, chat, mail and site contacts.",
  },
  {
    id: "page-counters",
    appliesTo: "all",
    action: "remove",
    pattern: new RegExp(
      String.raw`^(?:${COUNTER}(?:\s*[|·]?\s*${COUNTER})*|(?:Reading time\s?)?\d{1,2}\s?(?:min(?:ute)?s?|분)(?:\s?(?:read|읽기))?|\d{1,4}(?:\s?\/\s?\d{1,4})?|(?:#[^\s#]+\s*)+)$`,
      "i",
    ),
    reason:
      "Counters (subscribers, views, likes, characters typed), the reading time (2 Min read) and hashtag strips of the page: numbers of the day it was saved, not text.",
  },
  {
    id: "contact-and-attachments",
    appliesTo: "all",
    action: "remove",
    pattern:
      /^(?:(?:문의|담당 ?부서|담당자|Contact|Inquiries)\s*[:：].{1,80}|첨부\s?파일|바로\s?보기|다운로드|내려받기|.{1,120}\.(?:hwpx?|pdf|docx?|xlsx?|pptx?|zip))$/i,
    reason: "A press release's contact line and its attachment list (file names, view and download buttons).",
  },
  {
    id: "signature-email",
    appliesTo: "all",
    action: "remove",
    pattern: /^(?!.*(?:기자|특파원|Reporter|By\s))[^.!?。]{0,30}\s[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i,
    reason: "A signature that ends in an e-mail address (◎공감언론 뉴시스 name@…); the reporter is in the byline.",
  },
  {
    id: "section-menu",
    appliesTo: "all",
    action: "remove",
    pattern: new RegExp(`^(?:${SECTION_NAMES})(?:\\s*[|·/,]?\\s*(?:${SECTION_NAMES}))*$`, "i"),
    reason: "A line made only of section names (정치 경제 사회 …, National, Business …): the site's menu.",
  },
  {
    id: "media-credit",
    appliesTo: "all",
    action: "remove",
    pattern:
      /^(?:\[[^\]]{0,40}(?:사진|자료사진|제공|출처|그래픽|Photo|Image|Yonhap|AP|AFP|Reuters|EPA)[^\]]{0,40}\]|(?:사진|그래픽|영상취재|영상편집|촬영기자|편집)\s?[=:：].{1,40}|[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s*\*?재판매 및 DB 금지|\((?:Photo|Image)[^)]{0,60}\)|(?:Edited|Translated) by [^.!?]{2,40}\.?|(?:[A-Z][\w'-]+ ){1,3}(?:edited|translated) this article\.?)$/i,
    reason:
      "A photo, graphics or video credit line (who shot or edited it), or the credit of the story's editor or translator (Jiyoung Sohn edited this article.); the picture itself is not part of the text, and the reporter is in the byline.",
  },
  {
    id: "photo-caption",
    appliesTo: "all",
    action: "remove",
    pattern: new RegExp(
      // A caption is short: 80 characters with Korean in it, 250 without (English says more), or up
      // to 200 when it describes the picture (… 기념 촬영을 하고 있다., … 모습., … 전경.) before the
      // credit; a paragraph of the story that ends in a credit reports (… 밝혔다. (사진=…)). A photo
      // desk's stamp (the day it was shot and the photographer's address) ends a caption of any length.
      String.raw`^(?=.{1,80}$|[^가-힣]{1,250}$|.{1,200}(?:있다|모습|전경)\.?\s*\/?\s*(?:[[(〈<【]|사진|자료사진|그래픽)[^.!?]{1,50}$|.{1,300}${PHOTO_STAMP}$)(?:` +
        [
          // …전경. [사진=…], … on Thursday. [Photo by Yonhap], … (Photo: Reuters), … 전경. [ⓒ국가정보자원관리원]
          String.raw`.+[[(〈<【](?:(?:사진|자료사진|자료|그래픽|Photo|Image)(?:\s?(?:제공|by|courtesy of))?\s?[=:：]?\s?|(?:Courtesy of|Provided by)\s|[ⓒ©]\s?)[^\])〉>】]{1,40}[\])〉>】]`,
          // … 점검하고 있다. 사진 제공=행정안전부, … 붙어 있다. /사진=뉴스1, … 주요 내용 /그래픽=…
          String.raw`.+(?:[.!?]\s*\/?\s*|\s\/\s?)(?:사진|자료사진|그래픽|Photo|Image|Graphic)\s?(?:제공)?\s?[=:：]\s?[^.!?=]{1,30}`,
          // 부산시청 전경. 부산일보DB, … 모습. 행정안전부 제공
          String.raw`.+[.!?]\s+(?:[^\s.!?]{1,20}\s){0,2}[^\s.!?]{1,20}\s?(?:DB|제공|자료)`,
          // … 순서를 기다리고 있다. 오세린 기자 (the staff photographer, after a sentence about the picture)
          String.raw`.+(?:있다|모습|전경)\.\s+[가-힣]{2,4}\s?(?:기자|특파원)`,
          // 정부세종청사 행정안전부. 황진환 기자 (a picture named in one phrase, not a sentence of the story)
          String.raw`[^.!?]{2,60}[^다요.!?\s]\.\s+[가-힣]{2,4}\s?(?:기자|특파원)`,
          // [대구=뉴스핌] 백승환 기자 = … 대구센터 전경. 2024.05.21 baek.sh@newspim.com, … 주요 내용 [자료=행정안전부] 2025.07.09 sujin.na@…
          String.raw`.+\s${PHOTO_STAMP}`,
          // … in this photo provided by the ministry. (PHOTO NOT FOR SALE) (Yonhap), … by 2026. Yonhap
          String.raw`.+[.!?](?:\s*(?:\(PHOTO NOT FOR SALE\)\s*)?\(${WIRE_AGENCIES}\)|\s+${WIRE_AGENCIES})`,
          // … on Monday. Courtesy of the ministry
          String.raw`.+[.!?]\s+(?:Courtesy of|Photo courtesy of|Photo by|Provided by)\s[^.!?]{2,60}`,
        ].join("|") +
        ")$",
      "i",
    ),
    reason:
      "A photo's caption, which ends in its credit (…전경. [사진=…], … 있다. 사진 제공=행정안전부, … 있다. /사진=뉴스1, … [ⓒ기관], … 있다. 오세린 기자, … on Thursday. [Photo by Yonhap], … (Yonhap), … Courtesy of the ministry, or a photo desk's date and address: … 전경. 2024.05.21 photo@…); the picture is not part of the text, so neither is what it says under it.",
  },
  {
    id: "broadcast-cue",
    appliesTo: "all",
    action: "remove",
    pattern:
      /^(?:◀\s*[가-힣A-Za-z ]{1,10}\s*▶|\[(?:앵커|리포트|기자)\]|재생시간\s?\d{1,2}:\d{2}|(?:Aired on|Broadcast on|방송)\s?[:：].{1,60}|[A-Z가-힣]{2,8}\s?뉴스\s?[가-힣]{2,4}입니다\.?)$/,
    reason:
      "A broadcast script's cues (◀ 앵커 ▶, ◀ 리포트 ▶), its play time, the programme and hour it aired (Aired on : …), and the reporter's sign-off; the reporter is in the byline.",
  },
  {
    id: "breadcrumb",
    appliesTo: "all",
    action: "remove",
    pattern: /^[^.!?。]{1,40}(?:\s[>›»]\s[^.!?。]{1,40})+$|^(?:[^\s|·]{1,12}\s?[|·]\s?){3,}[^\s|·]{1,12}$/,
    reason: "A section path (National > Social Affairs) or a menu bar (정치 | 경제 | 사회 …): navigation, not text.",
  },
  {
    id: "related-list",
    appliesTo: "all",
    action: "remove-list",
    pattern: new RegExp(`^${RELATED_LIST}$`, "i"),
    reason:
      "The heading of a box of links to related stories and the headlines in it, between paragraphs or after the story; what follows the box is the story again only when it is prose.",
  },
  {
    id: "link-row",
    appliesTo: "all",
    action: "remove",
    pattern:
      /^(?:(?:▶\s?|\[)관련\s?(?:기사|뉴스)\]?\s?[:：]?.{1,120}|관련\s?(?:기사|뉴스)\s?[:：].{1,160}|Related(?: (?:article|story|news))?\s?:\s?.{1,160}|(?:▶\s?[^▶.!?:：]{1,40}){2,})$/,
    reason: "A link to a related story (▶관련기사: …, [관련기사] …) or a row of ▶ links to the outlet's other pages, between or after the paragraphs.",
  },
  {
    id: "story-end",
    appliesTo: "all",
    action: "remove-rest",
    pattern: new RegExp(`^(?:${STORY_END_KO}|${STORY_END_EN})$`, "i"),
    reason:
      "The heading of what follows the story (related and most-read lists, recommendations, comments) and everything after it: other stories, not this one.",
  },
  // --- Bylines printed as the last line of the body by most Korean outlets.
  {
    id: "reporter-byline",
    appliesTo: "all",
    action: "byline",
    pattern: /^(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+\s+)?(?<text>(?:[가-힣]{1,6}=)?[가-힣]{2,4} 기자(?: [\w.+-]+@[\w-]+(?:\.[\w-]+)+)?)$/,
    reason:
      "'(place=)name 기자 email' (or the address first), the byline line that closes the article; it goes to the frontmatter byline (the byline-* rows say what of it is kept).",
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
