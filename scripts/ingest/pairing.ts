/**
 * Finds the other-language version of a story among separate sources: a Korean and an English
 * page of one story share their day, their numbers and the things they name. The evidence is
 * counted here; link-translations.ts decides and reports.
 */
import { findTermOccurrences, type GlossaryTerm } from "../../src/lib/taxonomy";

const KO_UNITS: Record<string, number> = { 조: 1e12, 억: 1e8, 만: 1e4, 천: 1e3 };
const EN_UNITS: Record<string, number> = { trillion: 1e12, billion: 1e9, million: 1e6, thousand: 1e3 };

/** "1조1천억" -> 1.1e12, "1천520" -> 1520, "3천800억" -> 3.8e11: a Korean numeral with its units. */
export function koreanNumber(text: string): number | undefined {
  let total = 0;
  let section = 0;
  let current = "";
  for (const ch of text.replace(/,/g, "")) {
    if (/[\d.]/.test(ch)) {
      current += ch;
      continue;
    }
    const unit = KO_UNITS[ch];
    if (unit === undefined) return undefined;
    // "1천억": the 천 section is the count of 억; a bare unit ("천") is one of it.
    const n = current === "" ? (unit >= 1e4 && section > 0 ? 0 : 1) : Number(current);
    current = "";
    if (unit >= 1e4) {
      total += (section + n) * unit;
      section = 0;
    } else section += n * unit;
  }
  const value = total + section + (current === "" ? 0 : Number(current));
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** The numbers a text states, as values, so "1천520개" and "1,520" and "1.1조" and "1.1 trillion" meet. */
export function statedNumbers(text: string): Set<number> {
  const found = new Set<number>();
  for (const m of text.matchAll(/\d[\d,.]*(?:[조억만천]\d*)*(?:[조억만천])?/g)) {
    const n = koreanNumber(m[0].replace(/\.$/, ""));
    if (n !== undefined) found.add(n);
  }
  for (const m of text.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*(trillion|billion|million|thousand)\b/gi)) {
    found.add(Number(m[1]?.replace(/,/g, "")) * (EN_UNITS[(m[2] ?? "").toLowerCase()] ?? 1));
  }
  // Small numbers (days, counts under 10) and years say little about which story it is.
  for (const n of [...found]) if (n < 10 || (Number.isInteger(n) && n >= 1990 && n <= 2100)) found.delete(n);
  return found;
}

/** Glossary concepts a text names, in either language. */
export function namedConcepts(text: string, glossary: GlossaryTerm[]): Set<string> {
  return new Set(glossary.filter((t) => findTermOccurrences(text, t).length > 0).map((t) => t.id));
}

export interface PairEvidence {
  sameDay: boolean;
  numbers: number[];
  concepts: string[];
}

/** Fewest shared numbers and concepts that make two stories one. */
export const MIN_SHARED_NUMBERS = 3;
export const MIN_SHARED_CONCEPTS = 2;

/** What a story says that its other-language version says too: its day, its numbers, the concepts it names. */
export interface StoryFacts {
  day?: string;
  numbers: Set<number>;
  concepts: Set<string>;
}

/** A story's facts, read once per story (it is compared with every story of its day). */
export const storyFacts = (day: string | undefined, text: string, glossary: GlossaryTerm[]): StoryFacts => ({
  day,
  numbers: statedNumbers(text),
  concepts: namedConcepts(text, glossary),
});

export function pairEvidence(a: StoryFacts, b: StoryFacts): PairEvidence {
  return {
    sameDay: a.day !== undefined && a.day === b.day,
    numbers: [...a.numbers].filter((n) => b.numbers.has(n)).sort((x, y) => x - y),
    concepts: [...a.concepts].filter((c) => b.concepts.has(c)).sort(),
  };
}

export const isPair = (e: PairEvidence) => e.sameDay && e.numbers.length >= MIN_SHARED_NUMBERS && e.concepts.length >= MIN_SHARED_CONCEPTS;
