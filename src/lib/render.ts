/**
 * Markdown -> HTML for article bodies. This is the only place article HTML is made, and every body
 * passes the sanitizer, so a source carrying script, iframes, event handlers or javascript: links
 * renders as harmless text.
 *
 * Order matters: raw HTML in the markdown is turned into visible text first (the reader keeps the
 * words, the browser never sees the tags); the sanitizer then cleans whatever markdown produced,
 * prefixing any id that came from the content with "user-content-"; only after that do our own
 * plugins add ids ("p-1", "p-2", ... and section anchors), so ours cannot be forged by content and
 * never collide with it.
 */
import type { Element, ElementContent, Root as HastRoot } from "hast";
import type { Root as MdastRoot } from "mdast";
import rehypeSanitize, { defaultSchema } from "rehype-sanitize";
import rehypeStringify from "rehype-stringify";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import remarkRehype from "remark-rehype";
import { unified } from "unified";
import { SKIP, visit } from "unist-util-visit";

/** A digest part as its `##` heading shows it: anchor, date line and the part's own original. */
export interface RenderSection {
  anchor: string;
  /** The part's date as readers see it, e.g. "2018년 7월 2일". */
  dateLabel: string;
  /** Machine-readable date for <time>, when known. */
  dateTime?: string;
  url?: string;
  /** The part's sub-headline, shown between its heading and its date line. */
  deck?: string;
}

export interface RenderOptions {
  /** The body's `##` headings, in order (a digest's sections). */
  sections?: RenderSection[];
  /** Language of the article, for the paragraph link labels. */
  lang?: "ko" | "en";
}

const SAFE_ANCHOR = /^[a-z0-9][a-z0-9-]*$/;

/** Raw HTML in a source is shown as text: the words stay, nothing is parsed or run. */
const remarkHtmlAsText = () => (tree: MdastRoot) => {
  visit(tree, "html", (node, index, parent) => {
    if (!parent || index === undefined) return;
    const text = { type: "text" as const, value: node.value };
    // A block of HTML becomes a paragraph of its own; inline HTML stays inline.
    const block = parent.type === "root" || parent.type === "blockquote" || parent.type === "listItem";
    parent.children[index] = block ? { type: "paragraph", children: [text] } : text;
  });
};

/**
 * Remote images are never loaded (no request leaves the site): each becomes a link to the original
 * with its description as the text.
 */
const rehypeImagesAsLinks = () => (tree: HastRoot) => {
  visit(tree, "element", (node, index, parent) => {
    if (node.tagName !== "img" || !parent || index === undefined) return;
    const src = typeof node.properties.src === "string" ? node.properties.src : undefined;
    const alt = typeof node.properties.alt === "string" && node.properties.alt ? node.properties.alt : "이미지";
    const label: ElementContent = { type: "text", value: `[이미지: ${alt}]` };
    const replacement: Element = src
      ? { type: "element", tagName: "a", properties: { href: src, rel: ["nofollow", "noopener", "noreferrer"], className: ["image-link"] }, children: [label] }
      : { type: "element", tagName: "span", properties: {}, children: [label] };
    parent.children[index] = replacement;
    return SKIP;
  });
};

/** Links out of the archive open normally but pass no referrer and no ranking. */
const rehypeExternalLinks = () => (tree: HastRoot) => {
  visit(tree, "element", (node) => {
    if (node.tagName !== "a") return;
    const href = node.properties.href;
    if (typeof href === "string" && /^https?:\/\//i.test(href)) node.properties.rel = ["nofollow", "noopener", "noreferrer"];
  });
};

/**
 * Gives `##` headings the section anchors the frontmatter names, and puts each part's sub-headline,
 * own date and original address right under its heading, where a reader of a digest looks for
 * them. The sub-headline is a div, not a p, so paragraph numbering (p-1, ...) stays the body's.
 */
const rehypeSections = (sections: RenderSection[], lang: "ko" | "en") => (tree: HastRoot) => {
  let i = 0;
  visit(tree, "element", (node, index, parent) => {
    if (node.tagName !== "h2" || !parent || index === undefined) return;
    const section = sections[i++];
    if (section === undefined || !SAFE_ANCHOR.test(section.anchor)) return;
    node.properties.id = section.anchor;
    const meta: ElementContent[] = [
      {
        type: "element",
        tagName: "time",
        properties: section.dateTime ? { dateTime: section.dateTime } : {},
        children: [{ type: "text", value: section.dateLabel }],
      },
    ];
    if (section.url) {
      meta.push(
        { type: "text", value: " · " },
        {
          type: "element",
          tagName: "a",
          properties: { href: section.url, rel: ["nofollow", "noopener", "noreferrer"] },
          children: [{ type: "text", value: lang === "en" ? "Original release" : "원문 보기" }],
        },
      );
    }
    const added: Element[] = [];
    if (section.deck)
      added.push({ type: "element", tagName: "div", properties: { className: ["section-deck"] }, children: [{ type: "text", value: section.deck }] });
    added.push({ type: "element", tagName: "div", properties: { className: ["section-meta"] }, children: meta });
    parent.children.splice(index + 1, 0, ...added);
    return [SKIP, index + 1 + added.length];
  });
};

/** Every paragraph gets an id (p-1, p-2, ...) and a "#" link a reader can copy or share. */
const rehypeParagraphLinks = (lang: "ko" | "en") => (tree: HastRoot) => {
  let n = 0;
  visit(tree, "element", (node) => {
    if (node.tagName !== "p") return;
    const id = `p-${++n}`;
    node.properties.id = id;
    node.children.push(
      { type: "text", value: " " },
      {
        type: "element",
        tagName: "a",
        properties: { href: `#${id}`, className: ["para-link"], ariaLabel: lang === "en" ? `Link to paragraph ${n}` : `${n}번째 문단 링크` },
        children: [{ type: "text", value: "#" }],
      },
    );
    return SKIP;
  });
};

export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const file = unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkHtmlAsText)
    .use(remarkRehype)
    .use(rehypeSanitize, defaultSchema)
    .use(rehypeImagesAsLinks)
    .use(rehypeExternalLinks)
    .use(rehypeSections, options.sections ?? [], options.lang ?? "ko")
    .use(rehypeParagraphLinks, options.lang ?? "ko")
    .use(rehypeStringify)
    .processSync(markdown);
  return String(file);
}
