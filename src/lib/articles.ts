/**
 * The one loader of archived articles. Pages, generateStaticParams, feeds, the sitemap, share images
 * and the search index all read articles through these functions, so every derived field (URL,
 * reading time, date label, archive keys, neighbours, related articles) is computed here, once.
 *
 * Files are validated against the frontmatter schema as they are read; a bad file stops the build
 * with its path and the failing field.
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Root as MdastRoot } from "mdast";
import remarkGfm from "remark-gfm";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { EN_MONTHS } from "../config/ui";
import { paths } from "./paths";
import { assertRegularFileIn } from "./content-files";
import { describeIssues } from "./json-file";
import { readFrontmatter } from "./frontmatter";
import { articleSchema, type ArticleFrontmatter, type Language, type Published } from "./article-schema";
import { contentDir, loadTopics } from "./taxonomy";
import { textCache } from "./text-cache";

export { contentDir };

/** Korean readers take in about 500 characters a minute; spaces say little about Korean length. */
const KOREAN_CHARS_PER_MINUTE = 500;
/** English readers take in about 230 words a minute. */
const ENGLISH_WORDS_PER_MINUTE = 230;
/** Related articles shown under an article. */
const RELATED_COUNT = 3;
/** How far (in articles, by date) within a topic related candidates are looked for. */
const RELATED_WINDOW = 50;

/** The fields every list, card and link needs; derived once from the frontmatter. */
export interface Article extends ArticleFrontmatter {
  /** Markdown body as stored (without frontmatter). */
  body: string;
  /** Visible text a reader sees in the body, one line per block, plus any digest part's deck; read by search. */
  text: string;
  /** Path of the article page, e.g. "/articles/some-slug/". */
  url: string;
  /** Path of the raw source file it was made from, served exactly as received. */
  sourceUrl: string;
  /** Path of its 1200x630 share image. */
  ogImage: string;
  /** Whole minutes, at least 1: Korean counted by characters, English by words. */
  readingMinutes: number;
  /** The date as precise as it is known, in the article's language ("2023년 11월 23일", "날짜 미상 (원문: 26일)"). */
  dateLabel: string;
  /** The same date in each interface language, for lists and cards. */
  dateLabels: Record<Language, string>;
  /** Machine-readable date for <time datetime> and JSON-LD; absent when the date is unknown. */
  dateTime?: string;
  /** "2023" when the year is known; undated articles have none and live under /archive/undated/. */
  year?: string;
  /** "11" when the month is known. */
  month?: string;
  /** Its topics as the site shows them (labels and pages in both languages), in the article's order. */
  topicLinks: TopicLink[];
  /** The other-language versions of the same story. */
  otherLanguages: Article[];
  /** Older article by date (same dated/undated group), for the reader's "previous" link. */
  older?: Article;
  /** Newer article by date (same group). */
  newer?: Article;
  /** Articles sharing the most topics, best first (translations excluded). */
  related: Article[];
  /** A digest's parts, each with its date as readers see it. */
  sections: (ArticleFrontmatter["sections"][number] & { dateLabel: string; dateTime?: string })[];
}

/** What a list, or a link from another page, shows of an article. */
export type ArticleCard = Pick<Article, "slug" | "url" | "lang" | "title" | "summary" | "dateTime" | "dateLabels" | "outlet" | "readingMinutes" | "topicLinks">;

/** An article as its own page shows it: everything but its search text, and other articles as cards. */
export type ArticlePageData = Omit<Article, "text" | "otherLanguages" | "older" | "newer" | "related"> & {
  otherLanguages: ArticleCard[];
  older?: ArticleCard;
  newer?: ArticleCard;
  related: ArticleCard[];
};

export const toCard = (a: Article): ArticleCard => ({
  slug: a.slug,
  url: a.url,
  lang: a.lang,
  title: a.title,
  summary: a.summary,
  dateTime: a.dateTime,
  dateLabels: a.dateLabels,
  outlet: a.outlet,
  readingMinutes: a.readingMinutes,
  topicLinks: a.topicLinks,
});

export function toPageData(a: Article): ArticlePageData {
  const { otherLanguages, older, newer, related, ...own } = a;
  // The search text is the body again without markup; the page draws the body.
  delete (own as Partial<Article>).text;
  return {
    ...own,
    otherLanguages: otherLanguages.map(toCard),
    ...(older ? { older: toCard(older) } : {}),
    ...(newer ? { newer: toCard(newer) } : {}),
    related: related.map(toCard),
  };
}

export interface ArchiveMonth {
  year: string;
  month: string;
  count: number;
}
export interface ArchiveYear {
  year: string;
  count: number;
  months: ArchiveMonth[];
  /** Articles of the year whose month is not known. */
  monthUnknown: number;
}

interface Store {
  all: Article[];
  bySlug: Map<string, Article>;
  topics: TopicSummary[];
  /** The lists pages show, each newest first, grouped once so a page's lookup does not scan the archive. */
  byYear: Map<string, Article[]>;
  byMonth: Map<string, Article[]>;
  byTopic: Map<string, Article[]>;
  undated: Article[];
  sourceFiles: Set<string>;
}
let store: Store | undefined;

const mdParser = unified().use(remarkParse).use(remarkGfm);

/** Visible text of a markdown body (no markup, no link targets), one line per block. */
function plainText(markdown: string): string {
  const tree = mdParser.parse(markdown) as MdastRoot;
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

export function readingMinutes(text: string, lang: Language): number {
  if (lang === "ko") {
    const chars = text.replace(/\s+/gu, "").length;
    return Math.max(1, Math.round(chars / KOREAN_CHARS_PER_MINUTE));
  }
  const words = text.split(/\s+/u).filter(Boolean).length;
  return Math.max(1, Math.round(words / ENGLISH_WORDS_PER_MINUTE));
}

/** A date shown exactly as precise as the evidence allows, never more. */
export function formatPublished(p: Published, lang: Language): string {
  if (p.precision === "unknown" || p.value === undefined) {
    if (lang === "en") return p.sourceText ? `Date unknown (source says: “${p.sourceText}”)` : "Date unknown";
    return p.sourceText ? `날짜 미상 (원문: ${p.sourceText})` : "날짜 미상";
  }
  const [y, m, d] = p.value.split("-");
  const time = p.time ? ` ${p.time}` : "";
  if (lang === "en") {
    const month = m ? EN_MONTHS[Number(m) - 1] : undefined;
    if (p.precision === "year" || !month) return `${y}`;
    if (p.precision === "month" || !d) return `${month} ${y}`;
    return `${month} ${Number(d)}, ${y}${time ? `,${time} KST` : ""}`;
  }
  if (p.precision === "year" || !m) return `${y}년`;
  if (p.precision === "month" || !d) return `${y}년 ${Number(m)}월`;
  return `${y}년 ${Number(m)}월 ${Number(d)}일${time}`;
}

/** ISO value for <time datetime>: "2023-11-23", "2010-11-24T16:12+09:00", "2023-11", "2023". */
function machineDate(p: Published): string | undefined {
  if (p.value === undefined) return undefined;
  return p.precision === "day" && p.time ? `${p.value}T${p.time}+09:00` : p.value;
}

/** Sort key: a less precise date sorts as the start of its period. Undated articles have none. */
function sortKey(p: Published): string | undefined {
  if (p.value === undefined) return undefined;
  const [y, m = "00", d = "00"] = p.value.split("-");
  return `${y}-${m}-${d}T${p.time ?? "00:00"}`;
}

/** Newest first; undated after every dated article, then by id so the order is stable. */
function compareArticles(a: Article, b: Article): number {
  const ka = sortKey(a.published);
  const kb = sortKey(b.published);
  if (ka !== undefined && kb !== undefined && ka !== kb) return ka < kb ? 1 : -1;
  if (ka === undefined && kb !== undefined) return 1;
  if (kb === undefined && ka !== undefined) return -1;
  return a.id.localeCompare(b.id);
}

function readArticle(file: string, textOf: (body: string) => string): Article {
  const raw = readFileSync(file, "utf8");
  const parsed = readFrontmatter(raw, file);
  const result = articleSchema.safeParse(parsed.data);
  if (!result.success) throw new Error(`${file}: frontmatter does not match the article schema: ${describeIssues(result.error)}`);
  // The fields are copied out of the file's text: a string cut from a larger one can keep all of
  // it alive, and every process of a build holds the whole archive (at 10 000 articles, some 60 MB
  // of file text in each of next build's workers).
  const { fm, body } = structuredClone({ fm: result.data, body: parsed.content.replace(/^\s*<!--[\s\S]*?-->\s*/u, "").trim() });
  const expected = `${fm.slug}.md`;
  if (path.basename(file) !== expected) throw new Error(`${file}: file name must be ${expected} (its slug)`);
  // A digest part's deck lives in its section's frontmatter, not in the body; it is shown, so it counts.
  const text = [textOf(body), ...fm.sections.flatMap((s) => (s.deck ? [s.deck] : []))].join("\n");
  const p = fm.published;
  const known = p.precision !== "unknown" && p.value !== undefined;
  return {
    ...fm,
    body,
    text,
    url: paths.article(fm.slug),
    ogImage: paths.ogImage(fm.slug),
    sourceUrl: paths.source(fm.source.file),
    readingMinutes: readingMinutes(text, fm.lang),
    dateLabel: formatPublished(p, fm.lang),
    dateLabels: { ko: formatPublished(p, "ko"), en: formatPublished(p, "en") },
    dateTime: machineDate(p),
    year: known ? p.value?.slice(0, 4) : undefined,
    month: known && (p.precision === "day" || p.precision === "month") ? p.value?.slice(5, 7) : undefined,
    topicLinks: [],
    otherLanguages: [],
    related: [],
    sections: fm.sections.map((s) => ({ ...s, dateLabel: formatPublished(s.published, fm.lang), dateTime: machineDate(s.published) })),
  };
}

/**
 * Links each article to its topics, its translations, its neighbours by date and the articles
 * sharing its topics. A reference to an article or topic that does not exist is a build error.
 */
function link(all: Article[], bySlug: Map<string, Article>, topicList: TopicSummary[], dir: string): void {
  // An article links to its topics without their counts, which change with every article added.
  const topicById = new Map(topicList.map((t): [string, TopicLink] => [t.id, { id: t.id, label: t.label, description: t.description, url: t.url }]));
  for (const a of all) {
    a.topicLinks = a.topics.map((t) => {
      const topic = topicById.get(t.id);
      if (!topic) throw new Error(`${path.join(dir, `${a.slug}.md`)}: topic "${t.id}" is not in topics.json`);
      return topic;
    });
    a.otherLanguages = a.translations.map((t) => {
      const other = bySlug.get(t.slug);
      if (!other) throw new Error(`${path.join(dir, `${a.slug}.md`)}: its translation "${t.slug}" is not an article`);
      return other;
    });
  }
  for (const group of [all.filter((a) => a.dateTime !== undefined), all.filter((a) => a.dateTime === undefined)]) {
    group.forEach((a, i) => {
      a.newer = group[i - 1];
      a.older = group[i + 1];
    });
  }
  // Candidates are the articles nearest in date within each shared topic, so the work stays
  // proportional to the archive's size even when one topic holds most of it.
  const byTopic = new Map<string, Article[]>();
  for (const a of all) {
    for (const t of a.topics) {
      const list = byTopic.get(t.id);
      if (list) list.push(a);
      else byTopic.set(t.id, [a]);
    }
  }
  const order = new Map(all.map((a, i) => [a.slug, i]));
  const position = new Map<string, Map<string, number>>();
  for (const [id, list] of byTopic) position.set(id, new Map(list.map((a, i) => [a.slug, i])));
  for (const a of all) {
    const siblings = new Set([a.slug, ...a.translations.map((t) => t.slug)]);
    const shared = new Map<string, number>();
    for (const t of a.topics) {
      const list = byTopic.get(t.id) ?? [];
      const i = position.get(t.id)?.get(a.slug) ?? 0;
      for (const b of list.slice(Math.max(0, i - RELATED_WINDOW), i + RELATED_WINDOW + 1)) {
        if (!siblings.has(b.slug)) shared.set(b.slug, (shared.get(b.slug) ?? 0) + 1);
      }
    }
    const here = order.get(a.slug) ?? 0;
    const distance = (slug: string) => Math.abs((order.get(slug) ?? 0) - here);
    a.related = [...shared]
      // Most shared topics first; among equals, the one closest in date.
      .sort((x, y) => y[1] - x[1] || distance(x[0]) - distance(y[0]))
      .slice(0, RELATED_COUNT)
      .flatMap(([slug]) => bySlug.get(slug) ?? []);
  }
}

function load(): Store {
  if (store) return store;
  const dir = path.join(contentDir(), "articles");
  let files: string[];
  try {
    files = readdirSync(dir)
      .filter((f) => f.endsWith(".md"))
      .sort();
  } catch (err) {
    throw new Error(`${dir}: cannot list articles (run \`npm run content:ingest\`): ${(err as Error).message}`);
  }
  if (files.length === 0) throw new Error(`${dir}: no articles (run \`npm run content:ingest\`)`);
  for (const f of files) assertRegularFileIn(dir, f);
  const texts = textCache(plainText);
  const all = files.map((f) => readArticle(path.join(dir, f), texts.get)).sort(compareArticles);
  texts.save();
  const bySlug = new Map<string, Article>();
  for (const a of all) {
    if (bySlug.has(a.slug)) throw new Error(`${dir}: two articles share the slug "${a.slug}"`);
    bySlug.set(a.slug, a);
  }
  const byYear = new Map<string, Article[]>();
  const byMonth = new Map<string, Article[]>();
  const byTopic = new Map<string, Article[]>();
  const push = (map: Map<string, Article[]>, key: string, a: Article): void => {
    const list = map.get(key);
    if (list) list.push(a);
    else map.set(key, [a]);
  };
  for (const a of all) {
    if (a.year !== undefined) push(byYear, a.year, a);
    if (a.year !== undefined && a.month !== undefined) push(byMonth, `${a.year}-${a.month}`, a);
    for (const t of a.topics) push(byTopic, t.id, a);
  }
  const topics = loadTopics(contentDir()).map((t) => ({
    id: t.id,
    label: t.label,
    description: t.description,
    url: { ko: paths.topic("ko", t.id), en: paths.topic("en", t.id) },
    count: byTopic.get(t.id)?.length ?? 0,
  }));
  link(all, bySlug, topics, dir);
  const undated = all.filter((a) => a.year === undefined);
  store = { all, bySlug, topics, byYear, byMonth, byTopic, undated, sourceFiles: new Set(all.map((a) => a.source.file)) };
  return store;
}

/** Every article, newest first; undated articles last. */
export function getAllArticles(): Article[] {
  return load().all;
}

export function getArticleBySlug(slug: string): Article | undefined {
  return load().bySlug.get(slug);
}

export function getUndatedArticles(): Article[] {
  return load().undated;
}

export function getArticlesByYear(year: string): Article[] {
  return load().byYear.get(year) ?? [];
}

export function getArticlesByMonth(year: string, month: string): Article[] {
  return load().byMonth.get(`${year}-${month}`) ?? [];
}

export function getArticlesByTopic(topicId: string): Article[] {
  return load().byTopic.get(topicId) ?? [];
}

/** Years with articles, newest first, each with its months (newest first) and counts. */
export function getArchiveYears(): ArchiveYear[] {
  const years = new Map<string, ArchiveYear>();
  for (const a of getAllArticles()) {
    if (a.year === undefined) continue;
    let y = years.get(a.year);
    if (!y) years.set(a.year, (y = { year: a.year, count: 0, months: [], monthUnknown: 0 }));
    y.count += 1;
    if (a.month === undefined) {
      y.monthUnknown += 1;
      continue;
    }
    const m = y.months.find((x) => x.month === a.month);
    if (m) m.count += 1;
    else y.months.push({ year: a.year, month: a.month, count: 1 });
  }
  const list = [...years.values()].sort((a, b) => b.year.localeCompare(a.year));
  for (const y of list) y.months.sort((a, b) => b.month.localeCompare(a.month));
  return list;
}

/** Names of the raw source files the articles were made from (served at /sources/<file>). */
export function getSourceFiles(): string[] {
  return [...load().sourceFiles].sort();
}

/** The raw bytes of a source file, exactly as received. */
export function readSourceFile(file: string): Buffer {
  if (!load().sourceFiles.has(file)) throw new Error(`${file}: not the source of any article`);
  const dir = path.join(contentDir(), "sources");
  assertRegularFileIn(dir, file);
  return readFileSync(path.join(dir, file));
}

/** A topic as an article links to it: taxonomy entry and its page in each interface language. */
export interface TopicLink {
  id: string;
  label: Record<Language, string>;
  description: Record<Language, string>;
  url: Record<Language, string>;
}

/** A topic as lists show it: its link and how many articles carry it. */
export interface TopicSummary extends TopicLink {
  count: number;
}

/** Every topic in the taxonomy (content/topics.json), in its order, with article counts. */
export function getTopics(): TopicSummary[] {
  return load().topics;
}

export function getTopic(id: string): TopicSummary | undefined {
  return getTopics().find((t) => t.id === id);
}
