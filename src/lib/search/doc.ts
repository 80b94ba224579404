/**
 * An article as search sees it: one schema, from the loader to the result file a reader's browser
 * fetches. The index build reads the text fields of it, a result file (d/<k>.<build>.json, a few articles each) holds
 * it whole, and the browser checks it against the same schema before showing it.
 *
 * To show a new field in results: add it here (schema and `toSearchDoc`), then render it.
 */
import * as z from "zod/mini";
import type { Article, TopicLink } from "../articles";

export const searchTopicSchema = z.object({
  id: z.string(),
  /** Label in the Korean interface. */
  ko: z.string(),
  /** Label in the English interface. */
  en: z.string(),
});
export type SearchTopic = z.infer<typeof searchTopicSchema>;

export const searchDocSchema = z.object({
  /** Path of the article page ("/articles/some-slug/"). */
  url: z.string().check(z.startsWith("/")),
  title: z.string(),
  deck: z.array(z.string()),
  /** "ko" or "en". */
  lang: z.string(),
  /** Display date in each interface language, as precise as known. */
  date: z.object({ ko: z.string(), en: z.string() }),
  /** Machine date for <time datetime>, absent when unknown. */
  dateTime: z.optional(z.string()),
  /** "2023", or "" when the year is unknown. */
  year: z.string(),
  /** The publication date as far as it is known ("2018-07-02", "2018-07", "2018"); indexed so dates can be searched. */
  published: z.optional(z.string()),
  /** The dates of the article's parts, as the page shows them (a digest of releases, each dated): searchable like its own. */
  partDates: z.optional(z.array(z.string())),
  outlet: z.optional(z.string()),
  byline: z.optional(z.string()),
  /** Topics with their labels; filters and facets, not article text. */
  topics: z.array(searchTopicSchema),
  /** Plain text of the body (no markdown), indexed and used for the snippet. */
  text: z.string(),
});
export type SearchDoc = z.infer<typeof searchDocSchema>;

/** A topic as search shows it: its labels in both interfaces. */
export const toSearchTopic = (t: TopicLink): SearchTopic => ({ id: t.id, ko: t.label.ko, en: t.label.en });

/** The search document of an article, from what the loader hands the pages. */
export function toSearchDoc(article: Article): SearchDoc {
  return {
    url: article.url,
    title: article.title,
    deck: article.deck,
    lang: article.lang,
    date: article.dateLabels,
    ...(article.dateTime ? { dateTime: article.dateTime } : {}),
    year: article.year ?? "",
    ...(article.published.value ? { published: article.published.value } : {}),
    ...(partDates(article).length > 0 ? { partDates: partDates(article) } : {}),
    ...(article.outlet ? { outlet: article.outlet.value } : {}),
    ...(article.byline ? { byline: article.byline.value } : {}),
    topics: article.topicLinks.map(toSearchTopic),
    text: article.text,
  };
}

/** The stated dates of an article's parts, when it has dated parts. */
function partDates(article: Article): string[] {
  return article.sections.flatMap((s) => (s.published.value ? [s.published.value] : []));
}
