/**
 * Seeded generator of a synthetic archive for the search bench: Korean and English news articles
 * (about 4 in 5 Korean) with the shapes real ones have — agency names and their short forms,
 * compounds written with and without spaces, particles, numbers with units, people's names, English
 * loan words — so index size and query latency at 1 000 and 10 000 articles mean something.
 * The same seed always gives the same archive.
 */
import { josa } from "es-hangul";
import type { SearchDoc, SearchTopic } from "../../src/lib/search/doc";

/** mulberry32: small, fast, and identical on every platform. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KO_ORGS = [
  "행정안전부",
  "행안부",
  "과학기술정보통신부",
  "과기정통부",
  "정보통신산업진흥원",
  "한국지능정보사회진흥원",
  "국가정보자원관리원",
  "디지털플랫폼정부위원회",
  "조달청",
  "개인정보보호위원회",
  "서울시",
  "부산시",
  "세종시",
  "대구시",
  "경상북도",
  "전라남도",
  "제주도",
  "한국전력",
  "국민건강보험공단",
  "한국관광공사",
  "네이버",
  "카카오",
  "삼성SDS",
  "LG CNS",
  "KT",
  "SK텔레콤",
  "아마존웹서비스",
  "마이크로소프트",
  "구글클라우드",
  "NHN클라우드",
  "더존비즈온",
  "한글과컴퓨터",
];
const KO_NOUNS = [
  "클라우드",
  "데이터센터",
  "인공지능",
  "빅데이터",
  "사이버보안",
  "정보보호",
  "전자정부",
  "공공서비스",
  "행정망",
  "재해복구",
  "디지털전환",
  "스마트시티",
  "자율주행",
  "반도체",
  "소프트웨어",
  "오픈소스",
  "플랫폼",
  "데이터댐",
  "초거대AI",
  "생성형AI",
  "민원서비스",
  "모바일신분증",
  "마이데이터",
  "전산망",
  "통합센터",
  "이중화",
  "백업체계",
  "서버",
  "네트워크",
  "보안관제",
  "예산",
  "사업",
  "시범사업",
  "협약",
  "정책",
  "계획",
  "전략",
  "로드맵",
  "성과",
  "투자",
  "일자리",
  "인재",
  "교육",
  "연구개발",
  "공무원",
  "시민",
  "기업",
  "스타트업",
  "중소기업",
  "대학",
  "연구원",
  "전문가",
  "위원회",
  "박람회",
  "세미나",
  "간담회",
  "연찬회",
  "장애",
  "복구",
  "점검",
  "대응",
  "훈련",
  "평가",
  "인증",
  "표준",
  "규제",
  "법안",
  "개정안",
  "가이드라인",
  "지침",
  "조례",
  "지역",
  "도시",
  "농촌",
  "해외",
  "수출",
  "협력",
  "교류",
  "혁신",
  "경쟁력",
  "생태계",
  "인프라",
  "시스템",
  "솔루션",
  "서비스",
];
const KO_VERBS = [
  "추진한다고 밝혔다",
  "발표했다",
  "논의했다",
  "강조했다",
  "선정했다",
  "개최했다",
  "마련했다",
  "구축할 계획이다",
  "확대하기로 했다",
  "점검했다",
  "지원한다",
  "협력하기로 했다",
  "도입했다",
  "공개했다",
  "설명했다",
  "시작했다",
  "완료했다",
  "추가 지정했다",
];
const KO_PLACES = ["서울", "부산", "세종", "대전", "광주", "인천", "울산", "수원", "창원", "춘천", "전주", "제주"];
const SURNAMES = ["김", "이", "박", "최", "정", "강", "조", "윤", "장", "임", "한", "오", "서", "신", "권", "황"];
const GIVEN = ["민", "서", "준", "지", "현", "우", "영", "수", "진", "호", "성", "은", "혜", "동", "재", "경", "태", "희"];
const KO_OUTLETS = ["한국경제", "전자신문", "브레이크뉴스", "뉴스21", "디지털타임스", "아이뉴스24", "지디넷코리아", "연합뉴스"];
const EN_OUTLETS = ["Korea Herald", "Korea JoongAng Daily", "Korea Times", "Yonhap"];

const EN_ORGS = [
  "the Ministry of the Interior and Safety",
  "the Ministry of Science and ICT",
  "Naver Cloud",
  "Amazon Web Services",
  "Kakao",
  "Samsung SDS",
  "the Digital Platform Government Committee",
  "Sejong City",
  "Busan Metropolitan City",
  "the National Information Resources Service",
];
const EN_NOUNS = [
  "cloud",
  "data center",
  "artificial intelligence",
  "public services",
  "cybersecurity",
  "disaster recovery",
  "open source software",
  "digital government",
  "infrastructure",
  "budget",
  "pilot project",
  "startups",
  "civil servants",
  "smart city",
  "semiconductors",
  "network",
  "backup systems",
  "outage",
  "platform",
  "investment",
  "regulation",
  "guidelines",
  "innovation",
  "exports",
  "partnership",
];
const EN_VERBS = ["announced", "discussed", "unveiled", "expanded", "launched", "reviewed", "selected", "hosted", "strengthened", "introduced"];

function pick<T>(r: () => number, list: readonly T[]): T {
  const v = list[Math.floor(r() * list.length)];
  if (v === undefined) throw new Error("empty list");
  return v;
}

function personName(r: () => number): string {
  return pick(r, SURNAMES) + pick(r, GIVEN) + pick(r, GIVEN);
}

/** Coined compounds ("부산데이터허브") give the long tail of distinct words a real archive has. */
function compound(r: () => number): string {
  return pick(r, KO_PLACES) + pick(r, KO_NOUNS) + (r() < 0.3 ? pick(r, ["센터", "허브", "사업단", "위원회", "플랫폼"]) : "");
}

function koSentence(r: () => number): string {
  const subject = r() < 0.2 ? compound(r) : pick(r, KO_ORGS);
  const object = r() < 0.25 ? compound(r) : pick(r, KO_NOUNS);
  // es-hangul's josa picks 은/는, 이/가, 을/를, 와/과 by the final consonant, as a writer would.
  const extra = r() < 0.5 ? `${josa(pick(r, KO_NOUNS), "와/과")} ${pick(r, KO_NOUNS)} 분야에서 ` : "";
  const number = r() < 0.35 ? `${1 + Math.floor(r() * 999)}${pick(r, ["억 원", "만 건", "개 기관", "명", "%", "조 원"])} 규모의 ` : "";
  const when = r() < 0.4 ? `${1 + Math.floor(r() * 28)}일 ` : "";
  const quote =
    r() < 0.15
      ? ` ${personName(r)} ${pick(r, ["장관", "위원장", "센터장", "대표", "교수", "국장"])}은 “${pick(r, KO_NOUNS)}의 ${josa(pick(r, KO_NOUNS), "이/가")} 중요하다”고 말했다.`
      : "";
  return `${josa(subject, r() < 0.5 ? "은/는" : "이/가")} ${when}${extra}${number}${josa(object, "을/를")} ${pick(r, KO_VERBS)}.${quote}`;
}

function enSentence(r: () => number): string {
  const subject = pick(r, EN_ORGS);
  const cap = subject.charAt(0).toUpperCase() + subject.slice(1);
  const number = r() < 0.35 ? ` worth ${1 + Math.floor(r() * 900)} billion won` : "";
  return `${cap} ${pick(r, EN_VERBS)} plans for ${pick(r, EN_NOUNS)} and ${pick(r, EN_NOUNS)}${number} on the ${1 + Math.floor(r() * 28)}th.`;
}

export interface SyntheticOptions {
  count: number;
  seed?: number;
  topics: SearchTopic[];
}

/** `count` articles, newest first, the way the loader orders them. */
export function syntheticArchive({ count, seed = 20231123, topics }: SyntheticOptions): SearchDoc[] {
  const r = rng(seed);
  const docs: SearchDoc[] = [];
  for (let i = 0; i < count; i++) {
    const english = r() < 0.2;
    const sentences = 8 + Math.floor(r() * 14);
    const paragraphs: string[] = [];
    let para: string[] = [];
    for (let s = 0; s < sentences; s++) {
      para.push(english ? enSentence(r) : koSentence(r));
      if (para.length >= 3) {
        paragraphs.push(para.join(" "));
        para = [];
      }
    }
    if (para.length) paragraphs.push(para.join(" "));
    const title = english
      ? `${pick(r, EN_ORGS).replace(/^the /u, "")} ${pick(r, EN_VERBS)} ${pick(r, EN_NOUNS)} plan`
      : `${pick(r, KO_ORGS)}, ${r() < 0.3 ? compound(r) : pick(r, KO_NOUNS)} ${pick(r, ["본격 추진", "확대", "점검", "협력 논의", "시범사업 선정", "성과 발표"])}`;
    const year = 2026 - Math.floor((i / count) * 20) - (r() < 0.1 ? 1 : 0);
    const month = 1 + Math.floor(r() * 12);
    const day = 1 + Math.floor(r() * 28);
    const topicCount = 1 + Math.floor(r() * 2);
    const chosen = new Map<string, SearchTopic>();
    for (let k = 0; k < topicCount && topics.length > 0; k++) {
      const t = pick(r, topics);
      chosen.set(t.id, t);
    }
    const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    docs.push({
      url: `/articles/synthetic-${i}/`,
      title,
      deck: r() < 0.5 ? [english ? enSentence(r) : koSentence(r)] : [],
      lang: english ? "en" : "ko",
      date: { ko: `${year}년 ${month}월 ${day}일`, en: iso },
      dateTime: iso,
      year: String(year),
      outlet: pick(r, english ? EN_OUTLETS : KO_OUTLETS),
      byline: english ? undefined : `${personName(r)} 기자`,
      topics: [...chosen.values()],
      text: paragraphs.join("\n"),
    });
  }
  return docs;
}
