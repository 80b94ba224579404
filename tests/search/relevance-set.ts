/** The relevance set (tests/search/relevance.json), validated; shared by the test and the bench. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

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

export function loadRelevanceSet(): RelevanceQuery[] {
  const file = path.resolve(import.meta.dirname, "relevance.json");
  const parsed = relevanceSchema.safeParse(JSON.parse(readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.message}`);
  return parsed.data.queries;
}
