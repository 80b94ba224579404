/**
 * Site-wide constants in one typed module. Every absolute URL (canonical links, feeds, sitemap,
 * share tags, JSON-LD) is built from `siteUrl`, so a deployment changes one environment variable.
 */

/** Origin the archive is published at, without a trailing slash. */
const siteUrl = (process.env.SITE_URL ?? "http://localhost:3000").replace(/\/+$/, "");

export const site = {
  /** Name shown in the header, titles and share cards. */
  name: "디지털 행정 뉴스 아카이브",
  /** English name, for English pages and feed readers. */
  nameEn: "Digital Government News Archive",
  description: "공공 클라우드·데이터센터·디지털 정부에 관한 기사를 날짜와 주제로 모아 읽는 아카이브입니다.",
  siteUrl,
  /** Language of the interface; English articles mark themselves with lang="en". */
  locale: "ko_KR",
  lang: "ko",
  /** Articles per list page (home, topic and archive lists). */
  pageSize: 20,
  nav: [
    { href: "/", label: "최신 기사" },
    { href: "/archive/", label: "날짜별" },
    { href: "/topics/", label: "주제별" },
    { href: "/search/", label: "검색" },
  ],
} as const;

/** Absolute URL of a site path ("/articles/x/" -> "https://host/articles/x/"). */
export const absoluteUrl = (pathname: string): string => `${site.siteUrl}${pathname.startsWith("/") ? "" : "/"}${pathname}`;
