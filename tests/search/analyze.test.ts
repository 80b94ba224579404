/** Unit tests of the text analysis and query planning shared by the index build and the browser. */
import { describe, expect, it } from "vitest";
import {
  choseongTerm,
  dateTerms,
  fieldTerms,
  infixTerms,
  joinedWordParts,
  soundQueryTerms,
  soundTerm,
  soundTerms,
  stemLatin,
  stripParticle,
  stripVerbEnding,
  termOf,
  textDateTerms,
  tokenize,
  Vocabulary,
} from "../../src/lib/search/analyze";
import { analyzeQuery, bareOfIng, glossaryLookup, type Clause } from "../../src/lib/search/query";
import { shardKey } from "../../src/lib/search/format";
import { loadSearchInput } from "../../scripts/search/source";

const terms = (text: string) => tokenize(text).map(termOf).filter(Boolean);

describe("tokenize", () => {
  it("splits where Hangul meets Latin letters or digits, and drops the particle after a Latin word", () => {
    expect(terms("AI가 읽을 수 있도록")).toEqual(["ai", "읽을", "수", "있도록"]);
    // A number keeps its Korean units, and is compared without thousands separators.
    expect(terms("83억 원")).toEqual(["83억", "원"]);
    expect(terms("83억원")).toEqual(["83억", "원"]);
    expect(terms("50억달러와 1조1천억")).toEqual(["50억", "달러", "1조1000억"]);
    expect(terms("1,520개")).toEqual(["1520", "개"]);
    expect(terms("TF를 구성해")).toEqual(["tf", "구성해"]);
  });
  it("peels a number's counter off the noun glued to it, so glued and spaced spellings meet", () => {
    const pairs: [string, string][] = [
      ["99개기관", "99개 기관"],
      ["4차산업혁명", "4차 산업혁명"],
      ["10년가까이", "10년 가까이"],
      ["8.3billion won", "8.3 billion won"],
    ];
    for (const [glued, spaced] of pairs) expect(terms(glued)).toEqual(terms(spaced));
    // The run as written is indexed too: a word that starts like a counter is still found by itself.
    expect(fieldTerms("3분기").words).toContain("분기");
    expect(terms("3명이")).toEqual(["3", "명"]);
  });
  it("reads a number typed apart from its unit, or with 천 inside it, as the same number", () => {
    expect(terms("83 억원")).toEqual(terms("83억 원"));
    expect(terms("580 만 건")).toEqual(["580만", "건"]);
    expect(terms("50 억 달러")).toEqual(terms("50억달러"));
    expect(terms("1천900만건")).toEqual(terms("1900 만건"));
    expect(terms("2만5천 명")).toEqual(["2만5000", "명"]);
    // A word that only starts like a unit stays a word.
    expect(terms("3 만들기")).toEqual(["3", "만들기"]);
  });

  it("indexes a native numeral and its spaced counter as one word, as readers type it glued", () => {
    expect(fieldTerms("세 개 주제로").words).toContain("세개");
    expect(fieldTerms("수천 개의 정책").words).toContain("수천개");
    expect(fieldTerms("여러 명이 왔다").words).toContain("여러명");
    expect(fieldTerms("두 명의 기자").words).toContain("두명");
    // 한 is also a verb's form: "그가 한 일" holds no 한일.
    expect(fieldTerms("그가 한 일").words).not.toContain("한일");
  });

  it("normalises to NFC, so decomposed Hangul (as macOS file names carry it) matches composed", () => {
    const nfd = "네이버".normalize("NFD");
    expect(nfd).not.toBe("네이버");
    expect(terms(nfd)).toEqual(["네이버"]);
  });
  it("spells a y-glide after ㅈ, ㅊ and ㅉ as the plain vowel said, in short words too", () => {
    expect(terms("비젼 쥬스를 쟈켓 챠트의")).toEqual(terms("비전 주스를 자켓 차트의"));
    expect(terms("텔레비젼")).toEqual(["텔레비전"]);
    // Other glides are said: 겨 and 교 stay.
    expect(terms("겨울 교육")).toEqual(["겨울", "교육"]);
  });
  it("records offsets into the original string for highlighting", () => {
    const [a, b] = tokenize("  세종시가 AI를");
    expect(a).toMatchObject({ text: "세종시가", start: 2, end: 6 });
    expect(b).toMatchObject({ text: "ai", start: 7, end: 9 });
  });
});

describe("particles", () => {
  it("strips particles and keeps nouns whole", () => {
    expect(stripParticle("세종시가")).toBe("세종시");
    expect(stripParticle("세종시")).toBe("세종시");
    expect(stripParticle("정부가")).toBe("정부");
    expect(stripParticle("아마존과")).toBe("아마존");
    expect(stripParticle("데이터센터에서")).toBe("데이터센터");
    expect(stripParticle("공무원들이")).toBe("공무원");
    expect(stripParticle("플랫폼으로")).toBe("플랫폼");
    expect(stripParticle("국회마저")).toBe("국회");
    expect(stripParticle("보안조차")).toBe("보안");
    expect(stripParticle("기관마다")).toBe("기관");
    expect(stripParticle("문서로부터")).toBe("문서");
    expect(stripParticle("권한이란")).toBe("권한");
    expect(stripParticle("이란")).toBe("이란");
  });
  it("never strips a one-syllable stem: 시가 and 국가 stay", () => {
    expect(stripParticle("시가")).toBe("시가");
    expect(stripParticle("국가")).toBe("국가");
  });
  it("reads a noun made a verb as the noun, and leaves a one-syllable stem alone", () => {
    expect(stripVerbEnding("벤치마킹하겠다")).toBe("벤치마킹");
    expect(stripVerbEnding("발표했다")).toBe("발표");
    expect(stripVerbEnding("결정체였다")).toBe("결정체");
    expect(stripVerbEnding("기반이었던")).toBe("기반");
    expect(stripVerbEnding("전시한")).toBe("전시");
    expect(stripVerbEnding("구축된")).toBe("구축");
    expect(stripVerbEnding("한다")).toBe("한다");
    expect(stripVerbEnding("정하는")).toBe("정하는");
  });
});

describe("English", () => {
  it("splits a name written joined where a capital starts a word, and leaves other words whole", () => {
    expect(joinedWordParts("NaverCloud")).toEqual(["naver", "cloud"]);
    expect(joinedWordParts("AWSCloud")).toEqual(["aws", "cloud"]);
    expect(joinedWordParts("OpenStack")).toEqual(["open", "stack"]);
    expect(joinedWordParts("iPhone")).toEqual([]);
    expect(joinedWordParts("NIPA")).toEqual([]);
    expect(joinedWordParts("Naver")).toEqual([]);
    expect(fieldTerms("NaverCloud opened").words).toEqual(["navercloud", "naver", "cloud", "opened"]);
  });
  it("folds case and plurals", () => {
    expect(terms("Data Centers CITIES Naver's")).toEqual(["data", "center", "city", "naver"]);
    expect(stemLatin("services")).toBe("service");
    expect(stemLatin("news")).toBe("news");
    expect(stemLatin("2023")).toBe("2023");
  });
});

describe("compounds and initial consonants", () => {
  it("indexes the tails of Korean compounds", () => {
    expect(infixTerms("데이터센터")).toEqual(["~이터센터", "~터센터", "~센터"]);
    expect(infixTerms("정부")).toEqual([]);
  });
  it("indexes two short nouns printed side by side as one pair, with its initials, and no verb or particle", () => {
    expect(fieldTerms("디지털 기술로 공공 서비스를 혁신하는 각 세종").pairs).toEqual([
      "+디지털기술",
      "+ㄷㅈㅌㄱㅅ",
      "+공공서비스",
      "+ㄱㄱㅅㅂㅅ",
      "+각세종",
      "+ㄱㅅㅈ",
    ]);
    // A word with its particle, a verb's form or a long word starts no pair.
    expect(fieldTerms("정부가 발표 방안을 위해 마련했다 정보통신산업진흥원 원장").pairs).toEqual(["+발표방안", "+ㅂㅍㅂㅇ"]);
  });
  it("indexes a hyphenated word also joined, as a reader may type it", () => {
    expect(fieldTerms("Kim Seong-bae and e-government").words).toEqual(["kim", "seong", "seongbae", "bae", "and", "e", "egovernment", "government"]);
  });
  it("indexes the initial consonants of Korean words", () => {
    expect(choseongTerm("네이버")).toBe("ㄴㅇㅂ");
    expect(fieldTerms("네이버가 AI를").choseong).toEqual(["ㄴㅇㅂ", "~ㅇㅂ"]);
    // The tails of a compound carry their initials too: ㅋㄹㅇㄷ finds 네이버클라우드.
    expect(fieldTerms("네이버클라우드").choseong).toContain("~ㅋㄹㅇㄷ");
  });
  it("strips an ending only when the archive shows it is a particle, so a noun keeps its last syllable", () => {
    const vocabulary = new Vocabulary();
    vocabulary.add("정부가 발표했다. 정부는 파라과이와 경상북도를 찾았다. 파라과이 대표단. 세종시가 세종시는");
    expect(fieldTerms("정부가 파라과이 경상북도 세종시가 경상북도를", vocabulary).words).toEqual(["정부", "파라과이", "경상북도", "세종시", "경상북도"]);
  });
  it("puts a word, its typed prefixes and its unfinished syllables in one shard", () => {
    expect(shardKey("데이터센터")).toBe(shardKey("데"));
    expect(shardKey("과학")).toBe(shardKey("고"));
    expect(shardKey("~센터")).toBe(shardKey("센터"));
    expect(shardKey("cloud")).toBe(shardKey("cl"));
  });
});

describe("query plans", () => {
  const glossary = glossaryLookup([
    ["데이터센터", "데이터 센터", "data center"],
    ["행정안전부", "행안부", "Ministry of the Interior and Safety", "MOIS"],
  ]);
  it("expands a glossary name to its other names, in any spacing and language", () => {
    for (const q of ["data center", "데이터 센터", "데이터센터"]) {
      const plan = analyzeQuery(q, glossary);
      expect(plan.clauses).toHaveLength(1);
      const names = plan.clauses[0]?.alternatives.map((a) => a.terms.map((t) => t.term).join(" "));
      expect(names).toEqual(expect.arrayContaining(["data center"]));
      // The typed words in another spacing are left to the engine, which looks a word up joined and side by side.
      expect(names).toEqual(expect.arrayContaining([q === "data center" ? "데이터센터" : q]));
      if (q !== "data center") expect(names?.filter((n) => n.replace(/ /gu, "") === "데이터센터")).toHaveLength(1);
    }
    const mois = analyzeQuery("행안부", glossary).clauses[0]?.alternatives.map((a) => a.terms.map((t) => t.term).join(" "));
    expect(mois).toEqual(expect.arrayContaining(["행정안전부", "ministry interior safety", "mois"]));
  });
  it("translates everyday words and names the archive's glossary holds, both ways", () => {
    const archive = glossaryLookup(loadSearchInput().glossary);
    const names = (q: string) => analyzeQuery(q, archive).clauses[0]?.alternatives.map((a) => a.terms.map((t) => t.term).join(" "));
    expect(names("China")).toContain("중국");
    expect(names("United States")).toContain("미국");
    expect(names("fire")).toContain("화재");
    expect(names("화재")).toContain("fire");
    expect(names("infrastructure")).toEqual(expect.arrayContaining(["인프라", "인프라스트럭처"]));
    expect(names("경북")).toContain("north gyeongsang");
    expect(names("Electronic Times")).toContain("전자신문");
    expect(names("Overseas Koreans Agency")).toContain("재외동포청");
  });
  it("reads the glossary as a dictionary of the vocabulary of government, IT and economy news, both ways", () => {
    const archive = glossaryLookup(loadSearchInput().glossary);
    const names = (q: string) => analyzeQuery(q, archive).clauses[0]?.alternatives.map((a) => a.terms.map((t) => t.term).join(" "));
    for (const [en, ko] of [
      ["youth", "청년"],
      ["insurance", "보험"],
      ["budget", "예산"],
      ["tourism", "관광"],
      ["security", "보안"],
      ["presidential", "대통령"],
      ["National Assembly", "국회"],
      ["press release", "보도자료"],
      ["Korean medicine", "한방"],
      ["procurement", "조달"],
      ["Ministry of Economy and Finance", "기획재정부"],
      ["personal information", "개인정보"],
    ]) {
      expect(names(en ?? ""), `${en} -> ${ko}`).toContain(ko);
      // The English as the query reads it (lower-cased, plurals folded, without "of" and "and").
      expect(names(ko ?? ""), `${ko} -> ${en}`).toContain(names(en ?? "")?.[0]);
    }
    // Words of another meaning stay apart: a youth is no adolescent (청소년), a council no National Assembly.
    expect(names("youth")).not.toContain("청소년");
    expect(names("의회")).toEqual(["의회"]);
    // The pages' own copyright notice is chrome: "copyright" translates to nothing.
    expect(names("copyright")).toEqual(["copyright"]);
  });
  it("reads an English -ing form as its bare word too, a little below the word as typed", () => {
    expect(bareOfIng("brainstorming")).toEqual(["brainstorm", "brainstorme"]);
    expect(bareOfIng("planning")).toEqual(["plan"]);
    expect(bareOfIng("king")).toEqual([]);
    const alternatives = analyzeQuery("brainstorming").clauses[0]?.alternatives;
    expect(alternatives?.map((a) => [a.terms[0]?.term, a.weight])).toEqual([
      ["brainstorming", 1],
      ["brainstorm", 0.7],
      ["brainstorme", 0.7],
    ]);
  });
  it("treats the last word as still being typed unless a space follows", () => {
    expect(analyzeQuery("데이터세").clauses[0]?.alternatives[0]?.terms[0]?.jamo).toBe("ㄷㅔㅇㅣㅌㅓㅅㅔ");
    expect(analyzeQuery("데이터세 ").clauses[0]?.alternatives[0]?.terms[0]?.jamo).toBeUndefined();
  });
  it("reads Latin keys typed in the wrong layout as Hangul, as a fallback", () => {
    expect(analyzeQuery("spdlqj").clauses[0]?.keyboard?.alternatives[0]?.terms[0]?.term).toBe("네이버");
  });

  it("reads an English word whose keys make no Korean syllables as English only", () => {
    // k-n-o-w would be ㅏㅜㅐㅈ on a Korean keyboard, which no syllable holds.
    const clause = analyzeQuery("know-how").clauses[0];
    expect(clause?.keyboard).toBeUndefined();
    expect(analyzeQuery("know how").clauses).toHaveLength(2);
  });
  it("gives the keyboard reading the glossary names the Korean word has", () => {
    const names = (c: Clause | undefined) => c?.alternatives.map((a) => a.terms.map((t) => t.term).join(" "));
    const typed = analyzeQuery("데이터센터", glossary).clauses[0];
    const keyed = analyzeQuery("epdlxjtpsxj", glossary).clauses[0]?.keyboard;
    expect(names(keyed)).toEqual(names(typed));
    expect(names(keyed)).toContain("data center");
    expect(keyed?.alternatives.every((a, k) => a.weight < (typed?.alternatives[k]?.weight ?? 0))).toBe(true);
  });
  it("turns consonant-only words into initial-consonant lookups, and a lone jamo into nothing", () => {
    expect(analyzeQuery("ㄴㅇㅂ").clauses[0]?.alternatives[0]?.terms[0]?.kind).toBe("choseong");
    expect(analyzeQuery("ㅏ").clauses[0]?.alternatives[0]?.terms[0]?.kind).toBe("none");
    expect(analyzeQuery("ㄴ").clauses[0]?.alternatives[0]?.terms[0]?.kind).toBe("none");
  });
  it("cuts hostile input: 10 000 characters, regex and markup characters, emoji", () => {
    const long = analyzeQuery("가".repeat(10_000));
    expect(long.text.length).toBeLessThanOrEqual(200);
    expect(analyzeQuery("a ".repeat(5_000)).clauses.length).toBeLessThanOrEqual(8);
    expect(analyzeQuery(".*+?^${}()|[]\\").clauses).toEqual([]);
    expect(analyzeQuery("<script>alert(1)</script>").clauses.map((c) => c.text)).toEqual(["script", "alert", "1", "script"]);
    expect(analyzeQuery("😀🇰🇷").clauses).toEqual([]);
  });
});

describe("sound keys", () => {
  const heard = (latin: string, hangul: string) => soundQueryTerms(latin).includes(soundTerm(hangul));
  it("hear an English loanword in its Hangul spelling, past silent letters and spellings said otherwise", () => {
    const pairs: [string, string][] = [
      ["hardware", "하드웨어"],
      ["consortium", "컨소시엄"],
      ["knowhow", "노하우"],
      ["native", "네이티브"],
      ["talk", "토크"],
      ["algeria", "알제리"],
      ["private", "프라이빗"],
      ["breaknews", "브레이크뉴스"],
      ["gimpo", "김포"],
      ["vision", "비전"],
      ["television", "텔레비전"],
      ["mission", "미션"],
      // A final t written ㅅ under its syllable is said t before a vowel too.
      ["networking", "넷워킹"],
      ["mutual", "뮤추얼"],
      ["actual", "액추얼"],
    ];
    for (const [latin, hangul] of pairs) expect(heard(latin, hangul), `${latin} ~ ${hangul}`).toBe(true);
  });
  it("never hear a Korean aspirated consonant as an English voiced one, and an English voiceless one as either", () => {
    expect(heard("motel", "모텔")).toBe(true);
    expect(heard("model", "모델")).toBe(true);
    expect(heard("model", "모텔")).toBe(false);
    expect(heard("tokyo", "도쿄")).toBe(true);
    expect(heard("daejeon", "대전")).toBe(true);
    expect(heard("taejon", "대전")).toBe(true);
    expect(heard("kakao", "카카오")).toBe(true);
    // A voiced final stop may be said unvoiced, as German says it.
    expect(heard("hamburg", "함부르크")).toBe(true);
  });
  it("keep an r after a consonant apart from an l there, as Korean writes them (ㄹ and ㄹㄹ)", () => {
    expect(heard("crowd", "클라우드")).toBe(false);
    expect(heard("crowd", "크라우드")).toBe(true);
    expect(heard("cloud", "클라우드")).toBe(true);
    expect(heard("platform", "플랫폼")).toBe(true);
    expect(heard("program", "프로그램")).toBe(true);
    expect(heard("brazil", "브라질")).toBe(true);
  });
  it("keep short words of few consonants apart by their vowels", () => {
    expect(heard("daegu", "대기")).toBe(false);
    expect(heard("worknet", "가운데")).toBe(false);
  });
  it("hear a short romanized Korean word by the vowels it spells, and a final l, m or n as closing its syllable", () => {
    // eo and u are two vowels in romanized Korean: Sunjin is 순진, not 선진.
    expect(heard("sunjin", "선진")).toBe(false);
    expect(heard("sunjin", "순진")).toBe(true);
    // Seoul is two syllables, 서울, not 서로의.
    expect(heard("seoul", "서울")).toBe(true);
    expect(heard("seoul", "서로의")).toBe(false);
    // English words keep every vowel they may be heard as (fund ~ 펀드), and names their cross-script sound.
    for (const [latin, hangul] of [
      ["fund", "펀드"],
      ["linux", "리눅스"],
      ["amazon", "아마존"],
      ["bexco", "벡스코"],
      ["naver", "네이버"],
      ["kakao", "카카오"],
    ]) {
      expect(heard(latin ?? "", hangul ?? ""), `${latin} ~ ${hangul}`).toBe(true);
    }
  });
  it("hear a plural's 츠 as the stemmed English word, a short o as ㅏ, and a name word by word", () => {
    expect(heard("content", "콘텐츠")).toBe(true);
    expect(soundQueryTerms("job care", true)).toContain(soundTerm("잡케어"));
    // English spelling rules hold within a word: the g and h of Yang Hwan-jung are no silent gh.
    expect(soundQueryTerms("yang hwan jung", true)).toContain(soundTerm("양환정"));
    // An o before h, or after w, is no short o.
    expect(soundQueryTerms("koh jin", true)).not.toContain(soundTerm("가진"));
  });
  it("hear a Korean loanword in English text, a soft g and -ture included, a short skeleton by its first vowel too", () => {
    const inEnglish = (hangul: string, english: string) => soundQueryTerms(hangul).some((t) => soundTerms(english).includes(t));
    expect(inEnglish("인텔리전스", "intelligence")).toBe(true);
    expect(inEnglish("인프라스트럭처", "infrastructure")).toBe(true);
    expect(inEnglish("파일럿", "pilot")).toBe(true);
    expect(inEnglish("파일럿", "perito")).toBe(false);
  });
  it("hear a name both ways by the same key: an r said as 르 or silent, a plural's stemmed s, a short skeleton by all its vowels", () => {
    const inEnglish = (hangul: string, english: string) => soundQueryTerms(hangul).some((t) => soundTerms(english).includes(t));
    expect(inEnglish("푸르노모", "purnomo")).toBe(true);
    expect(heard("purnomo", "푸르노모")).toBe(true);
    expect(inEnglish("스마트", "smart")).toBe(true);
    // English text holds "Ocampos" as ocampo (stemLatin).
    expect(inEnglish("오캄포스", stemLatin("ocampos"))).toBe(true);
    expect(inEnglish("니파", "nipa")).toBe(true);
    expect(inEnglish("나파", "nipa")).toBe(false);
    // A final y after a consonant is said i.
    expect(inEnglish("헤리", "herry")).toBe(true);
    expect(heard("city", "시티")).toBe(true);
    expect(inEnglish("헤라", "herry")).toBe(false);
    // A 스 kept when what remains would hear too many words (태스크포 ~ discover).
    expect(inEnglish("태스크포스", "discover")).toBe(false);
  });
});

describe("dates", () => {
  const queried = (text: string) => analyzeQuery(text).clauses.map((c) => c.alternatives[0]?.terms.map((t) => t.term).join(" "));
  it("read a day typed day-first, month-first or without its year as the terms an article's date holds", () => {
    expect(dateTerms("2018-07-09")).toEqual(["2018", "d2018m07", "m07", "d2018q3", "d2018h2", "d2018m07d09", "m07d09"]);
    expect(queried("9 July 2018")).toEqual(["d2018m07d09"]);
    expect(queried("July 9, 2018")).toEqual(["d2018m07d09"]);
    expect(queried("11월 23일")).toEqual(["m11d23"]);
    expect(queried("July 9")).toEqual(["m07d09"]);
    expect(queried("9 July")).toEqual(["m07d09"]);
    // The year last: the number over 12 is the day; else a slash puts the month first, a dot the day.
    expect(queried("11/24/2010")).toEqual(["d2010m11d24"]);
    expect(queried("24.11.2010")).toEqual(["d2010m11d24"]);
    expect(queried("7/9/2018")).toEqual(["d2018m07d09"]);
    expect(queried("9.7.2018")).toEqual(["d2018m07d09"]);
    expect(queried("24/11/2010")).toEqual(["d2010m11d24"]);
    // Korean short forms: a two-digit year first, an apostrophe year, eight digits in a row.
    expect(queried("25.12.04")).toEqual(["d2025m12d04"]);
    expect(queried("98.07.09")).toEqual(["d1998m07d09"]);
    expect(queried("'23년 11월")).toEqual(["d2023m11"]);
    expect(queried("20101124")).toEqual(["d2010m11d24"]);
    expect(queried("12345678")).toEqual(["12345678"]);
    // Around a date, its weekday and time of day say nothing more; 年月日 are 년월일.
    expect(queried("Wednesday, November 24, 2010")).toEqual(["d2010m11d24"]);
    expect(queried("2025년 12월 4일 목요일")).toEqual(["d2025m12d04"]);
    expect(queried("7월 6일(금) 오후 2시")).toEqual(["m07d06"]);
    expect(queried("2010-11-24 16:12")).toEqual(["d2010m11d24"]);
    expect(queried("24-Nov-2010")).toEqual(["d2010m11d24"]);
    expect(queried("2018年7月9日")).toEqual(["d2018m07d09"]);
    // Ordinal days, a two-digit year before its month, and the month before its year.
    expect(queried("November 23rd")).toEqual(["m11d23"]);
    expect(queried("4th of December 2025")).toEqual(["d2025m12d04"]);
    expect(queried("23년 11월 23일")).toEqual(["d2023m11d23"]);
    expect(queried("11/2023")).toEqual(["d2023m11"]);
    expect(queried("2025-12-04T17:32")).toEqual(["d2025m12d04"]);
    expect(queried("13/2023")).not.toContain("d2023m13");
    // A quarter, a half, the end or the start of a year, and a part of a month, in Korean and English.
    expect(queried("2023년 4분기")).toEqual(["d2023q4"]);
    expect(queried("Q3 2018")).toEqual(["d2018q3"]);
    expect(queried("third quarter of 2018")).toEqual(["d2018q3"]);
    expect(queried("2024년 하반기")).toEqual(["d2024h2"]);
    expect(queried("first half of 2024")).toEqual(["d2024h1"]);
    expect(queried("2019년 말")).toEqual(["d2019q4"]);
    expect(analyzeQuery("2019년 말").clauses[0]?.alternatives[1]?.terms.map((t) => t.term)).toEqual(["2019"]);
    expect(queried("early 2019")).toEqual(["d2019q1"]);
    expect(queried("first week of July 2018")).toEqual(["d2018m07"]);
    // A weekday without a date, and a time alone, stay words.
    expect(queried("Monday meeting")).toEqual(["monday", "meeting"]);
    // No month and day: each number stays a word with its counter.
    expect(queried("13월 40일")).toEqual(["13월", "40일"]);
  });
  it("index a day a text names with and without its year, in the story's year when it names none", () => {
    expect(textDateTerms("2018. 7. 2 원문 보기", "2018")).toEqual(["d2018m07d02", "m07d02", "d2018q3", "d2018h2", "m07"]);
    expect(textDateTerms("7월 6일(금) 오후 2시", "2018")).toEqual(["m07d06", "d2018m07d06", "d2018q3", "d2018h2", "m07"]);
    expect(textDateTerms("7월 6일(금) 오후 2시", undefined)).toEqual(["m07d06", "m07"]);
    // A day alone is a day of the month the story is dated in; a count of days is no day.
    expect(textDateTerms("23일 열렸다. 25일까지 사흘 동안, 3일간", "2023-11-23")).toEqual(["d2023m11d23", "m11d23", "d2023m11d25", "m11d25"]);
    expect(textDateTerms("25일까지", "2023")).toEqual([]);
    // A month after 작년, 지난해 or 내년 is in the year before or after the story's, not in its own.
    expect(textDateTerms("작년 9월 출범한 위원회", "2023-11-23")).toEqual(["m09", "d2022m09", "d2022q3", "d2022h2"]);
    expect(textDateTerms("지난해 3월 5일 열린", "2023-11-23")).toEqual(["m03d05", "d2022m03d05", "d2022q1", "d2022h1", "m03"]);
    expect(textDateTerms("재작년 9월과 내년 1월", "2023")).toEqual(["m09", "d2021m09", "d2021q3", "d2021h2", "m01", "d2024m01", "d2024q1", "d2024h1"]);
    // A part of a year after them too ("내년 말까지" in a 2018 story is the end of 2019: its last quarter
    // and its last month); a year alone is no date term.
    expect(textDateTerms("내년 말까지 전환하고 작년 하반기에 시작했다", "2018-07-02")).toEqual(["d2017h2", "d2019q4", "d2019m12"]);
    expect(textDateTerms("지난해 실적", "2023")).toEqual([]);
  });
  it("read a month without its year, a day as pages print it, and a month narrowed to a week as the month", () => {
    expect(queried("7월")).toEqual(["m07"]);
    expect(queried("July")).toEqual(["m07"]);
    expect(queried("12-04")).toEqual(["m12d04"]);
    expect(queried("2018년 7월 첫째 주")).toEqual(["d2018m07"]);
    // A number that is no month, a score and a phone number stay words.
    expect(queried("13월")).toEqual(["13월"]);
    expect(queried("3-1")).toEqual(["3", "1"]);
    // In a text, only a capitalised month's name, and never May or March, which are words too.
    expect(textDateTerms("지난 4월부터 in July, as it may march", undefined)).toEqual(["m04", "m07"]);
    expect(textDateTerms("july", undefined)).toEqual([]);
  });
});
