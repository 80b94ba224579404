/**
 * Articles as search sees them (Node only): reads the one loader and the taxonomy, so the index
 * holds exactly what the pages show.
 */
import { getAllArticles, getTopics } from "../../src/lib/articles";
import { toSearchDoc, toSearchTopic } from "../../src/lib/search/doc";
import { loadGlossary } from "../../src/lib/taxonomy";
import type { BuildInput } from "./build";

/** Everything the index build needs, from the content root (CONTENT_DIR or ./content). */
export function loadSearchInput(): BuildInput {
  const glossary = loadGlossary().map((g) => [...g.ko, ...g.en, ...g.abbr]);
  return { docs: getAllArticles().map(toSearchDoc), glossary, topics: getTopics().map(toSearchTopic) };
}
