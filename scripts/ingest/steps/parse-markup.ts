/**
 * Turns the text into blocks. A text source is one block per non-empty line (scraped pages put
 * one paragraph on a line). An HTML source goes through rehype: cleanup plugins, then
 * rehype-remark, and its top-level markdown nodes become the blocks.
 */
import type { Root as MdastRoot, RootContent as MdastContent } from "mdast";
import { toString as hastToString } from "hast-util-to-string";
import rehypeParse from "rehype-parse";
import rehypeRemark from "rehype-remark";
import { unified } from "unified";
import {
  rehypeCollectImages,
  rehypeDropEventHandlers,
  rehypeDropNonContent,
  rehypeReadPageFacts,
  rehypeUnlinkScriptUrls,
  type PageFacts,
} from "../html-cleanup";
import { extractArticle, isWholePage } from "../article-extract";
import { outletFromCredit, parseDateStamp, statedPublication } from "../recognizers";
import { eachSource, type Block, type Source } from "../types";

/** Collapses runs of spaces, tabs, no-break and ideographic spaces; meaning never lives in them. */
export const normalizeSpace = (s: string) => s.replace(/[\s\u00a0\u3000\u200b\ufeff]+/g, " ").trim();

/** Closing tags of elements that hold a page's text, and line breaks: what marked-up text is made of. */
const CLOSING_BLOCK_TAG = /<\/(?:p|div|section|article|figure|figcaption|li|ul|ol|h[1-6]|table|tr|td|blockquote)\s*>/gi;
const LINE_BREAK_TAG = /<br\s*\/?>/gi;

/**
 * Which parser a source needs. A .html file is markup. A text file is markup only when its text is
 * laid out in elements (two or more closed blocks, or line breaks written as <br>), never because
 * its prose mentions a tag ("게시판에 <script> 태그를 넣어…"): there angle brackets are characters.
 */
export function sourceFormat(file: string, text: string): "html" | "text" {
  if (/\.html?$/i.test(file)) return "html";
  const blocks = text.match(CLOSING_BLOCK_TAG)?.length ?? 0;
  const breaks = text.match(LINE_BREAK_TAG)?.length ?? 0;
  return blocks >= 2 || breaks >= 2 ? "html" : "text";
}

const ENTITY = /&(?:#\d+|#x[0-9a-f]+|[a-z][a-z0-9]*);/i;

/** Decodes character references (&quot; &#8220; &nbsp;) that scrapers leave in plain text, with the HTML parser's own table. */
export function decodeEntities(line: string): string {
  if (!ENTITY.test(line)) return line;
  return hastToString(unified().use(rehypeParse, { fragment: true }).parse(line.replace(/</g, "&lt;")));
}

export function textBlocks(text: string): Block[] {
  return text
    .split("\n")
    .map((line, i) => ({ kind: "paragraph" as const, text: normalizeSpace(decodeEntities(line)), line: i + 1 }))
    .filter((b) => b.text !== "");
}

/** Plain text of an mdast node: text, inline code and break values, in order. */
function toString(node: MdastContent | MdastRoot): string {
  if (node.type === "break") return " ";
  if ("value" in node && typeof node.value === "string") return node.value;
  if ("children" in node) return (node.children as MdastContent[]).map(toString).join("");
  return "";
}

function flatten(node: MdastContent, out: Block[]): void {
  switch (node.type) {
    case "heading":
      out.push({ kind: "heading", text: normalizeSpace(toString(node)), line: 0 });
      return;
    case "list":
    case "listItem":
    case "blockquote":
      for (const child of node.children) flatten(child as MdastContent, out);
      return;
    case "thematicBreak":
      return;
    default:
      out.push({ kind: "paragraph", text: normalizeSpace(toString(node)), line: 0 });
  }
}

/** A saved page's own statements (JSON-LD, meta) become stated facts; the visible text fills what they leave out. */
function recordPageFacts(source: Source, facts: PageFacts): void {
  const stamp = facts.datePublished ? parseDateStamp(facts.datePublished)?.[0] : undefined;
  if (stamp) {
    source.found.published ??= statedPublication(stamp, `Stated in the page's structured data: datePublished "${facts.datePublished}".`);
  }
  if (facts.author) source.found.byline ??= { value: facts.author, origin: "stated", from: "the page's structured data (author)" };
  if (facts.publisher) source.found.outlet ??= { value: outletFromCredit(facts.publisher), origin: "stated", from: "the page's structured data (publisher)" };
}

export function htmlBlocks(source: Source, html: string): Block[] {
  const report = (entry: Source["report"][number]) => source.report.push(entry);
  const facts: PageFacts = {};
  const processor = unified()
    .use(rehypeParse, { fragment: true })
    .use(rehypeReadPageFacts, { facts })
    .use(rehypeDropNonContent, { report, warn: (m: string) => source.warnings.push(m) })
    .use(rehypeDropEventHandlers, { report })
    .use(rehypeUnlinkScriptUrls, { report })
    .use(rehypeCollectImages, { images: source.images, report, warn: (m: string) => source.warnings.push(m) })
    .use(rehypeRemark);
  const mdast = processor.runSync(processor.parse(html)) as MdastRoot;
  recordPageFacts(source, facts);
  const blocks: Block[] = [];
  for (const node of mdast.children) flatten(node, blocks);
  return blocks.filter((b) => b.text !== "");
}

/**
 * A whole saved page: every visible block is read (with the page's structured data), then the
 * article Readability finds decides which of them are the story. The headline and what stands
 * between it and the story (deck, date, byline) stay for the next steps; every other block is
 * reported as outside the article. Without an article found, the whole page goes on.
 */
export function savedPageBlocks(source: Source, html: string): Block[] {
  const all = htmlBlocks(source, html);
  const article = extractArticle(html);
  if (!article) return all;
  const scratch: Source = { ...source, report: [], warnings: [], images: [], found: { deck: [] } };
  const content = htmlBlocks(scratch, article.contentHtml);
  if (content.length === 0) return all;
  // Images and captions are the article's own, not the page's thumbnails and banners.
  source.images = scratch.images;
  source.report = [...source.report.filter((r) => r.rule !== "html-image"), ...scratch.report.filter((r) => r.rule === "html-image")];
  const key = (text: string) => normalizeSpace(text);
  const inContent = new Set(content.map((b) => key(b.text)));
  const titleAt = article.title ? all.findIndex((b) => key(b.text) === key(article.title ?? "")) : -1;
  const firstAt = all.findIndex((b) => inContent.has(key(b.text)));
  const header =
    titleAt >= 0 && firstAt > titleAt ? all.slice(titleAt, firstAt) : article.title ? [{ kind: "heading" as const, text: article.title, line: 0 }] : [];
  for (const b of all) {
    if (header.includes(b) || inContent.has(key(b.text))) continue;
    source.report.push({ rule: "outside-article", action: "removed", text: b.text });
  }
  source.notes.push(`saved page: the article found by Readability (${content.length} blocks) is the story`);
  return [...header, ...content];
}

export const parseMarkupStep = eachSource("parse-markup", (source) => {
  const text = source.text ?? "";
  source.format = sourceFormat(source.file, text);
  source.blocks = source.format === "text" ? textBlocks(text) : isWholePage(text) ? savedPageBlocks(source, text) : htmlBlocks(source, text);
  if (source.format === "text" && ENTITY.test(text)) source.notes.push("HTML character references (&quot; and the like) decoded");
});
