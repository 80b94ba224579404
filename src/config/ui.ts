/**
 * Every piece of interface text, in Korean and English: one dictionary, so no component carries a
 * Korean literal and the English interface (/en/) says the same things. Article text is not here:
 * it is shown in its own language wherever it appears.
 */
import type { Language } from "../lib/article-schema";

/** English month names, January first (dates in English text and labels). */
export const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

const ko = {
  lang: "ko" as Language,
  locale: "ko_KR",
  languageName: "한국어",
  siteName: "디지털 행정 뉴스 아카이브",
  description: "공공 클라우드·데이터센터·디지털 정부에 관한 기사를 날짜와 주제로 모아 읽는 아카이브입니다.",
  languageOf: { ko: "한국어", en: "English" } as Record<Language, string>,
  shell: {
    skip: "본문으로 건너뛰기",
    nav: "사이트",
    latest: "최신 기사",
    archive: "날짜별",
    topics: "주제별",
    search: "검색",
    switchTo: "English",
    switchLabel: "영어판 보기",
    keptAsReceived: "원문은 받은 그대로 보관합니다.",
    rss: "RSS 피드",
    sitemap: "사이트맵",
    darkMode: "어두운 화면",
  },
  list: {
    empty: "아직 기사가 없습니다.",
    minutes: (n: number) => `${n}분 분량`,
    topics: "주제",
    breadcrumb: "위치",
    count: (n: number) => `${n}건`,
    total: (n: number) => `모두 ${n}건`,
    withPage: (title: string, page: number) => (page > 1 ? `${title} ${page}쪽` : title),
    pageSuffix: (page: number) => `(${page}쪽)`,
  },
  moved: {
    text: "이 목록의 첫 쪽은 목록 주소에 있습니다.",
    link: "목록으로 가기",
  },
  pagination: {
    label: "페이지",
    previous: "← 이전 페이지",
    next: "다음 페이지 →",
    page: (n: number) => `${n}쪽`,
  },
  home: {
    title: "최신 기사",
    intro: (n: number) => `모두 ${n}건, 최신 기사부터 보여 줍니다.`,
    topics: "주제",
    list: "기사 목록",
  },
  archive: {
    title: "날짜별 보관함",
    intro: "연도와 달을 골라 그때의 기사를 읽으세요. 날짜를 확인할 수 없는 기사는 따로 모았습니다.",
    yearsAndMonths: "연도와 달",
    months: "달",
    year: (y: string) => `${y}년`,
    month: (m: string) => `${Number(m)}월`,
    yearTitle: (y: string) => `${y}년 기사`,
    monthTitle: (y: string, m: string) => `${y}년 ${Number(m)}월 기사`,
    seeAll: (m: string, n: number) => `${Number(m)}월 기사 ${n}건 모두 보기`,
    monthUnknown: "달 미상",
    monthUnknownCount: (n: number) => `달 미상 ${n}건`,
    yearPage: "연도 페이지",
    undated: "날짜 미상",
    undatedTitle: "날짜 미상 기사",
    undatedShelf: "원문에 연도나 달이 없어 날짜를 정하지 않은 기사입니다. 추측한 날짜 아래에 두지 않습니다.",
    undatedIntro: (n: number) =>
      `원문에 발행 날짜가 온전히 적혀 있지 않고 다른 근거로도 확인하지 못한 기사 ${n}건입니다. 짐작한 날짜 아래에 두지 않고 여기에 모았습니다. 각 기사의 ‘출처와 내력’에 원문이 말하는 날짜와 그 근거를 적었습니다.`,
    chartTitle: "연도별 기사 수",
    chartSummary: (y: string, n: number) => `${y}년 ${n}건`,
    chartDesc: (first: number, last: number, summary: string, undated: number) =>
      `${first}년부터 ${last}년까지 연도별 기사 수: ${summary}.${undated > 0 ? ` 날짜 미상 ${undated}건은 포함하지 않았습니다.` : ""}`,
    chartCaption: "연도별 기사 수 (막대가 없는 해는 기사가 없는 해입니다)",
  },
  topics: {
    title: "주제별 기사",
    intro: "기사 본문에 나온 낱말로 주제를 붙였습니다. 한 기사가 여러 주제에 속할 수 있습니다.",
    count: (n: number) => `기사 ${n}건`,
    topicTitle: (label: string) => `${label} 기사`,
  },
  search: {
    title: "기사 검색",
    metaTitle: "검색",
    description: "기사 제목·본문·주제를 한국어와 영어로 찾습니다. 조사, 붙여 쓴 복합어, 초성(ㄴㅇㅂ), 한/영 전환을 잊은 입력도 찾아 줍니다.",
    noscriptBefore: "검색은 자바스크립트가 필요합니다. 자바스크립트 없이도",
    noscriptAfter: "목록에서 모든 기사를 읽을 수 있습니다.",
    placeholder: "검색어",
    submit: "검색",
  },
  notFound: {
    title: "페이지를 찾을 수 없습니다",
    text: "주소가 바뀌었거나 잘못 입력되었을 수 있습니다. 검색하거나 날짜별, 주제별 보관함에서 찾아보세요.",
    searchLabel: "찾던 기사 검색",
    latest: "최신 기사",
  },
  article: {
    topics: "주제",
    older: "이전 기사",
    newer: "다음 기사",
    related: "관련 기사",
    by: "",
    otherLang: "이 기사의 다른 언어판",
    photo: "원본 이미지 보기(외부 사이트)",
    nav: "날짜순 이웃 기사",
  },
  provenance: {
    heading: "출처와 내력",
    title: "제목",
    original: "원문 주소",
    noOriginal: "원문 주소를 찾지 못했습니다.",
    outlet: "매체",
    byline: "기자",
    date: "날짜",
    parts: "묶인 글",
    raw: "받은 그대로의 원문",
    rawLink: "원문 텍스트 파일",
    from: "근거",
    origin: { stated: "원문에 적힌 그대로", editorial: "편집자가 확인", inferred: "추정" },
  },
  share: {
    share: "공유하기",
    copy: "링크 복사",
    copied: "링크를 복사했습니다.",
    paraCopied: "문단 링크를 복사했습니다.",
    failed: "복사하지 못했습니다. 주소창의 링크를 쓰세요.",
    label: "이 기사 공유",
    on: (service: string) => `${service}에 공유`,
  },
};

export type Ui = typeof ko;

const en: Ui = {
  lang: "en",
  locale: "en_US",
  languageName: "English",
  siteName: "Digital Government News Archive",
  description: "An archive of news on public cloud, data centers and digital government, to read by date and by topic.",
  languageOf: { ko: "Korean", en: "English" },
  shell: {
    skip: "Skip to content",
    nav: "Site",
    latest: "Latest",
    archive: "By date",
    topics: "By topic",
    search: "Search",
    switchTo: "한국어",
    switchLabel: "Korean edition",
    keptAsReceived: "Sources are kept exactly as received.",
    rss: "RSS feed",
    sitemap: "Sitemap",
    darkMode: "Dark mode",
  },
  list: {
    empty: "No articles yet.",
    minutes: (n) => `${n} min read`,
    topics: "Topics",
    breadcrumb: "Breadcrumb",
    count: (n) => `${n}`,
    total: (n) => `${n} ${n === 1 ? "article" : "articles"} in all`,
    withPage: (title, page) => (page > 1 ? `${title}, page ${page}` : title),
    pageSuffix: (page) => `(page ${page})`,
  },
  moved: {
    text: "The first page of this list is at the list's own address.",
    link: "Go to the list",
  },
  pagination: {
    label: "Pages",
    previous: "← Previous page",
    next: "Next page →",
    page: (n) => `Page ${n}`,
  },
  home: {
    title: "Latest articles",
    intro: (n) => `${n} ${n === 1 ? "article" : "articles"}, newest first.`,
    topics: "Topics",
    list: "Articles",
  },
  archive: {
    title: "Archive by date",
    intro: "Pick a year and a month to read the articles of that time. Articles whose date could not be established are kept apart.",
    yearsAndMonths: "Years and months",
    months: "Months",
    year: (y) => y,
    month: (m) => EN_MONTHS[Number(m) - 1] ?? m,
    yearTitle: (y) => `Articles from ${y}`,
    monthTitle: (y, m) => `Articles from ${EN_MONTHS[Number(m) - 1] ?? m} ${y}`,
    seeAll: (m, n) => `All ${n} articles from ${EN_MONTHS[Number(m) - 1] ?? m}`,
    monthUnknown: "Month unknown",
    monthUnknownCount: (n) => `month unknown: ${n}`,
    yearPage: "year page",
    undated: "Date unknown",
    undatedTitle: "Articles of unknown date",
    undatedShelf: "The source gives no year or month, so no date was set. They are not filed under a guessed date.",
    undatedIntro: (n) =>
      `${n} ${n === 1 ? "article whose" : "articles whose"} source does not state a full publication date, and nothing else established one. They are kept here rather than under a guessed date. Each article's "Source & provenance" box gives the date the source states and how it is known.`,
    chartTitle: "Articles per year",
    chartSummary: (y, n) => `${y}: ${n}`,
    chartDesc: (first, last, summary, undated) =>
      `Articles per year from ${first} to ${last}: ${summary}.${undated > 0 ? ` ${undated} of unknown date are not counted.` : ""}`,
    chartCaption: "Articles per year (a year without a bar has no articles)",
  },
  topics: {
    title: "Articles by topic",
    intro: "Topics are assigned from the words in each article. An article can belong to several topics.",
    count: (n) => `${n} ${n === 1 ? "article" : "articles"}`,
    topicTitle: (label) => `${label} articles`,
  },
  search: {
    title: "Search articles",
    metaTitle: "Search",
    description:
      "Search titles, text and topics in Korean and English, including particles, compounds written together, initial consonants and text typed with the wrong keyboard layout.",
    noscriptBefore: "Search needs JavaScript. Without it, every article can still be read from the lists",
    noscriptAfter: ".",
    placeholder: "Search",
    submit: "Search",
  },
  notFound: {
    title: "Page not found",
    text: "The address may have changed or been mistyped. Search for the article, or look for it by date or by topic.",
    searchLabel: "Search for the article",
    latest: "Latest articles",
  },
  article: {
    topics: "Topics",
    older: "Previous",
    newer: "Next",
    related: "Related articles",
    by: "By ",
    otherLang: "This story in another language",
    photo: "View the original image (external site)",
    nav: "Neighbouring articles by date",
  },
  provenance: {
    heading: "Source & provenance",
    title: "Headline",
    original: "Original address",
    noOriginal: "The original address was not found.",
    outlet: "Outlet",
    byline: "Byline",
    date: "Date",
    parts: "Parts",
    raw: "Source as received",
    rawLink: "raw text file",
    from: "from",
    origin: { stated: "stated in the source", editorial: "established by the editors", inferred: "inferred" },
  },
  share: {
    share: "Share",
    copy: "Copy link",
    copied: "Link copied.",
    paraCopied: "Paragraph link copied.",
    failed: "Could not copy; use the address bar.",
    label: "Share this article",
    on: (service) => service,
  },
};

export const dictionary: Record<Language, Ui> = { ko, en };

/** The interface text of one language. */
export const uiText = (lang: Language): Ui => dictionary[lang];

/**
 * The lang attribute a name or label needs inside a page of `pageLang`: an outlet or byline keeps
 * the script it was written in (a Korean outlet's name on an English page is marked lang="ko").
 */
export const langAttr = (text: string, pageLang: Language): Language | undefined => {
  const lang: Language = /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7a3]/u.test(text) ? "ko" : "en";
  return lang === pageLang ? undefined : lang;
};
