/**
 * Text analysis shared by the index build (Node) and the browser: the same function turns an
 * article and a query into terms, so what is indexed and what is looked up always agree.
 *
 * Why not FlexSearch's own encoders: its default normalisation (NFKD) takes Hangul syllables apart,
 * Charset.CJK indexes single characters, and "AI가" would stay one token. Here text is NFC,
 * lower-cased, and split where Hangul meets Latin letters or digits ("AI가" -> "ai" + particle).
 */
import { disassemble, getChoseong } from "es-hangul";

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
}

const HANGUL_SYLLABLE = /[\uAC00-\uD7A3]/u;
const COMPAT_JAMO = /^[\u3131-\u318E]+$/u;
// Hangul (syllables and loose jamo, as an IME shows them mid-word) | Latin letters and digits | any other letters.
const TOKEN = /[\uAC00-\uD7A3\u3131-\u318E]+|[\p{Script=Latin}\p{Nd}]+(?:['’]s\b)?|[\p{L}\p{N}]+/gu;

/**
 * Particles (josa) and a few endings that attach to nouns, longest first so "에서" wins over "서".
 * Stripping needs a stem of two syllables or more, which keeps short nouns whole: "시가" stays,
 * "세종시가" becomes "세종시", "정부가" becomes "정부".
 */
const PARTICLES = [
  "에서부터", "으로부터", "이라고", "에게서", "에서는", "에서도", "에서의", "으로는", "으로도", "으로서", "으로써", "이라며",
  "이라는", "까지는", "부터는", "에서", "에게", "으로", "부터", "까지", "처럼", "보다", "라고", "라며", "라는", "와의", "과의",
  "에는", "에도", "에의", "로는", "로도", "로서", "로써", "이나", "이며", "하고", "이다", "께서", "과는", "와는", "과도", "와도",
  "에선", "은", "는", "이", "가", "을", "를", "의", "에", "와", "과", "로", "도", "만", "께", "엔", "랑",
] as const;

/** Suffixes that make a plural or a verb-like form of a noun; stripped after the particle ("공무원들이"). */
const NOUN_SUFFIXES = ["들"] as const;

/** A query or a text longer than this is cut: nobody types more, and it bounds the work per keystroke. */
export const MAX_QUERY_LENGTH = 200;

/** Splits text into words: NFC, lower-case, and a new word wherever Hangul meets Latin or digits. */
export function tokenize(input: string): Token[] {
  const text = input.normalize("NFC");
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    const lower = raw.toLowerCase().replace(/['’]s$/u, "");
    const first = raw[0] ?? "";
    let kind: TokenKind;
    if (HANGUL_SYLLABLE.test(first) || /[\u3131-\u318E]/u.test(first)) kind = COMPAT_JAMO.test(raw) ? "jamo" : "hangul";
    else if (/[\p{Script=Latin}\p{Nd}]/u.test(first)) kind = "latin";
    else kind = "other";
    const prev = tokens[tokens.length - 1];
    // "AI가" is AI plus a particle; "1900만" is a number with its unit, so digits never take particles.
    const glued = prev !== undefined && prev.end === start && prev.kind === "latin" && /\p{L}/u.test(prev.text);
    const particle = kind === "hangul" && glued && (PARTICLES as readonly string[]).includes(lower);
    tokens.push({ text: lower, kind, start, end, particle });
  }
  return tokens;
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

/** Folds English plurals ("centers" -> "center", "cities" -> "city"); numbers are left alone. */
export function stemLatin(word: string): string {
  if (/\d/u.test(word) || word.length <= 3) return word;
  if (word.endsWith("ies") && word.length > 4) return `${word.slice(0, -3)}y`;
  if (word.endsWith("sses")) return word.slice(0, -2);
  if (word.endsWith("s") && !/(?:ss|us|is|ws)$/u.test(word)) return word.slice(0, -1);
  return word;
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

/** Terms of one field of an article, in order: words, compound tails, and initial-consonant forms. */
export interface FieldTerms {
  words: string[];
  infixes: string[];
  choseong: string[];
}

export function fieldTerms(text: string): FieldTerms {
  const words: string[] = [];
  const infixes: string[] = [];
  const choseong: string[] = [];
  for (const token of tokenize(text)) {
    const term = termOf(token);
    if (!term) continue;
    words.push(term);
    infixes.push(...infixTerms(term));
    const cho = choseongTerm(term);
    if (cho) choseong.push(cho);
  }
  return { words, infixes, choseong };
}
