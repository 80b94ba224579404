/**
 * General recognizers for the facts and chrome every news page carries, whatever the outlet:
 * date stamps, bylines, the outlet's signature. Like boilerplate-rules.ts they are data first (the
 * label words, month names and credit forms below); the functions only apply them to one block.
 * Outlet rows in boilerplate-rules.ts stay as overrides for what these do not cover.
 */
import type { Language, Published } from "../../src/lib/article-schema";

/** Labels that mark the first publication of a story ("입력 2024.03.15 14:20", "Published : …"). */
export const PUBLISHED_LABELS = ["기사입력", "송고시간", "입력", "등록", "송고", "승인", "게재", "발행", "작성", "Published", "Posted", "Released", "Date"];
/** Labels that mark a later change; the first publication wins over these. */
export const MODIFIED_LABELS = ["최종수정", "최종 수정", "최종 업데이트", "최종업데이트", "업데이트", "수정", "갱신", "Updated", "Last updated", "Modified"];
/** Labels of the print edition the story ran in ("지면 2024-03-15 6면"): a later date, not the publication online. */
export const PRINT_LABELS = ["지면게재", "지면", "신문게재", "Print edition", "Print"];
/** What a label may carry after it: "발행일", "등록일자", "게재 일자", "입력일시", "송고시간", "Published on". */
const LABEL_SUFFIX = "(?:\\s?(?:일자|일시|시간|시각)|일|\\s+on)?";
/** Words a stamp may carry besides its dates: a link to the original, an agency's name, a print page ("6면", "A12면"), a weekday in hanja ("(火)"). */
const STAMP_EXTRAS = /^(?:기사원문|원문|[가-힣]{2,10}(?:부|청|처|원|위원회|공단|공사|센터)|KST|[A-Z]?\d{1,2}면|[月火水木金土日])$/i;
/** A stated time zone after the date ("(GMT+09:00)"): Korea's, which the archive's times are in. */
const KOREAN_ZONE = /\(?\b(?:GMT|UTC)\s*\+\s*0?9(?::?00)?\)?/gi;

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const MONTH = "(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)";

/** The date forms of Korean and English news, each with named groups y, m (or mon), d. */
const DATE_FORMS = [
  String.raw`(?<y>\d{4})\s*[.\-/]\s*(?<m>\d{1,2})\s*[.\-/]\s*(?<d>\d{1,2})\.?`,
  // A two-digit year, as Korean pages print a stamp short ("25.09.03 16:21").
  String.raw`(?<![\d.])(?<yy>\d{2})\.(?<m>\d{2})\.(?<d>\d{2})(?![\d.])`,
  String.raw`(?<y>\d{4})년\s*(?<m>\d{1,2})월\s*(?<d>\d{1,2})일`,
  String.raw`(?<mon>${MONTH})\.?\s+(?<d>\d{1,2}),?\s+(?<y>\d{4})`,
  String.raw`(?<d>\d{1,2})\s+(?<mon>${MONTH})\.?,?\s+(?<y>\d{4})`,
];
/** A time after the date: "14:20", "14:20:10", "(21:17)", "오후 3:47", "10시 30분", "3:47 PM", "T10:30:00+09:00". */
const TIME = String.raw`(?:\s*[,\-–|·T]?\s*\(?\s*(?<ampm>오전|오후|AM|PM|a\.m\.|p\.m\.)?\s*(?<hh>\d{1,2})(?::|시\s*)(?<mi>\d{2})(?:분)?(?::\d{2}(?:\.\d+)?)?\s*(?<ampm2>AM|PM|a\.m\.|p\.m\.)?\)?(?<tz>Z|[+-]\d{2}:?\d{2}|\s*KST)?)?`;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const labels = (list: string[]) =>
  list
    .map(escape)
    .sort((a, b) => b.length - a.length)
    .join("|");
const ALL_LABELS = labels([...PUBLISHED_LABELS, ...MODIFIED_LABELS, ...PRINT_LABELS]);
const LABEL = new RegExp(`^(?:${ALL_LABELS})`, "i");
const LABELS_IN_TEXT = new RegExp(`(?:${ALL_LABELS})${LABEL_SUFFIX}`, "gi");
const MODIFIED = new RegExp(`^(?:${labels(MODIFIED_LABELS)})`, "i");
const PRINT = new RegExp(`^(?:${labels(PRINT_LABELS)})`, "i");
/** The time before the date, as wire services print it ("15:21 October 02, 2025"). */
const TIME_FIRST = String.raw`(?<th>\d{1,2}):(?<tm>\d{2})\s+`;
const STAMP_DATES = DATE_FORMS.flatMap((form) => [new RegExp(`${form}${TIME}`, "gi"), new RegExp(`${TIME_FIRST}${form}`, "gi")]);

/** Every date (with its time) in `text`, left to right, overlapping forms resolved by position. */
function dateMatches(text: string): RegExpExecArray[] {
  const all = STAMP_DATES.flatMap((re) => [...text.matchAll(re)]).sort((a, b) => a.index - b.index || b[0].length - a[0].length);
  const kept: RegExpExecArray[] = [];
  for (const m of all) if (!kept.some((k) => m.index < k.index + k[0].length)) kept.push(m);
  return kept;
}

export interface StampedDate {
  /** "2024-03-15" */
  value: string;
  /** "14:20", Korea Standard Time */
  time?: string;
  /** What the label before the date says it is: the first publication (also when unlabelled), a later change, the print edition. */
  kind: StampKind;
}
export type StampKind = "published" | "modified" | "print";

const pad = (n: number) => String(n).padStart(2, "0");

function toDate(g: Record<string, string | undefined>, kind: StampKind): StampedDate | undefined {
  // A two-digit year: 00-69 this century, 70-99 the last.
  const y = g.yy !== undefined ? Number(g.yy) + (Number(g.yy) < 70 ? 2000 : 1900) : Number(g.y);
  const m = g.mon ? MONTHS.indexOf(g.mon.slice(0, 3).toLowerCase()) + 1 : Number(g.m);
  const d = Number(g.d);
  if (!(y >= 1990 && y <= 2100 && m >= 1 && m <= 12 && d >= 1 && d <= 31)) return undefined;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCDate() !== d) return undefined;
  const [hours, minutes] = [g.hh ?? g.th, g.mi ?? g.tm];
  if (hours === undefined || minutes === undefined) return { value: `${y}-${pad(m)}-${pad(d)}`, kind };
  let hh = Number(hours);
  const mi = Number(minutes);
  const ampm = (g.ampm ?? g.ampm2 ?? "").toLowerCase();
  if ((ampm === "오후" || ampm.startsWith("p")) && hh < 12) hh += 12;
  if ((ampm === "오전" || ampm.startsWith("a")) && hh === 12) hh = 0;
  if (hh > 23 || mi > 59) return { value: `${y}-${pad(m)}-${pad(d)}`, kind };
  // A stated offset other than Korea's is converted to KST (+09:00), the archive's clock.
  const tz = g.tz?.trim();
  if (tz && tz !== "KST" && !/^\+09:?00$/.test(tz)) {
    const offset = tz === "Z" ? 0 : (tz.startsWith("-") ? -1 : 1) * (Number(tz.slice(1, 3)) * 60 + Number(tz.slice(-2)));
    const kst = new Date(Date.UTC(y, m - 1, d, hh, mi) - offset * 60_000 + 9 * 60 * 60_000);
    return {
      value: `${kst.getUTCFullYear()}-${pad(kst.getUTCMonth() + 1)}-${pad(kst.getUTCDate())}`,
      time: `${pad(kst.getUTCHours())}:${pad(kst.getUTCMinutes())}`,
      kind,
    };
  }
  return { value: `${y}-${pad(m)}-${pad(d)}`, time: `${pad(hh)}:${pad(mi)}`, kind };
}

/** A stamped date as the article's stated publication date, with how it was established. */
export function statedPublication(date: StampedDate, note: string): Published {
  return { value: date.value, precision: "day", origin: "stated", ...(date.time ? { time: date.time } : {}), note };
}

/**
 * What the label right before a date says it is ("수정일 :", "Last updated", "지면"); a date with
 * no label, or with its label after it ("… 송고"), is the first publication.
 */
function kindOf(before: string): StampKind {
  const label = before.split(/\s+/).filter(Boolean).at(-1) ?? "";
  if (MODIFIED.test(label) || MODIFIED.test(before)) return "modified";
  if (PRINT.test(label) || PRINT.test(before)) return "print";
  return "published";
}

/**
 * The dates of a block that is nothing but a date stamp ("입력 2024.03.15 14:20 수정 …",
 * "Published : Mar. 15, 2024 - 15:02", "2024/03/15 14:20 송고"), in order; undefined when the
 * block says anything else, so a sentence that mentions a date is never taken for a stamp.
 */
export function parseDateStamp(stamp: string): StampedDate[] | undefined {
  if (stamp.length > 120) return undefined;
  // A separator some pages draw with the letter l, glued to the time before it ("16:21l최종 업데이트"), is a bar.
  const text = stamp.replace(KOREAN_ZONE, " ").replace(/(?<=\d:\d{2})l(?=[가-힣]|\s|$)/gu, " | ");
  const found: StampedDate[] = [];
  let rest = "";
  let last = 0;
  for (const match of dateMatches(text)) {
    const before = text
      .slice(last, match.index)
      .replace(/[|:·•,()\[\]]/g, " ")
      .trim();
    rest += ` ${before.replace(LABELS_IN_TEXT, "")}`;
    const date = toDate(match.groups ?? {}, kindOf(before));
    if (!date) return undefined;
    found.push(date);
    last = (match.index ?? 0) + match[0].length;
  }
  if (found.length === 0) return undefined;
  const tail = text
    .slice(last)
    .replace(/[|:·•,()\[\]]/g, " ")
    .trim();
  for (const word of tail.split(/\s+/).filter(Boolean)) {
    if (LABEL.test(word) || STAMP_EXTRAS.test(word)) continue;
    rest += ` ${word}`;
  }
  for (const word of rest.trim().split(/\s+/).filter(Boolean)) if (!STAMP_EXTRAS.test(word)) return undefined;
  return found;
}

/** Agencies whose credit stands in a dateline ("(세종=연합뉴스)", "(Yonhap)"). */
export const AGENCY_CREDITS = [
  "연합뉴스",
  "뉴시스",
  "뉴스1",
  "Yonhap",
  "AP",
  "Reuters",
  "AFP",
  "Xinhua",
  "EPA",
  "Bloomberg",
  "Korea Bizwire",
  "Newsis",
  "News1",
];

/** "(세종=연합뉴스) 오세린 기자 = " or "[서울=뉴스1] 윤서진 기자 =" opening a paragraph. */
const LEAD_CREDIT_KO =
  /^(?<credit>[([](?<place>[가-힣A-Za-z]{1,10})\s*=\s*(?<agency>[가-힣A-Za-z0-9 ]{1,12})[)\]]\s*(?:(?<names>[가-힣]{2,4}(?:\s*[·ㆍ,/]\s*[가-힣]{2,4})*)\s*(?:기자|특파원|통신원|선임기자))?)\s*=?\s*/;
/** "[보안뉴스 권태윤 기자] " or "[헤럴드경제=박도현 기자] " opening a paragraph: the outlet's name and the reporter, in brackets. */
const LEAD_CREDIT_BRACKET =
  /^(?<credit>[[(](?<agency>[가-힣A-Za-z0-9]{2,12})(?:\s+|\s*=\s*)(?<names>[가-힣]{2,4}(?:\s*[·ㆍ,/]\s*[가-힣]{2,4})*)\s*(?:기자|특파원|통신원)[\])])\s*/;
/** "SEOUL, March 15 (Yonhap) -- " opening an English paragraph. */
const LEAD_CREDIT_EN = new RegExp(
  String.raw`^(?<credit>[A-Z][A-Z .'-]{1,30},\s*(?:${MONTH})\.?\s+\d{1,2}\s*\((?<agency>[A-Za-z0-9 ]{2,20})\))\s*(?:--|—|–|-)\s*`,
);

/** A dateline credit that opens the lead paragraph, and the paragraph without it. */
export function leadCredit(text: string): { credit: string; rest: string } | undefined {
  const m = LEAD_CREDIT_KO.exec(text) ?? LEAD_CREDIT_BRACKET.exec(text) ?? LEAD_CREDIT_EN.exec(text);
  if (!m?.groups?.credit) return undefined;
  const rest = text.slice(m[0].length).trim();
  // Only a credit in front of the story's prose, not one in front of a photo caption.
  if (rest.length < 40 || !/[.!?。"'”’」』)]$/.test(rest)) return undefined;
  return { credit: m.groups.credit.trim(), rest };
}

const NAME_KO = "[가-힣]{2,4}";
const NAME_EN = "[A-Z][A-Za-z'’]+(?:-[A-Za-z'’]+)?(?: [A-Z][A-Za-z'’]+(?:-[A-Za-z'’]+)?){1,3}";
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;

/**
 * What a reporter did for the piece, printed before "=" ("글·사진=김도윤 기자", "정리=", "사진·영상=").
 * A closed list: with "=" any other word is a dateline's place.
 */
export const CREDIT_WORDS = ["글", "사진", "영상", "그래픽", "정리", "취재", "편집", "촬영", "구성", "대담", "진행", "자료"];
const CREDIT = `(?:${CREDIT_WORDS.join("|")})(?:\\s*[·ㆍ/]\\s*(?:${CREDIT_WORDS.join("|")}))*(?:\\s*=\\s*|\\s+)`;

/** What a page prints after the reporter's name, besides an e-mail: links to the reporter's page ("기자 프로필", "구독"). */
export const BYLINE_PAGE_LINKS = ["기자 프로필", "프로필", "구독", "구독하기", "다른 기사 보기", "다른기사 보기", "기사 더보기", "팔로우"];

/** Whole-block byline forms: what a page prints for its reporter, at the top or the end. */
const REPORTER_KO = "(?:기자|특파원|선임기자|객원기자|기자단)";
const BYLINE_FORMS: RegExp[] = [
  // "오세린 기자", "세종 오현석 기자", "최지원·박태준 기자", "최지원/박태준 기자", "최지원 기자, 박태준 기자 jw@…",
  // "[파이낸셜뉴스] 김민지 기자" (the outlet in brackets before the name), "글·사진=김도윤 기자",
  // "/서혜진 기자(hyejin.seo@…)" (a sign-off after a slash)
  new RegExp(
    `^(?:[/–—-]\\s?)?(?:[[(【][^\\])】=]{1,12}[\\])】]\\s*)?(?:${CREDIT}|[가-힣]{2,6}\\s*=\\s*|[가-힣]{2,6}\\s)?(?!${REPORTER_KO})(?<name>${NAME_KO}(?:\\s?(?:${REPORTER_KO})?\\s?[·ㆍ,/]\\s?${NAME_KO})*)\\s?${REPORTER_KO}(?:\\s*\\(?(?<email>${EMAIL})\\)?)?(?:\\s+(?:${BYLINE_PAGE_LINKS.join("|")}))*$`,
  ),
  new RegExp(`^(?:(?:Written|Reported)\\s+)?By\\s+(?<name>${NAME_EN}(?:(?:,\\s*|\\s+and\\s+)${NAME_EN})*)(?:\\s*[\\[(]?(?<email>${EMAIL})[\\])]?)?$`, "i"),
  new RegExp(`^(?<name>${NAME_EN}),\\s*(?:Staff\\s+)?(?:Reporter|Writer|Correspondent)(?:\\s*[\\[(]?(?<email>${EMAIL})[\\])]?)?$`),
  new RegExp(`^(?:Reporter|Correspondent|Staff Writer)\\s+(?<name>${NAME_EN})(?:\\s*[\\[(]?(?<email>${EMAIL})[\\])]?)?$`),
  new RegExp(`^\\((?<name>${AGENCY_CREDITS.map(escape).join("|")})\\)$`),
  // "글: 김은서(eunseo)사진: 김은서(eunseo)": who wrote it (and who did the rest), with a colon and the reporter's handle.
  new RegExp(
    `^(?:글\\s*[:：]\\s*(?<name>${NAME_KO})(?:\\s*\\([\\w.]{1,30}\\))?\\s*)(?:(?:${CREDIT_WORDS.join("|")})\\s*[:：]\\s*${NAME_KO}(?:\\s*\\([\\w.]{1,30}\\))?\\s*)*$`,
  ),
  // "Kang Ye-jin, Arirang News.": a broadcast reporter's sign-off, the name and the channel's news.
  new RegExp(`^(?<name>${NAME_EN}),\\s*(?:[A-Z][\\w&'-]*\\s){1,3}(?:News|TV|Radio)\\.?$`),
  // "Min-seo Park parkms@…", "Park Ji-hoon, jihoon@…": a name and the reporter's address, the way English editions sign off.
  new RegExp(`^(?<name>${NAME_EN})(?:,\\s*|\\s+)[\\[(<]?(?<email>${EMAIL})[\\])>]?$`),
  // "Lee Ha-eun (haeun@…) | Choi Jae-won (jwchoi@…)": names, each with its address.
  new RegExp(`^(?<name>${NAME_EN}\\s*\\((?<email>${EMAIL})\\)(?:\\s*[|,·]\\s*${NAME_EN}\\s*\\(${EMAIL}\\))*)$`),
];

/** The reporter (or agency) a byline block names, with the e-mail when it gives one. */
export function parseByline(text: string): { name: string; email?: string } | undefined {
  // A byline line may come wrapped in brackets: "[권태윤 기자(tykwon@boannews.com)]".
  const bare = /^\[(.+)\]$/.exec(text)?.[1] ?? text;
  for (const form of BYLINE_FORMS) {
    const g = form.exec(bare)?.groups;
    if (g?.name) return { name: g.name, ...(g.email ? { email: g.email } : {}) };
  }
  return undefined;
}

/** A block that is only an e-mail address: the reporter's, closing the story. */
export const isEmailLine = (text: string) => new RegExp(`^${EMAIL}$`).test(text);

/**
 * Known outlets: the names and domains their pages sign with, mapped to the name the archive
 * shows, and the name its English edition goes by (a name it signs with too), which an English
 * article shows (outletNameIn).
 * An outlet not listed is still named from its copyright line (see outletFromText).
 */
export const OUTLETS: readonly { name: string; english?: string; aliases: readonly string[]; domains: readonly string[] }[] = [
  { name: "연합뉴스", english: "Yonhap News Agency", aliases: ["연합뉴스"], domains: ["yna.co.kr", "yonhapnews.co.kr"] },
  { name: "뉴시스", english: "Newsis", aliases: ["뉴시스", "NEWSIS", "NEWSIS.COM"], domains: ["newsis.com"] },
  { name: "뉴스1", english: "News1", aliases: ["뉴스1"], domains: ["news1.kr"] },
  { name: "KBS", aliases: ["KBS", "한국방송"], domains: ["kbs.co.kr"] },
  { name: "MBC", aliases: ["MBC", "MBC&iMBC"], domains: ["mbc.co.kr", "imbc.com"] },
  { name: "SBS", aliases: ["SBS"], domains: ["sbs.co.kr"] },
  { name: "Korea JoongAng Daily", aliases: ["Korea JoongAng Daily"], domains: ["koreajoongangdaily.joins.com"] },
  { name: "중앙일보", english: "JoongAng Ilbo", aliases: ["중앙일보"], domains: ["joongang.co.kr", "joins.com"] },
  { name: "조선일보", english: "The Chosun Ilbo", aliases: ["조선일보", "chosun.com"], domains: ["chosun.com"] },
  { name: "한겨레", english: "The Hankyoreh", aliases: ["한겨레", "한겨레신문사"], domains: ["hani.co.kr"] },
  { name: "매일경제", english: "Maeil Business Newspaper", aliases: ["매일경제", "mk.co.kr"], domains: ["mk.co.kr"] },
  { name: "한국경제", english: "The Korea Economic Daily", aliases: ["한국경제", "한경닷컴"], domains: ["hankyung.com"] },
  { name: "The Korea Herald", aliases: ["The Korea Herald", "Korea Herald"], domains: ["heraldcorp.com", "koreaherald.com"] },
  { name: "The Korea Times", aliases: ["The Korea Times", "koreatimes.co.kr"], domains: ["koreatimes.co.kr"] },
  { name: "지디넷코리아", english: "ZDNet Korea", aliases: ["지디넷코리아"], domains: ["zdnet.co.kr"] },
  { name: "전자신문", english: "Electronic Times", aliases: ["전자신문", "etnews"], domains: ["etnews.com"] },
  { name: "대한민국 정책브리핑", aliases: ["대한민국 정책브리핑", "정책브리핑"], domains: ["korea.kr"] },
  { name: "동아일보", english: "The Dong-A Ilbo", aliases: ["동아일보", "동아닷컴"], domains: ["donga.com"] },
  { name: "서울신문", english: "The Seoul Shinmun", aliases: ["서울신문"], domains: ["seoul.co.kr"] },
  { name: "한국일보", english: "The Hankook Ilbo", aliases: ["한국일보", "Hankookilbo", "Hankook Ilbo"], domains: ["hankookilbo.com"] },
  { name: "경향신문", english: "The Kyunghyang Shinmun", aliases: ["경향신문"], domains: ["khan.co.kr"] },
  { name: "국민일보", english: "Kukmin Ilbo", aliases: ["국민일보"], domains: ["kmib.co.kr"] },
  { name: "세계일보", english: "Segye Ilbo", aliases: ["세계일보"], domains: ["segye.com"] },
  { name: "문화일보", english: "Munhwa Ilbo", aliases: ["문화일보"], domains: ["munhwa.com"] },
  { name: "서울경제", english: "Seoul Economic Daily", aliases: ["서울경제"], domains: ["sedaily.com"] },
  { name: "이데일리", english: "Edaily", aliases: ["이데일리"], domains: ["edaily.co.kr"] },
  { name: "머니투데이", english: "Money Today", aliases: ["머니투데이"], domains: ["mt.co.kr"] },
  { name: "아시아경제", english: "The Asia Business Daily", aliases: ["아시아경제"], domains: ["asiae.co.kr"] },
  { name: "파이낸셜뉴스", english: "The Financial News", aliases: ["파이낸셜뉴스"], domains: ["fnnews.com"] },
  { name: "디지털타임스", english: "Digital Times", aliases: ["디지털타임스"], domains: ["dt.co.kr"] },
  { name: "아이뉴스24", aliases: ["아이뉴스24"], domains: ["inews24.com"] },
  { name: "블로터", aliases: ["블로터"], domains: ["bloter.net"] },
  { name: "JTBC", aliases: ["JTBC"], domains: ["jtbc.co.kr", "joins.com"] },
  { name: "YTN", aliases: ["YTN"], domains: ["ytn.co.kr"] },
  { name: "노컷뉴스", aliases: ["노컷뉴스", "CBS노컷뉴스"], domains: ["nocutnews.co.kr"] },
  { name: "오마이뉴스", aliases: ["오마이뉴스"], domains: ["ohmynews.com"] },
  { name: "부산일보", english: "Busan Ilbo", aliases: ["부산일보"], domains: ["busan.com"] },
  { name: "매일신문", aliases: ["매일신문"], domains: ["imaeil.com"] },
  { name: "Korea Bizwire", aliases: ["Korea Bizwire"], domains: ["koreabizwire.com"] },
  { name: "Arirang News", aliases: ["Arirang", "Arirang News", "Arirang TV"], domains: ["arirang.com", "arirang.co.kr"] },
];

/** What opens a copyright line before the name: "<저작권자(c)", "Copyright ©", "Copyright by", "Since 1996,", "2024". */
const COPYRIGHT_LEAD =
  /^<?\s*(?:저작권자\s*:?\s*)?(?:Copyright\s*)?(?:\(c\)|ⓒ|©)?\s*(?:Copyright\s*)?(?:\(c\)|ⓒ|©)?\s*(?:by\s+)?(?:Since\s+\d{4},?\s*)?(?:\d{4}(?:-\d{4})?\s+)?/i;
/** A copyright line: opened by ©, Copyright or 저작권자, or a name and the notice alone ("전자신문 & 전자신문인터넷, 무단전재 및 재배포 금지"). */
const COPYRIGHT_LINE = /^<?\s*(?:저작권자\s*:|(?:저작권자\s*)?(?:Copyright\b|\(c\)|ⓒ|©))|^[^.!?]{1,60}[\s,]무단\s?전재\s?(?:및|·|,|-)?\s?재배포\s?금지/i;

/**
 * The words a copyright notice is made of after the outlet's name ("… 무단 전재·재배포 금지",
 * "… 신문 콘텐츠 저작권 보호", "… All rights reserved."): the name ends where the first of them
 * begins, as a word of its own. No outlet's name has one of them as a word.
 */
export const COPYRIGHT_NOTICE_WORDS = [
  ...["저작권", "무단", "전재", "재배포", "배포", "금지", "신문 콘텐츠", "콘텐츠", "AI 학습", "AI학습"],
  ...["All rights reserved", "Some rights reserved", "Unauthorized", "Reproduction", "Redistribution", "No part of"],
];
/** Marks that end the name: a comma, colon, bar or closing bracket; "&" before a web address ("매일경제 & mk.co.kr"); a full stop before a space. */
const COPYRIGHT_NAME_END = new RegExp(String.raw`\s*(?:[,:|>&]|\.(?:\s|$)|(?<=^|\s)(?:${COPYRIGHT_NOTICE_WORDS.map(escape).join("|")})|$)`, "i");

/**
 * The words a company's name adds to the name its news goes by ("ARIRANG INTERNATIONAL
 * BROADCASTING", "(주)뉴스핌", "Acme Media Co., Ltd.", "Electronic Times Internet", "전자신문인터넷"):
 * a copyright line often names the company.
 */
const COMPANY_WORDS =
  /^(?:\(주\)|주식회사)\s*|\s*(?:\(주\)|주식회사)$|\s+(?:(?:International\s)?Broadcasting(?:\s(?:Corporation|System))?|Media Group|Internet|Co\.?(?:,?\s?Ltd\.?)?|Corp(?:oration|\.)?|Inc\.?)$|(?<=[가-힣])인터넷$/gi;

const known = (value: string): (typeof OUTLETS)[number] | undefined => {
  const named = (v: string) =>
    OUTLETS.find((o) => [...o.aliases, o.english].some((a) => a?.toLowerCase() === v) || o.domains.some((d) => v === d || v.endsWith(`.${d}`)));
  const v = value.trim().toLowerCase();
  return named(v) ?? named(v.replace(COMPANY_WORDS, "").trim());
};

/**
 * The outlet named by a copyright line ("Copyright ⓒ 뉴스1. All rights reserved."): what stands
 * between the line's opening (©, Copyright, 저작권자, a year) and the first mark or notice word,
 * without a web address in brackets ("(www.seoul.co.kr)") or a quoted slogan before it.
 */
export function outletFromCopyright(text: string): { name: string; from: string; known: boolean } | undefined {
  if (!COPYRIGHT_LINE.test(text)) return undefined;
  const rest = text
    .replace(COPYRIGHT_LEAD, "")
    .replace(/\s*\([^)]*\)\s*/g, " ")
    .replace(/^\s*['"‘“][^'"’”]*['"’”]\s*/, "")
    .trim();
  const end = COPYRIGHT_NAME_END.exec(rest);
  const name = rest.slice(0, end?.index ?? rest.length).trim();
  if (!name || name.length > 40 || /^\d+$/.test(name)) return undefined;
  const outlet = known(name);
  return { name: outlet?.name ?? name, from: `the copyright line "${text}"`, known: outlet !== undefined };
}

/** A known outlet named by its web address alone (www.korea.kr) or a reporter's e-mail domain. */
export function outletFromDomain(text: string): { name: string; from: string } | undefined {
  const domain = /^(?:https?:\/\/)?(?:www\.)?([\w-]+(?:\.[\w-]+)+)\/?$/.exec(text)?.[1] ?? new RegExp(EMAIL).exec(text)?.[0].split("@")[1];
  const outlet = domain ? known(domain) : undefined;
  return outlet ? { name: outlet.name, from: `the address ${domain}` } : undefined;
}

/** A known outlet's name as an article in `lang` shows it: on an English page, its English edition's name. */
export function outletNameIn(name: string, lang: Language): string {
  return (lang === "en" && OUTLETS.find((o) => o.name === name)?.english) || name;
}

/** The outlet named by an agency credit ("연합뉴스" in "(세종=연합뉴스)"). */
export const outletFromCredit = (agency: string): string => known(agency)?.name ?? agency;
