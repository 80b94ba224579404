/** Engine behaviour a reader notices: ranking, highlighting, hostile input, and a broken index. */
import { describe, expect, it } from "vitest";
import { buildSearchIndex } from "../../scripts/search/build";
import type { SearchDoc } from "../../src/lib/search/doc";
import { SearchEngine } from "../../src/lib/search/engine";
import { SearchIndexError, keyAt, manifestPath } from "../../src/lib/search/format";
import { highlight, snippet } from "../../src/lib/search/highlight";
import { memoryEngine } from "./helpers";

const doc = (title: string, text: string, extra: Partial<SearchDoc> = {}): SearchDoc => ({
  url: `/articles/${encodeURIComponent(title)}/`,
  title,
  deck: [],
  lang: "ko",
  date: { ko: "2024년 1월 1일", en: "January 1, 2024" },
  year: "2024",
  topics: [],
  text,
  ...extra,
});

const docs = [
  doc("정부 예산 발표", "본문에는 클라우드가 한 번 나온다."),
  doc("클라우드 전환 가속", "공공 부문이 움직인다."),
  doc("데이터센터 준공", "새 데이터센터가 문을 열었다."),
  doc("Sejong opens a data center", "The city opened a new data center.", { lang: "en", year: "2023" }),
];
const built = buildSearchIndex({
  docs,
  glossary: [
    ["클라우드", "cloud"],
    ["데이터센터", "data center"],
  ],
  topics: [],
});

const marked = (segments: { text: string; hit: boolean }[]) => segments.filter((s) => s.hit).map((s) => s.text);

describe("ranking", () => {
  it("puts a title match before a body match, and whole words before compound parts", async () => {
    const e = await memoryEngine(built.files);
    const hits = (await e.search("클라우드")).hits.map((h) => h.id);
    expect(hits.slice(0, 2)).toEqual([1, 0]);
    const centre = (await e.search("센터")).hits.map((h) => h.id);
    expect(centre).toContain(2);
  });
  it("filters by language and year", async () => {
    const e = await memoryEngine(built.files);
    expect((await e.search("데이터센터", { lang: "en" })).hits.map((h) => h.id)).toEqual([3]);
    expect((await e.search("데이터센터", { year: "2024" })).hits.map((h) => h.id)).toEqual([2]);
  });
});

describe("ranking by term frequency, field and length (BM25F)", () => {
  const filler = "회의에서 여러 안건을 다루었다. ".repeat(30);
  const archive = [
    doc("예산 회의 열려", `${filler} 데이터센터 이야기도 한 번 나왔다.`),
    doc("지역 소식", "새 데이터센터가 문을 열었다. 데이터센터는 세 곳째이며 데이터센터 인력도 뽑는다."),
    doc("데이터센터 준공", "시설이 문을 열었다."),
    doc("부산 소식", "행사가 열렸다.", { byline: "부산=김기자" }),
    doc("부산에서 열린 박람회", "부산 벡스코에서 박람회가 열렸다. 부산 시민이 찾았다."),
  ];
  const open = () => memoryEngine(buildSearchIndex({ docs: archive, glossary: [], topics: [] }).files);
  const ids = async (q: string) => (await (await open()).search(q)).hits.map((h) => h.id);

  it("ranks a story that says the word often, or in its title, above one that says it once in a long text", async () => {
    const hits = await ids("데이터센터");
    expect(hits).toHaveLength(3);
    expect(hits[2]).toBe(0);
  });
  it("ranks by how often a story says the word, its text being as long", async () => {
    const same = [
      doc("소식 하나", "데이터센터 이야기가 나왔다. 다른 이야기도 나왔다. 또 다른 이야기."),
      doc("소식 둘", "데이터센터 이야기가 나왔다. 데이터센터 이야기. 또 데이터센터."),
    ];
    const e = await memoryEngine(buildSearchIndex({ docs: same, glossary: [], topics: [] }).files);
    expect((await e.search("데이터센터")).hits.map((h) => h.id)).toEqual([1, 0]);
  });
  it("counts a word said inside compounds and with endings as the word said, and ranks a story found only inside compounds below one that says it", async () => {
    const forms = [
      doc("소식 하나", "기술 이야기가 나왔다. 기술 이야기. 다른 이야기도 나왔다."),
      doc("소식 둘", "기술 이야기가 나왔다. 신기술과 기술혁신, 기술적 이야기."),
      doc("소식 셋", "신기술 이야기. 정보기술 이야기. 기술혁신 이야기. 기술혁신 또 기술혁신."),
    ];
    const e = await memoryEngine(buildSearchIndex({ docs: forms, glossary: [], topics: [] }).files);
    expect((await e.search("기술 ")).hits.map((h) => h.id)).toEqual([1, 0, 2]);
  });
  it("ranks a story about a place above a reporter's dateline there", async () => {
    expect(await ids("부산")).toEqual([4, 3]);
  });
});

describe("spaced words written as one", () => {
  const archive = [
    doc("정부통합전산센터 개소", "정부통합전산센터가 문을 열었다."),
    doc("통합 계획", "전산 장비와 센터 운영을 통합한다."),
    doc("정보화 연찬회", "정보화 연찬회가 열렸다."),
  ];
  const open = () => memoryEngine(buildSearchIndex({ docs: archive, glossary: [], topics: [] }).files);
  const ids = async (q: string) => (await (await open()).search(q)).hits.map((h) => h.id);

  it("finds the compound, not every story with each word somewhere", async () => {
    expect(await ids("통합전산센터")).toEqual([0]);
    expect(await ids("통합 전산 센터")).toEqual([0]);
    expect(await ids("전산 센터")).toEqual([0]);
  });
  it("still finds words written apart when the archive has no such compound", async () => {
    expect(await ids("정보화 연찬회")).toEqual([2]);
    expect(await ids("장비 운영")).toEqual([1]);
  });
  it("finds a word typed run together where a text prints its words side by side, not where they stand apart", async () => {
    const spaced = [
      doc("공공 서비스 혁신", "디지털 기술로 공공 서비스를 바꾼다."),
      doc("공공기관 소식", "공공 부문이 새 서비스를 연다."),
      doc("공공서비스 개편", "공공서비스가 바뀐다."),
      doc("네이버 클라우드 세미나", "네이버 클라우드 이사가 강연했다."),
    ];
    const e = await memoryEngine(buildSearchIndex({ docs: spaced, glossary: [], topics: [] }).files);
    const found = async (q: string) => (await e.search(q)).hits.map((h) => h.id);
    // The word as written first, then where its words stand side by side; never where they stand apart.
    expect(await found("공공서비스")).toEqual([2, 0]);
    // Typed apart, the words the archive writes as one word find it, joined or side by side.
    expect(await found("공공 서비스")).toEqual([2, 0]);
    expect(await found("네이버클라우드")).toEqual([3]);
  });
});

describe("numbers with their counters", () => {
  it("finds a day, an amount or a count as written, glued or spaced, and not another number that ends the same", async () => {
    const counted = [
      doc("장관 면담", "장관이 4일 오후 면담했다."),
      doc("방문단", "24일 방문단이 4차 회의에 왔다."),
      doc("투자", "50억 달러를 투자한다."),
      doc("기관 참여", "99개기관이 참여했다."),
    ];
    const e = await memoryEngine(buildSearchIndex({ docs: counted, glossary: [], topics: [] }).files);
    const found = async (q: string) => (await e.search(q)).hits.map((h) => h.id);
    expect(await found("4일")).toEqual([0]);
    expect(await found("24일")).toEqual([1]);
    expect(await found("50억달러")).toEqual([2]);
    expect(await found("50억 달러")).toEqual([2]);
    expect(await found("99개")).toEqual([3]);
    // The number alone still finds it with any counter.
    expect((await found("4")).sort()).toEqual([0, 1]);
    const r = await e.search("4일");
    expect(marked(highlight("장관이 4일 오후 면담했다.", r.matches))).toEqual(["4일"]);
  });
});

describe("highlighting", () => {
  it("marks the word without its particle, and only the matched part of a compound", async () => {
    const e = await memoryEngine(built.files);
    const r1 = await e.search("데이터센터");
    expect(marked(highlight("새 데이터센터가 문을 열었다.", r1.matches))).toEqual(["데이터센터"]);
    const r2 = await e.search("센터");
    expect(marked(highlight("새 데이터센터가 문을 열었다.", r2.matches))).toEqual(["센터"]);
    const r3 = await e.search("AI");
    expect(marked(highlight("AI가 읽는다", { ...r3.matches, words: new Set(["ai"]) }))).toEqual(["AI"]);
  });
  it("marks both words a text prints side by side when the query ran them together or typed their initials", () => {
    const pair = (word: string) => ({ words: new Set([`+${word}`]), infixes: new Set<string>(), choseong: new Set<string>() });
    expect(marked(highlight("공공 서비스를 혁신한다", pair("공공서비스")))).toEqual(["공공 서비스"]);
    expect(marked(highlight("7조원 투자 후속 조치 속도", pair("ㅎㅅㅈㅊ")))).toEqual(["후속 조치"]);
  });
  it("keeps markup in the text as text", () => {
    const segs = highlight("<img src=x onerror=alert(1)> 클라우드", { words: new Set(["클라우드"]), infixes: new Set(), choseong: new Set() });
    expect(segs.map((s) => s.text).join("")).toBe("<img src=x onerror=alert(1)> 클라우드");
    expect(marked(segs)).toEqual(["클라우드"]);
  });
  it("cuts a snippet around the first match", () => {
    const text = `${"앞 문장입니다. ".repeat(40)}여기에 클라우드가 있다. ${"뒤 문장입니다. ".repeat(40)}`;
    const segs = snippet(text, { words: new Set(["클라우드"]), infixes: new Set(), choseong: new Set() }, 120);
    const joined = segs.map((s) => s.text).join("");
    expect(joined.startsWith("… ")).toBe(true);
    expect(joined.endsWith(" …")).toBe(true);
    expect(joined.length).toBeLessThan(170);
    expect(marked(segs)).toEqual(["클라우드"]);
  });
});

describe("hostile queries", () => {
  it("never throw and answer quickly", async () => {
    const e = await memoryEngine(built.files);
    const hostile = [
      "<script>alert(1)</script>",
      ".*+?^${}()|[]\\",
      "가".repeat(10_000),
      "x".repeat(10_000),
      "😀🇰🇷",
      "ㅏ",
      "ㄱ",
      "\u0000\u202e",
      "~센터",
      "a b c d e f g h i j k l m n o p",
    ];
    for (const q of hostile) {
      // The fastest of three runs: a busy machine's pauses say nothing about the work a query does.
      let fastest = Infinity;
      for (let run = 0; run < 3; run++) {
        const t = performance.now();
        const res = await e.search(q);
        fastest = Math.min(fastest, performance.now() - t);
        expect(Array.isArray(res.hits)).toBe(true);
      }
      expect(fastest, q.slice(0, 10)).toBeLessThan(100);
    }
    expect((await e.search("~센터")).hits.map((h) => h.id)).toEqual((await e.search("센터")).hits.map((h) => h.id));
  });
});

describe("queries nobody tuned for", () => {
  const archive = [
    doc("리눅스 재단과 협력", "행정안전부는 리눅스 기반 공개 소프트웨어를 쓴다. 파라과이 대표단이 방문했다.", { published: "2018-07-02", year: "2018" }),
    doc("벡스코 박람회 개막", "부산 벡스코에서 박람회가 열렸다. 예산은 50억 달러다. 시상식은 11월 26일(금)이다.", { published: "2010-11-24", year: "2010" }),
    doc("Cloud seminar held", "Officials held a brainstorming session on private cloud.", { lang: "en", published: "2023-11", year: "2023" }),
    doc("네이버클라우드 협약", "네이버클라우드와 협약을 맺었다.", { published: "2024-05-01" }),
  ];
  const open = () => memoryEngine(buildSearchIndex({ docs: archive, glossary: [], topics: [] }).files);
  const ids = async (q: string) => (await (await open()).search(q)).hits.map((h) => h.id);

  it("finds a year, a month and a day in Korean, English and ISO forms", async () => {
    expect(await ids("2018")).toEqual([0]);
    expect(await ids("2018년 7월")).toEqual([0]);
    expect(await ids("July 2018")).toEqual([0]);
    expect(await ids("2010-11-24")).toEqual([1]);
    expect(await ids("2010년 11월 24일")).toEqual([1]);
    expect(await ids("November 2023")).toEqual([2]);
    expect(await ids("2019년 7월")).toEqual([]);
  });
  it("finds a day the text names, without its year, in the story's year; spaced dots read as a date", async () => {
    expect(await ids("2010년 11월 26일")).toEqual([1]);
    expect(await ids("November 26, 2010")).toEqual([1]);
    expect(await ids("2010. 11. 26")).toEqual([1]);
    expect(await ids("2011년 11월 26일")).toEqual([]);
  });
  it("matches a number with its unit however it is spaced", async () => {
    expect(await ids("50억 달러")).toEqual([1]);
    expect(await ids("50억달러")).toEqual([1]);
  });
  it("corrects one typo, and ranks an exact match above a corrected one", async () => {
    expect(await ids("행정안정부")).toEqual([0]);
    expect(await ids("리녹스")).toEqual([0]);
    expect(await ids("seminer")).toEqual([2]);
    expect(await ids("brainstormin")).toEqual([2]);
    expect(await ids("벡스고")).toEqual([1]);
    // Short words are not corrected: too many words are one letter from them.
    expect(await ids("clod")).toEqual([]);
    // A letter for another is a typo when people slip that way (a vowel, a neighbouring key, a letter
    // of the same sound), not when it makes another word: "seminal" is no "seminar".
    expect(await ids("seminal")).toEqual([]);
    expect(await ids("semimar")).toEqual([2]);
    expect(await ids("privete")).toEqual([2]);
  });
  it("finds the place an English adjective of nationality names, in either script, and nothing for another -an word", async () => {
    expect(await ids("Paraguayan")).toEqual([0]);
    expect(await ids("veteran")).toEqual([]);
  });
  it("finds a name written in the other script by its sound, and leaves unrelated words alone", async () => {
    expect(await ids("Linux")).toEqual([0]);
    expect(await ids("BEXCO")).toEqual([1]);
    expect(await ids("Paraguay")).toEqual([0]);
    expect(await ids("브레인스토밍")).toEqual([2]);
    expect(await ids("Kakao")).toEqual([]);
  });
  it("finds the initials of a compound's tail", async () => {
    expect(await ids("ㅋㄹㅇㄷ")).toEqual([3]);
  });
  it("finds initials typed as one run for several words, each word's initials in one story", async () => {
    expect(await ids("ㄹㄴㅅㅈㄷ")).toEqual([0]);
    // 박람회 and 부산 are in one story, 박람회 and 재단 are not.
    expect(await ids("ㅂㅅㅂㄹㅎ")).toEqual([1]);
    expect(await ids("ㅈㄷㅂㄹㅎ")).toEqual([]);
  });
});

describe("names and compounds across scripts", () => {
  const archive = [
    doc("코스타리카 대표단 방문", "코스타리카 기획경제부 고위급 인사가 센터를 개소했다."),
    doc("Officials brainstorm", "They brainstorm on cloud computing with Naver Cloud director Kim Seong-bae.", { lang: "en" }),
    doc("카이스트 과정 개설", "카이스트 글로벌 과정이 열렸다."),
    doc("클라우드 컴퓨팅 모델", "클라우드 컴퓨팅 서비스를 시범 운영한다."),
    doc("김성배 이사 발표", "김성배 이사가 발표했다."),
    doc("윤호중 장관 방문", "윤호중 장관은 아마존을 적극 벤치마킹하겠다. 그렇게 밝혔다."),
    doc("패러다임 전환", "행정의 패러다임 전환을 벤치마킹 하기 위한 방문이다."),
    doc("전자정부 마스터 플랜", "토크 콘서트에서 발표했다. 부산=이승우 기자"),
  ];
  const engine = memoryEngine(buildSearchIndex({ docs: archive, glossary: [["클라우드", "cloud"]], topics: [] }).files);
  const ids = async (q: string) => (await (await engine).search(q)).hits.map((h) => h.id).sort();

  it("reads adjacent English words as one name written in Hangul, and the Hangul name in English text", async () => {
    expect(await ids("Costa Rica")).toEqual([0]);
    expect(await ids("Kim Seong-bae")).toEqual([1, 4]);
    expect(await ids("김성배")).toEqual([1, 4]);
  });
  it("reads a romanized name spelled another way (Sung ~ Seong, oo ~ u), a silent final e and a silent g", async () => {
    expect(await ids("Kim Sung-bae")).toEqual([1, 4]);
    expect(await ids("Yoon Ho-jung")).toEqual([5]);
    expect(await ids("Amazone")).toEqual([5]);
    expect(await ids("paradigm")).toEqual([6]);
  });
  it("finds the noun of a verb typed whole, and a corrected word inside a longer one", async () => {
    const hits = async (q: string) => (await (await engine).search(q)).hits.map((h) => h.id);
    expect(await hits("벤치마킹하겠다")).toEqual([5, 6]);
    expect(await ids("밴치마킹")).toEqual([5, 6]);
  });
  it("hears English words each in Hangul text when no article has them together, and a name by Korean's initial-sound rule", async () => {
    expect(await ids("master plan")).toEqual([7]);
    expect(await ids("talk concert")).toEqual([7]);
    expect(await ids("Lee Seung-woo")).toEqual([7]);
    // One English word is no Korean name: Linux is not heard as 이눅스.
    expect(await ids("master computing")).toEqual([]);
  });
  it("hears an acronym said as a word, but not in a verb that sounds alike (개소했다)", async () => {
    expect(await ids("KAIST")).toEqual([2]);
  });
  it("hears a long English word in Hangul text too, as a long Korean loanword is heard in English text", async () => {
    expect(await ids("computing")).toEqual([1, 3]);
    expect(await ids("컴퓨팅")).toEqual([1, 3]);
  });
  it("finds an -ing loanword's bare English word, and a compound's parts in the other language", async () => {
    expect(await ids("브레인스토밍")).toEqual([1]);
    expect(await ids("클라우드컴퓨팅")).toEqual([1, 3]);
  });
});

describe("names heard across scripts, both ways, and short words kept apart", () => {
  const archive = [
    doc("Delegation visits", "Director Herry Purnomo and chairman Hector David Ocampos met NIPA officials.", { lang: "en" }),
    doc("선진 사례 공유", "선진 사례를 나누며 서로의 경험을 들었다."),
    doc("서울 본부 개소", "서울에 본부를 열었다."),
  ];
  const engine = memoryEngine(buildSearchIndex({ docs: archive, glossary: [], topics: [] }).files);
  const ids = async (q: string) => (await (await engine).search(q)).hits.map((h) => h.id).sort();

  it("finds a foreign name typed in Hangul in English text (an r said as 르, a final s, a short acronym)", async () => {
    expect(await ids("푸르노모")).toEqual([0]);
    expect(await ids("오캄포스")).toEqual([0]);
    expect(await ids("니파")).toEqual([0]);
  });
  it("does not hear a romanized word in a short Korean word of other vowels", async () => {
    expect(await ids("sunjin")).toEqual([]);
    expect(await ids("Seoul")).toEqual([2]);
  });
});

describe("names written joined or apart", () => {
  const archive = [
    doc("Naver Cloud opens a center", "Naver Cloud runs the center.", { lang: "en" }),
    doc("OpenStack summit", "Operators of OpenStack met.", { lang: "en" }),
    doc("Naver news", "Naver posted its cloud results.", { lang: "en" }),
  ];
  const engine = memoryEngine(buildSearchIndex({ docs: archive, glossary: [], topics: [] }).files);
  const ids = async (q: string) => (await (await engine).search(q)).hits.map((h) => h.id);

  it("finds a name typed joined in texts that write it apart, first where its words stand together", async () => {
    expect((await ids("NaverCloud"))[0]).toBe(0);
    expect(await ids("OpenStack")).toEqual([1]);
  });
  it("finds a name typed apart in texts that write it joined", async () => {
    expect(await ids("open stack")).toEqual([1]);
  });
});

describe("spellings of one sound", () => {
  const archive = [doc("비전 발표", "개발자의 가치와 비전을 소개했다."), doc("주스 가게", "과일 주스를 판다.")];
  const engine = memoryEngine(buildSearchIndex({ docs: archive, glossary: [], topics: [] }).files);
  const ids = async (q: string) => (await (await engine).search(q)).hits.map((h) => h.id);

  it("finds a word by its other spelling of an unsaid glide, however short (비젼 ~ 비전, 쥬스 ~ 주스)", async () => {
    expect(await ids("비젼")).toEqual([0]);
    expect(await ids("비젼을")).toEqual([0]);
    expect(await ids("쥬스")).toEqual([1]);
  });
});

describe("loanwords spelled another way in Hangul", () => {
  const archive = [
    doc("컨소시엄 선정", "두 광역시 컨소시엄이 선정됐다."),
    doc("운영 노하우 공유", "무중단 서비스 운영 노하우를 공유했다."),
    doc("프라이빗 클라우드", "공공기관 최초로 프라이빗 클라우드를 구축했다."),
    doc("인사 발표", "상호 협력을 위한 인사가 발표됐다."),
    doc("전자정부 계획", "전자정부 마스터 플랜의 핵심 인프라다."),
    doc("개발 트렌드", "커뮤니티 트렌드를 소개했다."),
    doc("명품 브랜드", "대표 브랜드의 해외 진출."),
  ];
  const engine = memoryEngine(buildSearchIndex({ docs: archive, glossary: [], topics: [] }).files);
  const ids = async (q: string) => (await (await engine).search(q)).hits.map((h) => h.id).sort();

  it("corrects a word one jamo from a noun the archive keeps with its particle", async () => {
    expect(await ids("컨소시움")).toEqual([0]);
  });
  it("corrects a word by its vowel before another word one consonant away (트랜드 ~ 트렌드, not 브랜드)", async () => {
    expect(await ids("트랜드")).toEqual([5]);
    expect(await ids("브렌드")).toEqual([6]);
  });
  it("finds a long loanword by another spelling of its vowels, and leaves short native words alone", async () => {
    expect(await ids("노우하우")).toEqual([1]);
    expect(await ids("프라이베이트")).toEqual([2]);
    expect(await ids("인쇄")).toEqual([]);
    expect(await ids("상하이")).toEqual([]);
  });
  it("splits a run-together word whose parts are misspelled or unfinished", async () => {
    expect(await ids("마스타플랜")).toEqual([4]);
    expect(await ids("마스터플랜")).toEqual([4]);
  });
});

describe("a broken index", () => {
  const corrupt = (mutate: (files: Map<string, string>) => void) => {
    const files = new Map(built.files);
    mutate(files);
    return files;
  };
  it("reports a truncated manifest by file name", async () => {
    const files = corrupt((f) => f.set(manifestPath, (f.get(manifestPath) ?? "").slice(0, 20)));
    await expect(memoryEngine(files)).rejects.toThrow(SearchIndexError);
    await expect(memoryEngine(files)).rejects.toThrow(/manifest\.json/u);
  });
  it("reports a truncated shard, and loads it again on retry once it is whole", async () => {
    const shard = [...built.files.keys()].find((k) => k.startsWith("s0."));
    if (!shard) throw new Error("no shard");
    const files = corrupt((f) => f.set(shard, (f.get(shard) ?? "").slice(0, 50)));
    const e = await SearchEngine.open(async (p) => files.get(p) ?? "");
    await expect(e.search("클라우드")).rejects.toThrow(/truncated or corrupt|corrupt/u);
    files.set(shard, built.files.get(shard) ?? "");
    expect((await e.search("클라우드")).hits.length).toBeGreaterThan(0);
  });
  it("fetches a broken piece again past the cache, so a fixed file on the server is used", async () => {
    const shard = [...built.files.keys()].find((k) => k.startsWith("s0."));
    if (!shard) throw new Error("no shard");
    // A cache that holds a corrupt copy; only a fresh fetch reaches the (fixed) origin.
    const cached = corrupt((f) => f.set(shard, (f.get(shard) ?? "").slice(0, 50)));
    const fresh: string[] = [];
    const e = await SearchEngine.open(async (p, reload) => {
      if (reload) fresh.push(p);
      return (reload ? built.files : cached).get(p) ?? "";
    });
    expect((await e.search("클라우드")).hits.length).toBeGreaterThan(0);
    expect(fresh).toEqual([shard]);
  });
});

describe("posting files for frequent words", () => {
  it("give the same results as postings kept in shards, for every kind of query", async () => {
    const { syntheticArchive } = await import("../../scripts/search/synthetic");
    const archive = syntheticArchive({ count: 300, seed: 7, topics: [{ id: "cloud", ko: "클라우드", en: "Cloud" }] });
    const input = {
      docs: archive,
      glossary: [
        ["클라우드", "cloud"],
        ["행정안전부", "행안부"],
      ],
      topics: [],
    };
    const inShards = await memoryEngine(buildSearchIndex(input, { bigTermThreshold: 1_000_000 }).files);
    const split = buildSearchIndex(input, { bigTermThreshold: 3 });
    expect(split.manifest.postings).toBeGreaterThan(0);
    const fetched: string[] = [];
    const withFiles = await SearchEngine.open(async (p) => {
      fetched.push(p);
      const t = split.files.get(p);
      if (t === undefined) throw new Error(`${p} missing`);
      return t;
    });
    for (const q of ["클라우드", "행안부", "세종시가", "센터", "클라우", "데이터세", "ㄴㅇㅂ", "spdlqj", "cloud", "디지털 플랫폼 정부", "83억", "서울데이터"]) {
      const a = (await inShards.search(q)).hits;
      const b = (await withFiles.search(q)).hits;
      // Loose matches fetch only the best few posting files, so they may find a subset, never more.
      const all = new Set(a.map((h) => h.id));
      expect(
        b.every((h) => all.has(h.id)),
        q,
      ).toBe(true);
      expect(b.length > 0, q).toBe(a.length > 0);
      if (!["클라우", "센터", "ㄴㅇㅂ", "데이터세", "서울데이터"].includes(q)) expect(b, q).toEqual(a);
    }
    expect(fetched.some((p) => p.startsWith("p"))).toBe(true);
  });
});

describe("split shard keys", () => {
  it("find the same articles as whole shards, and a whole word reads one sub-shard of its key", async () => {
    const { syntheticArchive } = await import("../../scripts/search/synthetic");
    const archive = syntheticArchive({ count: 300, seed: 11, topics: [{ id: "cloud", ko: "클라우드", en: "Cloud" }] });
    const input = { docs: archive, glossary: [["클라우드", "cloud"]], topics: [] };
    const whole = await memoryEngine(buildSearchIndex(input, { shardBudget: 1_000_000 }).files);
    const split = buildSearchIndex(input, { shardBudget: 40 });
    expect(Object.keys(split.manifest.splits).length).toBeGreaterThan(0);
    let fetched: string[] = [];
    const withSplits = await SearchEngine.open(async (p) => {
      fetched.push(p);
      const t = split.files.get(p);
      if (t === undefined) throw new Error(`${p} missing`);
      return t;
    });
    for (const q of [
      "클라우드",
      "클라우",
      "클",
      "클ㄹ",
      "데이터세",
      "데이터센터",
      "세종시가",
      "센터",
      "ㄴㅇㅂ",
      "ㄴ",
      "cloud",
      "cl",
      "디지털 플랫폼 정부",
      "83억",
      "서울데이터",
      "리눅스",
    ]) {
      expect((await withSplits.search(q)).hits, q).toEqual((await whole.search(q)).hits);
    }
    const runs = Object.values(split.manifest.splits).filter(([, count]) => count > 1);
    expect(runs.length).toBeGreaterThan(0);
    fetched = [];
    const fresh = await SearchEngine.open(async (p) => {
      fetched.push(p);
      return split.files.get(p) ?? "";
    });
    await fresh.search("데이터센터");
    const shardFiles = fetched.filter((p) => /^s\d+\./u.test(p)).map((p) => Number(/^s(\d+)/u.exec(p)?.[1]));
    expect(split.manifest.splits["ㄷㅔ"], "데 starts enough words to be split").toBeDefined();
    // The runs of ㄷㅔ and of the keys split under it (데이…): one sub-shard among them all.
    const under = Object.entries(split.manifest.splits).filter(([k]) => keyAt(k, 0) === "ㄷㅔ");
    const inRuns = (n: number) => under.some(([, [first, count]]) => n >= first && n < first + count);
    expect(shardFiles.filter(inRuns)).toHaveLength(1);
  });

  it("split next letters that alone start too many words a syllable further, so a word beside them fetches none of theirs", async () => {
    const places = ["시", "청사", "교육", "점검", "포럼", "대로", "호수", "병원"];
    const input = {
      docs: [
        ...Array.from({ length: 40 }, (_, i) => doc(`세종${places[i % places.length]}${"가나다라마"[i % 5]} 소식 ${i}`, "본문")),
        doc("데이터센터 개소", "본문"),
        doc("세종 소식", "본문"),
      ],
      glossary: [],
      topics: [],
    };
    const whole = await memoryEngine(buildSearchIndex(input, { shardBudget: 1_000_000 }).files);
    const split = buildSearchIndex(input, { shardBudget: 30 });
    const nested = split.manifest.splits["세ㅈㅗ"];
    expect(nested, "세종… is split under ㅅㅔ").toBeDefined();
    let fetched: string[] = [];
    const engine = await SearchEngine.open(async (p) => {
      fetched.push(p);
      return split.files.get(p) ?? "";
    });
    for (const q of ["세종", "세종시", "세종청사", "세", "세조", "센터", "ㅅㅈ", "세종 소식"]) {
      expect((await engine.search(q)).hits, q).toEqual((await whole.search(q)).hits);
    }
    fetched = [];
    const fresh = await SearchEngine.open(async (p) => {
      fetched.push(p);
      return split.files.get(p) ?? "";
    });
    expect((await fresh.search("센터")).hits.length).toBe(1);
    const shards = fetched.filter((p) => /^s\d+\./u.test(p)).map((p) => Number(/^s(\d+)/u.exec(p)?.[1]));
    if (nested) expect(shards.filter((n) => n >= nested[0] && n < nested[0] + nested[1])).toEqual([]);
  });
});

describe("result files", () => {
  it("hold a few articles each, and every article comes back whole; a file missing one is refused", async () => {
    const { syntheticArchive } = await import("../../scripts/search/synthetic");
    const archive = syntheticArchive({ count: 21, seed: 3, topics: [] });
    const built = buildSearchIndex({ docs: archive, glossary: [], topics: [] });
    const { pack, build } = built.manifest;
    expect(pack).toBeGreaterThan(1);
    expect([...built.files.keys()].filter((p) => p.startsWith("d/"))).toHaveLength(Math.ceil(archive.length / pack));
    const engine = await memoryEngine(built.files);
    for (const [id, d] of archive.entries()) expect(await engine.doc(id)).toEqual(d);
    await expect(engine.doc(archive.length)).rejects.toThrow(SearchIndexError);
    const short = new Map(built.files);
    short.set(`d/0.${build}.json`, JSON.stringify(archive.slice(0, pack - 1)));
    await expect((await memoryEngine(short)).doc(0)).rejects.toThrow(/holds/u);
  });
});

describe("acronyms spelled in Hangul, accents, either order of a day, and English words that only sound like a name", () => {
  const archive = [
    doc("초거대 AI 구축 기업", "네이버, 카카오, SK텔레콤, KT, LG 등이 참여했다."),
    doc("Visit from Costa Rica", "Jorge Zeledon Montero and Ana López met officials of the Naver data center in Daejeon.", { lang: "en" }),
    doc("클라우드 전환", "민간 클라우드로 옮기는 것이 목표다. 작년 9월 시작한 사업이다.", {
      date: { ko: "2018년 7월 9일", en: "July 9, 2018" },
      year: "2018",
      published: "2018-07-09",
    }),
    doc("대헌 학교 소식", "대헌 학교가 문을 열었다."),
  ];
  const engine = memoryEngine(buildSearchIndex({ docs: archive, glossary: [], topics: [] }).files);
  const ids = async (q: string) => (await (await engine).search(q)).hits.map((h) => h.id).sort();

  it("finds LG, KT and SK typed as Korean says their letters, with a particle too", async () => {
    expect(await ids("엘지")).toEqual([0]);
    expect(await ids("케이티")).toEqual([0]);
    expect(await ids("에스케이가")).toEqual([0]);
    expect(await ids("엘지전자")).toEqual([]);
  });
  it("finds a name typed with or without its accents", async () => {
    expect(await ids("Zeledón")).toEqual([1]);
    expect(await ids("zeledon")).toEqual([1]);
  });
  it("reads a day with its year last both ways when both numbers could be the month", async () => {
    expect(await ids("07/09/2018")).toEqual([2]);
    expect(await ids("09/07/2018")).toEqual([2]);
    expect(await ids("09.07.2018")).toEqual([2]);
    expect(await ids("07/10/2018")).toEqual([]);
  });
  it("hears a Spanish name typed in Hangul as Spanish says it, and a name ending like a particle whole", async () => {
    expect(await ids("호르헤")).toEqual([1]);
    expect(await ids("로페스")).toEqual([1]);
    expect(await ids("몬테로")).toEqual([1]);
    // Romanized Korean is not read as Spanish: Daejeon is 대전, not 대헌.
    expect(await ids("대헌")).toEqual([3]);
  });
  it("finds a month the text names relative to the story's year in the year it means", async () => {
    expect(await ids("2017년 9월")).toEqual([2]);
    expect(await ids("2017년 10월")).toEqual([]);
  });
  it("hears could and never as themselves, not as 것, 네이버 or Naver, and clout as no 클라우드", async () => {
    expect(await ids("could")).toEqual([]);
    expect(await ids("clout")).toEqual([]);
    expect(await ids("cloud")).toEqual([2]);
    // "never" is an English word, no typo of Naver; "naevr" is one.
    expect(await ids("never")).toEqual([]);
    expect(await ids("naevr")).toEqual([1]);
    expect(await ids("Kakao")).toEqual([0]);
  });
});

describe("acronyms before Korean words, Spanish names, places without their unit, ㄹ names, and phrases", () => {
  const archive = [
    doc("초거대 AI 구축 기업", "네이버, 카카오, SK텔레콤, KT 등이 참여했다. 클라우드 도입이 확산되는 계기가 됐다."),
    doc("Officials from Paraguay", "Miguel Angel Lopez Perito and Hector David Ocampos visited the center.", { lang: "en" }),
    doc("공개 소프트웨어 행사", "서울 강남구 코엑스에서 열렸다. 류태웅 기자가 썼다. 인공지능(AI) 도입과 클라우드 기반 서비스를 논의했다."),
    doc("정부 박람회", "부산 벡스코에서 열린 박람회에서 브레인스토밍과 네트워킹 행사가 이어졌다."),
    doc("공개 소프트웨어 발표", "서울대학교 전병곤 교수가 발표할 계획이다. 많은 자료를 가진 기관이 참여한다."),
    doc("정부 발표", "행정안전부는 정부서울청사에서 데이터 계획을 발표했다."),
    doc("Expo opens", "Go Jin, the committee's chairman, opened the expo.", { lang: "en" }),
    doc("클라우드 구축", "공공기관 최초로 프라이빗 클라우드를 구축했다."),
    doc("통합센터", "통합센터를 전자정부의 핵심 인프라로 삼았다."),
    doc("Banks join", "Kookmin Bank and Shinhan Bank joined the pilot.", { lang: "en" }),
    doc("은행 참여", "국민은행과 신한은행이 시범 사업에 참여했다."),
    doc("현장 점검", "시민이 체감하는 변화와 자료가 망라된 보고서로 화재 대응을 다뤘다."),
    doc("Talk", "Bobby Kim spoke at the forum.", { lang: "en" }),
    doc("회의", "대응 방안을 논의했지만 화재는 없었다."),
  ];
  const engine = memoryEngine(buildSearchIndex({ docs: archive, glossary: [], topics: [] }).files);
  const ids = async (q: string) => (await (await engine).search(q)).hits.map((h) => h.id);

  it("finds an acronym spelled out in Hangul before a Korean word", async () => {
    expect(await ids("에스케이텔레콤")).toEqual([0]);
    expect(await ids("엘지텔레콤")).toEqual([]);
  });
  it("hears each name of a Spanish name as Spanish says it, an h silent and an n before its h as ng", async () => {
    expect(await ids("앙헬")).toEqual([1]);
    expect(await ids("엑토르")).toEqual([1]);
  });
  it("hears a name inside a compound whose parts the archive uses alone (정부서울청사 ~ Seoul)", async () => {
    expect((await ids("Seoul")).sort()).toEqual([2, 4, 5]);
  });
  it("finds a place named without its unit, and a name beginning with ㄹ as the initial-sound rule says it", async () => {
    expect(await ids("Gangnam")).toEqual([2]);
    expect(await ids("Yoo Tae-woong")).toEqual([2]);
    expect(await ids("Ryu Tae-woong")).toEqual([2]);
  });
  it("hears a Korean word as it is spelled, syllable by syllable, the way names and brands romanize it (국민 ~ Kookmin)", async () => {
    // Said, 국민 is "gungmin"; the bank spells it by its syllables.
    expect((await ids("Kookmin")).sort((a, b) => a - b)).toEqual([9, 10]);
    expect((await ids("국민")).sort((a, b) => a - b)).toEqual([9, 10]);
    expect(await ids("Gungmin")).toEqual([10]);
  });
  it("reads a Korean name in English order and old spelling, and a romanized name's vowels as it spells them", async () => {
    expect(await ids("Byung-gon Chun")).toEqual([4]);
    expect(await ids("Chun Byung-gon")).toEqual([4]);
    // Ko Chin spells 고진: 가진 is another word.
    expect(await ids("Ko Chin")).toEqual([]);
    // An aspirated consonant is never an English voiced one: 거친 is no "Go Jin".
    expect(await ids("고진")).toEqual([6]);
    expect(await ids("거친")).toEqual([]);
  });
  it("corrects a whole syllable's slip: swapped, left out of a long word, or a loanword's final consonant written under its syllable", async () => {
    expect(await ids("벡코스")).toEqual([3]);
    expect(await ids("브레인토밍")).toEqual([3]);
    expect(await ids("넷워킹")).toEqual([3]);
    // A short word missing a syllable is another word, not a slip; so is a word of the dictionary.
    expect(await ids("벡코")).toEqual([]);
    expect(await ids("데이트")).toEqual([]);
  });
  it("corrects a Korean word written as it is said another way, unless the dictionary has it, and a short English word's doubled letter", async () => {
    // ㅐ and ㅔ are said alike; 망라 is said 망나.
    expect(await ids("채감")).toEqual([11]);
    expect(await ids("망나")).toEqual([11]);
    // 화제 (a topic) is a word of its own, not 화재 (a fire) misspelled.
    expect(await ids("화제")).toEqual([]);
    expect(await ids("Boby")).toEqual([12]);
    // A word with no vowel is an acronym, said letter by letter: no name to hear in Hangul.
    expect(await ids("NHN")).toEqual([]);
  });
  it("reads initials typed for two words as the words a text prints side by side, before the words apart", async () => {
    expect(await ids("ㅎㅈㄷㅇ")).toEqual([11]);
  });
  it("reads a word being typed on from its last syllable when a word goes on so, though the syllable may be a particle", async () => {
    expect(await ids("프라이")).toEqual([7]);
    expect(await ids("인프라로")).toEqual([8]);
  });
  it("ranks a text that prints the words side by side above one with them apart", async () => {
    expect(await ids("클라우드 도입")).toEqual([0, 2]);
  });
});
