/**
 * Articles as search sees them (Node only): reads the one loader and the taxonomy, so the index
 * holds exactly what the pages show.
 */
import type { Root } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { getAllArticles, getTopics, type Article } from "../articles";
import { loadGlossary } from "../taxonomy";
import type { BuildInput, SearchDoc } from "./build";
import type { ManifestTopic } from "./format";

const parser = unified().use(remarkParse).use(remarkGfm);

/** Visible text of a markdown body, one line per block (headings, paragraphs, list items). */
export function markdownToText(markdown: string): string {
  const tree = parser.parse(markdown) as Root;
  const blocks: string[] = [];
  for (const block of tree.children) {
    const parts: string[] = [];
    visit(block, (node) => {
      if (node.type === "text" || node.type === "inlineCode") parts.push(node.value);
      else if (node.type === "break") parts.push(" ");
    });
    const line = parts.join("").replace(/\s+/gu, " ").trim();
    if (line) blocks.push(line);
  }
  return blocks.join("\n");
}

export function toSearchDoc(article: Article, topics: Map<string, ManifestTopic>): SearchDoc {
  return {
    url: article.url,
    title: article.title,
    deck: article.deck,
    lang: article.lang,
    date: article.dateLabel,
    ...(article.dateTime ? { dateTime: article.dateTime } : {}),
    year: article.year ?? "",
    ...(article.outlet ? { outlet: article.outlet.value } : {}),
    ...(article.byline ? { byline: article.byline.value } : {}),
    topics: article.topics.map((t) => topics.get(t.id) ?? { id: t.id, ko: t.id, en: t.id }),
    // A digest part's sub-headline lives in its section's frontmatter, not in the body; it is shown, so it is searched.
    text: [markdownToText(article.body), ...article.sections.flatMap((s) => (s.deck ? [s.deck] : []))].join("\n"),
  };
}

/** Everything the index build needs, from the content root (CONTENT_DIR or ./content). */
export function loadSearchInput(): BuildInput {
  const topics = getTopics().map((t) => ({ id: t.id, ko: t.label.ko, en: t.label.en }));
  const byId = new Map(topics.map((t) => [t.id, t]));
  const glossary = loadGlossary().map((g) => [...g.ko, ...g.en, ...g.abbr]);
  return { docs: getAllArticles().map((a) => toSearchDoc(a, byId)), glossary, topics };
}
