/** The judged query sets (tests/search/relevance.json and heldout-queries.json), validated; shared by the test and the bench. */
import path from "node:path";
import { z } from "zod";
import { readJsonFile } from "../../src/lib/json-file";

export const relevanceSchema = z.object({
  queries: z.array(
    z.object({
      group: z.string(),
      query: z.string(),
      /** Article ids the query must return. */
      must: z.array(z.string()),
      /** Article ids it must not return. */
      mustNot: z.array(z.string()),
      /** The article that must come first, when ranking matters. */
      top: z.string().optional(),
      note: z.string().optional(),
    }),
  ),
});
export type RelevanceQuery = z.infer<typeof relevanceSchema>["queries"][number];

function load(name: string): RelevanceQuery[] {
  const file = path.resolve(import.meta.dirname, "../../tests/search", name);
  return readJsonFile(file, relevanceSchema, "query set").queries;
}

/** The queries the engine was tuned on (relevance.json). */
export const loadRelevanceSet = (): RelevanceQuery[] => load("relevance.json");

/**
 * Queries written afterwards from the article texts alone by someone who had not read the search
 * code (heldout-queries.json, groups "heldout-*"): what readers type that nobody tuned for.
 */
export const loadHeldOutSet = (): RelevanceQuery[] => load("heldout-queries.json");

/**
 * A second held-out set (heldout-queries-2.json, groups "heldout2-*"), written the same way by
 * someone else after the engine had learned from the first: its pass rate is the honest one.
 */
export const loadSecondHeldOutSet = (): RelevanceQuery[] => load("heldout-queries-2.json");

/**
 * A third held-out set (heldout-queries-3.json, groups "heldout3-*"), written from the article
 * texts alone by someone else again, and first run after the engine's latest changes: never tuned on.
 */
export const loadThirdHeldOutSet = (): RelevanceQuery[] => load("heldout-queries-3.json");
export const loadFourthHeldOutSet = (): RelevanceQuery[] => load("heldout-queries-4.json");
export const loadFifthHeldOutSet = (): RelevanceQuery[] => load("heldout-queries-5.json");
/**
 * A sixth set (heldout-queries-6.json, groups "heldout6-*"), written from the article texts alone
 * while the engine was changed for the fifth set's misses, and first run after those changes.
 */
export const loadSixthHeldOutSet = (): RelevanceQuery[] => load("heldout-queries-6.json");
/** A seventh set (heldout-queries-7.json, groups "heldout7-*"), written from the texts alone after the sixth set's changes. */
export const loadSeventhHeldOutSet = (): RelevanceQuery[] => load("heldout-queries-7.json");
/** An eighth set (heldout-queries-8.json, groups "heldout8-*"), written from the texts alone after the seventh set's changes. */
export const loadEighthHeldOutSet = (): RelevanceQuery[] => load("heldout-queries-8.json");
/** A ninth set (heldout-queries-9.json, groups "heldout9-*"), written from the texts alone after the eighth set's changes. */
export const loadNinthHeldOutSet = (): RelevanceQuery[] => load("heldout-queries-9.json");
/** A tenth set (heldout-queries-10.json, groups "heldout10-*"), written from the texts alone after the ninth set's changes. */
export const loadTenthHeldOutSet = (): RelevanceQuery[] => load("heldout-queries-10.json");
/** An eleventh set (heldout-queries-11.json, groups "heldout11-*"), written from the texts alone after the tenth set's changes. */
export const loadEleventhHeldOutSet = (): RelevanceQuery[] => load("heldout-queries-11.json");
/** A twelfth set (heldout-queries-12.json, groups "heldout12-*"), written from the texts alone after the eleventh set's changes. */
export const loadTwelfthHeldOutSet = (): RelevanceQuery[] => load("heldout-queries-12.json");
