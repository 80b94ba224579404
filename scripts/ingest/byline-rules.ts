/**
 * What a printed byline carries besides the reporters, as data. Outlets print the same two facts
 * (who wrote it, in what role) in many shapes: "[이데일리 김서연 기자]", "(서울=뉴스1) 홍길동 기자 =",
 * "부산=이승우 기자 leeswoo@…", "By Jane Doe", "Reporter Kim Min-ji". Each row below takes one kind
 * of decoration off, with the reason that is safe; what is left must then read as names and roles,
 * or the byline is kept exactly as printed. Nothing is added: the result is the printed names and
 * roles, in their printed order, joined the archive's way ("김서연·박태준 기자", "A and B").
 *
 * Rows run in order, each over the whole byline, every match removed (see normalizeByline).
 */
import { AGENCY_CREDITS, BYLINE_PAGE_LINKS, CREDIT_WORDS, OUTLETS } from "./recognizers";

export interface BylineRule {
  /** Stable id, printed in the removal report. */
  id: string;
  /** What the row takes off; global, so every occurrence goes. */
  pattern: RegExp;
  /** Why the byline loses nothing a reader needs without it. */
  reason: string;
}

/** Roles a Korean byline ends in; kept, as Korean bylines print them ("김서연 기자", "홍길동 특파원"). */
export const ROLES_KO = ["선임기자", "전문기자", "객원기자", "수습기자", "인턴기자", "대기자", "기자", "특파원", "통신원", "논설위원", "편집위원"];
/** English role labels; dropped, as an English byline is the names after "By" (which the page prints). */
const ROLES_EN = String.raw`(?:(?:Staff|Senior|Chief|Contributing|Business|Political|Tech|Foreign)\s+)?(?:Reporter|Writer|Correspondent|Editor|Journalist)s?`;

/**
 * Places a dateline names without "=" before the reporter ("세종 오현석 기자"). With "=" any word is
 * a place ("구미=…"); without it only these are, so a second reporter's name is never taken for one.
 */
export const DATELINE_PLACES = [
  ...["서울", "부산", "대구", "인천", "광주", "대전", "울산", "세종", "제주", "수원", "성남", "고양", "용인", "의정부", "춘천", "원주", "강릉"],
  ...["청주", "천안", "전주", "군산", "목포", "여수", "순천", "안동", "포항", "구미", "경주", "창원", "진주", "김해", "평택", "안산", "홍성", "무안"],
  ...["경기", "강원", "충북", "충남", "전북", "전남", "경북", "경남"],
  ...["워싱턴", "뉴욕", "실리콘밸리", "로스앤젤레스", "도쿄", "베이징", "상하이", "홍콩", "파리", "런던", "베를린", "브뤼셀", "모스크바", "제네바"],
  ...["싱가포르", "하노이", "자카르타", "방콕", "뉴델리", "두바이", "시드니", "타이베이"],
];

/** Desks a byline may name before the reporter ("경제부 김철수 기자", "온라인뉴스팀"). */
const DESK = String.raw`(?:정치|경제|사회|국제|산업|문화|체육|스포츠|금융|증권|과학|IT과학|IT|디지털|온라인|뉴스|편집|사진|영상|전국|지역|기획|탐사|부동산|유통|생활|정책|산업\d)[가-힣0-9]{0,5}(?:부|팀|국|센터|데스크)`;

/** English words before "by" that say the same as "By": "Written by", "Reported by". */
const WRITTEN_BY = String.raw`(?:(?:written|reported|story|words|text)\s+)?by`;

/** Word endings of a Korean outlet's name ("보안뉴스", "이데일리", "강원일보"), for outlets no list names. */
const OUTLET_ENDINGS = String.raw`[가-힣A-Za-z0-9]{1,8}(?:뉴스|일보|신문|데일리|경제|타임스|투데이|방송|미디어|닷컴|저널)`;

const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
const NAME_KO = "[가-힣]{2,4}";
const ROLE_KO = `(?:${ROLES_KO.join("|")})`;
/** Looks ahead to a Korean reporter and role, or to an English name: a decoration must stand before one. */
const BEFORE_NAME = String.raw`(?=\s*(?:${NAME_KO}(?:\s*[·ㆍ,]\s*${NAME_KO})*\s?${ROLE_KO}|[A-Z][a-z]))`;

/** A date stamp printed after the reporter ("입력 2024.03.05 10:12"); the date is read from the page's stamp. */
const STAMP_AFTER = String.raw`(?:입력|등록|수정|승인|기사입력)\s*:?\s*\d{4}[.\-/]\s*\d{1,2}[.\-/]\s*\d{1,2}\.?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?`;

/** The names outlets and agencies go by, the article's own among them. */
const knownOutletNames = (outletNames: readonly string[]) => [
  ...OUTLETS.flatMap((o) => [...o.aliases, ...(o.english ? [o.english] : [])]),
  ...AGENCY_CREDITS,
  ...outletNames.filter((n) => n.length >= 2),
];

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternatives = (list: readonly string[]) =>
  [...new Set(list)]
    .sort((a, b) => b.length - a.length)
    .map(escape)
    .join("|");

/**
 * The rows, in the order they run. `outletNames` are the article's own outlet (its copyright line
 * or sidecar), so a credit naming an outlet no list knows ("[머니S 김서연 기자]") still loses it.
 */
export function bylineRules(outletNames: readonly string[] = []): BylineRule[] {
  const outlet = `(?:${alternatives(knownOutletNames(outletNames))}|${OUTLET_ENDINGS})`;
  return [
    {
      id: "byline-page-links",
      pattern: new RegExp(String.raw`(?<=${ROLE_KO})(?:\s+(?:${alternatives(BYLINE_PAGE_LINKS)}|${STAMP_AFTER}))+\s*$`, "g"),
      reason: "Links and the date stamp the page prints after the reporter (기자 프로필, 구독, 입력 2024.03.05 10:12): buttons and the date, not the byline.",
    },
    {
      id: "byline-email",
      pattern: new RegExp(String.raw`\s*(?:\(\s*${EMAIL}\s*\)|\[\s*${EMAIL}\s*\]|<\s*${EMAIL}\s*>|${EMAIL})`, "g"),
      reason: "The reporter's e-mail address: how to reach them, not who wrote the story.",
    },
    {
      id: "byline-dateline-credit",
      // The agency after "=" is not a reporter with a role: "[OSEN=최윤서 기자]" is an outlet and its reporter.
      pattern: new RegExp(String.raw`[[(【]\s*[가-힣A-Za-z .]{1,15}?\s*=\s*(?![^\])】]*${ROLE_KO}\s*[\])】])[가-힣A-Za-z0-9 ]{1,15}?\s*[\])】]`, "g"),
      reason:
        "The dateline credit ((서울=뉴스1), 【서울=뉴시스】): the place the story was filed from and the agency that filed it. The agency is the article's outlet; the archive keeps no dateline, so the place is reported here.",
    },
    {
      id: "byline-credit",
      pattern: new RegExp(
        String.raw`(?<=^|[\s,])(?:${CREDIT_WORDS.join("|")})(?:\s*[·ㆍ/,]\s*(?:${CREDIT_WORDS.join("|")}))*(?:\s*=\s*|\s+)${BEFORE_NAME}`,
        "g",
      ),
      reason:
        "What the reporter did for the piece (글·사진=, 정리=, 글·사진 before the name): the names that follow are the byline; the work each did is reported here, not shown.",
    },
    {
      id: "byline-dateline-place",
      pattern: new RegExp(String.raw`(?<=^|[\s·,[(【])[가-힣A-Za-z]{1,10}\s*=\s*${BEFORE_NAME}`, "g"),
      reason:
        "The dateline or the outlet before '=' and the reporter (부산=, [헤럴드경제=…]): the place the story was filed from, or the outlet, which is the article's own frontmatter field. The archive keeps no dateline, so it is reported here.",
    },
    {
      id: "byline-by",
      pattern: new RegExp(String.raw`^\s*${WRITTEN_BY}\s+`, "gi"),
      reason: "The English 'By' (or 'Written by', 'Reported by') before the names; the page prints its own 'By'.",
    },
    {
      id: "byline-label",
      pattern: new RegExp(String.raw`^\s*(?:기자명|기자 이름|작성자|글쓴이|필자)\s*[:：]?\s*${BEFORE_NAME}`, "g"),
      reason: "The label a page's template prints before the reporter (기자명, 작성자): a form's field name, not a word of the byline.",
    },
    {
      id: "byline-brackets",
      pattern: /^\s*[[(【]\s*(?=[^[\]()【】]*[\])】]\s*$)|(?<=^\s*[[(【][^[\]()【】]*)\s*[\])】]\s*$/g,
      reason: "The brackets the outlet prints around its credit: punctuation, not a word of it.",
    },
    {
      id: "byline-lead-separator",
      pattern: /\s*(?:=|--|—|–)\s*$|^\s*[/|]\s*/g,
      reason: "The '=' or dash that joined the credit to the story's first sentence, or a slash or bar left before the reporter (/장태윤기자).",
    },
    {
      id: "byline-outlet",
      pattern: new RegExp(
        String.raw`^\s*(?:[[(【]\s*${outlet}\s*[\])】]\s*|${outlet}(?:\s*[/|]\s*|\s+))${BEFORE_NAME}|(?<=\S),?\s+[([]?${outlet}[)\]]?\.?\s*$`,
        "g",
      ),
      reason:
        "The outlet's name in the credit, inside its brackets or with them ([이데일리 김서연 기자], [파이낸셜뉴스] 김민지 기자); the outlet is the article's own frontmatter field.",
    },
    {
      id: "byline-desk",
      pattern: new RegExp(String.raw`^\s*${DESK}\s*${BEFORE_NAME}`, "g"),
      reason: "The reporter's desk (경제부, 온라인뉴스팀): the newsroom's organisation, not a name.",
    },
    {
      id: "byline-place",
      pattern: new RegExp(String.raw`^\s*(?:${alternatives(DATELINE_PLACES)})(?:\s*[/|]\s*|\s+)${BEFORE_NAME}`, "g"),
      reason:
        "The dateline before the reporter, without '=' (세종 오현석 기자, 세종/황보은 기자, 베를린 | 송하준 특파원): the place the story was filed from. The archive keeps no dateline, so it is reported here.",
    },
    {
      id: "byline-role-en",
      pattern: new RegExp(String.raw`^\s*${ROLES_EN}\s+(?=[A-Z])|\s*,?\s*${ROLES_EN}\s*$`, "g"),
      reason: "An English role label (Reporter, Staff Writer, Correspondent): an English byline is the names after 'By', which the page prints.",
    },
  ];
}

/** One reporter as the byline names them. */
interface Reporter {
  name: string;
  /** The Korean role printed after the name; English bylines have none. */
  role?: string;
}

/** Words in a reporter's place that are not names ("본지 기자": our reporter; "사진 기자"). */
const NOT_NAMES = new Set([
  "본지",
  "사진",
  "영상",
  "취재",
  "편집",
  "그래픽",
  "디지털",
  "온라인",
  "뉴스",
  "인턴",
  "수습",
  "객원",
  "전문",
  "선임",
  "기자",
  "특파원",
]);

const SPACED_WORDS_KO = new RegExp(String.raw`^${NAME_KO}(?:\s${NAME_KO})+\s?${ROLE_KO}$`);
const KO_GROUP = new RegExp(String.raw`^\s*(?<names>${NAME_KO}(?:\s*[·ㆍ,/]\s*${NAME_KO})*)\s?(?<role>${ROLE_KO})?(?<sep>\s*[,·ㆍ/]\s*|\s+|\s*$)`);
const NAME_EN = "[A-Z][A-Za-z'’]+(?:-[A-Za-z'’]+)?(?: [A-Z][A-Za-z'’]+(?:-[A-Za-z'’]+)?){1,3}";
const EN_NAMES = new RegExp(String.raw`^${NAME_EN}(?:\s*(?:,\s*and|,|\||·|&|and)\s*${NAME_EN})*$`);

/**
 * The reporters of a byline with its decorations gone: Korean names each followed by a role
 * ("최지원 기자, 박태준 특파원", "홍길동·김철수 기자"), Korean names alone ("이운성"), or English names
 * ("Lee Ha-eun | Choi Jae-won"). Undefined when the rest reads as anything else.
 */
function readReporters(text: string): Reporter[] | undefined {
  const rest = text.trim();
  if (EN_NAMES.test(rest)) return rest.match(new RegExp(NAME_EN, "g"))?.map((name) => ({ name }));
  const reporters: Reporter[] = [];
  let at = rest;
  let roleless = 0;
  while (at !== "") {
    const g = KO_GROUP.exec(at);
    if (!g?.groups?.names) return undefined;
    const names = g.groups.names.split(/\s*[·ㆍ,/]\s*/);
    if (names.some((n) => NOT_NAMES.has(n))) return undefined;
    // Without a role, only a mark (· or ,) joins names: "연합뉴스 제공" is not two reporters.
    if (!g.groups.role && g.groups.sep !== undefined && g.groups.sep !== "" && g.groups.sep.trim() === "") return undefined;
    if (!g.groups.role) roleless += 1;
    for (const name of names) reporters.push({ name, ...(g.groups.role ? { role: g.groups.role } : {}) });
    at = at.slice(g[0].length);
  }
  // Names alone are a byline only when no name has a role: "홍길동 기자, 김철수" says too little of 김철수.
  if (reporters.length === 0 || (roleless > 0 && roleless !== reporters.length)) return undefined;
  return reporters;
}

/** The archive's way to write reporters: "김서연 기자", "최지원·박태준 기자", "Lee Ha-eun and Choi Jae-won". */
function formatReporters(reporters: Reporter[]): string {
  const unique = reporters.filter((r, i) => reporters.findIndex((o) => o.name === r.name) === i);
  if (unique.every((r) => r.role === undefined)) {
    return /[가-힣]/.test(unique[0]?.name ?? "")
      ? unique.map((r) => r.name).join("·")
      : new Intl.ListFormat("en", { type: "conjunction" }).format(unique.map((r) => r.name));
  }
  const roles = [...new Set(unique.map((r) => r.role))];
  return roles
    .map(
      (role) =>
        `${unique
          .filter((r) => r.role === role)
          .map((r) => r.name)
          .join("·")} ${role}`,
    )
    .join(", ");
}

export interface NormalizedByline {
  /** The reporters and their roles, or the byline as printed when they could not be told apart. */
  value: string;
  /** What each row took off, in order; empty when the byline is kept as printed. */
  dropped: { rule: string; text: string }[];
  /** Set when some row matched but the rest did not read as names: the byline is kept as printed. */
  keptAsPrinted?: string;
}

/**
 * Reduces a printed byline to its reporters and roles. Never invents: when what is left after the
 * rows is not plainly names (and roles), the byline comes back exactly as printed, nothing dropped.
 */
export function normalizeByline(printed: string, outletNames: readonly string[] = []): NormalizedByline {
  const dropped: NormalizedByline["dropped"] = [];
  let text = printed.replace(/\s+/g, " ").trim();
  // An outlet or agency that is itself the byline ("Yonhap News Agency") is its author: nothing to take off.
  if (knownOutletNames(outletNames).some((n) => n.toLowerCase() === text.replace(/^[[(]|[\])]$/g, "").toLowerCase()))
    return { value: printed, dropped, keptAsPrinted: text };
  for (const rule of bylineRules(outletNames)) {
    const found = [...text.matchAll(rule.pattern)].map((m) => m[0].trim()).filter((t) => t !== "");
    if (found.length === 0) continue;
    dropped.push({ rule: rule.id, text: found.join(" … ") });
    text = text.replace(rule.pattern, " ").replace(/\s+/g, " ").trim();
  }
  const reporters = readReporters(text);
  if (reporters) return { value: formatReporters(reporters), dropped };
  // Hangul words before a role, spaces only ("고은비 이승환 기자"): two reporters, or a place and one.
  // Which it is cannot be told, so the words stay as printed; only what the rows took off goes.
  const words = text.replace(new RegExp(String.raw`\s?${ROLE_KO}$`), "").split(/\s+/);
  if (SPACED_WORDS_KO.test(text) && !words.some((w) => NOT_NAMES.has(w))) return { value: text, dropped };
  return { value: printed, dropped: [], ...(dropped.length > 0 ? { keptAsPrinted: text } : {}) };
}
