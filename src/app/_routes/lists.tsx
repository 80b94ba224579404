/**
 * The archive's list pages (home, archive by date, topics, search) for one interface language.
 * Each route file under src/app is a few lines that pick one of these for its language, so the
 * Korean pages at / and the English ones under /en/ are the same routes with different text.
 *
 * A paged list writes page 1 at its own address and pages 2.. under page/N/; every list reads its
 * page number with `listPage`, and a number outside the list is a 404.
 */
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import type { ReactNode } from "react";
import { ArchiveView, MonthView, UndatedView, YearView } from "@/components/views/ArchiveViews";
import { HomeView } from "@/components/views/HomeView";
import { MovedView } from "@/components/views/MovedView";
import { SearchView } from "@/components/views/SearchView";
import { TopicView } from "@/components/views/TopicView";
import { TopicsView } from "@/components/views/TopicsView";
import { site } from "@/config/site";
import { uiText } from "@/config/ui";
import type { Language } from "@/lib/article-schema";
import {
  getAllArticles,
  getArchiveYears,
  getArticlesByMonth,
  getArticlesByTopic,
  getArticlesByYear,
  getTopic,
  getTopics,
  getUndatedArticles,
  paginate,
} from "@/lib/articles";
import { paths } from "@/lib/paths";

type Params<K extends string> = { params: Promise<Record<K, string>> };

/**
 * One page of a list, from its "page/N" segment (absent: page 1); anything but 1..pages is a 404.
 * "page/1/" is written only so the route has a page while the list fits on one: it sends readers
 * and crawlers on to the list's own address (`base`), so no list is published twice.
 */
function listPage(lang: Language, n: string | undefined, pages: number, base: string, render: (page: number) => ReactNode): ReactNode {
  if (n === "1") return <MovedView lang={lang} to={base} />;
  if (n !== undefined && (!/^[1-9][0-9]*$/.test(n) || Number(n) > pages)) notFound();
  return render(Number(n ?? 1));
}

/** Route params for every page of a list of `count` items ("1", "2", …; page 1 included). */
const pageParams = (count: number) => paginate(Array.from({ length: count }), site.pageSize).map((_, i) => String(i + 1));

/** Title, canonical address and its twin in the other language for page `n` of a list ("page/1/" is not indexed). */
function listMetadata(lang: Language, title: string, pathIn: (l: Language) => string, n?: string, description?: string): Metadata {
  const page = Number(n ?? 1);
  const at = (l: Language) => paths.listPage(pathIn(l), page);
  return {
    title: uiText(lang).list.withPage(title, page),
    ...(description ? { description } : {}),
    alternates: { canonical: at(lang), languages: { ko: at("ko"), en: at("en") } },
    ...(n === "1" ? { robots: { index: false } } : {}),
  };
}

export function homeRoute(lang: Language) {
  const t = uiText(lang);
  const pages = () => paginate(getAllArticles(), site.pageSize);
  return {
    params: () => pageParams(getAllArticles().length).map((n) => ({ n })),
    metadata: async ({ params }: Partial<Params<"n">>): Promise<Metadata> => {
      const n = params ? (await params).n : undefined;
      const meta = listMetadata(lang, t.home.title, paths.home, n);
      return n ? meta : { ...meta, title: { absolute: t.siteName } };
    },
    Page: async ({ params }: Partial<Params<"n">>) => {
      const all = pages();
      return listPage(lang, params ? (await params).n : undefined, all.length, paths.home(lang), (page) => (
        <HomeView lang={lang} items={all[page - 1] ?? []} total={getAllArticles().length} page={page} pages={all.length} topics={getTopics()} />
      ));
    },
  };
}

export function archiveRoute(lang: Language) {
  return {
    metadata: listMetadata(lang, uiText(lang).archive.title, paths.archive),
    Page: () => <ArchiveView lang={lang} years={getArchiveYears()} undated={getUndatedArticles().length} />,
  };
}

export function yearRoute(lang: Language) {
  const entry = (year: string) => getArchiveYears().find((y) => y.year === year) ?? notFound();
  return {
    params: () => getArchiveYears().map((y) => ({ year: y.year })),
    metadata: async ({ params }: Params<"year">): Promise<Metadata> => {
      const { year } = await params;
      return listMetadata(lang, uiText(lang).archive.yearTitle(year), (l) => paths.year(l, year));
    },
    Page: async ({ params }: Params<"year">) => {
      const { year } = await params;
      return <YearView lang={lang} year={entry(year)} articles={getArticlesByYear(year)} />;
    },
  };
}

export function monthRoute(lang: Language) {
  return {
    params: () => getArchiveYears().flatMap((y) => y.months.map((m) => ({ year: y.year, month: m.month }))),
    pagedParams: () => getArchiveYears().flatMap((y) => y.months.flatMap((m) => pageParams(m.count).map((n) => ({ year: y.year, month: m.month, n })))),
    metadata: async ({ params }: Params<"year" | "month"> | Params<"year" | "month" | "n">): Promise<Metadata> => {
      const p: { year: string; month: string; n?: string } = await params;
      return listMetadata(lang, uiText(lang).archive.monthTitle(p.year, p.month), (l) => paths.month(l, p.year, p.month), p.n);
    },
    Page: async ({ params }: Params<"year" | "month"> | Params<"year" | "month" | "n">) => {
      const p: { year: string; month: string; n?: string } = await params;
      const all = getArticlesByMonth(p.year, p.month);
      if (all.length === 0) notFound();
      const pages = paginate(all, site.pageSize);
      return listPage(lang, p.n, pages.length, paths.month(lang, p.year, p.month), (page) => (
        <MonthView lang={lang} year={p.year} month={p.month} total={all.length} items={pages[page - 1] ?? []} page={page} pages={pages.length} />
      ));
    },
  };
}

export function undatedRoute(lang: Language) {
  const t = uiText(lang);
  return {
    pagedParams: () => pageParams(getUndatedArticles().length).map((n) => ({ n })),
    metadata: async ({ params }: Partial<Params<"n">>): Promise<Metadata> =>
      listMetadata(lang, t.archive.undatedTitle, paths.undated, params ? (await params).n : undefined),
    Page: async ({ params }: Partial<Params<"n">>) => {
      const all = getUndatedArticles();
      const pages = paginate(all, site.pageSize);
      return listPage(lang, params ? (await params).n : undefined, pages.length, paths.undated(lang), (page) => (
        <UndatedView lang={lang} total={all.length} items={pages[page - 1] ?? []} page={page} pages={pages.length} />
      ));
    },
  };
}

export function topicsRoute(lang: Language) {
  return {
    metadata: listMetadata(lang, uiText(lang).topics.title, paths.topics),
    Page: () => <TopicsView lang={lang} topics={getTopics()} />,
  };
}

export function topicRoute(lang: Language) {
  const t = uiText(lang);
  const topicOf = (id: string) => getTopic(id) ?? notFound();
  return {
    params: () => getTopics().map((topic) => ({ id: topic.id })),
    pagedParams: () => getTopics().flatMap((topic) => pageParams(topic.count).map((n) => ({ id: topic.id, n }))),
    metadata: async ({ params }: Params<"id"> | Params<"id" | "n">): Promise<Metadata> => {
      const p: { id: string; n?: string } = await params;
      const topic = getTopic(p.id);
      if (!topic) return {};
      return listMetadata(lang, t.topics.topicTitle(topic.label[lang]), (l) => topic.url[l], p.n, topic.description[lang]);
    },
    Page: async ({ params }: Params<"id"> | Params<"id" | "n">) => {
      const p: { id: string; n?: string } = await params;
      const topic = topicOf(p.id);
      const pages = paginate(getArticlesByTopic(topic.id), site.pageSize);
      return listPage(lang, p.n, pages.length, topic.url[lang], (page) => (
        <TopicView lang={lang} topic={topic} topics={getTopics()} items={pages[page - 1] ?? []} page={page} pages={pages.length} />
      ));
    },
  };
}

export function searchRoute(lang: Language) {
  const t = uiText(lang);
  return {
    metadata: listMetadata(lang, t.search.metaTitle, paths.search, undefined, t.search.description),
    Page: () => <SearchView lang={lang} />,
  };
}
