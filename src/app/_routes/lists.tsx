/**
 * The archive's list pages (home, archive by date, topics, search) for one interface language.
 * Each route file under src/app is a few lines that pick one of these for its language, so the
 * Korean pages at / and the English ones under /en/ are the same routes with different text.
 *
 * A paged list writes its latest page at its own address and numbered pages, counted from the
 * oldest, under page/N/ (src/lib/pagination.ts); every list reads its page with `listPage`, and a
 * number outside the list is a 404. Each page is drawn from its data (see page-route.ts): the
 * cards it lists and the counts it shows. Counts that change with every article added are shown on
 * the latest page only, so numbered pages stay as they are.
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
  type ArchiveYear,
  type Article,
  type ArticleCard,
  getAllArticles,
  getArchiveYears,
  getArticlesByMonth,
  getArticlesByTopic,
  getArticlesByYear,
  getTopic,
  getTopics,
  getUndatedArticles,
  type TopicLink,
  type TopicSummary,
  toCard,
} from "@/lib/articles";
import { type PageNav, pageNav, stablePages } from "@/lib/pagination";
import { paths } from "@/lib/paths";
import type { PageRoute } from "./page-route";

/** Articles shown per month on a year page; the month page holds the full, paginated list. */
const MONTH_PREVIEW = 5;

/** One page of a list: its cards and its links to the other pages. */
interface ListPage {
  items: ArticleCard[];
  nav: PageNav;
}
/** "page/1/" is written only so the route has a page while the list fits on its latest page: it sends readers and crawlers on to the list's own address. */
type Listed = ListPage | { moved: string };

/** Page `n` of a list whose own address is `base` (absent: the latest page); a number that is not a page is a 404. */
function listPage(all: Article[], n: string | undefined, base: string): Listed {
  const { latest, numbered } = stablePages(all, site.pageSize);
  if (n === undefined) return { items: latest.map(toCard), nav: pageNav("latest", numbered.length) };
  if (n === "1" && numbered.length === 0) return { moved: base };
  const articles = /^[1-9][0-9]*$/.test(n) ? numbered[Number(n) - 1] : undefined;
  if (!articles) notFound();
  return { items: articles.map(toCard), nav: pageNav(Number(n), numbered.length) };
}

/** A list page, or the page that moves readers on to page 1's own address. */
const listed = (lang: Language, list: Listed, view: (list: ListPage) => ReactNode): ReactNode =>
  "moved" in list ? <MovedView lang={lang} to={list.moved} /> : view(list);

/** Route params for the numbered pages of a list of `count` items ("1", "2", …; "1" even when there is none, to send readers on). */
const pageNumbers = (count: number) => {
  const { numbered } = stablePages(Array.from({ length: count }), site.pageSize);
  return numbered.length === 0 ? ["1"] : numbered.map((_, i) => String(i + 1));
};

/** The page-2.. pattern of a list whose first page is `base`. */
const pagedPattern = (base: string) => `${base}page/[n]/`;

/** Title, canonical address and its twin in the other language for page `n` of a list (a "page/1/" that moves readers on is not indexed). */
function listMetadata(lang: Language, title: string, pathIn: (l: Language) => string, n?: string, description?: string, list?: Listed): Metadata {
  // A "page/1/" that moves readers on stands for the list itself: its title and canonical address are the list's.
  const moved = list !== undefined && "moved" in list;
  const page = n === undefined || moved ? "latest" : Number(n);
  const at = (l: Language) => paths.listPage(pathIn(l), page);
  return {
    title: uiText(lang).list.withPage(title, page),
    ...(description ? { description } : {}),
    alternates: { canonical: at(lang), languages: { ko: at("ko"), en: at("en") } },
    ...(moved ? { robots: { index: false } } : {}),
  };
}

type N = { n?: string };

/**
 * Whether a page is the latest of its list. The archive's count and the topics' counts are shown
 * there only: they change with every article added, and a numbered page that showed them would
 * have to be rendered again for each one (see page-route.ts).
 */
const isLatest = (list: Listed): boolean => !("moved" in list) && list.nav.page === "latest";

export function homeRoutes(lang: Language) {
  const t = uiText(lang);
  type Front = { total: number; topics: TopicSummary[] };
  const route: Omit<PageRoute<N, { list: Listed; front?: Front }>, "pattern" | "params"> = {
    data: ({ n }) => {
      const all = getAllArticles();
      const list = listPage(all, n, paths.home(lang));
      return isLatest(list) ? { list, front: { total: all.length, topics: getTopics() } } : { list };
    },
    metadata: ({ n }, { list }) => {
      const meta = listMetadata(lang, t.home.title, paths.home, n, undefined, list);
      return n ? meta : { ...meta, title: { absolute: t.siteName } };
    },
    render: (_, { list, front }) => listed(lang, list, (l) => <HomeView lang={lang} {...l} front={front} />),
  };
  return {
    first: { ...route, pattern: paths.home(lang), params: () => [{}] },
    paged: { ...route, pattern: pagedPattern(paths.home(lang)), params: () => pageNumbers(getAllArticles().length).map((n) => ({ n })) },
  };
}

export function archiveRoute(lang: Language): PageRoute<N, { years: ArchiveYear[]; undated: number }> {
  return {
    pattern: paths.archive(lang),
    params: () => [{}],
    data: () => ({ years: getArchiveYears(), undated: getUndatedArticles().length }),
    metadata: () => listMetadata(lang, uiText(lang).archive.title, paths.archive),
    render: (_, d) => <ArchiveView lang={lang} {...d} />,
  };
}

type YearData = { year: ArchiveYear; previews: Record<string, ArticleCard[]>; monthUnknown: ArticleCard[] };

export function yearRoute(lang: Language): PageRoute<{ year: string }, YearData> {
  return {
    pattern: paths.year(lang, "[year]"),
    params: () => getArchiveYears().map((y) => ({ year: y.year })),
    data: ({ year }) => {
      const entry = getArchiveYears().find((y) => y.year === year) ?? notFound();
      const articles = getArticlesByYear(year);
      const previews = Object.fromEntries(
        entry.months.map((m) => [
          m.month,
          articles
            .filter((a) => a.month === m.month)
            .slice(0, MONTH_PREVIEW)
            .map(toCard),
        ]),
      );
      return { year: entry, previews, monthUnknown: articles.filter((a) => a.month === undefined).map(toCard) };
    },
    metadata: ({ year }) => listMetadata(lang, uiText(lang).archive.yearTitle(year), (l) => paths.year(l, year)),
    render: (_, d) => <YearView lang={lang} {...d} />,
  };
}

type Month = { year: string; month: string };

export function monthRoutes(lang: Language) {
  const route: Omit<PageRoute<Month & N, { list: Listed; total: number }>, "pattern" | "params"> = {
    data: ({ year, month, n }) => {
      const all = getArticlesByMonth(year, month);
      if (all.length === 0) notFound();
      return { list: listPage(all, n, paths.month(lang, year, month)), total: all.length };
    },
    metadata: ({ year, month, n }, { list }) =>
      listMetadata(lang, uiText(lang).archive.monthTitle(year, month), (l) => paths.month(l, year, month), n, undefined, list),
    render: ({ year, month }, { list, total }) => listed(lang, list, (l) => <MonthView lang={lang} year={year} month={month} total={total} {...l} />),
  };
  const months = () => getArchiveYears().flatMap((y) => y.months);
  return {
    first: { ...route, pattern: paths.month(lang, "[year]", "[month]"), params: () => months().map(({ year, month }) => ({ year, month })) },
    paged: {
      ...route,
      pattern: pagedPattern(paths.month(lang, "[year]", "[month]")),
      params: () => months().flatMap(({ year, month, count }) => pageNumbers(count).map((n) => ({ year, month, n }))),
    },
  };
}

export function undatedRoutes(lang: Language) {
  const route: Omit<PageRoute<N, { list: Listed; total: number }>, "pattern" | "params"> = {
    data: ({ n }) => ({ list: listPage(getUndatedArticles(), n, paths.undated(lang)), total: getUndatedArticles().length }),
    metadata: ({ n }, { list }) => listMetadata(lang, uiText(lang).archive.undatedTitle, paths.undated, n, undefined, list),
    render: (_, { list, total }) => listed(lang, list, (l) => <UndatedView lang={lang} total={total} {...l} />),
  };
  return {
    first: { ...route, pattern: paths.undated(lang), params: () => [{}] },
    paged: { ...route, pattern: pagedPattern(paths.undated(lang)), params: () => pageNumbers(getUndatedArticles().length).map((n) => ({ n })) },
  };
}

export function topicsRoute(lang: Language): PageRoute<N, { topics: TopicSummary[] }> {
  return {
    pattern: paths.topics(lang),
    params: () => [{}],
    data: () => ({ topics: getTopics() }),
    metadata: () => listMetadata(lang, uiText(lang).topics.title, paths.topics),
    render: (_, d) => <TopicsView lang={lang} {...d} />,
  };
}

/** A topic's latest page carries its count and the other topics; a numbered page only the topic itself. */
type TopicData = { topic: TopicLink & { count?: number }; topics?: TopicSummary[]; list: Listed };

export function topicRoutes(lang: Language) {
  const t = uiText(lang);
  const route: Omit<PageRoute<{ id: string } & N, TopicData>, "pattern" | "params"> = {
    data: ({ id, n }) => {
      const topic = getTopic(id) ?? notFound();
      const list = listPage(getArticlesByTopic(id), n, topic.url[lang]);
      if (isLatest(list)) return { topic, topics: getTopics(), list };
      return { topic: { id: topic.id, label: topic.label, description: topic.description, url: topic.url }, list };
    },
    metadata: ({ n }, { topic, list }) => listMetadata(lang, t.topics.topicTitle(topic.label[lang]), (l) => topic.url[l], n, topic.description[lang], list),
    render: (_, { topic, topics, list }) => listed(lang, list, (l) => <TopicView lang={lang} topic={topic} topics={topics} {...l} />),
  };
  return {
    first: { ...route, pattern: paths.topic(lang, "[id]"), params: () => getTopics().map((topic) => ({ id: topic.id })) },
    paged: {
      ...route,
      pattern: pagedPattern(paths.topic(lang, "[id]")),
      params: () => getTopics().flatMap((topic) => pageNumbers(topic.count).map((n) => ({ id: topic.id, n }))),
    },
  };
}

export function searchRoute(lang: Language): PageRoute<N, Record<string, never>> {
  const t = uiText(lang);
  return {
    pattern: paths.search(lang),
    params: () => [{}],
    data: () => ({}),
    metadata: () => listMetadata(lang, t.search.metaTitle, paths.search, undefined, t.search.description),
    render: () => <SearchView lang={lang} />,
  };
}
