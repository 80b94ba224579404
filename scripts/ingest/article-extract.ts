/**
 * Finds the article in a whole page saved from a browser with Mozilla Readability (the extractor
 * behind Firefox's Reader View) over linkedom, a server-side DOM: the story's own content, apart
 * from navigation, share bars, related lists and footers. Fragments (an article's HTML alone) are
 * left to the caller as they are.
 */
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";

export interface ExtractedArticle {
  title?: string;
  /** The article's HTML, as Readability cleaned it. */
  contentHtml: string;
}

/** Fewer characters than this is not an article Readability found, but a scrap of the page. */
const MIN_ARTICLE_CHARS = 200;

export const isWholePage = (html: string) => /<(?:html|body)[\s>]/i.test(html);

export function extractArticle(html: string): ExtractedArticle | undefined {
  if (!isWholePage(html)) return undefined;
  const { document } = parseHTML(html);
  const article = new Readability(document as unknown as Document, { charThreshold: MIN_ARTICLE_CHARS }).parse();
  if (!article?.content || (article.textContent ?? "").trim().length < MIN_ARTICLE_CHARS) return undefined;
  return { ...(article.title ? { title: article.title.trim() } : {}), contentHtml: article.content };
}
