/**
 * The FlexSearch options every index file is written and read with, in one place (the build's writer
 * and the engine's reader both come through ./format.ts).
 *
 * Terms arrive already analysed (./analyze.ts), space-separated, so FlexSearch neither re-encodes nor
 * splits them further: "strict" tokenizing with an identity encoder. Its scoring slots hold the
 * BM25F impact: `resolution` is one slot per impact level, slot 0 the term's highest impact, and the
 * build's score function puts each (term, article) into the slot of that article's impact for the term.
 */
import type { IndexOptions } from "flexsearch";

/** Impacts are integers 1..IMPACT_SCALE (a saturated BM25 weight times this), one scoring slot each. */
export const IMPACT_SCALE = 99;

/**
 * BM25's saturation k1: how quickly more occurrences stop adding weight. The build saturates with it;
 * the engine undoes that to add up the occurrences of a word's forms (./engine.ts).
 */
export const BM25_K1 = 1.2;

export const flexOptions = {
  tokenize: "strict",
  resolution: IMPACT_SCALE,
  cache: false,
  encode: (s: string): string[] => s.split(" "),
} as const satisfies IndexOptions;

/**
 * FlexSearch's scoring slot for an impact, slot 0 holding the term's best: slots count down from the
 * highest impact any article has for the term (`top`), so a term's list starts at slot 0 whatever
 * its weights and the exported map carries no run of empty slots before it.
 */
export const slotOf = (impact: number, top: number): number => top - impact;

/** The impact a scoring slot stands for, given the term's highest impact. */
export const impactOf = (slot: number, top: number): number => top - slot;
