/**
 * Gives every page a Content-Security-Policy <meta> whose script-src lists the sha256 of each inline
 * script the page carries (Next.js writes its RSC payload and bootstrap inline), so no page needs
 * 'unsafe-inline' or 'unsafe-eval'. Hashes are computed here, after `next build`, because only the
 * finished HTML holds the exact script text; a static host cannot mint per-request nonces.
 *
 * The meta goes first in <head> (after <meta charset>, which must stay in the first 1024 bytes) so
 * it governs every script and stylesheet that follows. The web server adds a header policy for what
 * a meta cannot carry (frame-ancestors); see deploy/nginx.conf and deploy/README.md.
 *
 * Pages restored from the page cache are finished already and left alone.
 */
import { createHash } from "node:crypto";
import path from "node:path";
import type { Element, Root } from "hast";
import { toString } from "hast-util-to-string";
import { visit } from "unist-util-visit";
import { inThreads, serveThread } from "../../lib/threads";
import { writeFileAtomically } from "../../lib/write-file";
import { pageLinks, type PageLinks } from "../lib/link-check";
import { paintFirst } from "../lib/paint-first";
import { isPage, listFiles, parseHtml, readText } from "../lib/site-files";
import { PostbuildError, type PostbuildStep } from "../step";

/** Script types a browser executes (and so a CSP governs); JSON-LD and other data blocks are not. */
const executableScriptTypes = new Set(["", "text/javascript", "application/javascript", "module"]);

export const sha256Source = (text: string): string => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;

export interface InlineCode {
  scripts: string[];
  styleElements: string[];
  styleAttributes: string[];
  /** Inline event handlers (onclick=...): a strict policy blocks them, so the page is wrong. */
  eventHandlers: string[];
}

const isCspMeta = (node: Element): boolean => node.tagName === "meta" && String(node.properties.httpEquiv ?? "").toLowerCase() === "content-security-policy";

export function collectInlineCode(tree: Root): InlineCode {
  const found: InlineCode = { scripts: [], styleElements: [], styleAttributes: [], eventHandlers: [] };
  visit(tree, "element", (node) => {
    if (node.tagName === "script" && node.properties.src === undefined) {
      const type = String(node.properties.type ?? "").toLowerCase();
      if (executableScriptTypes.has(type)) found.scripts.push(toString(node));
    }
    if (node.tagName === "style") found.styleElements.push(toString(node));
    const style = node.properties.style;
    if (typeof style === "string") found.styleAttributes.push(style);
    for (const key of Object.keys(node.properties)) {
      if (/^on[A-Z]/.test(key)) found.eventHandlers.push(`<${node.tagName} ${key.toLowerCase()}>`);
    }
  });
  return found;
}

const unique = (values: string[]): string[] => [...new Set(values)];

/**
 * The page's policy. Scripts: the site's own files plus exactly these inline scripts. Styles: the
 * site's own stylesheets plus hashed <style> elements; style attributes present in the HTML are
 * allowed by hash only ('unsafe-hashes' permits those exact values, nothing else).
 */
export function pagePolicy(code: InlineCode): string {
  const scriptHashes = unique(code.scripts).map(sha256Source);
  const styleHashes = unique(code.styleElements).map(sha256Source);
  const attrHashes = unique(code.styleAttributes).map(sha256Source);
  const styleSrc = ["'self'", ...styleHashes, ...(attrHashes.length > 0 ? ["'unsafe-hashes'", ...attrHashes] : [])];
  return [
    "default-src 'self'",
    ["script-src 'self'", ...scriptHashes].join(" "),
    ["style-src", ...styleSrc].join(" "),
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** Returns `html` with its CSP meta (re)written, and the parsed page; `file` is only used to name it in errors. */
export function addCspMeta(html: string, file: string): { html: string; code: InlineCode; tree: Root } {
  let tree = parseHtml(html);
  // A page processed before (postbuild run twice) gets its old meta replaced, not duplicated.
  const old: Element[] = [];
  visit(tree, "element", (node) => {
    if (isCspMeta(node)) old.push(node);
  });
  for (const node of old.reverse()) {
    const { start, end } = node.position ?? {};
    if (start?.offset === undefined || end?.offset === undefined) throw new PostbuildError(`${file}: cannot locate its existing CSP <meta>`);
    html = html.slice(0, start.offset) + html.slice(end.offset);
  }
  if (old.length > 0) tree = parseHtml(html);

  let head: Element | undefined;
  visit(tree, "element", (node) => {
    if (node.tagName === "head" && head === undefined) head = node;
  });
  const children = (head?.children ?? []).filter((c): c is Element => c.type === "element");
  if (!head || children.length === 0) throw new PostbuildError(`${file}: has no <head> with elements, so no CSP <meta> can go first in it`);
  const first = children[0];
  const anchor = first && first.tagName === "meta" && first.properties.charSet !== undefined ? children[1] : first;
  const offset = anchor ? anchor.position?.start.offset : first?.position?.end.offset;
  if (offset === undefined) throw new PostbuildError(`${file}: <head> is implied by the parser, not written; cannot place the CSP <meta>`);

  const code = collectInlineCode(tree);
  const policy = pagePolicy(code).replaceAll('"', "&quot;");
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}"/>`;
  return { html: html.slice(0, offset) + meta + html.slice(offset), code, tree };
}

/** A page as the export serves it: its framework scripts after its first paint, then its policy. */
export const finishPage = (html: string, file: string): ReturnType<typeof addCspMeta> => addCspMeta(paintFirst(html), file);

/** What securing one page found: counts for the log, handlers to refuse, links for the link check. */
interface SecuredPage extends PageLinks {
  file: string;
  scripts: number;
  handlers: string[];
}

/** Rewrites each page (its scripts after first paint, then its policy); run in a thread per core for a large export. */
export function securePages(files: string[], outDir: string): SecuredPage[] {
  return files.map((file) => {
    const { html, code, tree } = finishPage(readText(outDir, file), file);
    // A new file, renamed over the page: the page may be a link into the page cache (lib/build-cache).
    writeFileAtomically(path.join(outDir, file), html);
    return { file, scripts: code.scripts.length, handlers: code.eventHandlers.map((h) => `${file}: ${h}`), ...pageLinks(tree) };
  });
}

/** Fewer pages than this per thread are done in the main thread: a thread costs about as much to start. */
const PAGES_PER_THREAD = 200;

export const cspHashes: PostbuildStep = {
  name: "Finish pages: framework scripts after first paint, inline scripts hashed into a CSP <meta>",
  async run(ctx) {
    const files = listFiles(ctx.outDir).filter((f) => isPage(f) && !ctx.restoredPages.has(f));
    const { results, threads } = await inThreads(import.meta.url, files, ctx.outDir, securePages, PAGES_PER_THREAD);
    const pages = results.flat();
    for (const { file, ids, links } of pages) ctx.pageLinks.set(file, { ids, links });
    const handlers = pages.flatMap((p) => p.handlers);
    if (handlers.length > 0) {
      throw new PostbuildError(`inline event handlers would be blocked by the page's CSP (move them into a script):\n  ${handlers.join("\n  ")}`);
    }
    const scripts = pages.reduce((n, p) => n + p.scripts, 0);
    ctx.log(`  ${pages.length} pages, ${scripts} inline scripts hashed (${threads} thread(s)); ${ctx.restoredPages.size} restored pages finished already`);
  },
};

serveThread(securePages);
