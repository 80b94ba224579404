/**
 * Articles as search sees them (Node only): reads the one loader and the taxonomy, so the index
 * holds exactly what the pages show.
 */
import { getAllArticles, getTopics, type Article } from "../articles";
import { loadGlossary } from "../taxonomy";
import type { BuildInput, SearchDoc } from "./build";
import type { ManifestTopic } from "./format";

export function toSearchDoc(article: Article, topics: Map<string, ManifestTopic>): SearchDoc {
  return {
    url: article.url,
    title: article.title,
    deck: article.deck,
    lang: article.lang,
    date: article.dateLabel,
    ...(article.dateTime ? { dateTime: article.dateTime } : {}),
    year: article.year ?? "",
    ...(article.published.value ? { published: article.published.value } : {}),
    ...(article.outlet ? { outlet: article.outlet.value } : {}),
    ...(article.byline ? { byline: article.byline.value } : {}),
    topics: article.topics.map((t) => topics.get(t.id) ?? { id: t.id, ko: t.id, en: t.id }),
    text: article.text,
  };
}

/** Everything the index build needs, from the content root (CONTENT_DIR or ./content). */
export function loadSearchInput(): BuildInput {
  const topics = getTopics().map((t) => ({ id: t.id, ko: t.label.ko, en: t.label.en }));
  const byId = new Map(topics.map((t) => [t.id, t]));
  const glossary = loadGlossary().map((g) => [...g.ko, ...g.en, ...g.abbr]);
  return { docs: getAllArticles().map((a) => toSearchDoc(a, byId)), glossary, topics };
}
