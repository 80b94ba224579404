/**
 * rehype plugins that turn a scraped HTML fragment into article content only. Each is
 * `(options) => (tree) => void`, uses `visit`, and touches only the elements it owns. What they
 * take out is reported through `options.report`, so nothing disappears silently.
 */
import type { Element, ElementContent, Root } from "hast";
import { toString } from "hast-util-to-string";
import { SKIP, visit } from "unist-util-visit";
import type { ArticleImage } from "../../src/lib/article-schema";
import type { ReportEntry } from "./types";

type Report = (entry: ReportEntry) => void;

/** Elements whose content is code or an embedded page, never text a reader of the article sees. */
const NON_CONTENT = new Set(["script", "style", "iframe", "noscript", "template", "embed", "frame", "frameset", "param", "link", "meta"]);

/** Text a reader would read (Hangul, or a run of words without code punctuation), as opposed to code or styles. */
const looksLikeProse = (text: string): boolean => /[\uac00-\ud7a3]/.test(text) || (text.split(/\s+/).length >= 8 && !/[;{}=]/.test(text));

/**
 * Drops script/style/iframe and other non-content elements; `object` is unwrapped (its fallback
 * text is what readers without plugins see). Prose caught inside a dropped element (a tag left open
 * swallows what follows it) is reported and also warned about on the console.
 */
export function rehypeDropNonContent(options: { report: Report; warn?: (message: string) => void }) {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (!parent || index === undefined) return;
      if (NON_CONTENT.has(node.tagName)) {
        const inner = toString(node).trim();
        options.report({ rule: "html-non-content", action: "removed", text: `<${node.tagName}>${inner ? ` ${inner.slice(0, 80)}` : ""}` });
        if (looksLikeProse(inner)) {
          options.warn?.(
            `removed a <${node.tagName}> element holding text that reads like prose (${inner.length} characters: "${inner.slice(0, 60)}…"); check the source`,
          );
        }
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      if (node.tagName === "object" || node.tagName === "applet") {
        options.report({ rule: "html-non-content", action: "removed", text: `<${node.tagName}> wrapper (its text kept)` });
        parent.children.splice(index, 1, ...node.children);
        return [SKIP, index];
      }
      return undefined;
    });
  };
}

/** Removes on* event-handler attributes (onerror, onclick, ...). */
export function rehypeDropEventHandlers(options: { report: Report }) {
  return (tree: Root) => {
    visit(tree, "element", (node) => {
      for (const key of Object.keys(node.properties)) {
        if (/^on[a-z]/i.test(key)) {
          options.report({ rule: "html-event-handler", action: "removed", text: `${key.toLowerCase()} on <${node.tagName}>` });
          delete node.properties[key];
        }
      }
    });
  };
}

const isScriptUrl = (value: unknown) => typeof value === "string" && /^\s*(?:javascript|vbscript|data):/i.test(value.replace(/[\u0000-\u0020]/g, ""));

/** Replaces links to javascript:/vbscript:/data: by their text: the words stay, the action goes. */
export function rehypeUnlinkScriptUrls(options: { report: Report }) {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (node.tagName !== "a" || !parent || index === undefined) return undefined;
      if (!isScriptUrl(node.properties.href)) return undefined;
      options.report({
        rule: "html-script-link",
        action: "removed",
        text: `link to ${String(node.properties.href).slice(0, 40)} (text "${toString(node).trim()}" kept)`,
      });
      parent.children.splice(index, 1, ...node.children);
      return [SKIP, index];
    });
  };
}

function imageOf(img: Element, caption: string): ArticleImage | undefined {
  // Daum keeps the original address in data-org-src and a resized proxy in src.
  const candidates = [img.properties.dataOrgSrc, img.properties.src];
  const src = candidates.find((c): c is string => typeof c === "string" && /^https?:\/\//i.test(c));
  if (!src) return undefined;
  const alt = typeof img.properties.alt === "string" ? img.properties.alt.trim() : "";
  return { src, alt, caption };
}

/**
 * Moves images into `options.images` (address, alt text, caption) and removes them and their
 * captions from the body: the archive never downloads or hot-links an image.
 */
export function rehypeCollectImages(options: { images: ArticleImage[]; report: Report; warn: (message: string) => void }) {
  return (tree: Root) => {
    visit(tree, "element", (node, index, parent) => {
      if (!parent || index === undefined) return undefined;
      if (node.tagName !== "figure" && node.tagName !== "img" && node.tagName !== "picture") return undefined;
      const imgs: Element[] = [];
      visit(node, "element", (el) => {
        if (el.tagName === "img") imgs.push(el);
      });
      let caption = "";
      visit(node, "element", (el) => {
        if (el.tagName === "figcaption") caption = toString(el).replace(/\s+/g, " ").trim();
      });
      for (const img of imgs) {
        const image = imageOf(img, caption);
        if (image) {
          options.images.push(image);
          options.report({ rule: "html-image", action: "moved", to: "images", text: caption || image.alt || image.src });
        } else {
          options.warn(`an image without an http(s) address was dropped (alt "${String(img.properties.alt ?? "")}")`);
        }
      }
      // Text in a figure other than its caption (rare) stays in the body.
      const rest: ElementContent[] =
        node.tagName === "figure"
          ? node.children.filter(
              (c) => !(c.type === "element" && (c.tagName === "figcaption" || c.tagName === "img" || c.tagName === "picture" || containsImage(c))),
            )
          : [];
      parent.children.splice(index, 1, ...rest);
      return [SKIP, index];
    });
  };
}

function containsImage(node: ElementContent): boolean {
  let found = false;
  visit(node, "element", (el) => {
    if (el.tagName === "img") found = true;
  });
  return found;
}

/** What a saved page states about itself in JSON-LD (NewsArticle) and <meta> tags. */
export interface PageFacts {
  datePublished?: string;
  author?: string;
  publisher?: string;
}

const ARTICLE_TYPES = /^(?:NewsArticle|Article|ReportageNewsArticle|AnalysisNewsArticle|BlogPosting)$/;

/** The first NewsArticle-like object in a JSON-LD value (which may be a list or an @graph). */
function findArticle(value: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(value)) return value.map(findArticle).find(Boolean);
  if (typeof value !== "object" || value === null) return undefined;
  const o = value as Record<string, unknown>;
  const types = ([] as unknown[]).concat(o["@type"] ?? []);
  if (types.some((t) => typeof t === "string" && ARTICLE_TYPES.test(t))) return o;
  return findArticle(o["@graph"]);
}

const nameOf = (v: unknown): string | undefined => {
  if (typeof v === "string") return v.trim() || undefined;
  if (Array.isArray(v)) return v.map(nameOf).filter(Boolean).join(", ") || undefined;
  if (typeof v === "object" && v !== null && typeof (v as { name?: unknown }).name === "string") return (v as { name: string }).name.trim() || undefined;
  return undefined;
};

/**
 * Reads a saved page's own statements about the story: JSON-LD NewsArticle (datePublished,
 * author, publisher) and, where that is silent, article and OpenGraph <meta> tags. Runs before the cleanup plugins drop scripts and meta elements; changes nothing.
 */
export function rehypeReadPageFacts(options: { facts: PageFacts }) {
  return (tree: Root) => {
    const meta = new Map<string, string>();
    visit(tree, "element", (node) => {
      if (node.tagName === "script" && String(node.properties.type ?? "").toLowerCase() === "application/ld+json") {
        try {
          const article = findArticle(JSON.parse(toString(node)));
          if (article) {
            options.facts.datePublished ??= typeof article.datePublished === "string" ? article.datePublished : undefined;
            options.facts.author ??= nameOf(article.author);
            options.facts.publisher ??= nameOf(article.publisher);
          }
        } catch {
          // A broken JSON-LD block says nothing; the visible page still does.
        }
      }
      if (node.tagName === "meta") {
        const key = String(node.properties.property ?? node.properties.name ?? "").toLowerCase();
        const content = node.properties.content;
        if (key && typeof content === "string" && !meta.has(key)) meta.set(key, content);
      }
    });
    options.facts.datePublished ??= meta.get("article:published_time");
    options.facts.author ??= meta.get("author") ?? meta.get("article:author");
    options.facts.publisher ??= meta.get("og:site_name");
  };
}
