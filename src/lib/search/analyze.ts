/**
 * Text analysis shared by the index build (Node) and the browser: the same function turns an
 * article and a query into terms, so what is indexed and what is looked up always agree.
 *
 * Why not FlexSearch's own encoders: its default normalisation (NFKD) takes Hangul syllables apart,
 * Charset.CJK indexes single characters, and "AI가" would stay one token. Here text is NFC,
 * lower-cased, and split where Hangul meets Latin letters or digits ("AI가" -> "ai" + particle).
 */
import { combineCharacter, disassemble, disassembleCompleteCharacter, getChoseong, hasBatchim, romanize } from "es-hangul";

export type TokenKind = "hangul" | "jamo" | "latin" | "other";

/** One word of the text, with where it sits in the original string (for highlighting). */
export interface Token {
  /** Normalised (NFC, lower-case) form of the word. */
  text: string;
  kind: TokenKind;
  /** UTF-16 offsets into the string passed to `tokenize`. */
  start: number;
  end: number;
  /** True when a Hangul run is glued to a preceding Latin/digit run and is only a particle ("AI가"). */
  particle: boolean;
  /**
   * On a counter peeled off a number's glued Hangul ("99개기관" -> 99 + 개 + 기관): the whole run as
   * written ("개기관"), which the index also holds, so a word that only starts like a counter
   * ("3분기": 분기) is still found by itself.
   */
  glued?: string;
}

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/u;
const COMPAT_JAMO = /^[\u3131-\u318E]+$/u;
/**
 * Counters and units Korean writes after a number, often glued to the next noun ("99개기관",
 * "4차산업혁명", "10년가까이") as often as spaced ("99개 기관"): peeled off so both spellings meet.
 * Longest first, so "개월" wins over "개".
 */
const COUNTERS = [
  "개국",
  "개월",
  "개사",
  "주년",
  "시간",
  "달러",
  "가지",
  "퍼센트",
  "개",
  "명",
  "곳",
  "차",
  "년",
  "월",
  "일",
  "원",
  "대",
  "위",
  "건",
  "회",
  "번",
  "배",
  "세",
  "주",
  "층",
  "분",
  "초",
  "권",
  "종",
  "국",
].sort((a, b) => b.length - a.length);

// A number with its Korean units ("50억", "1조1천억", "1,520", "120여") | Hangul (syllables and loose
// jamo, as an IME shows them mid-word) | Latin letters and digits | any other letters. A number is a
// token of its own, so "50억달러", "50억 달러" and "50억" all hold the term "50억".
// A unit may stand a space apart from its digits, as readers type it ("83 억원", "580 만 건"), when
// what follows the unit is no Hangul or a counter: "3 만들기" keeps its verb.
// A number also stands alone before an English word of magnitude or money glued to it ("8.3billion"),
// as it is written spaced ("8.3 billion won").
const LATIN_COUNTERS = "billion|million|trillion|thousand|hundred|percent|won|dollars?|usd|krw";
const UNITS = "[조억만천]+";
const SPACED_UNIT = `(?:[ \\t](?=${UNITS}(?:[^\\uAC00-\\uD7A3]|$|${COUNTERS.join("|")})))?`;
const TOKEN = new RegExp(
  `\\p{Nd}+(?:[.,]\\p{Nd}+)*(?:${SPACED_UNIT}${UNITS}(?:\\p{Nd}+(?:[.,]\\p{Nd}+)*)?)*여?(?!\\p{Nd})(?:(?=(?:${LATIN_COUNTERS})(?!\\p{Script=Latin}))|(?!\\p{Script=Latin}))` +
    `|[\\uAC00-\\uD7A3\\u3131-\\u318E]+|[\\p{Script=Latin}\\p{Nd}]+(?:['’]s\\b)?|[\\p{L}\\p{N}]+`,
  "gu",
);

/**
 * A number as one spelling: without thousands separators or the space before a unit, and with 천
 * (thousand) read inside its group of four digits, so "1천900만" is "1900만" and "2만5천" is "2만5000",
 * as Korean writes the same number both ways.
 */
export function canonicalNumber(raw: string): string {
  const plain = raw.replace(/[, \t]/gu, "");
  if (plain.includes(".")) return plain;
  return plain.replace(/(?<=^|[조억만])(\d+)천(\d{0,3})(?=[조억만여]|$)/gu, (_, thousands: string, rest: string) =>
    String(Number(thousands) * 1000 + Number(rest || "0")),
  );
}

/**
 * Particles (josa) and a few endings that attach to nouns, longest first so "에서" wins over "서".
 * Stripping needs a stem of two syllables or more, which keeps short nouns whole: "시가" stays,
 * "세종시가" becomes "세종시", "정부가" becomes "정부".
 */
const PARTICLES = [
  "이야말로",
  "에서부터",
  "으로부터",
  "로부터",
  "이라고",
  "에게서",
  "에서는",
  "에서도",
  "에서의",
  "으로는",
  "으로도",
  "으로서",
  "으로써",
  "이라며",
  "이라는",
  "이란",
  "까지는",
  "까지도",
  "부터는",
  "이라도",
  "한테서",
  "야말로",
  "에게는",
  "에게도",
  "에서만",
  "으로만",
  "에서",
  "에게",
  "으로",
  "부터",
  "까지",
  "처럼",
  "보다",
  "마저",
  "조차",
  "마다",
  "밖에",
  "만큼",
  "라도",
  "한테",
  "에만",
  "라고",
  "라며",
  "라는",
  "와의",
  "과의",
  "에는",
  "에도",
  "에의",
  "로는",
  "로도",
  "로서",
  "로써",
  "이나",
  "이며",
  "하고",
  "이다",
  "께서",
  "과는",
  "와는",
  "과도",
  "와도",
  "에선",
  "은",
  "는",
  "이",
  "가",
  "을",
  "를",
  "의",
  "에",
  "와",
  "과",
  "로",
  "도",
  "만",
  "께",
  "엔",
  "랑",
] as const;

/** Suffixes that make a plural or a verb-like form of a noun; stripped after the particle ("공무원들이"). */
const NOUN_SUFFIXES = ["들"] as const;

/**
 * Vowels Korean spells with a y-glide after ㅈ, ㅊ and ㅉ, where none is said (져 is said 저): the
 * plain vowel each is heard as.
 */
const UNSAID_GLIDE: Record<string, string> = { ㅑ: "ㅏ", ㅒ: "ㅐ", ㅕ: "ㅓ", ㅖ: "ㅔ", ㅛ: "ㅗ", ㅠ: "ㅜ" };

/** Syllables spelled with an unsaid glide -> the plain spelling ("젼" -> "전"), worked out once with es-hangul. */
const PLAIN_SYLLABLE = new Map<string, string>();
for (const initial of ["ㅈ", "ㅉ", "ㅊ"]) {
  // Hangul syllables are laid out by initial consonant; ㅈ, ㅉ and ㅊ are the 13th to 15th.
  const first = 0xac00 + "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ".indexOf(initial) * 588;
  for (let code = first; code < first + 588; code++) {
    const syllable = String.fromCharCode(code);
    const { choseong, jungseong, jongseong } = disassembleCompleteCharacter(syllable) ?? { choseong: "", jungseong: "", jongseong: "" };
    const plain = UNSAID_GLIDE[jungseong];
    if (plain) PLAIN_SYLLABLE.set(syllable, combineCharacter(choseong, plain, jongseong));
  }
}
const GLIDE_SPELLED = new RegExp(`[${[...PLAIN_SYLLABLE.keys()].join("")}]`, "gu");

/**
 * A Korean word in one spelling of what it says: a y-glide after ㅈ, ㅊ or ㅉ is not said, so 비젼
 * and 비전, 쥬스 and 주스, 쟈켓 and 자켓 are one word. Applied to the archive and the query alike (in
 * `tokenize`), so either spelling finds the other, however short the word.
 */
export function plainSpelling(word: string): string {
  return word.replace(GLIDE_SPELLED, (syllable) => PLAIN_SYLLABLE.get(syllable) ?? syllable);
}

/** A Latin word without its accents and other combining marks ("zeledón" -> "zeledon", "peña" -> "pena"). */
const withoutAccents = (word: string) => word.normalize("NFD").replace(/\p{M}/gu, "").normalize("NFC");

/** Splits text into words: NFC, lower-case, accents off Latin letters, and a new word wherever Hangul meets Latin or digits. */
export function tokenize(input: string): Token[] {
  const text = input.normalize("NFC");
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    // Numbers are compared in one spelling ("1,520" and "1520", "1천900만" and "1900 만").
    let lower = /^\p{Nd}/u.test(raw) ? canonicalNumber(raw) : plainSpelling(raw.toLowerCase().replace(/['’]s$/u, ""));
    const first = raw[0] ?? "";
    let kind: TokenKind;
    if (/^\p{Nd}/u.test(raw)) kind = "latin";
    else if (HANGUL_SYLLABLE.test(first) || /[\u3131-\u318E]/u.test(first)) kind = COMPAT_JAMO.test(raw) ? "jamo" : "hangul";
    else if (/[\p{Script=Latin}\p{Nd}]/u.test(first)) kind = "latin";
    else kind = "other";
    // Letters with accents are the same letters to a reader who types without them (Zeledón ~ Zeledon).
    if (kind === "latin") lower = withoutAccents(lower);
    const prev = tokens[tokens.length - 1];
    // "AI가" is AI plus a particle; "1900만" is a number with its unit, so digits never take particles.
    const glued = prev !== undefined && prev.end === start && prev.kind === "latin" && /\p{L}/u.test(prev.text);
    const particle = kind === "hangul" && glued && (PARTICLES as readonly string[]).includes(lower);
    const counter = kind === "hangul" && prev !== undefined && prev.end === start && /^\p{Nd}/u.test(prev.text) ? counterOf(lower) : undefined;
    if (counter) {
      tokens.push({ text: counter, kind, start, end: start + counter.length, particle: false, glued: lower });
      const rest = lower.slice(counter.length);
      tokens.push({ text: rest, kind, start: start + counter.length, end, particle: (PARTICLES as readonly string[]).includes(rest) });
    } else tokens.push({ text: lower, kind, start, end, particle });
  }
  return tokens;
}

/** The counter a Hangul run glued to a number starts with, when a word follows it ("개기관" -> 개); else undefined. */
function counterOf(run: string): string | undefined {
  return COUNTERS.find((c) => run.length > c.length && run.startsWith(c));
}

/** Removes one trailing particle (and a plural 들) when at least two syllables remain. */
export function stripParticle(word: string): string {
  let stem = word;
  for (const p of PARTICLES) {
    if (stem.endsWith(p) && stem.length - p.length >= 2) {
      stem = stem.slice(0, -p.length);
      break;
    }
  }
  for (const s of NOUN_SUFFIXES) {
    if (stem.endsWith(s) && stem.length - s.length >= 2) stem = stem.slice(0, -s.length);
  }
  return stem;
}

/**
 * Endings that make a verb of a noun (벤치마킹하겠다, 도입했다, 발표한다, 전시한, 구축된) or say what
 * a noun is (결정체였다, 기반이었던), longest first. A reader who types the verb means the noun: the stories
 * say it with any ending, or none ("벤치마킹 하기 위한").
 */
const VERB_ENDINGS = [
  ...["하겠습니다", "했습니다", "하겠다", "합니다", "했다", "한다", "하는", "하기", "했던", "하던", "해야"],
  ...["이었습니다", "였습니다", "이었다", "이었던", "입니다", "였다", "였던"],
  // The forms that describe a noun by it (전시한 서비스, 구축할 계획, 구축된 시스템).
  ...["되었다", "됐다", "되는", "한", "할", "된", "될"],
].sort((a, b) => b.length - a.length);

/** The noun of a query word that is a noun made a verb, when at least two syllables remain; else the word. */
export function stripVerbEnding(word: string): string {
  const ending = VERB_ENDINGS.find((e) => word.endsWith(e) && word.length - e.length >= 2);
  return ending ? word.slice(0, -ending.length) : word;
}

/** Folds English plurals ("centers" -> "center", "cities" -> "city"); numbers are left alone. */
export function stemLatin(word: string): string {
  if (/\d/u.test(word) || word.length <= 3) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("s") && !/(?:ss|us|is|ws)$/u.test(word)) return word.slice(0, -1);
  return word;
}

/**
 * The words of a name written joined, a capital starting each word ("NaverCloud", "OpenStack",
 * "AWSCloud"), as the terms they are indexed under when written apart: split where a lower-case
 * letter meets a capital, or a run of capitals a capitalised word. Empty for a word with no such
 * join, or one that would leave a part of one letter ("iPhone").
 */
export function joinedWordParts(raw: string): string[] {
  if (!/^[A-Za-z]+$/u.test(raw)) return [];
  const parts = raw.split(/(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])/u);
  if (parts.length < 2 || parts.some((p) => p.length < 2)) return [];
  return parts.map((p) => stemLatin(p.toLowerCase()));
}

/** The term a token is indexed and looked up under. Empty for particles glued to Latin words. */
export function termOf(token: Token): string {
  if (token.particle) return "";
  if (token.kind === "hangul") return stripParticle(token.text);
  if (token.kind === "latin") return stemLatin(token.text);
  return token.text;
}

/** Marks a term that is the tail of a longer Korean compound ("~센터" from "데이터센터"). */
export const INFIX_MARK = "~";

/**
 * Tails of a Korean compound of three syllables or more, each at least two syllables long, so that
 * "센터" finds "데이터센터" and "플랫폼정부" finds "디지털플랫폼정부위원회".
 */
export function infixTerms(term: string): string[] {
  if (!isHangulWord(term) || term.length < 3) return [];
  const out: string[] = [];
  for (let i = 1; i <= term.length - 2; i++) out.push(INFIX_MARK + term.slice(i));
  return out;
}

/** The names Korean gives the Latin letters, as it spells an acronym out ("엘지" is LG, "케이티" KT, "티비" TV). */
const LETTER_NAMES: Record<string, string[]> = {
  a: ["에이"],
  b: ["비"],
  c: ["씨", "시"],
  d: ["디"],
  e: ["이"],
  f: ["에프"],
  g: ["지", "쥐"],
  h: ["에이치", "에치"],
  i: ["아이"],
  j: ["제이"],
  k: ["케이"],
  l: ["엘"],
  m: ["엠"],
  n: ["엔"],
  o: ["오"],
  p: ["피"],
  q: ["큐"],
  r: ["알"],
  s: ["에스"],
  t: ["티"],
  u: ["유"],
  v: ["브이", "비"],
  w: ["더블유"],
  x: ["엑스"],
  y: ["와이"],
  z: ["제트", "지", "젯"],
};
const LETTER_BY_NAME = Object.entries(LETTER_NAMES).flatMap(([letter, names]) => names.map((name) => [name, letter] as const));
/** Most letters in a spelled-out acronym, and most readings of one word (지 is G or Z, 비 B or V). */
const MAX_ACRONYM = { letters: 5, readings: 4 } as const;

/**
 * The acronyms a Korean word spells letter by letter ("엘지" -> ["lg"], "아이티" -> ["it"]), or none
 * when it is not made of letter names alone. Two letters at least: one letter name is a word too (이, 오).
 */
export function spelledAcronyms(word: string): string[] {
  return [...new Set(acronymReadings(word).flatMap((r) => (r.rest === "" ? [r.letters] : [])))];
}

/**
 * A Korean word that begins with an acronym spelled out and goes on in Korean ("에스케이텔레콤" is
 * SK텔레콤, "비씨카드" BC카드): the acronym and the rest, of two syllables or more.
 */
export function acronymHeads(word: string): { letters: string; rest: string }[] {
  return acronymReadings(word).filter((r) => r.rest.length >= 2);
}

/** Every way a Korean word's start spells two letters or more, with what follows them. */
function acronymReadings(word: string): { letters: string; rest: string }[] {
  const out: { letters: string; rest: string }[] = [];
  const walk = (rest: string, letters: string) => {
    if (out.length >= MAX_ACRONYM.readings || letters.length > MAX_ACRONYM.letters) return;
    if (letters.length >= 2 && (rest === "" || rest.length >= 2)) out.push({ letters, rest });
    for (const [name, letter] of LETTER_BY_NAME) if (rest.startsWith(name)) walk(rest.slice(name.length), letters + letter);
  };
  if (isHangulWord(word)) walk(word, "");
  return out;
}

/** Initial consonants of a Korean word ("네이버" -> "ㄴㅇㅂ"), for queries typed as consonants only. */
export function choseongTerm(term: string): string {
  if (!isHangulWord(term) || term.length < 2) return "";
  return getChoseong(term);
}

export function isHangulWord(term: string): boolean {
  return term.length > 0 && /^[\uAC00-\uD7A3]+$/u.test(term);
}

export function isChoseongOnly(text: string): boolean {
  return /^[\u3131-\u314E]+$/u.test(text);
}

/** Jamo sequence of a word; compares an unfinished syllable ("데이터세") with finished ones ("데이터센터"). */
export function jamo(text: string): string {
  return disassemble(text);
}

/** Terms of one field of an article, in order: words, compound tails, initial-consonant forms and spaced pairs. */
export interface FieldTerms {
  words: string[];
  infixes: string[];
  choseong: string[];
  /** Two short nouns printed side by side, as one word with PAIR_MARK ("공공 서비스를" -> "+공공서비스"), and their initials ("+ㄱㄱㅅㅂㅅ"). */
  pairs: string[];
}

/**
 * Marks a term of two Korean words printed a space apart ("+공공서비스"), so a word typed run
 * together finds the text that spaces it, and only where its parts stand side by side: the index
 * keeps no positions.
 */
export const PAIR_MARK = "+";

/** Most syllables of each word of a pair: nouns that name something together are short. */
const PAIR_WORD_MAX = 5;

/**
 * Last syllables of a word that is a verb's or an adverb's form, not a noun that names something with
 * the next word (있는, 위해, 통해, 밝혔다, 하며): such a word starts or ends no pair. Nouns that end so
 * (문서, 재해) lose only their pairs, never a word.
 */
const NOT_A_NOUN = /[는은을를한할된될던며고서게여해면지다요니라하]$/u;

/**
 * The pair two tokens make, or undefined: both Korean, side by side with only spaces between them,
 * the first a bare word (no particle), the second's stem no verb, each of PAIR_WORD_MAX syllables or fewer.
 */
function pairTerm(text: string, first: Token, second: Token | undefined, term: (t: Token) => string): string | undefined {
  if (!second || first.kind !== "hangul" || second.kind !== "hangul" || first.particle || second.particle) return undefined;
  if (!/^[ \t]+$/u.test(text.slice(first.end, second.start))) return undefined;
  const head = term(first);
  const tail = term(second);
  if (head !== first.text || !isHangulWord(head) || !isHangulWord(tail) || isPredicate(second.text)) return undefined;
  if (head.length > PAIR_WORD_MAX || tail.length > PAIR_WORD_MAX || NOT_A_NOUN.test(head) || NOT_A_NOUN.test(tail)) return undefined;
  return PAIR_MARK + head + tail;
}

/** Particles that are also common last syllables of nouns (파라과이, 전문가, 경상북도, 효과, 도로, 회의). */
export const NOUN_LIKE_ENDINGS: ReadonlySet<string> = new Set(["이", "가", "도", "과", "로", "의"]);

/**
 * The Korean words of an archive, to tell a particle from a noun's last syllable: an ending is a
 * particle when the stem stands on its own somewhere ("정부" beside "정부가") or takes two different
 * endings ("세종시가", "세종시는"); otherwise it is part of the noun ("파라과이", "경상북도").
 */
export class Vocabulary {
  private readonly words = new Set<string>();
  private readonly formsOf = new Map<string, Set<string>>();

  /** Learns the words of `text`; returns its length in words (for ranking by field length). */
  add(text: string): number {
    const tokens = tokenize(text);
    for (const token of tokens) {
      if (token.kind !== "hangul" || token.particle) continue;
      this.words.add(token.text);
      const stem = stripParticle(token.text);
      if (stem !== token.text) this.formsOf.set(stem, (this.formsOf.get(stem) ?? new Set()).add(token.text));
    }
    return tokens.length;
  }

  private readonly partsCache = new Map<string, string[]>();

  /**
   * The words a Korean compound is made of, where the archive uses them alone (정부서울청사: 정부,
   * 서울, 청사; 충청본부: 충청, 본부): its known words of two syllables or more, longest first from the
   * left, and the stretches between them. Empty for a word of fewer than four syllables or no such split.
   */
  partsOf(word: string): string[] {
    let parts = this.partsCache.get(word);
    if (parts === undefined) {
      parts = [];
      if (isHangulWord(word) && word.length >= 4) {
        let unknownFrom = 0;
        for (let i = 0; i < word.length - 1;) {
          let len = word.length - i - (i === 0 ? 1 : 0);
          while (len >= 2 && !this.words.has(word.slice(i, i + len))) len--;
          if (len < 2) {
            i++;
            continue;
          }
          if (i - unknownFrom >= 2) parts.push(word.slice(unknownFrom, i));
          parts.push(word.slice(i, i + len));
          i += len;
          unknownFrom = i;
        }
        if (parts.length > 0 && word.length - unknownFrom >= 2) parts.push(word.slice(unknownFrom));
        if (parts.join("") !== word) parts = parts.length > 1 ? parts : [];
      }
      this.partsCache.set(word, parts);
    }
    return parts;
  }

  /** The term a Korean word is indexed under: its stem only when the archive shows the ending is a particle. */
  termFor(word: string): string {
    const stem = stripParticle(word);
    if (stem === word || !NOUN_LIKE_ENDINGS.has(word.slice(stem.length))) return stem;
    return this.words.has(stem) || (this.formsOf.get(stem)?.size ?? 0) >= 2 ? stem : word;
  }
}

export function fieldTerms(text: string, vocabulary?: Vocabulary): FieldTerms {
  const words: string[] = [];
  const infixes: string[] = [];
  const choseong: string[] = [];
  const pairs: string[] = [];
  const tokens = tokenize(text);
  const termFor = (token: Token) => (vocabulary && token.kind === "hangul" && !token.particle ? vocabulary.termFor(token.text) : termOf(token));
  tokens.forEach((token, i) => {
    const term = termFor(token);
    if (!term) return;
    words.push(term);
    const pair = pairTerm(text, token, tokens[i + 1], termFor);
    // …and the pair's initials, so initials typed for both words ("ㅎㅅㅈㅊ") find them side by side too.
    if (pair) pairs.push(pair, PAIR_MARK + getChoseong(pair.slice(PAIR_MARK.length)));
    const counted = spacedCount(text, token, tokens[i + 1]);
    if (counted) words.push(counted);
    // A number with its counter is a word of its own ("4일", "99개"), so "4일" is no other day.
    for (const counted of numberWithCounter(text, token, tokens[i + 1], true)) words.push(counted.word);
    // A number with a unit is also found by its digits alone ("1900만" by "1900").
    const digits = /^(\d+)[조억만천여]/u.exec(term)?.[1];
    if (digits) words.push(digits);
    // A name written joined is also its words ("NaverCloud" is naver and cloud), as a reader may type them apart.
    if (token.kind === "latin") words.push(...joinedWordParts(text.slice(token.start, token.end)));
    // A hyphenated word is also the word joined ("Seong-bae" is seongbae, "e-government" egovernment), as a reader may type it.
    const hyphened = hyphenJoined(text, token, tokens[i + 1]);
    if (hyphened) words.push(hyphened);
    // A counter peeled off a glued run: the run is a word too ("3분기" is also 분기).
    if (token.glued) words.push(vocabulary ? vocabulary.termFor(token.glued) : stripParticle(token.glued));
    const tails = infixTerms(term);
    infixes.push(...tails);
    const cho = choseongTerm(term);
    if (cho) choseong.push(cho);
    // Initials of a compound's tails, so ㅋㄹㅇㄷ finds 네이버클라우드 as 클라우드 finds it.
    for (const tail of tails) {
      const part = tail.slice(INFIX_MARK.length);
      if (part.length >= 2) choseong.push(INFIX_MARK + getChoseong(part));
    }
  });
  return { words, infixes, choseong, pairs };
}

/** The two Latin words of a hyphenated word as one term ("seong-bae" -> seongbae), or undefined. */
function hyphenJoined(text: string, token: Token, next: Token | undefined): string | undefined {
  if (!next || token.kind !== "latin" || next.kind !== "latin" || text.slice(token.end, next.start) !== "-") return undefined;
  if (!/^[a-z]+$/u.test(token.text) || !/^[a-z]+$/u.test(next.text)) return undefined;
  return stemLatin(token.text + next.text);
}

/**
 * A number and the counter right after it, glued or a space apart, as one word ("4일 오후" -> 4일,
 * "51개국" -> 51개국, "99개기관" -> 99개, "50억 달러를" -> 50억달러), and where the counter ends;
 * none for any other pair of words. Spaced, the counter stands alone or with a particle or an
 * ending of one syllable ("달러다"), so "3 일자리" is no 3일. `shorter`: also each shorter counter the
 * run starts with (51개국 is also 51개), as the index holds them for a reader who spaces "51개 국".
 */
export function numberWithCounter(text: string, token: Token, next: Token | undefined, shorter = false): { word: string; end: number }[] {
  if (!next || token.kind !== "latin" || !/^\d/u.test(token.text) || next.kind !== "hangul") return [];
  const gap = text.slice(token.end, next.start);
  if (!/^[ \t]?$/u.test(gap)) return [];
  const run = next.glued ?? next.text;
  const counters = COUNTERS.filter(
    (c) => run.startsWith(c) && (gap === "" || run.length - c.length <= 1 || (PARTICLES as readonly string[]).includes(run.slice(c.length))),
  );
  return counters.slice(0, shorter ? undefined : 1).map((c) => ({ word: token.text + c, end: next.start + c.length }));
}

/**
 * Korean's native numerals, which count with a counter after them ("세 개", "두 명"), and the words
 * of a rough count that do the same ("여러 명", "수천 개").
 */
const NATIVE_NUMERALS = new Set([
  ...["한", "두", "세", "네", "다섯", "여섯", "일곱", "여덟", "아홉", "열", "스무", "몇"],
  ...["여러", "수십", "수백", "수천", "수만", "수십만", "수백만", "수천만", "수억"],
]);
/**
 * Counters a native numeral takes. Not those of dates and money (일, 원, 세…): after 한, which is
 * also a verb's form, they would make other words ("그가 한 일" is no 한일).
 */
const NATIVE_COUNTERS = ["개국", "개월", "개사", "시간", "가지", "차례", "마리", "개", "명", "곳", "번", "대", "권", "건"];

/**
 * A native numeral and the counter a space after it, as one word ("세 개" -> 세개), as the index
 * holds it: readers type it glued as often as spaced, and the query joins spaced words, so both meet
 * it. A counter may carry its particle ("세 개의"). Undefined for any other pair of words.
 */
function spacedCount(text: string, token: Token, next: Token | undefined): string | undefined {
  if (!next || token.kind !== "hangul" || next.kind !== "hangul" || !NATIVE_NUMERALS.has(token.text)) return undefined;
  if (text.slice(token.end, next.start).trim() !== "") return undefined;
  const counter = NATIVE_COUNTERS.find(
    (c) => next.text === c || (next.text.startsWith(c) && (PARTICLES as readonly string[]).includes(next.text.slice(c.length))),
  );
  return counter ? token.text + counter : undefined;
}

/**
 * Terms for an article's date ("2018-07-02" -> 2018, d2018m07, m07, d2018m07d02, m07d02), so a year,
 * a month or a day typed in any form finds it, the month and the day also without their year ("7월",
 * "7월 2일"); see `queryDates` for the query side.
 */
export function dateTerms(value: string | undefined): string[] {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/u.exec(value ?? "");
  if (!m) return [];
  const [, y, mo, d] = m;
  return [y ?? "", ...(mo ? [`d${y}m${mo}`, monthTerm(mo), ...partsOfYear(`d${y}m${mo}`)] : []), ...(mo && d ? [`d${y}m${mo}d${d}`, dayTerm(mo, d)] : [])];
}

/** The quarter and the half of the year a month or a day with its year falls in (d2023m11 -> d2023q4, d2023h2). */
function partsOfYear(term: string): string[] {
  const m = /^d(\d{4})m(\d{2})/u.exec(term);
  if (!m) return [];
  const month = Number(m[2]);
  return [`d${m[1]}q${Math.ceil(month / 3)}`, `d${m[1]}h${month <= 6 ? 1 : 2}`];
}

/** The term of a day of the year without its year ("11월 23일", "July 9"): m11d23. */
const dayTerm = (month: string, day: string) => `m${pad2(month)}d${pad2(day)}`;

/** The term of a month without its year ("7월", "July"): m07. */
const monthTerm = (month: string) => `m${pad2(month)}`;

/** The yearless term of a full day or month term (d2018m07d02 -> m07d02, d2018m07 -> m07), or undefined for a year. */
const yearless = (term: string) => /^d\d{4}(m\d{2}(?:d\d{2})?)$/u.exec(term)?.[1];

/** The month a day or month term falls in (d2018m07d02, m07d02, m07 -> m07), or undefined for a year. */
const monthOf = (term: string) => /(m\d{2})(?:d\d{2})?$/u.exec(term)?.[1];

/** English month names, for dates typed in a query and the words a story's text uses for them. */
export const MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];
const MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const pad2 = (n: string) => n.padStart(2, "0");
/** "Nov", "november" -> "11". */
const monthNumber = (name: string | undefined) => pad2(String(MONTHS_EN.findIndex((m) => m.startsWith((name ?? "").slice(0, 3).toLowerCase())) + 1));
/** A day of the year without its year, or undefined when the numbers are no month and day ("13월 40일"). */
const validDay = (month: string, day: string) =>
  Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31 ? dayTerm(month, day) : undefined;
/** A year written with two digits: 00-69 in this century, 70-99 in the last. */
const century = (yy: string) => `${Number(yy) < 70 ? "20" : "19"}${yy}`;

/** A full day's term, or undefined when the numbers are no month and day. */
const fullDay = (year: string, month: string, day: string) => {
  const d = validDay(month, day);
  return d && `d${year}${d}`;
};

/**
 * A day written with its year last: the number over 12 is the day; when both could be a month, a
 * slash puts the month first (American, "7/9/2018") and a dot or a dash the day first (European,
 * "9.7.2018"). Undefined when the numbers are no month and day.
 */
function yearLastDay(first: string, separator: string, second: string, year: string): string | undefined {
  const monthFirst = Number(first) <= 12 && (separator === "/" || Number(second) > 12);
  return monthFirst ? fullDay(year, first, second) : fullDay(year, second, first);
}
/**
 * The other reading of a day written with its year last when both numbers could be its month
 * ("09/07/2018": 7 September as America reads it, 9 July as Europe does), for a query: a reader may
 * write either way. Undefined when only one reading is a day.
 */
function otherYearLastDay(first: string, separator: string, second: string, year: string): string | undefined {
  const read = yearLastDay(first, separator, second, year);
  const swapped = read === fullDay(year, first, second) ? fullDay(year, second, first) : fullDay(year, first, second);
  return swapped !== read ? swapped : undefined;
}
/** A month without its year, or undefined when the number is no month ("13월"). */
const validMonth = (month: string) => (Number(month) >= 1 && Number(month) <= 12 ? monthTerm(month) : undefined);
/** Not followed by a year: a day written with its year is read whole by an earlier form. */
const NO_YEAR = "(?!\\d|,?\\s*\\d{4})";
/**
 * Words that narrow a month to a part of it ("7월 첫째 주", "7월 1주차", "7월 초", "7월 중순"): read as
 * part of the month, which the story's date or text names, so they ask for nothing more.
 */
const PART_OF_MONTH = "(?:\\s*(?:(?:첫째|둘째|셋째|넷째|다섯째|마지막|[1-5])\\s*주(?:차)?|초|중순|하순|상순|말)(?![\\uAC00-\\uD7A3]))?";
/**
 * English month names that stand alone for a month in a text or a query ("in July"): capitalised in
 * a text, whole words, and never "May" or "March", which are words of their own too.
 */
const MONTH_WORD = "(January|February|April|June|July|August|September|October|November|December)";

/** Words that narrow a month to a part of it in English ("first week of July 2018", "early July", "the end of July"). */
const PART_OF_MONTH_EN =
  "(?:\\b(?:the\\s+)?(?:first|second|third|fourth|last)\\s+(?:week|half)\\s+of\\s+|\\b(?:early|mid|late)[\\s-]+|\\b(?:the\\s+)?(?:end|beginning|start|middle)\\s+of\\s+)?";
const ORDINALS = ["first 1st", "second 2nd", "third 3rd", "fourth 4th"];
/** The ending of a day written as an ordinal ("November 23rd", "4th of December"). */
const ORDINAL_SUFFIX = "(?:st|nd|rd|th)?";
const WEEKDAY_EN = "(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\\.?";
/** A weekday written before a date ("Wednesday, "). */
const WEEKDAY_BEFORE = new RegExp(`\\b${WEEKDAY_EN},?\\s*$`, "iu");
/** A weekday ("목요일", "(목)", "Thursday") and a time ("16:12", "오후 4시 12분", "4:12 p.m.", ISO's "T17:32") written after a date. */
const WEEKDAY_OR_TIME_AFTER = new RegExp(
  `^(?:,?\\s*(?:\\(?[월화수목금토일](?:요일)?\\)|[월화수목금토일]요일|\\(?${WEEKDAY_EN}\\)?(?![a-z])))?(?:(?:,?\\s*|T)(?:(?:오전|오후)\\s?)?\\d{1,2}(?::\\d{2}(?::\\d{2})?|\\s?시(?:\\s?\\d{1,2}\\s?분)?)(?:\\s?[ap]\\.?m\\.?)?(?![\\d:]))?`,
  "iu",
);

/** A date in a text: where it stands, its term, and for a day that reads two ways the other one's. */
export interface FoundDate {
  start: number;
  end: number;
  term: string;
  otherReading?: string;
}

/**
 * Date expressions in a query, as the terms dateTerms indexes: "2018년 7월", "July 2018", "9 July
 * 2018", "2010-11-24", "11/24/2010", "24.11.2010", "2010년", a day without its year ("11월 23일", "July 9", "9 July", "12-04")
 * and a month without its year ("7월", "July"). Earlier forms win where two overlap, so a day with
 * its year is read whole. `caseless`: a month's name in any case (a query); in a text only capitalised.
 */
export function queryDates(input: string, caseless = true): FoundDate[] {
  // Chinese and Japanese write 年, 月 and 日 for 년, 월 and 일 ("2018年7月9日"); one character each, so places hold.
  const text = input.replace(/[年月日]/gu, (c) => ({ 年: "년", 月: "월", 日: "일" })[c] ?? c);
  const forms: [RegExp, (m: RegExpExecArray) => string | undefined, ((m: RegExpExecArray) => string | undefined)?][] = [
    // A quarter or a half of a year ("2023년 4분기", "Q3 2018", "third quarter of 2018", "2024년 하반기", "H1 2024").
    [/(\d{4})\s*년?\s*(?:제\s?)?([1-4])\s*분기/gu, (m) => `d${m[1]}q${m[2]}`],
    [/\b(?:q([1-4])\s*(?:of\s+)?(\d{4})|(\d{4})\s*q([1-4])|([1-4])q\s*(\d{4}))\b/giu, (m) => `d${m[2] ?? m[3] ?? m[6]}q${m[1] ?? m[4] ?? m[5]}`],
    [
      /\b(?:the\s+)?(first|second|third|fourth|1st|2nd|3rd|4th)\s+quarter\s+(?:of\s+)?(\d{4})\b/giu,
      (m) => `d${m[2]}q${ORDINALS.findIndex((o) => o.includes((m[1] ?? "").toLowerCase())) + 1}`,
    ],
    [/(\d{4})\s*년?\s*(상|하)반기/gu, (m) => `d${m[1]}h${m[2] === "상" ? 1 : 2}`],
    [
      /\b(?:(?:the\s+)?(first|second|1st|2nd)\s+half\s+(?:of\s+)?(\d{4})|h([12])\s*(\d{4}))\b/giu,
      (m) => `d${m[2] ?? m[4]}h${m[3] ?? (/^(?:first|1st)$/iu.test(m[1] ?? "") ? 1 : 2)}`,
    ],
    [/(\d{4})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/gu, (m) => `d${m[1]}m${pad2(m[2] ?? "")}d${pad2(m[3] ?? "")}`],
    // Korean writes a date with a space after each dot as often as without ("2018. 7. 2.").
    [/(\d{4})(?:[-/]|\.\s?)(\d{1,2})(?:[-/]|\.\s?)(\d{1,2})(?!\d)/gu, (m) => `d${m[1]}m${pad2(m[2] ?? "")}d${pad2(m[3] ?? "")}`],
    // A year of two digits first, as Korean writes a date short ("25.12.04", "'23년 11월"), and eight digits in a row ("20101124").
    [/(?<![\d.])(\d{2})\.(\d{2})\.(\d{2})(?![\d.])/gu, (m) => fullDay(century(m[1] ?? ""), m[2] ?? "", m[3] ?? "")],
    [/(?<!\d)((?:19|20)\d{2})(\d{2})(\d{2})(?!\d)/gu, (m) => fullDay(m[1] ?? "", m[2] ?? "", m[3] ?? "")],
    // A two-digit year before a month is a year ("23년 11월 23일", "'23년 11월"), not a count of years.
    [/(?<![\d'’‘])(\d{2})\s*년\s*(\d{1,2})\s*월\s*(\d{1,2})\s*일/gu, (m) => fullDay(century(m[1] ?? ""), m[2] ?? "", m[3] ?? "")],
    [/(?:['’‘]|(?<!\d))(\d{2})\s*년\s*(\d{1,2})\s*월/gu, (m) => (validMonth(m[2] ?? "") ? `d${century(m[1] ?? "")}m${pad2(m[2] ?? "")}` : undefined)],
    [/['’‘](\d{2})\s*년/gu, (m) => century(m[1] ?? "")],
    // The year last, as English and European pages write it: "11/24/2010" month first, "24.11.2010" day first.
    [
      /(?<![\d.\-/])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/gu,
      (m) => yearLastDay(m[1] ?? "", m[2] ?? "", m[3] ?? "", m[4] ?? ""),
      (m) => otherYearLastDay(m[1] ?? "", m[2] ?? "", m[3] ?? "", m[4] ?? ""),
    ],
    [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL_SUFFIX},?\\s+(\\d{4})\\b`, "giu"), (m) => `d${m[3]}m${monthNumber(m[1])}d${pad2(m[2] ?? "")}`],
    // British and most non-American English put the day first ("9 July 2018", "the 4th of December 2025").
    [
      new RegExp(`\\b(\\d{1,2})(?:${ORDINAL_SUFFIX}(?:\\s+of)?\\s+|-)${MONTH}(?:,?\\s+|-)(\\d{4})\\b`, "giu"),
      (m) => `d${m[3]}m${monthNumber(m[2])}d${pad2(m[1] ?? "")}`,
    ],
    [new RegExp(`(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월${PART_OF_MONTH}`, "gu"), (m) => `d${m[1]}m${pad2(m[2] ?? "")}`],
    [/(\d{4})[-./](\d{1,2})(?![\d])/gu, (m) => `d${m[1]}m${pad2(m[2] ?? "")}`],
    // The month first ("11/2023", "07.2018").
    [/(?<![\d./-])(\d{1,2})[-./](\d{4})(?![\d./-])/gu, (m) => (validMonth(m[1] ?? "") ? `d${m[2]}m${pad2(m[1] ?? "")}` : undefined)],
    [new RegExp(`${PART_OF_MONTH_EN}\\b${MONTH},?\\s+(\\d{4})\\b`, "giu"), (m) => `d${m[2]}m${monthNumber(m[1])}`],
    // The end or the start of a year ("2019년 말", "late 2019"): its last or first quarter, and the year a little lower.
    [/(\d{4})\s*년\s*(말|연말|초|연초)(?![\uAC00-\uD7A3])/gu, (m) => `d${m[1]}q${/말/u.test(m[2] ?? "") ? 4 : 1}`, (m) => m[1]],
    [
      /\b(?:(late|early)[\s-]+|(?:the\s+)?(end|beginning|start)\s+of\s+)(\d{4})\b/giu,
      (m) => `d${m[3]}q${/^(?:late|end)$/iu.test(m[1] ?? m[2] ?? "") ? 4 : 1}`,
      (m) => m[3],
    ],
    [/(\d{4})\s*년(?:\s*(?:중반|중)(?![\uAC00-\uD7A3]))?/gu, (m) => m[1] ?? ""],
    [/\b(?:mid[\s-]+|(?:the\s+)?middle\s+of\s+)(\d{4})\b/giu, (m) => m[1] ?? ""],
    [/(?<!\d)(\d{1,2})\s*월\s*(\d{1,2})\s*일/gu, (m) => validDay(m[1] ?? "", m[2] ?? "")],
    [new RegExp(`\\b${MONTH}\\s+(\\d{1,2})${ORDINAL_SUFFIX}${NO_YEAR}`, "giu"), (m) => validDay(monthNumber(m[1]), m[2] ?? "")],
    [new RegExp(`\\b(\\d{1,2})${ORDINAL_SUFFIX}(?:\\s+of)?\\s+${MONTH}\\b${NO_YEAR}`, "giu"), (m) => validDay(monthNumber(m[2]), m[1] ?? "")],
    // A day as Korean pages print it without its year ("작성일 12-04"): two digits each, so a score or a range is not one.
    [/(?<![\d.\-/])(\d{2})-(\d{2})(?![\d.\-/])/gu, (m) => validDay(m[1] ?? "", m[2] ?? "")],
    // A month without its year ("7월", "지난 10월", "July").
    [new RegExp(`(?<![\\d.])(\\d{1,2})\\s*월${PART_OF_MONTH}`, "gu"), (m) => validMonth(m[1] ?? "")],
    [new RegExp(`\\b${MONTH_WORD}\\b`, caseless ? "giu" : "gu"), (m) => validMonth(monthNumber(m[1]))],
  ];
  const found: FoundDate[] = [];
  for (const [re, termOf, otherReadingOf] of forms) {
    for (const m of text.matchAll(re)) {
      // The weekday and the time of day around a date say nothing more of it ("Wednesday, November 24, 2010", "2010-11-24 16:12").
      const start = m.index - (WEEKDAY_BEFORE.exec(text.slice(0, m.index))?.[0].length ?? 0);
      const after = m.index + m[0].length;
      const end = after + (WEEKDAY_OR_TIME_AFTER.exec(text.slice(after))?.[0].length ?? 0);
      const term = termOf(m);
      if (term === undefined || found.some((f) => start < f.end && end > f.start)) continue;
      const otherReading = otherReadingOf?.(m);
      found.push({ start, end, term, ...(otherReading ? { otherReading } : {}) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/** Words that place a month in a year counted from the story's ("작년 9월": the September before it), right before it. */
const RELATIVE_YEARS = (
  [
    ["재작년", -2],
    ["(?:작년|지난\\s?해|전년)", -1],
    ["(?:내년|이듬해|다음\\s?해)", 1],
  ] as const
).map(([word, away]) => ({
  away,
  /** The word right before a month ("작년 9월"). */
  before: new RegExp(`${word}(?:도|의)?\\s*$`, "u"),
  /** The word with a part of the year after it ("내년 말", "작년 하반기", "내년 1분기"). */
  part: new RegExp(`(?<![\\uAC00-\\uD7A3])${word}(?:도|의)?\\s*(말|연말|초|연초|상반기|하반기|([1-4])\\s*분기)`, "gu"),
}));

/** How many years from the story's a month stands, by the words right before it (`before`: "작년 " -1, "" 0). */
const yearsAway = (before: string) => RELATIVE_YEARS.find((r) => r.before.test(before))?.away ?? 0;

/**
 * The parts of years a text names relative to the story's ("내년 말까지" in a 2018 story: the last
 * quarter of 2019; "작년 하반기": the second half of the year before), as their terms.
 */
function relativeYearParts(text: string, year: number): string[] {
  return RELATIVE_YEARS.flatMap(({ away, part: re }) =>
    [...text.matchAll(re)].flatMap((m) => {
      const y = year + away;
      const part = m[1] ?? "";
      if (m[2]) return [`d${y}q${m[2]}`];
      if (part.endsWith("반기")) return [`d${y}h${part === "상반기" ? 1 : 2}`];
      // The end of a year is its last quarter and its last month; the start, its first.
      return /말/u.test(part) ? [`d${y}q4`, `d${y}m12`] : [`d${y}q1`, `d${y}m01`];
    }),
  );
}

/**
 * Days and months a text names, as the terms dateTerms gives an article's own date: "2018. 7. 2",
 * "2018년 7월", and a day or a month without its year ("7월 6일(금)", "July 6", "지난 4월부터"),
 * under its yearless term and, in the year of the story (`published`: "2018-07-02", "2018-07" or
 * "2018"), its full one, so a release about an event on another day is found by that day too; a day
 * also under its month. A day alone ("25일까지"), as Korean news names a day of the story's month,
 * is that day of the month the story is dated in, when its month is known. A month after 작년,
 * 지난해 or 내년 is in the year before or after the story's, and so is a part of the year after them
 * ("내년 말까지" in a 2018 story: the last quarter of 2019). A month or a day with its year is also in
 * its quarter and its half of the year. Years alone are left out: they are words of the text already.
 */
export function textDateTerms(text: string, published: string | undefined): string[] {
  const [year, month] = (published ?? "").split("-");
  const out: string[] = [];
  for (const { term, start } of queryDates(text, false)) {
    const plain = term.startsWith("m") ? term : yearless(term);
    if (term.startsWith("d")) out.push(term);
    if (plain) out.push(plain);
    const full = year && term === plain ? `d${Number(year) + yearsAway(text.slice(Math.max(0, start - 8), start))}${plain}` : term;
    if (full !== term) out.push(full);
    // A month or a day is in its quarter and its half of the year ("2023년 11월" in 2023년 4분기).
    out.push(...partsOfYear(full));
    // A day names its month too ("7월 6일" is in 7월).
    const month = monthOf(term);
    if (month && month !== plain) out.push(month);
  }
  if (year) out.push(...relativeYearParts(text, Number(year)));
  if (year && month) {
    for (const m of text.matchAll(/(?<![\d.\-/]|월\s*)(\d{1,2})\s*일(?![\uAC00-\uD7A3]*[간째])/gu)) {
      const day = validDay(month, m[1] ?? "");
      if (day) out.push(`d${year}${day}`, day);
    }
  }
  return out;
}

/**
 * English spellings that say something else than their letters, rewritten to what Korean hears
 * (know-how ~ 노하우, hardware ~ 하드웨어, consortium ~ 컨소시엄, Algeria ~ 알제리, talk ~ 토크):
 * silent letters dropped, soft g and c and the s sound of -tion said as such.
 */
function spellAsSaid(word: string, reading: Reading): string {
  if (reading === "spanish") return saidInSpanish(word);
  const softG = reading === "english-soft-g";
  const said = word
    // A silent k or w before n and r, h after r, and wh said as hw (white ~ 화이트).
    .replace(/^k(?=n)|^w(?=r)/u, "")
    .replace(/^wh/u, "hw")
    .replace(/rh/gu, "r")
    .replace(/gh/gu, "g")
    // English leaves a g unsaid before a final m or n (paradigm ~ 패러다임, design ~ 디자인).
    .replace(/g(?=[mn]$)/u, "")
    // A single s after a vowel or an r before -ion is said zh, which Korean writes ㅈ (vision ~ 비전,
    // fusion ~ 퓨전); a double s stays an s (mission ~ 미션).
    .replace(/(?<=[aeiour])s(?=ion)/gu, "j")
    // A t before i and another vowel is an s (consortium ~ 컨소시엄, nation ~ 네이션), before -ure a ch
    // (infrastructure ~ 인프라스트럭처, culture ~ 컬처), and so within a word before u and another vowel
    // (actual ~ 액추얼, mutual ~ 뮤추얼, situation ~ 시추에이션).
    .replace(/t(?=i[aeou])/gu, "s")
    .replace(/t(?=ure)|(?<=.)t(?=u[aeo])/gu, "ch")
    // -ould is said as -ood, its l silent (could ~ 쿠드, should ~ 슈드), and so is the l of -alf and -alm (half ~ 하프, calm ~ 캄).
    .replace(/oul(?=d)/gu, "oo")
    .replace(/(?<=a)l(?=[fm]$)/gu, "")
    // "all" and "alk" are said with an o and no l (talk ~ 토크, ball ~ 볼).
    .replace(/al(?=k)/gu, "o")
    .replace(/a(?=ll)/gu, "o")
    // An r between a vowel and a final silent e is not said (hardware ~ 하드웨어, store ~ 스토어).
    .replace(/(?<=[aeiou])re$/u, "e");
  // A g before e, i or y is soft in English (Algeria ~ 알제리, digital ~ 디지털) and hard in romanized
  // Korean (Gimpo ~ 김포, Geumgang ~ 금강), so a query tries both.
  return softG ? said.replace(/g(?=[eiy])/gu, "j") : said;
}

/**
 * How a Latin word is read aloud: as English (a g before e, i or y hard, as in romanized Korean,
 * or soft), or as Spanish, whose names the archive's stories print (Jorge ~ 호르헤, López ~ 로페스).
 * A Hangul word is romanized as it is said ("english", the default: 국민 ~ gungmin), or "spelled",
 * syllable by syllable, the way names and brands are often romanized (국민 ~ Kookmin, 종로 ~ Jongro).
 */
export type Reading = "english" | "english-soft-g" | "spanish" | "spelled";

/** A name that reads otherwise in Spanish than in English: a j, a z, a g before e or i, gu and qu, ll. */
const SPANISH_LETTERS = /j|z|g[ei]|[gq]u[ei]|ll/u;
/** A name to hear as Spanish too: Spanish letters, and not romanized Korean (Daejeon is 대전, never 대헌). */
const readsAsSpanish = (name: string) => SPANISH_LETTERS.test(name) && !ROMANIZED_KOREAN.test(name.replace(/ /gu, ""));

/**
 * A Latin word said as Spanish spells it: an h is silent (Héctor ~ 엑토르), j and a g before e or i
 * are an h (Jorge ~ 호르헤), and an n before that h is said ng (Ángel ~ 앙헬), a z an s (López ~
 * 로페스), gu and qu before e or i a hard g and a k (Miguel ~ 미겔), ll a y (Castillo ~ 카스티요).
 */
function saidInSpanish(word: string): string {
  const said: Record<string, string> = { gu: "g", qu: "k", j: "h", z: "s", ll: "y" };
  return word
    .replace(/(?<!c)h/gu, "")
    .replace(/[gq]u(?=[ei])|j|g(?=[ei])|z|ll/gu, (letters) => said[letters] ?? "h")
    .replace(/n(?=h)/gu, "ng");
}

/**
 * A loanword's final t written ㅅ under its syllable is said t before a vowel too (넷워킹 ~ 네트워킹,
 * networking), where romanization would carry it over as an s: written ㄷ there, which it carries over as d.
 */
function finalTAsSaid(word: string): string {
  return [...word]
    .map((c, i) => {
      const syllable = disassembleCompleteCharacter(c);
      const next = disassembleCompleteCharacter(word[i + 1] ?? "");
      return syllable?.jongseong === "ㅅ" && next?.choseong === "ㅇ" ? combineCharacter(syllable.choseong, syllable.jungseong, "ㄷ") : c;
    })
    .join("");
}

/** Stands for an r after a consonant while other r's fold into l (soundKey). */
const CLUSTER_R = "R";

/**
 * How a name sounds, for matching it across scripts without a list: Linux ~ 리눅스, BEXCO ~ 벡스코,
 * Kakao ~ 카카오. Both sides are Latin letters (Hangul through es-hangul's romanization) folded the
 * way loanwords move between the languages: l/r (but for an r after a consonant), z/j, x/ks, c/k, f/p,
 * v/b and voicing (g/k, d/t, b/p) merge, an r before a consonant or at the end drops (Garman ~ 가먼), and vowels, where Korean
 * inserts its ㅡ, are left out. An h is kept only before a vowel, where both languages say it
 * (노하우 ~ know-how, 하드웨어 ~ hardware). What remains is the consonant skeleton.
 */
export function soundKey(
  word: string,
  reading: Reading = "english",
  otherR = false,
): { skeleton: string; marks: string; vowelGroups: number; bareConsonants: number; vowels: string[]; heardFirst: string[]; finalStop: FinalStop } {
  const hangul = /[\uac00-\ud7a3]/u.test(word);
  // A final 츠 is English -ts (콘텐츠 ~ contents, 스포츠 ~ sports), whose s is a plural English text is
  // indexed without (stemLatin): it is heard as the t alone.
  // English spelling rules hold within a word, so a name of several words is said word by word: the
  // g and h of "Yang Hwan-jung" are no silent gh.
  let s = hangul
    ? (reading === "spelled" ? [...word].map((c) => romanize(c)).join("") : romanize(finalTAsSaid(word.replace(/츠$/u, "트")))).replace(/[^a-z]/g, "")
    : word
        .toLowerCase()
        .split(/[^a-z]+/u)
        .map((part) => spellAsSaid(part, reading))
        .join("");
  const spelled = s;
  // An r before a consonant is silent in English (smart ~ 스마트, Garman ~ 가먼) and said in most
  // other languages, where Korean writes it 르 (Purnomo ~ 푸르노모): `otherR` hears it the way its
  // script does not write it, said in a Latin word, silent in a Hangul one. A final r stays silent.
  if (!hangul) s = s.replace(otherR ? /r$/g : /r(?=[^aeiouwy]|$)/g, "");
  else if (otherR) s = s.replace(/r(?=eu(?:[^aeiouwy]|$))/g, "");
  s = s
    .replace(/ph/g, "f")
    .replace(/ck/g, "k")
    .replace(/c(?=[eiy])/g, "s")
    .replace(/sh|th/g, "s")
    .replace(/ch/g, AFFRICATE)
    .replace(/x/g, "ks")
    .replace(/q/g, "k")
    .replace(/c/g, "k")
    // Korean writes an l after a consonant ㄹㄹ and an r there ㄹ (cloud ~ 클라우드, crowd ~ 크라우드;
    // platform ~ 플랫폼, program ~ 프로그램): that r stays apart from l, every other r and l are one.
    .replace(hangul ? /(?<=[bdgkpt]eu)r(?=[aeiouwy])/g : /(?<=[bdfgkptv])r(?=[aeiouy])/g, CLUSTER_R);
  // Each letter folded (f/p, v/b, z/j/ch, g/k, d/t, r/l merge; a cluster's r stays r), with how it
  // is voiced: a Korean aspirated consonant (ㅋ, ㅌ, ㅍ, ㅊ: romanized k, t, p, ch before a vowel, not
  // doubled as a tense one is) or an English voiced one (d, g, b, v, z, j). Letters doubled by the
  // fold are one, marked if either was.
  const letters: { c: string; mark: string }[] = [];
  [...s].forEach((c, i) => {
    const folded = FOLD[c] ?? c;
    const mark = hangul ? (ASPIRABLE.has(c) && /[aeiouwy]/u.test(s[i + 1] ?? "") && s[i - 1] !== c ? "a" : "-") : VOICED.has(c) ? "v" : "-";
    const last = letters.at(-1);
    if (last?.c === folded) last.mark = last.mark === "-" ? mark : last.mark;
    else letters.push({ c: folded, mark });
  });
  const folded = letters.map((l) => l.c).join("");
  const consonants = letters.filter((l, i) => !/[aeiouwy]/u.test(l.c) && !(l.c === "h" && !/[aeiouwy]/u.test(letters[i + 1]?.c ?? "")));
  const skeleton = consonants.map((l) => l.c).join("");
  // A voiced final stop English may say unvoiced (Hamburg ~ 함부르크): the final-stop mark keeps its voicing.
  const marks = consonants.map((l, i) => (l.mark === "v" && i === consonants.length - 1 && latinFinalStop(spelled) === "voiced" ? "-" : l.mark)).join("");
  const vowelGroups = (folded.match(/[aeiouwy]+/g) ?? []).length;
  // A consonant before a w glide is bare too: Korean gives it a vowel of its own (hardware ~ 하드웨어).
  // A final l, m or n after a vowel is not: Korean closes the syllable with it (Seoul ~ 서울, not 서로의).
  const bareConsonants = (folded.match(/[^aeiouwyh](?=[^aeiouyh]|$)/g) ?? []).length - (/[aeiouwy][lmn]$/.test(folded) ? 1 : 0);
  // The vowels heard, as coarse classes (Korean's inserted ㅡ is not one: 스마트 ~ smart).
  // Vowels as spelled, before doubled letters merge ("oo" is not "o").
  // A final y after a consonant is the vowel i (Herry ~ 헤리, city ~ 시티).
  const groups = (s.match(/[aeiouwy]+/g) ?? [])
    .map((g, i, all) => (!hangul && g === "y" && i === all.length - 1 && /[^aeiouwy]y$/u.test(s) ? "i" : g.replace(/^[wy]+/, "")))
    .filter((g) => g !== "" && !(hangul && g === "eu"));
  // "oo" is heard as u (Yoon ~ 윤, Kookmin ~ 국민), so it is tested before a plain o.
  const classOf = (g: string) => (/^(?:eu|u|oo)/.test(g) ? "u" : /^(?:eo|o)/.test(g) ? "o" : /^(?:ee|ea|i)/.test(g) ? "i" : g.slice(0, 1));
  const vowels = groups.map(classOf);
  const first = groups[0] ?? "";
  // English spells one vowel for several sounds; Korean writes the one it hears (native ~ 네이티브,
  // private ~ 프라이빗, cloud ~ 클라우드, break ~ 브레이크), so a Latin word's first vowel may be heard as any of these.
  const heardFirst =
    hangul || reading === "spanish"
      ? vowels.slice(0, 1)
      : [...new Set([vowels[0] ?? "", ...(ENGLISH_VOWEL_SOUNDS.find(([re]) => re.test(first))?.[1] ?? []), ...(SHORT_O.test(spelled) ? ["a"] : [])])];
  return { skeleton, marks, vowelGroups, bareConsonants, vowels, heardFirst, finalStop: hangul ? hangulFinalStop(word) : latinFinalStop(spelled) };
}

/** Stands for ch, a voiceless affricate, until the fold makes it j with z and j. */
const AFFRICATE = "C";
const FOLD: Record<string, string> = { f: "p", v: "p", b: "p", z: "j", [AFFRICATE]: "j", g: "k", d: "t", r: "l", [CLUSTER_R]: "r" };
/** Romanized Korean letters that are aspirated consonants before a vowel (ㅋ, ㅌ, ㅍ, ㅊ). */
const ASPIRABLE = new Set(["k", "t", "p", AFFRICATE]);
/** English letters said voiced, which Korean writes with a plain consonant, never an aspirated one. */
const VOICED = new Set(["d", "g", "b", "v", "z", "j"]);

/**
 * Voicing in sound-key terms. English says d, g, b and j voiced and Korean writes them with a plain
 * consonant (model ~ 모델); its t, k, p and ch Korean writes plain or aspirated (motel ~ 모텔, Tokyo ~
 * 도쿄). So a Korean aspirated consonant is never an English voiced one: 모텔 is no "model", 거친 no
 * "Go Jin". Index terms carry where a word has them (a Korean word its aspirated consonants after
 * HANGUL_VOICING, an English word its voiced ones after LATIN_VOICING, as skeleton positions), and a
 * query looks a word up under every marking it agrees with.
 */
const HANGUL_VOICING = "'";
const LATIN_VOICING = "`";
/** Most stops in a skeleton whose voicing is marked; a longer word is matched by its consonants alone (the query's lookups double with each). */
const MAX_MARKED_STOPS = 4;
const isStop = (c: string) => c === "p" || c === "t" || c === "k" || c === "j";

/** A term's voicing suffix: the marker and the positions, or "" for none. */
const voicingSuffix = (marker: string, positions: number[]) => (positions.length > 0 ? marker + positions.map((p) => p.toString(36)).join("") : "");

/** The stop positions of a skeleton, or none when it has more than MAX_MARKED_STOPS. */
function stopPositions(skeleton: string): number[] {
  const stops = [...skeleton].flatMap((c, i) => (isStop(c) ? [i] : []));
  return stops.length > MAX_MARKED_STOPS ? [] : stops;
}

/** Every subset of `positions`, the empty one first. */
const subsets = (positions: number[]): number[][] => positions.reduce<number[][]>((acc, p) => [...acc, ...acc.map((set) => [...set, p])], [[]]);

/** The voicing suffix a word's index terms carry (see HANGUL_VOICING). */
export function ownVoicing(skeleton: string, marks: string, hangul: boolean): string {
  const mark = hangul ? "a" : "v";
  return voicingSuffix(
    hangul ? HANGUL_VOICING : LATIN_VOICING,
    stopPositions(skeleton).filter((i) => marks[i] === mark),
  );
}

/**
 * The voicing suffixes a query word looks terms up under. In the other script: a Korean word every
 * marking of English voiced stops where it has plain ones, an English word every marking of Korean
 * aspirated ones where it has voiceless ones. In its own script (another spelling of the word):
 * every marking, as spellings differ in voicing too (프라이베이트 ~ 프라이빗).
 */
export function queryVoicings(skeleton: string, marks: string, hangul: boolean, script: "other" | "same"): string[] {
  const stops = stopPositions(skeleton);
  const indexHangul = script === "same" ? hangul : !hangul;
  const free = script === "same" ? stops : stops.filter((i) => marks[i] === "-");
  return subsets(free).map((set) => voicingSuffix(indexHangul ? HANGUL_VOICING : LATIN_VOICING, set));
}

/**
 * A word's last sound when it is a stop said with a vowel after it, voiced (d, g, b, v) or not (t,
 * k, p, f): Korean writes an English final stop so (클라우드 ~ cloud, 키트 ~ kit) and keeps its
 * voicing, which the skeleton does not (clout is 클라우트, never 클라우드). "" for any other ending,
 * a Korean word's final consonant written under its last syllable (로봇) included.
 */
type FinalStop = "" | "voiced" | "voiceless";
const HANGUL_FINAL_STOPS: Record<string, FinalStop> = { 드: "voiced", 그: "voiced", 브: "voiced", 트: "voiceless", 크: "voiceless", 프: "voiceless" };
const hangulFinalStop = (word: string): FinalStop => HANGUL_FINAL_STOPS[word.replace(/츠$/u, "트").slice(-1)] ?? "";
/** A Latin word's, as said (spellAsSaid), a silent final e left out (code ~ 코드, site ~ 사이트). */
function latinFinalStop(said: string): FinalStop {
  const last = said.replace(/(?<=[^aeiouy])e$/u, "").slice(-1);
  return /[dgbv]/u.test(last) ? "voiced" : /[tkcpfq]/u.test(last) ? "voiceless" : "";
}
/** The mark a Korean word's sound term carries for its final stop. */
const STOP_MARK: Record<FinalStop, string> = { "": "", voiced: "/d", voiceless: "/t" };
/**
 * The final-stop marks a Latin word may be written with in Korean: unmarked (its stop under the last
 * syllable, 로봇 ~ robot), its own voicing, and a voiced stop also unvoiced, as German and Dutch say
 * a final d or g (Hamburg ~ 함부르크).
 */
const LATIN_STOP_MARKS: Record<FinalStop, string[]> = { "": [""], voiced: ["", "/d", "/t"], voiceless: ["", "/t"] };

/**
 * An English first vowel that is a short o: an o closing its syllable on a said consonant, not after
 * a w (job, doctor, top; not robot, Koh, work). Korean writes it ㅏ as often as ㅗ (잡, 닥터, 탑).
 */
const SHORT_O = /^[^aeiouy]*(?<!w)o[^aeiouyhrw](?:[^aeiouy]|$)/u;

/** The classes Korean may write an English first vowel as, by how it is spelled (first match wins). */
const ENGLISH_VOWEL_SOUNDS: [RegExp, string[]][] = [
  [/^(?:ee|ie|oo)/u, []],
  [/^ea/u, ["i", "e"]],
  [/^(?:ou|ow)/u, ["o", "a", "u"]],
  [/^a/u, ["a", "e"]],
  [/^[iy]/u, ["i", "a"]],
  [/^u/u, ["u", "o"]],
  [/^e/u, ["e", "i"]],
];

/** Most syllables of a Korean word that is short: it says little by its consonants. */
const SHORT_WORD = 2;

/**
 * The vowel part of a sound-key term for a Korean word of `syllables` syllables: a short word of two
 * consonants or fewer says little by them (Daegu ~ 대기 apart), so every vowel counts; otherwise the first.
 */
function vowelTag(vowels: string[], skeleton: string, syllables: number): string {
  return skeleton.length <= 2 && syllables <= SHORT_WORD ? vowels.join("") : (vowels[0] ?? "");
}

/**
 * A Latin word that reads syllable by syllable as Korean romanized (Sunjin, Seoul, Nipa, a name of
 * several words such as "Ko Chin"; not Naver, Linux, fund): against a short Korean word, its vowels
 * are the Korean ones it spells, eo and u apart (Sunjin is 순진, not 선진; Ko Chin is no 가진), not
 * the several an English spelling may be heard as.
 */
const ROMANIZED_KOREAN = /^(?:(?:kk|tt|pp|ss|jj|ch|[bdghjklmnprst])?(?:yae|wae|yeo|ae|ya|eo|ye|wa|oe|yo|wo|we|wi|yu|eu|ui|[aeiou])(?:ng|[klmnpt])?)+$/u;

/** The first vowels a Latin word may be heard with in a Korean word of `syllables` syllables. */
function firstVowels(word: string, heardFirst: string[], vowels: string[], syllables: number): string[] {
  return syllables <= SHORT_WORD && ROMANIZED_KOREAN.test(word.replace(/[ -]/gu, "")) ? vowels.slice(0, 1) : heardFirst;
}

/** Marks a sound-key term in the index ("@plnk3": the skeleton, then a Korean word's syllables). */
export const SOUND_MARK = "@";

/**
 * A Korean predicate ("개소했다", "발표한다", "전환된다"): a verb form, never a name or a loanword, so
 * it has no sound key. Names that end in 다 (캐나다, 플로리다) have no verb syllable before it.
 */
function isPredicate(word: string): boolean {
  if (!word.endsWith("다") || word.length < 2) return false;
  const before = word[word.length - 2] ?? "";
  return /^[하한된되는]$/u.test(before) || disassemble(before).endsWith("ㅆ");
}

/** An English word, or a name of several read as one ("yang hwan jung"), long enough to be heard. */
const isLatinSound = (word: string) => /^[a-z]+(?: [a-z]+)*$/u.test(word) && word.replace(/ /gu, "").length >= 3;

/**
 * Most consonants in a skeleton that says too little alone: a Korean word heard in English text must
 * then begin with a vowel the English word may be heard with (파일럿 ~ pilot, not Perito).
 */
const SHORT_SKELETON = 3;

/** The sound-key term a word is indexed under, or "" for words too short to say anything by sound. */
export function soundTerm(word: string): string {
  return soundTerms(word)[0] ?? "";
}

/** Sound terms by word: an archive says the same words again and again, and romanizing them is the costly part of indexing. */
const soundTermsByWord = new Map<string, readonly string[]>();

/**
 * The sound-key terms a word is indexed under: a Korean word's skeleton, syllables and vowel; an
 * English word's skeleton, with a g before e, i or y heard both hard and soft (intelligence ~
 * 인텔리전스, as a query tries both), and a short skeleton with each first vowel the word may be heard
 * with. Empty for words too short to say anything by sound.
 */
export function soundTerms(word: string): string[] {
  let terms = soundTermsByWord.get(word);
  if (terms === undefined) {
    terms = wordSoundTerms(word);
    soundTermsByWord.set(word, terms);
  }
  return [...terms];
}

function wordSoundTerms(word: string): string[] {
  const hangul = isHangulWord(word);
  if (!hangul && !isLatinSound(word)) return [];
  if (hangul && isPredicate(word)) return [];
  const key = soundKey(word);
  const { skeleton } = key;
  if (skeleton.length < 2) return [];
  if (hangul) {
    const term = (k: ReturnType<typeof soundKey>) =>
      `${SOUND_MARK}${k.skeleton}${word.length}${vowelTag(k.vowels, k.skeleton, word.length)}${STOP_MARK[k.finalStop]}${ownVoicing(k.skeleton, k.marks, true)}`;
    return [...new Set([term(key), term(soundKey(word, "spelled")), ...hangulReadings(word).flatMap(wordSoundTerms)])];
  }
  return latinSoundTerms(word, [key, ...(/g[eiy]/u.test(word) ? [soundKey(word, "english-soft-g")] : [])]);
}

/** Place names Korean writes with the unit they name, which English leaves off (강남구 ~ Gangnam, 세종시 ~ Sejong). */
const PLACE_UNIT = /^[\uAC00-\uD7A3]{2,}[시군구도읍면동]$/u;
/** Vowels before which an initial ㄹ falls silent (류 ~ 유, 리 ~ 이); before the others it is said ㄴ (라 ~ 나). */
const Y_VOWELS = new Set(["ㅑ", "ㅒ", "ㅕ", "ㅖ", "ㅛ", "ㅠ", "ㅣ"]);

/**
 * Other ways a Korean word is said and romanized in English: a place without its unit (강남구 ~
 * Gangnam), and a name that begins with ㄹ as the initial-sound rule says it (류태웅 ~ Yoo Tae-woong,
 * 라종일 ~ Na Jong-il).
 */
function hangulReadings(word: string): string[] {
  const out: string[] = [];
  if (PLACE_UNIT.test(word)) out.push(word.slice(0, -1));
  const first = disassembleCompleteCharacter(word[0] ?? "");
  if (first?.choseong === "ㄹ") out.push(combineCharacter(Y_VOWELS.has(first.jungseong) ? "ㅇ" : "ㄴ", first.jungseong, first.jongseong) + word.slice(1));
  return out;
}

/** The sound-key terms of a Latin word read each of the ways `keys` say it. */
function latinSoundTerms(word: string, keys: ReturnType<typeof soundKey>[]): string[] {
  const out = new Set<string>();
  for (const k of keys) {
    if (k.skeleton.length < 2) continue;
    const voicing = ownVoicing(k.skeleton, k.marks, false);
    if (k.skeleton.length > SHORT_SKELETON) out.add(`${SOUND_MARK}${k.skeleton}${voicing}`);
    // A skeleton of two consonants says too little alone: every vowel counts, as in a short Korean word.
    else if (k.skeleton.length <= 2)
      for (const v of firstVowels(word, k.heardFirst, k.vowels, SHORT_WORD)) out.add(`${SOUND_MARK}${k.skeleton}${v}${k.vowels.slice(1).join("")}${voicing}`);
    else for (const v of k.heardFirst) out.add(`${SOUND_MARK}${k.skeleton}${v}${voicing}`);
  }
  return [...out];
}

/**
 * The sound-key terms of a name read as Spanish (Jorge ~ 호르헤), when Spanish reads it otherwise than
 * English, or when it stands among names that do (the Angel of "Miguel Angel Lopez" ~ 앙헬).
 */
function spanishSoundTerms(name: string, amongSpanish = false): string[] {
  return isLatinSound(name) && (amongSpanish || readsAsSpanish(name)) ? latinSoundTerms(name, [soundKey(name, "spanish")]) : [];
}

/** Longest name, in letters, read as one word from several English words. */
const MAX_NAME_LETTERS = 20;

/**
 * Sound keys of names that English text writes as several words ("Kim Seong-bae", "Costa Rica"):
 * every run of two or three capitalised words, and a hyphenated one, read as one word, so the name
 * written as one Korean word (김성배, 코스타리카) finds it by sound; and every name, of one word or
 * more, also as Spanish says it (Jorge Zeledon ~ 호르헤 셀레돈), each word of a run with a Spanish name in it.
 */
export function nameSoundTerms(text: string): string[] {
  const out: string[] = [];
  for (const [run] of withoutAccents(text).matchAll(/[A-Z][a-z]+(?:-[a-z]+)?(?:[ \t]+[A-Z][a-z]+(?:-[a-z]+)?)*/gu)) {
    const words = run.split(/[ \t]+/u);
    // A name that begins with an h may be Spanish, which does not say it (Hector ~ 엑토르).
    const spanish = words.some((w) => readsAsSpanish(w.toLowerCase()) || /^H[aeiou]/u.test(w));
    words.forEach((word, i) => {
      for (let n = 1; n <= 3 && i + n <= words.length; n++) {
        const name = words
          .slice(i, i + n)
          .join(" ")
          .replace(/-/gu, " ")
          .toLowerCase();
        if (name.replace(/ /gu, "").length > MAX_NAME_LETTERS) continue;
        // One word is indexed by its sound already (unless hyphenated); as Spanish says it, only here.
        if (n > 1 || word.includes("-")) out.push(...soundTerms(name));
        out.push(...spanishSoundTerms(name, spanish));
      }
    });
  }
  return out;
}

/**
 * The sound-key terms a query word may stand for in the other script: a Latin word the Korean words
 * of its skeleton and a plausible number of syllables (one per vowel, up to one more per bare
 * consonant or diphthong, where Korean inserts a vowel: KAIST ~ 카이스트); a Korean word the English
 * words of its skeleton. `name`: the word is several English words read as one name, given with
 * spaces between them ("yang hwan jung").
 */
export function soundQueryTerms(word: string, name = false): string[] {
  const out = new Set<string>();
  // An r before a consonant heard both ways, in either script (Purnomo ~ 푸르노모, smart ~ 스마트).
  const hear = (spelling: string, reading: Reading) => {
    for (const otherR of [false, true]) for (const t of soundQueryTermsOf(spelling, reading, otherR)) out.add(t);
  };
  if (isHangulWord(word)) {
    for (const spelling of [word, ...withoutPluralS(word)]) hear(spelling, "english");
    hear(word, "spelled");
    return [...out];
  }
  // A Korean name's initial sound rule, only for a name of several words ("Lee Seung-woo"): a single
  // English word (Linux) is no Korean name.
  const spellings = [word, ...(name ? [...initialSoundVariants(word), ...oldVowelSpellings(word)] : [])];
  for (const spelling of spellings) {
    hear(spelling, "english");
    if (/g[eiy]/u.test(spelling)) hear(spelling, "english-soft-g");
    if (readsAsSpanish(spelling)) hear(spelling, "spanish");
  }
  return [...out];
}

/**
 * A Korean spelling of an English word ending in -s after a vowel (오캄포스 ~ Ocampos), also without
 * its 스: English text is indexed without a final s that may be a plural's (stemLatin). Only when
 * what remains is a short skeleton, heard with its first vowel: a longer one alone would hear too
 * many English words (태스크포 ~ discover).
 */
function withoutPluralS(word: string): string[] {
  const before = word.at(-2) ?? "";
  if (word.length < 3 || !word.endsWith("스") || hasBatchim(before)) return [];
  const stem = word.slice(0, -1);
  return soundKey(stem).skeleton.length <= SHORT_SKELETON ? [stem] : [];
}

/**
 * Names as Korean families have long romanized them write ㅓ as u before n, ng, l or m (Chun ~ 전,
 * Sung ~ 성, Byung ~ 병, Hyun ~ 현): the name also read with eo there.
 */
function oldVowelSpellings(name: string): string[] {
  const read = name.replace(/(?<![aeiouy])u(?=(?:ng|n|l|m)(?![aeiouy]))/gu, "eo");
  return read !== name ? [read] : [];
}

/**
 * Korean does not begin a word with ㄹ: before i and y it falls silent (李 is 이, romanized Lee, Rhee,
 * Yi), before other vowels it is said ㄴ (Roh ~ 노). A romanized name that starts with l or r may be
 * such a word, so it is also heard the way Korean writes it.
 */
function initialSoundVariants(word: string): string[] {
  const m = /^(?:l|rh?)(?=[aeiouy])/u.exec(word);
  if (!m) return [];
  const rest = word.slice(m[0].length);
  return /^(?:ee|i|y|ea|ie)/u.test(rest) ? [rest] : [`n${rest}`];
}

function soundQueryTermsOf(word: string, reading: Reading, otherR: boolean): string[] {
  const { skeleton, marks, vowelGroups, bareConsonants, vowels, heardFirst, finalStop } = soundKey(word, reading, otherR);
  // A term of the word's skeleton (or the start of it), under each voicing English text may index it with.
  const voiced = (term: string, length = skeleton.length) => queryVoicings(skeleton.slice(0, length), marks, isHangulWord(word), "other").map((v) => term + v);
  // A Korean word against English: a skeleton of two consonants with all its vowels, as English text
  // indexes it (soundTerms; 니파 ~ NIPA), or of three consonants or more; shorter, too much sounds alike.
  if (isHangulWord(word)) {
    if (skeleton.length < 2) return [];
    if (skeleton.length === 2) return voiced(`${SOUND_MARK}${skeleton}${vowels.join("")}`);
    // A short skeleton with the vowel the word begins with, as English text indexes it (soundTerms).
    if (skeleton.length <= SHORT_SKELETON) return vowels[0] ? voiced(`${SOUND_MARK}${skeleton}${vowels[0]}`) : [];
    // A loanword ending in 밍, 닝, 팅… is an English -ing form (브레인스토밍 ~ brainstorming); English
    // text may use the bare word (brainstorm).
    const ing = /[\uac00-\ud7a3]$/u.test(word) && disassemble(word.slice(-1)).endsWith("ㅣㅇ") && skeleton.endsWith("nk") && skeleton.length >= 5;
    return [...voiced(`${SOUND_MARK}${skeleton}`), ...(ing ? voiced(`${SOUND_MARK}${skeleton.slice(0, -2)}`, skeleton.length - 2) : [])];
  }
  if (skeleton.length < 2 || !isLatinSound(word)) return [];
  // A final e after a consonant is not said (Amazone ~ 아마존, Rome ~ 롬): one vowel fewer at least.
  const silentE = /[^aeiouy]e$/u.test(word) ? 1 : 0;
  const low = Math.max(1, vowelGroups - silentE);
  // One syllable more where Korean hears a vowel as two (Naver ~ 네이버, private ~ 프라이빗, cloud ~ 클라우드,
  // Seoul ~ 서울): an a, i, y or o; an e or u alone stays one (never ~ 네버, not 네이버).
  const high = vowelGroups + (/[aioy]/u.test(word) ? 1 : 0) + bareConsonants;
  const out = new Set<string>();
  for (let n = low; n <= high; n++) {
    for (const first of firstVowels(word, heardFirst, vowels, n))
      for (const stop of LATIN_STOP_MARKS[finalStop])
        for (const t of voiced(`${SOUND_MARK}${skeleton}${n}${vowelTag([first, ...vowels.slice(1)], skeleton, n)}${stop}`)) out.add(t);
  }
  return [...out];
}

/** Vowels modern Korean says alike, which readers write one for another (제언 ~ 재언, 왠지 ~ 웬지). */
const VOWELS_SAID_ALIKE: Record<string, readonly string[]> = {
  ㅐ: ["ㅔ"],
  ㅔ: ["ㅐ"],
  ㅒ: ["ㅖ"],
  ㅖ: ["ㅒ"],
  ㅙ: ["ㅞ", "ㅚ"],
  ㅞ: ["ㅙ", "ㅚ"],
  ㅚ: ["ㅙ", "ㅞ"],
};
/** Most other spellings of one word tried as said alike. */
const MAX_SAID_ALIKE = 16;

/**
 * Other spellings of a Korean word that are said the same way, the way a reader who writes what
 * he hears may write it: vowels said alike (채감 ~ 체감), and an ㄹ said ㄴ after ㅁ or ㅇ (망나 ~ 망라).
 * The word itself is not among them.
 */
export function spellingsSaidAlike(word: string): string[] {
  let out = [""];
  for (const [i, c] of [...word].entries()) {
    const syllable = disassembleCompleteCharacter(c);
    if (!syllable) {
      out = out.map((o) => o + c);
      continue;
    }
    const { choseong, jungseong, jongseong } = syllable;
    const previous = disassembleCompleteCharacter(word[i - 1] ?? "");
    const initials = choseong === "ㄴ" && (previous?.jongseong === "ㅁ" || previous?.jongseong === "ㅇ") ? ["ㄴ", "ㄹ"] : [choseong];
    const vowels = [jungseong, ...(VOWELS_SAID_ALIKE[jungseong] ?? [])];
    const forms = initials.flatMap((ch) => vowels.map((v) => combineCharacter(ch, v, jongseong)));
    out = out.flatMap((o) => forms.map((f) => o + f)).slice(0, MAX_SAID_ALIKE + 1);
  }
  return out.filter((o) => o !== word);
}

/** How many syllables another Hangul spelling of a loanword may add or drop (프라이베이트 ~ 프라이빗, 노우하우 ~ 노하우). */
const SPELLING_SYLLABLES = 2;
/**
 * Fewest syllables of a word looked for by its other spellings, and of the words it finds: shorter
 * words are mostly Sino-Korean, where a like skeleton is another word (인쇄 ~ 인사, 상하이 ~ 상호).
 */
const SPELLING_MIN = { query: 4, found: 3 } as const;

/**
 * The sound-key terms of the Korean words that may be another Hangul spelling of a Korean loanword:
 * the same consonant skeleton and first vowel (the same vowels, for a short word of few consonants),
 * within SPELLING_SYLLABLES syllables (Korean spells the vowels of a loanword more ways than its
 * consonants). Empty for a word that is not Hangul, is short, or says too little by its consonants.
 */
export function spellingVariantTerms(word: string): string[] {
  if (!isHangulWord(word) || word.length < SPELLING_MIN.query || isPredicate(word)) return [];
  const { skeleton, marks, vowels, finalStop } = soundKey(word);
  if (skeleton.length < 2) return [];
  // Another spelling keeps a final stop's voicing, or writes it under the last syllable (프라이베이트 ~ 프라이빗).
  const stops = finalStop === "" ? Object.values(STOP_MARK) : ["", STOP_MARK[finalStop]];
  const voicings = queryVoicings(skeleton, marks, true, "same");
  const out: string[] = [];
  for (let n = Math.max(SPELLING_MIN.found, word.length - SPELLING_SYLLABLES); n <= word.length + SPELLING_SYLLABLES; n++) {
    for (const stop of stops) for (const v of voicings) out.push(`${SOUND_MARK}${skeleton}${n}${vowelTag(vowels, skeleton, n)}${stop}${v}`);
  }
  return out;
}

/** Fewest consonants in a name's skeleton for it to be matched against other spellings of it in English text. */
const MIN_VARIANT_SKELETON = 5;

/**
 * The sound keys English text may index a romanized name under, so that another romanization of the
 * same Korean name finds it (Kim Sung-bae ~ Kim Seong-bae: vowels spelled differently, the same
 * consonants). Only for names of MIN_VARIANT_SKELETON consonants or more, where so many consonants
 * in that order are the name, not chance; none otherwise.
 */
export function romanizedVariantTerms(name: string): string[] {
  const { skeleton, marks } = soundKey(name);
  if (!isLatinSound(name) || skeleton.length < MIN_VARIANT_SKELETON) return [];
  // Romanizations differ in voicing too (Taejon ~ Daejeon): the term under every marking.
  const base = soundTerm(name).split(LATIN_VOICING)[0] ?? "";
  return queryVoicings(skeleton, marks, false, "same").map((v) => base + v);
}
